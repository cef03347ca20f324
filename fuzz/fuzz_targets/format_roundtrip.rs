//! fmt is idempotent and keeps the diagnostics of its input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn codes(text: &str) -> Vec<&'static str> {
    let mut ws = goalie::analysis::Workspace::new();
    ws.add_file("f.goals", text);
    let mut codes: Vec<_> = ws
        .analyze(jiff::civil::date(2026, 11, 24))
        .diagnostics
        .iter()
        .map(|d| d.code.code)
        .collect();
    codes.sort_unstable();
    codes
}

fuzz_target!(|text: &str| {
    let once = goalie::format::format(text);
    let twice = goalie::format::format(&once.text);
    assert_eq!(once.text, twice.text, "formatting twice changes the text");
    assert_eq!(
        codes(text),
        codes(&once.text),
        "formatting changes the diagnostics"
    );
});
