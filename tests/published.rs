//! Goal statements published by others (tests/published/statements.tsv):
//! OKR and SMART example pages, each statement labelled `bad` or `good` as
//! its author labels it, with the page it comes from. Kept apart from the
//! labelled corpus: nobody tuned a rule on these pages' wording before they
//! were collected, and their authors judge by their own standards (some
//! "good" examples have no date, some are tasks).
//!
//! Each statement goes through the statement mode (`goalie check --stdin`):
//! the same analysis as a file, the sentence as a lone key result. Two
//! readings are printed: all findings, and the wording checks alone (the S,
//! M and A families and the OKR task check, without the missing date and the
//! missing measure that a bare sentence always lacks). The test asserts that
//! the wording checks alone catch most bad statements, in each language.

use goalie::analysis::Workspace;
use goalie::analysis::statement;
use goalie::config::Settings;
use goalie::diagnostic::{Family, Severity};

/// The wording checks alone must catch at least this share of the bad
/// statements, in each language ("most").
const BAD_CAUGHT: f64 = 0.75;

fn findings(sentence: &str, french: bool) -> Vec<(&'static str, Family)> {
    let mut ws = Workspace::new();
    ws.add_file("<stdin>", statement::as_goals(sentence, french));
    let analysis = statement::check(&ws, jiff::civil::date(2026, 11, 16), &Settings::default());
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| (d.code.code, d.code.family))
        .collect()
}

/// The wording checks: what the title says, not what a bare sentence
/// cannot carry (a date line, a metric line).
fn wording(code: &str, family: Family) -> bool {
    !matches!(code, "M201" | "T501")
        && matches!(
            family,
            Family::Specific | Family::Measurable | Family::Achievable | Family::Okr
        )
}

#[test]
fn published_statements() {
    let text = include_str!("published/statements.tsv");
    let mut out = String::new();
    let mut failed = Vec::new();
    for lang in ["en", "fr"] {
        let (mut bad, mut good) = (0usize, 0usize);
        let (mut bad_any, mut bad_wording, mut good_clean, mut good_wording_clean) =
            (0usize, 0usize, 0usize, 0usize);
        let mut listing = Vec::new();
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "bad line: {line}");
            assert!(cols[3].starts_with("https://") || cols[3].starts_with("http://"));
            if cols[0] != lang {
                continue;
            }
            let found = findings(cols[2], lang == "fr");
            let any = !found.is_empty();
            let words = found.iter().any(|&(c, f)| wording(c, f));
            match cols[1] {
                "bad" => {
                    bad += 1;
                    bad_any += usize::from(any);
                    bad_wording += usize::from(words);
                }
                "good" => {
                    good += 1;
                    good_clean += usize::from(!any);
                    good_wording_clean += usize::from(!words);
                }
                other => panic!("unknown label {other}"),
            }
            let codes: Vec<&str> = found.iter().map(|(c, _)| *c).collect();
            listing.push(format!("  {:4} [{}] {}", cols[1], codes.join(","), cols[2]));
        }
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        out.push_str(&format!(
            "{lang}: {bad} bad, {good} good\n  bad caught by the wording checks: {bad_wording} ({:.0} %), by any check: {bad_any} ({:.0} %)\n  good left clean by the wording checks: {good_wording_clean} ({:.0} %), by every check: {good_clean} ({:.0} %)\n{}\n",
            pct(bad_wording, bad),
            pct(bad_any, bad),
            pct(good_wording_clean, good),
            pct(good_clean, good),
            listing.join("\n"),
        ));
        assert!(bad >= 10 && good >= 5, "{lang}: too few statements");
        if (bad_wording as f64) < BAD_CAUGHT * bad as f64 {
            failed.push(lang);
        }
    }
    println!("{out}");
    assert!(
        failed.is_empty(),
        "the wording checks miss too many bad statements in {failed:?}"
    );
}
