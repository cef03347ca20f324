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
