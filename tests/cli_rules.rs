//! Rules through the binary: configuration, suppression, fixes, SARIF and
//! GitHub output, `rules` and `explain`.

use assert_cmd::Command;
use serde_json::Value;

fn goalie() -> Command {
    let mut cmd = Command::cargo_bin("goalie").unwrap();
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "GOALIE_LANG",
        "GOALIE_CONFIG",
        "NO_COLOR",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn write(dir: &std::path::Path, name: &str, content: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, content).unwrap();
    path
}

fn codes_of(out: &std::process::Output) -> Vec<String> {
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)));
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

/// A plan with one vague key result (S101) and a log line in the future (E013).
const PLAN: &str = "objective o: Grow the business\n  period: 2026-Q4\n  kr k: Boost visibility\n    metric: 1 -> 2\n2027-01-05 k 2\n";

fn check_json(dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    goalie()
        .current_dir(dir)
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn goalie_toml_is_found_upward_and_sets_severities() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "goalie.toml",
        "[rules]\nS101 = \"off\"\nfuture-log = \"error\"\n",
    );
    write(dir.path(), "plans/q4/plan.goals", PLAN);
    let out = goalie()
        .current_dir(dir.path().join("plans"))
        .args(["check", "--format", "json", "--today", "2026-11-24", "q4"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(&str, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["severity"].as_str().unwrap()))
        .collect();
    assert!(!found.iter().any(|(c, _)| *c == "S101"), "{found:?}");
    assert!(found.contains(&("E013", "error")), "{found:?}");
    assert_eq!(out.status.code(), Some(1));
    // --no-config brings the defaults back; --config names another file.
    let out = check_json(dir.path(), &["--no-config", "plans"]);
    assert!(codes_of(&out).contains(&"S101".to_string()));
    write(dir.path(), "other.toml", "[rules]\nE013 = \"off\"\n");
    let out = check_json(dir.path(), &["--config", "other.toml", "plans"]);
    let codes = codes_of(&out);
    assert!(
        codes.contains(&"S101".to_string()) && !codes.contains(&"E013".to_string()),
        "{codes:?}"
    );
}

#[test]
fn the_configuration_can_fix_today_and_the_language() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "goalie.toml",
        "lang = \"fr\"\ntoday = \"2027-02-01\"\n",
    );
    write(dir.path(), "plan.goals", PLAN);
    let out = goalie()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "."])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Dated 2027-02-01, the 2027-01-05 line is no longer in the future.
    assert!(!v.as_array().unwrap().iter().any(|d| d["code"] == "E013"));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("formulation vague"))
    );
}

#[test]
fn out_of_range_settings_stop_status_and_report_with_the_key_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.goals", PLAN);
    // Each used to panic in the date library, print "NaN%" or a 309-digit
    // percentage.
    for (toml, at, key) in [
        (
            "[progress]\ntrend-days = 4000000000\n",
            "goalie.toml:2:14",
            "[progress] trend-days: 4000000000 is out of range",
        ),
        (
            "\n[thresholds]\nunrealistic-pace-ratio = nan\n",
            "goalie.toml:3:26",
            "[thresholds] unrealistic-pace-ratio: nan is out of range",
        ),
        (
            "[thresholds]\nmin-change-percent = 1e308\n",
            "goalie.toml:2:22",
            "[thresholds] min-change-percent: 1e308 is out of range",
        ),
    ] {
        write(dir.path(), "goalie.toml", toml);
        for command in [
            &["status", "."][..],
            &["report", ".", "--html", "r.html"],
            &["check", "."],
        ] {
            let out = goalie()
                .current_dir(dir.path())
                .args(command)
                .args(["--today", "2026-11-24"])
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{command:?} {toml}: {err}");
            assert!(err.contains(at) && err.contains(key), "{err}");
        }
    }
}

#[test]
fn a_bad_configuration_names_the_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "goalie.toml",
        "[rules]\nS101 = \"off\"\nZ999 = \"off\"\n",
    );
    write(dir.path(), "plan.goals", PLAN);
    let out = goalie()
        .current_dir(dir.path())
        .args(["check", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("goalie.toml:3:1") && err.contains("Z999"),
        "{err}"
    );
    write(
        dir.path(),
        "goalie.toml",
        "[thresholds]\nstale-days = 7\nstale_days = 3\n",
    );
    let out = goalie()
        .current_dir(dir.path())
        .args(["check", "."])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("goalie.toml:3") && err.contains("stale_days"),
        "{err}"
    );
}

