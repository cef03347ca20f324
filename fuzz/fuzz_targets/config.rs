//! `goalie.toml`: any text is a `Settings` or an error with its place,
//! never a panic; settings that load keep every later step from panicking
//! (analysis, progress, the status view and the HTML report).
#![no_main]

use libfuzzer_sys::fuzz_target;

const PLAN: &str = "objective o: Grow revenue in France\n  period: 2026\n  kr k: Reach 100 customers\n    metric: 10 -> 100 customers\n  activity a: Call two prospects\n    rate: 2 per week\n    target: 3 per week\n2026-02-01 k 20\n2026-03-01 k 40\n2026-03-02 a 2\n";

fuzz_target!(|text: &str| {
    let settings = match goalie::config::Settings::from_toml(text) {
        Ok(settings) => settings,
        Err(e) => {
            // The place, when given, is in the text.
            if let Some(line) = e.line {
                assert!(line as usize <= text.lines().count().max(1) + 1);
            }
            return;
        }
    };
    let today = settings.today.unwrap_or(jiff::civil::date(2026, 6, 1));
    let mut ws = goalie::analysis::Workspace::new();
    ws.add_file("f.goals", PLAN);
    let analysis = ws.analyze_with(today, &settings);
    let progress = goalie::progress::compute(&analysis.model, today, &settings.progress);
    let mut out = Vec::new();
    goalie::cli::write_status_text(
        &mut out,
        &progress,
        goalie::i18n::Lang::En,
        goalie::cli::Style { color: false },
    )
    .unwrap();
    let _ = goalie::cli::render_report(&progress, goalie::i18n::Lang::Fr);
});
