//! `goalie report --html`: a self-contained page, checked as text and
//! rendered in headless Chromium (skipped, with a message, when Chromium is
//! not installed; CI installs it and sets GOALIE_REQUIRE_CHROMIUM=1).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{examples, goalie};

/// target/artifacts: kept after the run so a person can look at the page
/// and its screenshot.
fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .join("artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn report(lang: &str, file: &Path) {
    let out = goalie()
        .args(["report", "--today", "2026-11-24", "--lang", lang, "--html"])
        .arg(file)
        .arg(examples())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_page_is_self_contained_and_has_every_chart() {
    let file = artifacts().join("report-text-check.html");
    report("en", &file);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"en\">"));
    // Nothing from the network: the only URL is the SVG namespace, which
    // names and loads nothing.
    let urls = html.matches("http").count();
    let namespaces = html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(urls, namespaces, "a URL other than the SVG namespace");
    for forbidden in [
        "<script",
        "<link",
        "@import",
        "url(",
        "<img",
        "<iframe",
        "@font-face",
    ] {
        assert!(!html.contains(forbidden), "the page uses {forbidden}");
    }
    // One burn-up per key result with a metric or guardrail: 10 metrics
    // and 3 guardrails in the examples (milestones have none).
    assert_eq!(html.matches("<svg class=\"chart burnup\"").count(), 13);
    assert!(html.contains("<polyline class=\"actual\""));
    assert!(html.contains("<line class=\"expected\""));
    // The recurring ig-followers (+20% per month) draws its steps: October
    // and November, one expected line each.
    let steps = html
        .split("<path class=\"steps\" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a steps path");
    assert_eq!(steps.matches('M').count(), 2, "{steps}");
    assert!(html.contains("closed periods: 1\u{a0}Oct – 31\u{a0}Oct missed (4,100\u{a0}followers of 4,104\u{a0}followers)"));
    // The funnel's forecast, and an objective that names its failing KR.
    assert!(
        html.contains("forecast: `partenaires` 4 in 54 days"),
        "no funnel forecast"
    );
    assert!(html.contains("failing: `ca-mensuel`"));
    assert!(html.contains("<line class=\"forecast\"") && html.contains("stroke-dasharray=\"6 4\""));
    // A habit grid per activity (9), a funnel, and the roll-ups.
    assert_eq!(html.matches("<svg class=\"chart grid\"").count(), 9);
    assert!(html.contains("<rect class=\"day met\""));
    assert!(html.contains("<rect class=\"day partial\""));
    assert_eq!(html.matches("<svg class=\"chart funnel\"").count(), 1);
    assert!(html.contains("<rect class=\"actual\""));
    assert!(html.contains("id=\"o-ca-t4\""));
    assert!(html.contains("@media print"));
    // Text is escaped: a title with quotes stays text.
    assert!(html.contains("Send the &quot;Better Rotas&quot; newsletter"));
}

#[test]
fn french_page() {
    let file = artifacts().join("report-fr.html");
    report("fr", &file);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("<h2>Objectifs</h2>"));
    assert!(html.contains("Avancement au 24\u{a0}nov.\u{a0}2026"));
    assert!(html.contains("en bonne voie"));
    assert!(html.contains("il faut 174\u{a0}€ par jour pendant les 38 jours restants"));
}

