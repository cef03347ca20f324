//! A sequence of edits gives, step by step, what a fresh start on the final
//! text gives: `Parse::edit` the tree of a full parse, and
//! `Workspace::edit` the same file model (items, log lines, diagnostics)
//! and the same diagnostics from the analysis, with the last analysis kept
//! alive across the edit as an editor does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, Vec<(u16, u16, &str)>)| {
    let (start, edits) = input;
    let today = jiff::civil::date(2026, 11, 24);
    let mut text = start.to_string();
    let mut parse = goalie::syntax::parse(&text);
    let mut ws = goalie::analysis::Workspace::new();
    let id = ws.add_file("f.goals", start);
    let mut kept = ws.analyze(today);
    for (at, len, insert) in edits.into_iter().take(16) {
        let mut from = at as usize % (text.len() + 1);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (from + len as usize % 8).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        text.replace_range(from..to, insert);
        parse.edit(&text, from..to, insert.len());
        assert_eq!(
            parse,
            goalie::syntax::parse(&text),
            "after editing {from}..{to}"
        );
        ws.edit(id, from..to, insert);
        let mut fresh = goalie::analysis::Workspace::new();
        fresh.add_file("f.goals", text.as_str());
        let (edited, new) = (ws.file(id), fresh.file(id));
        assert_eq!(edited.text, new.text);
        assert_eq!(edited.line_index, new.line_index);
        assert_eq!(edited.lowered, new.lowered, "after editing {from}..{to}");
        let analysis = ws.analyze(today);
        assert_eq!(analysis.diagnostics, fresh.analyze(today).diagnostics);
        kept = analysis;
    }
    drop(kept);
});
