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