#[test]
fn unwritable_destination_is_an_io_failure() {
    let out = goalie()
        .args([
            "report",
            "--today",
            "2026-11-24",
            "--html",
            "/no/such/dir/r.html",
        ])
        .arg(examples())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/dir/r.html"));
    // --html is required.
    let out = goalie().args(["report"]).arg(examples()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Runs Chromium headless with `args` on `page`, killing it after two
/// minutes; returns its stdout.
fn chromium(binary: &Path, profile: &Path, args: &[String], page: &Path) -> Vec<u8> {
    let mut child = Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut buf).ok();
        buf
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish in two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

#[test]
fn chromium_renders_the_charts() {
    let Some(binary) = find_chromium() else {
        if std::env::var_os("GOALIE_REQUIRE_CHROMIUM").is_some() {
            panic!("GOALIE_REQUIRE_CHROMIUM is set but chromium is not installed");
        }
        eprintln!(
            "SKIPPED chromium_renders_the_charts: `chromium` is not installed \
             (apt-get install chromium to run it; .ci/run does)"
        );
        return;
    };
    let dir = artifacts();
    let page = dir.join("report.html");
    report("en", &page);
    let profile = tempfile::tempdir().unwrap();

    let dom = chromium(&binary, profile.path(), &["--dump-dom".into()], &page);
    let dom = String::from_utf8_lossy(&dom);
    assert!(dom.contains("<h1>Goals report</h1>"), "no page in the DOM");
    assert_eq!(dom.matches("class=\"chart burnup\"").count(), 13);
    assert_eq!(dom.matches("class=\"chart grid\"").count(), 9);
    assert_eq!(dom.matches("class=\"chart funnel\"").count(), 1);
    assert!(dom.contains("<polyline class=\"actual\""));
    assert!(dom.contains("<line class=\"forecast\""));

    let png = dir.join("report.png");
    let _ = std::fs::remove_file(&png);
    chromium(
        &binary,
        profile.path(),
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,2000".into(),
            "--hide-scrollbars".into(),
        ],
        &page,
    );
    let bytes = std::fs::read(&png).expect("a screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // IHDR: width and height, big-endian, at bytes 16..24.
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((width, height), (1280, 2000));
    // A blank page compresses to a few kilobytes; charts and text do not.
    assert!(bytes.len() > 50_000, "screenshot of {} bytes", bytes.len());
    eprintln!("screenshot kept at {}", png.display());
}

// ---- The summary strip, guardrail charts and funnel stages ------------------
//
// One plan read on Tuesday 24 Nov 2026, whose numbers are worked out by hand
// below (docs/progress.md: a 1 Oct – 31 Dec window has 92 days, 54 elapsed,
// 38 left, 58.70% expected).

const PLAN: &str = "\
objective growth: Grow signups
  period: 2026-Q4
  kr signups: Reach 100 signups
    metric: 0 -> 100 signups

objective quality: Keep quality up while we grow
  period: 2026-Q4
  kr churn: Keep churn at or below 2%
    keep: <= 2%
  kr nps: Keep NPS at 40 or above
    keep: >= 40

objective spain: Launch in Spain
  period: 2027-Q1
  kr es-customers: Win 20 customers in Spain
    metric: 0 -> 20 customers

funnel pipe: What 10 000 EUR takes
  goal: 10 000 EUR by 2026-12-31
  start: 2026-10-01
  stage sales: 500 EUR each
  stage leads: 10% convert
  stage events: 50 leads each

2026-11-20 signups 70
2026-10-15 churn 1.6%
2026-11-15 churn 1.9%
2026-10-20 nps 46
2026-11-16 nps 41
2026-11-10 sales 12
2026-11-20 leads 100
";

/// The report of [`PLAN`] in `lang`, no-break spaces read as spaces.
fn plan_report(lang: &str) -> String {
    report_of(PLAN, lang)
}

/// The report of `plan` in `lang` on 24 Nov 2026, no-break spaces read as
/// spaces.
fn report_of(plan: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.goals"), plan).unwrap();
    let page = dir.path().join("report.html");
    let out = goalie()
        .args([
            "report",
            "--no-config",
            "--today",
            "2026-11-24",
            "--lang",
            lang,
        ])
        .arg("--html")
        .arg(&page)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&page)
        .unwrap()
        .replace('\u{a0}', " ")
}

/// The text from `start` (the first occurrence) to the next `end`, included.
fn between<'h>(html: &'h str, start: &str, end: &str) -> &'h str {
    let at = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let len = html[at..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end} after {start}"));
    &html[at..at + len + end.len()]
}

/// The burn-up chart in key result `id`'s card.
fn chart_of<'h>(html: &'h str, id: &str) -> &'h str {
    let card = &html[html.find(&format!("id=\"kr-{id}\"")).unwrap()..];
    between(card, "<svg class=\"chart burnup\"", "</svg>")
}

/// The text of each `<text class="{class}" …>` of an SVG, in order.
fn texts(svg: &str, class: &str) -> Vec<String> {
    svg.split(&format!("<text class=\"{class}\""))
        .skip(1)
        .map(|rest| {
            let body = &rest[rest.find('>').unwrap() + 1..];
            body[..body.find("</text>").unwrap()].to_string()
        })
        .collect()
}

