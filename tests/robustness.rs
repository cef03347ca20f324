//! No input makes the parser, the model or the analysis panic.

mod common;

use proptest::prelude::*;

/// Strings made of the format's own pieces, so that generated input gets
/// deep into the grammar rather than failing on the first character.
fn goals_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("objective ".to_string()),
        Just("kr ".to_string()),
        Just("activité ".to_string()),
        Just("funnel ".to_string()),
        Just("  stage s: ".to_string()),
        Just("  metric: ".to_string()),
        Just("  keep: >= ".to_string()),
        Just("  target: ".to_string()),
        Just("  goal: ".to_string()),
        Just("  parent: ".to_string()),
        Just("  supports: ".to_string()),
        Just("  period: ".to_string()),
        Just("  due: ".to_string()),
        Just("  start: ".to_string()),
        Just("  weight: ".to_string()),
        Just(" per 2 weeks".to_string()),
        Just(" each".to_string()),
        Just(" convert".to_string()),
        Just(" -> ".to_string()),
        Just("..".to_string()),
        Just("2026-".to_string()),
        Just("Q4".to_string()),
        Just("W53".to_string()),
        Just("02-30".to_string()),
        Just("9999-12-31".to_string()),
        Just("0000-01-01".to_string()),
        Just("1e308".to_string()),
        Just("99999999999999999999999999".to_string()),
        Just("1,500".to_string()),
        Just("12,5 %".to_string()),
        Just(" €".to_string()),
        Just("$".to_string()),
        Just("confidence ".to_string()),
        Just("\"note\"".to_string()),
        Just("« ".to_string()),
        Just("done".to_string()),
        Just("dropped".to_string()),
        Just("milestone".to_string()),
        Just(" per weekday".to_string()),
        Just(" per month".to_string()),
        Just("\n2026-11-02 x 5".to_string()),
        Just("\n2026-11-24 x +3".to_string()),
        Just("\n2026-10-01 x confidence 90%".to_string()),
        Just("\nkr x: X\n  metric: 10 -> 10".to_string()),
        Just("\nactivity x: X\n  target: 1 per 3 days\n  start: 2026-11-24".to_string()),
        Just("+".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("# c".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("😀".to_string()),
        "[a-z0-9]{1,5}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn analysis_never_panics(text in goals_like()) {
        let (ws, analysis) = common::single("f.goals", &text);
        // Every diagnostic points inside the text, on character boundaries.
        for d in &analysis.diagnostics {
            let f = ws.file(d.file);
            prop_assert!(d.range.end as usize <= f.text.len());
            prop_assert!(f.text.is_char_boundary(d.range.start as usize));
            prop_assert!(f.text.is_char_boundary(d.range.end as usize));
        }
        let _ = common::render(&ws, &analysis);
    }

    #[test]
    fn progress_and_its_renderings_never_panic(text in goals_like(), day in 0i64..800) {
        let (_, analysis) = common::single("f.goals", &text);
        let today = jiff::civil::date(2026, 1, 1)
            .checked_add(jiff::Span::new().days(day))
            .unwrap();
        let options = goalie::progress::Options::default();
        let progress = goalie::progress::compute(&analysis.model, today, &options);
        for lang in [goalie::i18n::Lang::En, goalie::i18n::Lang::Fr] {
            let mut out = Vec::new();
            goalie::cli::write_status_text(&mut out, &progress, lang, goalie::cli::Style { color: true })
                .unwrap();
            let _ = goalie::cli::render_report(&progress, lang);
        }
        let mut json = Vec::new();
        goalie::cli::write_status_json(&mut json, &progress).unwrap();
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let mut ws = goalie::analysis::Workspace::new();
        goalie::host::add_bytes(&mut ws, "f.goals".into(), bytes);
        let analysis = ws.analyze(common::today());
        let _ = common::render(&ws, &analysis);
    }
}
