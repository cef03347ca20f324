//! Progress, and its text and JSON renderings, never panic on parsed input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, &str)| {
    let (day, text) = input;
    let today = jiff::civil::date(2025, 1, 1)
        .checked_add(jiff::Span::new().days(i64::from(day % 1200)))
        .unwrap();
    let mut ws = goalie::analysis::Workspace::new();
    ws.add_file("f.goals", text);
    let analysis = ws.analyze(today);
    let progress = goalie::progress::compute(
        &analysis.model,
        today,
        &goalie::progress::Options::default(),
    );
    let mut out = Vec::new();
    goalie::cli::write_status_json(&mut out, &progress).unwrap();
    out.clear();
    goalie::cli::write_status_text(
        &mut out,
        &progress,
        goalie::i18n::Lang::Fr,
        goalie::cli::Style { color: false },
    )
    .unwrap();
});