#[test]
fn the_summary_strip_counts_objectives_and_lists_what_falls_due_next() {
    for (lang, not_started, no_data, due) in [
        ("en", "not started", "no data", "31 Dec 2026"),
        ("fr", "pas commencé", "sans données", "31 déc. 2026"),
    ] {
        let html = plan_report(lang);
        let strip = between(&html, "<section class=\"strip\"", "</section>");
        // growth: 70% against 58.70% expected, ratio 1.19 → on track;
        // quality has only guardrails, which are conditions, not progress
        // → no data; spain starts in 2027 → not started. The groups not
        // judged show because there are some, so the counts add up to 3.
        let count = |n: u32, slug: &str| {
            format!("<span class=\"count\"><b>{n}</b> <span class=\"badge status-{slug}\"")
        };
        for (n, slug) in [
            (1, "on-track"),
            (0, "at-risk"),
            (0, "off-track"),
            (1, "not-started"),
            (1, "unknown"),
        ] {
            assert!(
                strip.contains(&count(n, slug)),
                "{lang}: {n} {slug} in {strip}"
            );
        }
        assert!(
            !strip.contains("status-dropped"),
            "{lang}: none dropped, none shown"
        );
        assert!(strip.contains(&format!(">{not_started}</span>")));
        assert!(strip.contains(&format!(">{no_data}</span>")));
        // Everything of 2026-Q4 falls due on 31 Dec; the three first by id
        // (churn, growth, nps), each a link to its card, its id isolated.
        let dues: Vec<&str> = strip.split("<a class=\"due\"").skip(1).collect();
        assert_eq!(dues.len(), 3, "{lang}: {strip}");
        for (d, (anchor, id)) in dues
            .iter()
            .zip([("kr", "churn"), ("o", "growth"), ("kr", "nps")])
        {
            assert!(
                d.starts_with(&format!(
                    " href=\"#{anchor}-{id}\">{due} <span class=\"id\"><bdi>{id}</bdi></span></a>"
                )),
                "{lang}: {d}"
            );
            assert!(
                html.contains(&format!("id=\"{anchor}-{id}\"")),
                "{lang}: no card {id}"
            );
        }
    }
}

#[test]
fn next_due_dates_leave_out_what_is_achieved_or_dropped() {
    // `done` (reached) and `gone` (dropped) fall due first, on 30 Nov; only
    // `open`, due on 15 Dec, has work left.
    let plan = "\
objective o: Grow signups
  period: 2026-Q4
  kr done: Reach 10 signups
    metric: 0 -> 10 signups
    due: 2026-11-30
  kr gone: Reach 10 demos
    metric: 0 -> 10 demos
    due: 2026-11-30
  kr open: Reach 100 trials
    metric: 0 -> 100 trials
    due: 2026-12-15

2026-11-20 done 12
2026-11-20 gone dropped
2026-11-20 open 60
";
    for (lang, due) in [("en", "15 Dec 2026"), ("fr", "15 déc. 2026")] {
        let html = report_of(plan, lang);
        let strip = between(&html, "<section class=\"strip\"", "</section>");
        let dues: Vec<&str> = strip.split("<a class=\"due\"").skip(1).collect();
        assert!(
            dues.iter()
                .all(|d| !d.contains("<bdi>done</bdi>") && !d.contains("<bdi>gone</bdi>")),
            "{lang}: {strip}"
        );
        assert!(
            dues.iter().any(|d| d.starts_with(&format!(
                " href=\"#kr-open\">{due} <span class=\"id\"><bdi>open</bdi></span></a>"
            ))),
            "{lang}: {strip}"
        );
    }
}

#[test]
fn guardrail_charts_have_a_scale_and_shade_the_acceptable_side() {
    for (lang, churn_ticks, nps_ticks, threshold) in [
        (
            "en",
            ["1.6%", "1.8%", "2%"],
            ["37.5", "40", "42.5", "45"],
            "threshold",
        ),
        (
            "fr",
            ["1,6 %", "1,8 %", "2 %"],
            ["37,5", "40", "42,5", "45"],
            "seuil",
        ),
    ] {
        let html = plan_report(lang);
        // churn, keep <= 2%, values 1.6 and 1.9: range 1.6–2, widened so a
        // third of it shows beyond the threshold (to 2.1333), padded by 8%
        // of 0.5333 on each side: 1.5573 to 2.1760. Ticks every 0.2
        // (0.6187 / 4 = 0.155, rounded up to a nice 0.2).
        let churn = chart_of(&html, "churn");
        assert_eq!(texts(churn, "tick"), churn_ticks, "{lang}");
        // The threshold at y = 22 + 172 × (2.176 − 2) / 0.6187 = 70.9; the
        // acceptable side (≤) is below it, down to the plot's bottom (194).
        assert!(
            churn.contains(
                "<rect class=\"band\" x=\"84\" y=\"70.9\" width=\"340.0\" height=\"123.1\""
            ),
            "{lang}: {churn}"
        );
        assert!(churn.contains("<line class=\"threshold\" x1=\"84\" y1=\"70.9\""));
        let unit = if lang == "en" { "2%" } else { "2 %" };
        assert_eq!(
            texts(churn, "target-label"),
            [format!("{threshold} ≤ {unit}")]
        );
        // nps, keep >= 40, values 46 and 41: range 40–46 widened to 38,
        // padded by 0.64: 37.36 to 46.64. Ticks every 2.5 (9.28 / 4 = 2.32).
        let nps = chart_of(&html, "nps");
        assert_eq!(texts(nps, "tick"), nps_ticks, "{lang}");
        // The threshold at y = 22 + 172 × (46.64 − 40) / 9.28 = 145.1; the
        // acceptable side (≥) is above it, from the plot's top (22).
        assert!(
            nps.contains(
                "<rect class=\"band\" x=\"84\" y=\"22.0\" width=\"340.0\" height=\"123.1\""
            ),
            "{lang}: {nps}"
        );
        assert!(nps.contains("<line class=\"threshold\" x1=\"84\" y1=\"145.1\""));
        assert_eq!(texts(nps, "target-label"), [format!("{threshold} ≥ 40")]);
        // A change has a scale too, and no band: signups 0 → 100, seen at
        // 70, padded to −8 … 108, ticks every 50 (116 / 4 = 29 → 50); a
        // counted word is said once, above the axis.
        let signups = chart_of(&html, "signups");
        assert_eq!(texts(signups, "tick"), ["0", "50", "100"]);
        assert_eq!(texts(signups, "unit"), ["signups"]);
        assert!(!signups.contains("class=\"band\""));
        let target = if lang == "en" {
            "target 100 signups"
        } else {
            "cible 100 signups"
        };
        assert_eq!(texts(signups, "target-label"), [target]);
        // The legend says what the band is.
        let legend = if lang == "en" {
            "acceptable side of a guardrail"
        } else {
            "côté acceptable d&#39;un garde-fou"
        };
        assert!(html.contains(legend), "{lang}");
    }
}

