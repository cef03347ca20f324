//! Re-parsing only the chunks an edit touches gives exactly the tree a
//! full parse gives, whatever the edits.

mod common;

use goalie::syntax::parse;
use proptest::prelude::*;

const BASES: &[&str] = &[
    include_str!("fixtures/syntax/objective.goals"),
    include_str!("fixtures/syntax/key_results.goals"),
    include_str!("fixtures/syntax/funnel.goals"),
    include_str!("fixtures/syntax/logs.goals"),
    include_str!("fixtures/syntax/broken_lines.goals"),
    include_str!("fixtures/syntax/misplaced.goals"),
    include_str!("fixtures/check/recovery.goals"),
    include_str!("../examples/marketing-en/marketing.goals"),
    include_str!("../examples/marketing-en/log-2026-11.goals"),
    "",
];

/// Pieces of text that make edits interesting: line breaks, keywords that
/// open chunks, log dates, and multi-byte characters.
fn insertion() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("objective ".to_string()),
        Just("kr x: y\n".to_string()),
        Just("  metric: 1 -> 2\n".to_string()),
        Just("2026-11-02 x 3\n".to_string()),
        Just("activité".to_string()),
        Just(": ".to_string()),
        Just("#".to_string()),
        Just("é😀".to_string()),
        Just("  ".to_string()),
        "[a-z0-9 :%-]{0,6}",
    ];
    prop::collection::vec(piece, 0..4).prop_map(|v| v.concat())
}

/// A byte offset on a character boundary.
fn boundary(text: &str, seed: usize) -> usize {
    let mut at = seed % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn incremental_equals_full(
        base in 0..BASES.len(),
        edits in prop::collection::vec((any::<usize>(), 0usize..40, insertion()), 1..8),
    ) {
        let mut text = BASES[base].to_string();
        let mut tree = parse(&text);
        for (seed, len, inserted) in edits {
            let start = boundary(&text, seed);
            let end = boundary(&text, start + len.min(text.len() - start));
            text.replace_range(start..end, &inserted);
            tree.edit(&text, start..end, inserted.len());
            prop_assert_eq!(&tree, &parse(&text), "after replacing {}..{} with {:?}", start, end, inserted);
        }
    }

    #[test]
    fn workspace_edits_give_the_diagnostics_of_a_fresh_analysis(
        base in 0..BASES.len(),
        edits in prop::collection::vec((any::<usize>(), 0usize..40, insertion()), 1..5),
    ) {
        let mut ws = goalie::analysis::Workspace::new();
        let id = ws.add_file("f.goals", BASES[base]);
        let mut text = BASES[base].to_string();
        for (seed, len, inserted) in edits {
            let start = boundary(&text, seed);
            let end = boundary(&text, start + len.min(text.len() - start));
            text.replace_range(start..end, &inserted);
            ws.edit(id, start..end, &inserted);
        }
        let (fresh_ws, fresh) = common::single("f.goals", &text);
        prop_assert_eq!(&ws.file(id).text, &text);
        prop_assert_eq!(common::render(&ws, &ws.analyze(common::today())), common::render(&fresh_ws, &fresh));
    }

    /// Every step of the editor's path — text, tree, line index, lowered
    /// file (items, log lines, diagnostics) and the whole analysis — equals
    /// a fresh workspace given the same texts, after each edit, with the
    /// last analysis kept alive (its model shares the edited file's log
    /// lines) and a second file whose ids the first one uses.
    #[test]
    fn every_edit_equals_a_fresh_workspace(
        base in 0..BASES.len(),
        other in 0..BASES.len(),
        edits in prop::collection::vec((any::<bool>(), any::<usize>(), 0usize..40, insertion()), 1..8),
    ) {
        let mut ws = goalie::analysis::Workspace::new();
        let mut texts = [BASES[base].to_string(), BASES[other].to_string()];
        let ids = [ws.add_file("a.goals", texts[0].as_str()), ws.add_file("b.goals", texts[1].as_str())];
        let mut kept = ws.analyze(common::today());
        for (second, seed, len, inserted) in edits {
            let which = usize::from(second);
            let text = &mut texts[which];
            let start = boundary(text, seed);
            let end = boundary(text, start + len.min(text.len() - start));
            text.replace_range(start..end, &inserted);
            ws.edit(ids[which], start..end, &inserted);
            let mut fresh = goalie::analysis::Workspace::new();
            fresh.add_file("a.goals", texts[0].as_str());
            fresh.add_file("b.goals", texts[1].as_str());
            for (id, f) in fresh.files() {
                let e = ws.file(id);
                prop_assert_eq!(&e.text, &f.text);
                prop_assert_eq!(&e.parse, &f.parse);
                prop_assert_eq!(&e.line_index, &f.line_index);
                prop_assert_eq!(&e.lowered, &f.lowered, "after replacing {}..{} with {:?}", start, end, inserted);
            }
            let analysis = ws.analyze(common::today());
            let expected = fresh.analyze(common::today());
            prop_assert_eq!(&analysis.diagnostics, &expected.diagnostics);
            prop_assert_eq!(analysis.model.logs.len(), expected.model.logs.len());
            prop_assert!(analysis.model.logs.iter().eq(expected.model.logs.iter()));
            prop_assert_eq!(&analysis.model.items, &expected.model.items);
            // Every log line points at the item its id names.
            for log in &analysis.model.logs {
                prop_assert_eq!(log.target.target, analysis.model.find(&log.target.name));
            }
            drop(std::mem::replace(&mut kept, analysis));
        }
        drop(kept);
    }
}

#[test]
fn an_edit_reparses_only_the_chunks_it_touches() {
    let mut text = String::new();
    for i in 0..200 {
        text.push_str(&format!("2026-11-02 item{i} {i}\n"));
    }
    let mut tree = parse(&text);
    let at = text.find("item100").unwrap();
    text.replace_range(at..at + 4, "ITEM");
    let fresh = tree.edit(&text, at..at + 4, 4);
    assert_eq!(tree, parse(&text));
    // The edited log line and the one before it; nothing else.
    assert_eq!(fresh, 99..101);
}