#[test]
fn inline_suppression() {
    let dir = tempfile::tempdir().unwrap();
    let text = "objective o: Grow the business\n  period: 2026-Q4\n  # goalie: ignore S101\n  kr k: Boost visibility\n    metric: 1 -> 2\n  kr k2: Boost reach # goalie: ignore vague-wording\n    metric: 1 -> 2\n  kr k3: Optimise presence\n    metric: 1 -> 2\n";
    write(dir.path(), "plan.goals", text);
    let out = check_json(dir.path(), &["."]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let lines: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "S101")
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [8], "only the unsuppressed key result is reported");
    write(
        dir.path(),
        "plan.goals",
        &format!("# goalie: ignore-file S101\n{text}"),
    );
    let out = check_json(dir.path(), &["."]);
    assert!(!codes_of(&out).contains(&"S101".to_string()));
}

/// The official SARIF 2.1.0 schema, fetched by .ci/run from the npm
/// registry, with formats (`uri-reference`) checked; `None` off CI when it
/// is missing.
fn sarif_validator() -> Option<jsonschema::Validator> {
    let schema_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/sarif-schema/sarif-2.1.0.json");
    let Ok(schema) = std::fs::read_to_string(&schema_path) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must provide {}",
            schema_path.display()
        );
        eprintln!(
            "skipped schema validation: {} is missing (.ci/run fetches it)",
            schema_path.display()
        );
        return None;
    };
    // The published rtm.5 schema has a stray `]` in one regex (the
    // `language` pattern); mend it so the schema compiles.
    let schema = schema.replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}$");
    let schema: Value = serde_json::from_str(&schema).unwrap();
    // The schema is draft-04, which has no `uri-reference` format of its
    // own: RFC 3986 is checked by fluent-uri.
    let uri_reference = |s: &str| fluent_uri::UriRef::parse(s).is_ok();
    let uri = |s: &str| fluent_uri::Uri::parse(s).is_ok();
    Some(
        jsonschema::options()
            .should_validate_formats(true)
            .with_format("uri-reference", uri_reference)
            .with_format("uri", uri)
            .build(&schema)
            .unwrap(),
    )
}

#[cfg(unix)]
#[test]
fn sarif_locations_are_uri_references_from_the_repository_root() {
    let dir = tempfile::tempdir().unwrap();
    let repo = std::fs::canonicalize(dir.path()).unwrap();
    std::fs::create_dir(repo.join(".git")).unwrap();
    // Awkward but legal POSIX names: a space, `%`, `#`, `?`, an accent and
    // a backslash, which on POSIX is part of the name.
    let plans = repo.join("my plans");
    write(
        &plans,
        "a b%#?é\\x.goals",
        "objective o: Grow\n  perod: 2026\n",
    );
    write(&repo, "other/z.goals", "objective z: Grow\n");
    let encoded = "a%20b%25%23%3F%C3%A9%5Cx.goals";
    let sarif = |cwd: &std::path::Path, args: &[&str]| -> Value {
        let out = goalie()
            .current_dir(cwd)
            .args(["check", "--format", "sarif", "--today", "2026-11-24"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let uris = |log: &Value| -> Vec<(String, Value)> {
        let mut found: Vec<(String, Value)> = log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let at = &r["locations"][0]["physicalLocation"]["artifactLocation"];
                (
                    at["uri"].as_str().unwrap().to_string(),
                    at["uriBaseId"].clone(),
                )
            })
            .collect();
        found.dedup();
        found
    };
    let root_uri = |log: &Value| log["runs"][0]["originalUriBaseIds"]["SRCROOT"]["uri"].clone();
    let repo_uri = format!("file://{}/", repo.display());
    // From a subfolder, naming files with `..`: paths start at the git top
    // level all the same.
    let log = sarif(&plans, &[".", "../other"]);
    assert_eq!(
        uris(&log),
        [
            (format!("my%20plans/{encoded}"), Value::from("SRCROOT")),
            ("other/z.goals".to_string(), Value::from("SRCROOT")),
        ]
    );
    assert_eq!(root_uri(&log), Value::from(repo_uri.clone()));
    // --root names another root.
    let log = sarif(&repo, &["--root", "my plans", "my plans"]);
    assert_eq!(uris(&log), [(encoded.to_string(), Value::from("SRCROOT"))]);
    assert_eq!(
        root_uri(&log),
        Value::from(format!("{repo_uri}my%20plans/"))
    );
    if let Some(validator) = sarif_validator() {
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        // Formats are checked: a raw space in a URI is refused.
        let mut broken = log.clone();
        broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
            "a b#c#d".into();
        assert!(!validator.is_valid(&broken));
    }
}

#[test]
fn sarif_is_valid_sarif_2_1_0() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.goals", PLAN);
    write(
        dir.path(),
        "broken.goals",
        "objective x: X\n  perod: 2026\nobjective x: again\n",
    );
    let out = goalie()
        .current_dir(dir.path())
        .args(["check", "--format", "sarif", "--today", "2026-11-24", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(
        rules
            .iter()
            .any(|r| r["id"] == "S101" && r["help"]["text"].as_str().unwrap().contains("vague"))
    );
    let results = run["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "E001"
        && r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2));
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
    }
    let Some(validator) = sarif_validator() else {
        return;
    };
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject what SARIF forbids.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn github_annotations() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.goals", PLAN);
    let out = goalie()
        .current_dir(dir.path())
        .args([
            "check",
            "--format",
            "github",
            "--today",
            "2026-11-24",
            "plan.goals",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("::warning file=plan.goals,line=3,col=9,endLine=3,endColumn=25,title=S101 vague-wording::"), "{text}");
    assert!(
        text.contains("::warning file=plan.goals,line=5,col=1,"),
        "{text}"
    );
}

#[test]
fn deny_sets_the_exit_threshold() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "plan.goals",
        "objective o: Grow the business\n  period: 2026-Q4\n  kr k: Boost visibility\n    metric: 1 -> 2\n",
    );
    let code = |deny: &str| {
        goalie()
            .current_dir(dir.path())
            .args(["check", "--today", "2026-11-24", "--deny", deny, "."])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code("error"), Some(0));
    assert_eq!(code("warning"), Some(1));
}

