//! `goalie init`, `goalie completions` and `goalie man`: the built binary.

use assert_cmd::Command;
use serde_json::Value;

fn goalie() -> Command {
    let mut cmd = Command::cargo_bin("goalie").unwrap();
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("GOALIE_LANG")
        .env_remove("GOALIE_CONFIG");
    cmd
}

const TEMPLATES: [&str; 3] = ["okr", "sales", "habits"];
const LANGS: [&str; 2] = ["en", "fr"];

/// Days that stress the dates: a quarter's first day (a Thursday, so no log
/// line can fall inside it yet), a Monday early in a quarter, mid-quarter,
/// a Sunday, and a quarter's last day.
const DAYS: [&str; 5] = [
    "2026-10-01",
    "2026-01-05",
    "2026-11-24",
    "2026-08-16",
    "2026-12-31",
];

fn init(dir: &std::path::Path, lang: &str, template: &str, today: &str) {
    let out = goalie()
        .args([
            "init",
            "--lang",
            lang,
            "--template",
            template,
            "--today",
            today,
        ])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every finding above info level, as "CODE line: message".
fn findings(dir: &std::path::Path, today: &str) -> Vec<String> {
    let out = goalie()
        .args(["check", "--format", "json", "--today", today])
        .arg(dir)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v.as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| format!("{} {}: {}", d["code"], d["line"], d["message"]))
        .collect()
}

#[test]
fn every_template_checks_clean_in_both_languages_on_any_day() {
    let mut problems = Vec::new();
    for lang in LANGS {
        for template in TEMPLATES {
            for today in DAYS {
                let dir = tempfile::tempdir().unwrap();
                init(dir.path(), lang, template, today);
                let found = findings(dir.path(), today);
                if !found.is_empty() {
                    problems.push(format!("{lang} {template} {today}: {found:#?}"));
                    continue;
                }
                goalie()
                    .args(["check", "--deny", "warning", "--today", today])
                    .arg(dir.path())
                    .assert()
                    .code(0);
                goalie()
                    .args(["fmt", "--check"])
                    .arg(dir.path())
                    .assert()
                    .code(0);
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn status_shows_numbers_from_the_log() {
    for lang in LANGS {
        for template in TEMPLATES {
            let dir = tempfile::tempdir().unwrap();
            init(dir.path(), lang, template, "2026-11-24");
            let out = goalie()
                .args(["status", "--format", "json", "--today", "2026-11-24"])
                .arg(dir.path())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0));
            let text = String::from_utf8(out.stdout).unwrap();
            // The log lines are dated on the last weekdays: 20, 23 and 24 Nov.
            assert!(text.contains("2026-11-24"), "{lang} {template}: {text}");
            let v: Value = serde_json::from_str(&text).unwrap();
            assert!(v.is_object() || v.is_array());
        }
    }
}

#[test]
fn plans_follow_today() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "en", "okr", "2027-02-10");
    let plan = std::fs::read_to_string(dir.path().join("plan.goals")).unwrap();
    assert!(plan.contains("period: 2027-Q1"), "{plan}");
    assert!(plan.contains("2027-03-31"), "{plan}");
    // Wednesday 10 February: the log falls on the 8th, 9th and 10th.
    for day in ["2027-02-08", "2027-02-09", "2027-02-10"] {
        assert!(plan.contains(&format!("\n{day} ")), "{day}: {plan}");
    }
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "fr", "okr", "2027-02-10");
    let plan = std::fs::read_to_string(dir.path().join("objectifs.goals")).unwrap();
    assert!(plan.contains("période: 2027-T1"), "{plan}");
}

#[test]
fn the_written_configuration_is_the_default() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), lang, "okr", "2026-11-24");
        let text = std::fs::read_to_string(dir.path().join("goalie.toml")).unwrap();
        let settings = goalie::config::Settings::from_toml(&text).unwrap();
        assert_eq!(settings, goalie::config::Settings::default());
    }
}

#[test]
fn the_configuration_names_every_documented_setting() {
    for lang in LANGS {
        names_every_documented_setting(lang);
    }
}

