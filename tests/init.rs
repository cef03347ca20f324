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

/// What `status` must read from each starter plan's log on 24 Nov 2026,
/// worked out by hand: (language, template, objective, its percent — the
/// average of its measured key results, guardrails left out —, key results
/// as (id, current value, percent), a funnel stage as (id, actual, needed)).
type Expected = (
    &'static str,
    &'static str,
    &'static str,
    f64,
    [(&'static str, Option<f64>, f64); 4],
    (&'static str, f64, f64),
);

const STARTER_NUMBERS: [Expected; 6] = [
    // 20 -> 35: 22 is 2/15 = 13.33%; 4% -> 2%: 3.6 is 0.4/2 = 20%; NPS 42
    // holds (>= 40): 100; the milestone is not done: 0. Objective: (13.33 +
    // 20 + 0)/3 = 11.11. 30,000 / 1,500 = 20 deals / 25% = 80 demos; 3 done.
    (
        "en",
        "okr",
        "pipeline",
        100.0 / 9.0,
        [
            ("signups", Some(22.0), 40.0 / 3.0),
            ("churn", Some(3.6), 20.0),
            ("nps", Some(42.0), 100.0),
            ("pricing-page", None, 0.0),
        ],
        ("demos", 3.0, 80.0),
    ),
    (
        "fr",
        "okr",
        "pipeline",
        100.0 / 9.0,
        [
            ("essais", Some(22.0), 40.0 / 3.0),
            ("attrition", Some(3.6), 20.0),
            ("nps", Some(42.0), 100.0),
            ("page-tarifs", None, 0.0),
        ],
        ("demos", 3.0, 80.0),
    ),
    // 12,000 -> 20,000: 13,500 is 1,500/8,000 = 18.75%; 45 -> 30 days: 41
    // is 4/15 = 26.67%; discount 8% holds (<= 10%). Objective: (18.75 +
    // 26.67 + 0)/3 = 15.14. 60,000 / 2,000 = 30 deals / 30% = 100 quotes
    // / 50% = 200 meetings; 4 held.
    (
        "en",
        "sales",
        "revenue",
        (18.75 + 80.0 / 3.0) / 3.0,
        [
            ("monthly-revenue", Some(13_500.0), 18.75),
            ("sales-cycle", Some(41.0), 80.0 / 3.0),
            ("discount", Some(8.0), 100.0),
            ("referral-program", None, 0.0),
        ],
        ("meetings", 4.0, 200.0),
    ),
    (
        "fr",
        "sales",
        "ca",
        (18.75 + 80.0 / 3.0) / 3.0,
        [
            ("ca-mensuel", Some(13_500.0), 18.75),
            ("cycle-vente", Some(41.0), 80.0 / 3.0),
            ("remise", Some(8.0), 100.0),
            ("parrainage", None, 0.0),
        ],
        ("rendez-vous", 4.0, 200.0),
    ),
    // 62 -> 55 minutes: 60 is 2/7 = 28.57%; 10 -> 25 km: 14 is 4/15 =
    // 26.67%; sleep 7.5 h holds (>= 7). Objective: (28.57 + 26.67 + 0)/3 =
    // 18.41. 300 km / 6 km = 50 runs; 2 done.
    (
        "en",
        "habits",
        "fitter",
        (200.0 / 7.0 + 80.0 / 3.0) / 3.0,
        [
            ("ten-k-time", Some(60.0), 200.0 / 7.0),
            ("weekly-distance", Some(14.0), 80.0 / 3.0),
            ("sleep", Some(7.5), 100.0),
            ("race", None, 0.0),
        ],
        ("runs-done", 2.0, 50.0),
    ),
    (
        "fr",
        "habits",
        "forme",
        (200.0 / 7.0 + 80.0 / 3.0) / 3.0,
        [
            ("temps-10k", Some(60.0), 200.0 / 7.0),
            ("distance", Some(14.0), 80.0 / 3.0),
            ("sommeil", Some(7.5), 100.0),
            ("course", None, 0.0),
        ],
        ("sorties-faites", 2.0, 50.0),
    ),
];

#[test]
fn status_shows_numbers_from_the_log() {
    // JSON numbers are rounded to four decimals.
    let close = |v: &Value, expected: f64, what: &str| {
        let actual = v
            .as_f64()
            .unwrap_or_else(|| panic!("{what}: {v} is no number"));
        assert!(
            (actual - expected).abs() < 1e-3,
            "{what}: {actual}, expected {expected}"
        );
    };
    for (lang, template, objective, percent, key_results, stage) in STARTER_NUMBERS {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), lang, template, "2026-11-24");
        let out = goalie()
            .args(["status", "--format", "json", "--today", "2026-11-24"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let case = format!("{lang} {template}");
        assert_eq!(v["today"], "2026-11-24", "{case}");
        let objectives = v["objectives"].as_array().unwrap();
        assert_eq!(objectives.len(), 1, "{case}");
        let o = &objectives[0];
        assert_eq!(o["id"], objective, "{case}");
        close(&o["percent"], percent, &format!("{case} {objective}"));
        let krs = o["key_results"].as_array().unwrap();
        assert_eq!(krs.len(), key_results.len(), "{case}");
        for (kr, (id, current, percent)) in krs.iter().zip(key_results) {
            let what = format!("{case} {id}");
            assert_eq!(kr["id"], id, "{what}");
            match current {
                Some(c) => close(&kr["current"], c, &what),
                None => assert!(kr["current"].is_null(), "{what}: {}", kr["current"]),
            }
            close(&kr["percent"], percent, &what);
        }
        let (stage_id, actual, needed) = stage;
        let found = v["funnels"][0]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == stage_id)
            .unwrap_or_else(|| panic!("{case}: no stage {stage_id}"));
        close(&found["actual"], actual, &format!("{case} {stage_id}"));
        close(&found["needed"], needed, &format!("{case} {stage_id}"));
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