#[test]
fn rules_and_explain() {
    let out = goalie().arg("rules").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for code in goalie::diagnostic::codes::all() {
        assert!(
            text.contains(code.code) && text.contains(code.name),
            "{} missing from `goalie rules`",
            code.code
        );
    }
    let out = goalie()
        .args(["explain", "vague-wording", "--lang", "fr"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("S101 vague-wording") && text.contains("Pourquoi c'est important"),
        "{text}"
    );
    let out = goalie().args(["explain", "Z999"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn fix_applies_mechanical_fixes_and_touches_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    // No date anywhere (T501: add a period) and a metric with no baseline
    // while the log has a first measurement (M202: add it).
    let before = "# Plan — café ☕\nobjective o: Win more clinics in Lyon\n  owner: @ana   # keep this comment\n  kr k: Sign 40 clinics\n    metric: 40 clinics\n2026-11-02 k 12 clinics\n";
    let path = write(dir.path(), "plan.goals", before);
    let out = goalie()
        .current_dir(dir.path())
        .args([
            "check",
            "--fix",
            "--format",
            "json",
            "--today",
            "2026-11-24",
            "plan.goals",
        ])
        .output()
        .unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        "# Plan — café ☕\nobjective o: Win more clinics in Lyon\n  period: 2026-Q4\n  owner: @ana   # keep this comment\n  kr k: Sign 40 clinics\n    metric: 12 clinics -> 40 clinics\n2026-11-02 k 12 clinics\n"
    );
    let codes = codes_of(&out);
    assert!(
        !codes.contains(&"T501".to_string()) && !codes.contains(&"M202".to_string()),
        "{codes:?}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("fixed 2 problem"));
    // A second run has nothing left to fix: the file stays as it is.
    goalie()
        .current_dir(dir.path())
        .args(["check", "--fix", "--today", "2026-11-24", "plan.goals"])
        .output()
        .unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), after);
}

#[test]
fn did_you_mean_is_a_fix_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "plan.goals",
        "activity calls: Call prospects\n  target: 20 per weekday\n2026-11-23 cals 17 # typo\n",
    );
    goalie()
        .current_dir(dir.path())
        .args(["check", "--fix", "--today", "2026-11-24", "plan.goals"])
        .output()
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "activity calls: Call prospects\n  target: 20 per weekday\n2026-11-23 calls 17 # typo\n"
    );
}

#[test]
fn progress_thresholds_come_from_goalie_toml() {
    let dir = tempfile::tempdir().unwrap();
    // Half-way through the quarter with 40% done: at risk by default
    // (under 90% of 50%), off track when off-track-below is 0.9.
    write(
        dir.path(),
        "plan.goals",
        "objective o: Grow\n  period: 2026-10-01..2026-12-31\n  kr k: Win 100 clients\n    metric: 0 clients -> 100 clients\n2026-11-15 k 40 clients\n",
    );
    let status = |dir: &std::path::Path| {
        let out = goalie()
            .current_dir(dir)
            .args(["status", "--format", "json", "--today", "2026-11-15", "."])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["objectives"][0]["key_results"][0]["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let default = status(dir.path());
    write(
        dir.path(),
        "goalie.toml",
        "[progress]\nat-risk-below = 0.95\noff-track-below = 0.9\n",
    );
    let configured = status(dir.path());
    assert_ne!(default, configured, "{default} vs {configured}");
    assert_eq!(configured, "off_track");
}