fn names_every_documented_setting(lang: &str) {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), lang, "okr", "2026-11-24");
    let written = std::fs::read_to_string(dir.path().join("goalie.toml")).unwrap();
    let docs = std::fs::read_to_string("docs/configuration.md").unwrap();
    let block = docs
        .split("```toml\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .unwrap();
    for line in block.lines() {
        let line = line.trim_start_matches("# ").trim();
        let key = if line.starts_with('[') {
            line
        } else if let Some((key, _)) = line.split_once(" = ") {
            key.trim()
        } else {
            continue;
        };
        assert!(written.contains(key), "{lang}: goalie.toml lacks `{key}`");
    }
}

#[test]
fn existing_files_are_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("goalie.toml"), "# mine\n").unwrap();
    let out = goalie()
        .args(["init", "--ci", "github", "--pre-commit"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("goalie.toml"), "{stderr}");
    // Nothing was written, not even the files that did not exist.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["goalie.toml"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("goalie.toml")).unwrap(),
        "# mine\n"
    );

    let out = goalie()
        .args(["init", "--lang", "fr"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("existe déjà")
    );

    goalie()
        .args(["init", "--force", "--ci", "github", "--pre-commit"])
        .arg(dir.path())
        .assert()
        .code(0);
    assert_ne!(
        std::fs::read_to_string(dir.path().join("goalie.toml")).unwrap(),
        "# mine\n"
    );
    assert!(dir.path().join(".github/workflows/goalie.yml").is_file());
    assert!(dir.path().join(".pre-commit-config.yaml").is_file());
}

#[test]
fn a_folder_that_cannot_be_made_stops_before_any_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".github"), "a file, not a folder\n").unwrap();
    let out = goalie()
        .args(["init", "--ci", "github"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(".github"), "{stderr}");
    assert!(!dir.path().join("plan.goals").exists());
    assert!(!dir.path().join("goalie.toml").exists());
}

#[test]
fn plans_already_in_the_folder_are_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.goals"), "# my plans\n").unwrap();
    let out = goalie().arg("init").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("already holds 1 .goals file"), "{stderr}");
}

#[test]
fn ci_files_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "en", "okr", "2026-11-24");
    assert!(!dir.path().join(".github").exists());
    assert!(!dir.path().join(".pre-commit-config.yaml").exists());
}

const SUBCOMMANDS: [&str; 11] = [
    "check",
    "rules",
    "explain",
    "status",
    "report",
    "log",
    "fmt",
    "watch",
    "init",
    "completions",
    "man",
];

#[test]
fn completions_name_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = goalie().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(!script.trim().is_empty(), "{shell}");
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} lacks {sub}");
        }
    }
}

#[test]
fn man_pages_render_for_goalie_and_each_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    goalie()
        .args(["man", "--out"])
        .arg(dir.path())
        .assert()
        .code(0);
    let main = std::fs::read_to_string(dir.path().join("goalie.1")).unwrap();
    assert!(main.contains(".TH goalie"), "{main}");
    for sub in SUBCOMMANDS {
        assert!(main.contains(sub), "goalie.1 lacks {sub}");
        let page = std::fs::read_to_string(dir.path().join(format!("goalie-{sub}.1")))
            .unwrap_or_else(|e| panic!("goalie-{sub}.1: {e}"));
        assert!(page.contains(".TH goalie-"), "{page}");
    }
    // Where man is installed, one page must render as text.
    let rendered = std::process::Command::new("man")
        .arg("-l")
        .arg(dir.path().join("goalie-init.1"))
        .env("MANPAGER", "cat")
        .env("MAN_KEEP_FORMATTING", "0")
        .output();
    if let Ok(out) = rendered
        && out.status.success()
    {
        // Bold and underline come as overstrikes ("x\u{8}x"): drop them.
        let mut text = String::new();
        for c in String::from_utf8_lossy(&out.stdout).chars() {
            if c == '\u{8}' {
                text.pop();
            } else {
                text.push(c);
            }
        }
        assert!(text.contains("--template"), "{text}");
    }
}
