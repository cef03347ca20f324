//! Text direction ("Trojan Source"): bidirectional control characters in a
//! plan are an error (E017), are shown escaped in the terminal and in
//! GitHub annotations, and every id and title of the HTML report is
//! isolated from the text around it.

use std::process::Command;

const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// Reads "Grow revenue by 10% in France" on screen; the file says 01%.
fn plan() -> String {
    format!(
        "objective o: Grow revenue by {RLO}%01{PDF} in France\n  period: 2026\n  kr k: Sign 20 new customers in Lyon\n    metric: 0 -> 20 customers\n2026-03-01 k 4 \"call\u{2066}ed Acme\"\n"
    )
}

fn goalie(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goalie"));
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "GOALIE_LANG",
        "GOALIE_CONFIG",
    ] {
        cmd.env_remove(var);
    }
    cmd.current_dir(dir)
        .args(args)
        .args(["--today", "2026-06-01"])
        .output()
        .unwrap()
}

fn has_controls(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

#[test]
fn controls_are_errors_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.goals"), plan()).unwrap();
    let out = goalie(dir.path(), &["check", "--format", "json", "plan.goals"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(u64, u64, &str)> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "E017")
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["severity"].as_str().unwrap(),
            )
        })
        .collect();
    // Columns in characters: `objective o: Grow revenue by ` is 29 long,
    // `2026-03-01 k 4 "call` 20.
    assert_eq!(
        found,
        [(1, 30, "error"), (1, 34, "error"), (5, 21, "error")]
    );
    let message = json
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "E017")
        .unwrap()["message"]
        .as_str()
        .unwrap();
    assert!(message.contains("U+202E"), "{message}");
    // Off when configured so.
    std::fs::write(
        dir.path().join("goalie.toml"),
        "[rules]\nbidi-control = \"off\"\n",
    )
    .unwrap();
    let out = goalie(dir.path(), &["check", "--format", "json", "plan.goals"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("E017"));
}

#[test]
fn terminal_and_annotations_show_controls_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.goals"), plan()).unwrap();
    for args in [
        &["check", "plan.goals"][..],
        &["check", "--format", "github", "plan.goals"],
        &["status", "plan.goals"],
    ] {
        let out = goalie(dir.path(), args);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(!has_controls(&stdout), "{args:?}: {stdout}");
        // Annotations do not quote the title; the others do, escaped.
        if !args.contains(&"github") {
            assert!(stdout.contains("<U+202E>%01<U+202C>"), "{args:?}: {stdout}");
        }
    }
}

#[test]
fn the_report_isolates_every_id_and_title_and_wraps_long_words() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(300);
    let text = format!(
        "{}objective ar: توسيع المبيعات في {long}\n  period: 2026\n",
        plan()
    );
    std::fs::write(dir.path().join("plan.goals"), text).unwrap();
    let out = goalie(dir.path(), &["report", "plan.goals", "--html", "r.html"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let page = std::fs::read_to_string(dir.path().join("r.html")).unwrap();
    assert!(!has_controls(&page));
    assert!(page.contains("<h3><bdi>Grow revenue by &lt;U+202E&gt;%01&lt;U+202C&gt; in France</bdi> <span class=\"id\"><bdi>o</bdi></span></h3>"), "{page}");
    assert!(page.contains(&format!("<bdi>توسيع المبيعات في {long}</bdi>")));
    assert!(page.contains("<h4><bdi>Sign 20 new customers in Lyon</bdi>"));
    assert!(page.contains("bdi, .facts { unicode-bidi: isolate; }"));
    assert!(page.contains("overflow-wrap: anywhere"));
}