#[test]
fn funnel_stages_show_their_status_pace_and_forecast() {
    for (lang, heads, rows) in [
        (
            "en",
            [
                "Stage",
                "Done / needed",
                "Status",
                "Pace",
                "Forecast by 31 Dec",
            ],
            [
                [
                    "sales",
                    "12 / 20 (60%)",
                    "on track",
                    "needs 0.21 per day for the 38 days left",
                    "17",
                ],
                [
                    "leads",
                    "100 / 200 (50%)",
                    "at risk",
                    "needs 2.63 per day for the 38 days left",
                    "170",
                ],
                ["events", "— / 4", "no data", "no log lines", "—"],
            ],
        ),
        (
            "fr",
            [
                "Étape",
                "Fait / nécessaire",
                "Statut",
                "Rythme",
                "Prévision au 31 déc.",
            ],
            [
                [
                    "sales",
                    "12 / 20 (60 %)",
                    "en bonne voie",
                    "il faut 0,21 par jour pendant les 38 jours restants",
                    "17",
                ],
                [
                    "leads",
                    "100 / 200 (50 %)",
                    "à risque",
                    "il faut 2,63 par jour pendant les 38 jours restants",
                    "170",
                ],
                [
                    "events",
                    "— / 4",
                    "sans données",
                    "aucune ligne de journal",
                    "—",
                ],
            ],
        ),
    ] {
        let html = plan_report(lang);
        let table = between(&html, "<table class=\"stages\">", "</table>");
        let cells = |row: &str, tag: &str| -> Vec<String> {
            row.split(&format!("<{tag}"))
                .skip(1)
                // `<th>` or `<th class=…>`, not `<thead>`.
                .filter(|c| c.starts_with(['>', ' ']))
                .map(|c| {
                    let inner = &c[c.find('>').unwrap() + 1..c.find(&format!("</{tag}>")).unwrap()];
                    // The text without its tags (a badge, a <bdi>).
                    let mut text = String::new();
                    let mut in_tag = false;
                    for ch in inner.chars() {
                        match ch {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    text
                })
                .collect()
        };
        assert_eq!(cells(table, "th"), heads, "{lang}");
        // 10 000 EUR at 500 each: 20 sales; at 10%: 200 leads; at 50 each:
        // 4 events. sales 12 of 20 = 60% against 58.70% → on track, 8 left
        // over 38 days = 0.21 a day; leads 100 of 200 = 50%, ratio 0.85 →
        // at risk, 100 / 38 = 2.63 a day; events have no log lines.
        // Forecast: leads 100 in 54 days → 100 × 92 / 54 = 170 by 31 Dec,
        // × 10% = 17 sales.
        let body: Vec<&str> = table.split("<tr class=\"stage\"").skip(1).collect();
        assert_eq!(body.len(), 3, "{lang}");
        for (row, expected) in body.iter().zip(rows) {
            assert_eq!(cells(row, "td"), expected, "{lang}");
        }
        assert!(
            body[0].contains("<td><bdi>sales</bdi></td>"),
            "stage ids are isolated"
        );
        assert!(body[1].contains("class=\"badge status-at-risk\""));
    }
}
