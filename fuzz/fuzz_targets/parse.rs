//! Any text parses (never panics), chunks tile it, and the analysis of it
//! points inside it on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let parse = goalie::syntax::parse(text);
    let mut end = 0;
    for chunk in parse.chunks() {
        let range = chunk.range();
        assert_eq!(range.start as usize, end);
        end = range.end as usize;
    }
    assert_eq!(end, text.len());
    let mut ws = goalie::analysis::Workspace::new();
    ws.add_file("f.goals", text);
    let analysis = ws.analyze(jiff::civil::date(2026, 11, 24));
    for d in &analysis.diagnostics {
        assert!(text.is_char_boundary(d.range.start as usize));
        assert!(text.is_char_boundary(d.range.end as usize));
    }
});
