//! The built `goalie` binary: exit codes, JSON fields, text rendering and
//! bad input.

use assert_cmd::Command;
use serde_json::Value;

fn goalie() -> Command {
    let mut cmd = Command::cargo_bin("goalie").unwrap();
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("GOALIE_LANG");
    cmd.env_remove("NO_COLOR");
    cmd
}

fn write(dir: &tempfile::TempDir, name: &str, content: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, content).unwrap();
    path
}

/// The structural diagnostics of a JSON output (codes `E…`): the SMART and
/// OKR rules are tested in tests/cli_rules.rs.
fn json_of(output: &std::process::Output) -> Vec<Value> {
    let v: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    v.as_array()
        .expect("an array")
        .iter()
        .filter(|d| d["code"].as_str().unwrap().starts_with('E'))
        .cloned()
        .collect()
}

const BROKEN: &str =
    "objective o: Objective\n  perod: 2026-Q4\n  parent: nowhere\n2026-11-02 ghost 3\n";

#[test]
fn json_output_has_positions_codes_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "plan.goals", BROKEN.as_bytes());
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let items = json_of(&out);
    assert_eq!(items.len(), 3, "{items:#?}");
    let first = &items[0];
    assert_eq!(first["file"], path.to_str().unwrap());
    assert_eq!(first["line"], 2);
    assert_eq!(first["column"], 3);
    assert_eq!(first["end_line"], 2);
    assert_eq!(first["end_column"], 9);
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "E001");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `period`?")
    );
    assert_eq!(items[1]["code"], "E003");
    assert_eq!(
        (items[1]["line"].as_u64(), items[1]["column"].as_u64()),
        (Some(3), Some(11))
    );
    assert_eq!(items[2]["code"], "E007");
    assert_eq!(
        (items[2]["line"].as_u64(), items[2]["column"].as_u64()),
        (Some(4), Some(12))
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    let dir = tempfile::tempdir().unwrap();
    // 'é' is 2 bytes, '😀' 4 bytes (2 UTF-16 units): one character each.
    let path = write(
        &dir,
        "a.goals",
        "objective é: Titre 😀\n2026-11-02 é \"😀é\" junk\n".as_bytes(),
    );
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    let items = json_of(&out);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(
        (items[0]["line"].as_u64(), items[0]["column"].as_u64()),
        (Some(2), Some(19))
    );
    assert_eq!(items[0]["end_column"], 23);
    // The text output names the same position.
    let out = goalie()
        .args(["check", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!("{}:2:19]", path.display())),
        "{text}"
    );
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let clean = write(
        &dir,
        "clean.goals",
        b"objective o: Objective\n  period: 2026-Q4\n",
    );
    let warning = write(
        &dir,
        "warn.goals",
        b"objective w: Warn\n  period: 2026-Q4\n  target: 1 per day\n",
    );
    let error = write(&dir, "err.goals", BROKEN.as_bytes());
    let code = |args: &[&str], path: &std::path::Path| {
        goalie()
            .arg("check")
            .args(args)
            .arg("--today")
            .arg("2026-11-24")
            .arg(path)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code(&[], &clean), Some(0));
    assert_eq!(code(&[], &warning), Some(0));
    assert_eq!(code(&["--deny", "warning"], &warning), Some(1));
    assert_eq!(code(&[], &error), Some(1));
    // Usage and I/O failures.
    assert_eq!(code(&["--format", "yaml"], &clean), Some(2));
    assert_eq!(code(&[], &dir.path().join("missing.goals")), Some(2));
    let bad_today = goalie()
        .args(["check", "--today", "2026-02-30"])
        .arg(&clean)
        .output()
        .unwrap();
    assert_eq!(bad_today.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_today.stderr).contains("28 days"));
}

#[test]
fn missing_paths_are_named() {
    let out = goalie().args(["check", "/no/such/dir"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/dir"));
}

#[test]
fn text_output_shows_file_line_column_and_snippet_without_colour_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "plan.goals", BROKEN.as_bytes());
    let out = goalie()
        .args(["check", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&format!("{}:2:3", path.display())), "{text}");
    assert!(text.contains("perod: 2026-Q4"), "{text}");
    assert!(text.contains("E001"), "{text}");
    assert!(text.contains("Found 3 errors"), "{text}");
    assert!(!text.contains('\u{1b}'), "colour codes in piped output");
    let forced = goalie()
        .args(["check", "--color", "always", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains('\u{1b}'));
    let no_color = goalie()
        .env("NO_COLOR", "1")
        .args(["check", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\u{1b}'));
}

#[test]
fn messages_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "plan.goals", BROKEN.as_bytes());
    let out = goalie()
        .args(["check", "--lang", "fr", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("vouliez-vous dire `period` ?"), "{text}");
    assert!(
        text.contains("3 erreurs") && text.contains("dans 1 fichier."),
        "{text}"
    );
    // The locale decides when --lang is absent.
    let out = goalie()
        .env("LANG", "fr_FR.UTF-8")
        .args(["check", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("aucun élément n'a l'identifiant `nowhere`")
    );
}

#[test]
fn non_utf8_and_binary_files_get_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir,
        "latin1.goals",
        b"objective o: Objective\n  why: caf\xe9\n",
    );
    write(&dir, "binary.goals", b"objective o2: X\n\x00\x01\x02");
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let items = json_of(&out);
    assert_eq!(items.len(), 2, "{items:#?}");
    let binary = items
        .iter()
        .find(|d| d["file"].as_str().unwrap().ends_with("binary.goals"))
        .unwrap();
    assert_eq!(binary["code"], "E010");
    assert_eq!(
        (binary["line"].as_u64(), binary["column"].as_u64()),
        (Some(2), Some(1))
    );
    assert!(binary["message"].as_str().unwrap().contains("binary"));
    let latin1 = items
        .iter()
        .find(|d| d["file"].as_str().unwrap().ends_with("latin1.goals"))
        .unwrap();
    assert_eq!(latin1["code"], "E010");
    assert_eq!(
        (latin1["line"].as_u64(), latin1["column"].as_u64()),
        (Some(2), Some(11))
    );
    assert!(latin1["message"].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn directories_are_walked_honouring_gitignore_and_hidden_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir,
        "plan.goals",
        b"objective o: Objective\n  period: 2026-Q4\n",
    );
    write(&dir, "logs/2026-11.goals", b"2026-11-02 o confidence 50%\n");
    write(&dir, "notes.txt", b"not a goals file: ignored");
    write(&dir, ".gitignore", b"drafts/\n");
    write(&dir, "drafts/broken.goals", b"objective broken\n");
    write(&dir, ".hidden/broken.goals", b"objective broken\n");
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(json_of(&out).is_empty());
    // An explicit file is checked whatever its name.
    let out = goalie()
        .args(["check", "--today", "2026-11-24"])
        .arg(dir.path().join("drafts/broken.goals"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn no_goals_files_is_said_and_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = goalie().args(["check"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no .goals files in "));
}

#[test]
fn help_is_everywhere() {
    let out = goalie().arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("check"));
    let out = goalie().args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--format") && help.contains("--today") && help.contains("--deny"));
}

#[test]
fn check_stdin_judges_one_statement_or_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let codes = |out: &std::process::Output| -> Vec<String> {
        let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
        let mut c: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect();
        c.sort();
        c
    };
    let out = goalie()
        .current_dir(dir.path())
        .args([
            "check",
            "--stdin",
            "--format",
            "json",
            "--today",
            "2026-11-16",
            "--deny",
            "warning",
        ])
        .write_stdin("Improve our visibility\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(codes(&out), ["M201", "S101", "T501"]);
    let out = goalie()
        .current_dir(dir.path())
        .args([
            "check",
            "--stdin",
            "--format",
            "json",
            "--today",
            "2026-11-16",
            "--lang",
            "fr",
        ])
        .write_stdin("Passer le taux de conversion de 2 % à 3 % d'ici fin mars")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(codes(&out).is_empty());
    // A plan on stdin is checked as a file.
    let out = goalie()
        .current_dir(dir.path())
        .args([
            "check",
            "--stdin",
            "--format",
            "json",
            "--today",
            "2026-11-16",
        ])
        .write_stdin("objective a: Win 3 clinics\n")
        .output()
        .unwrap();
    assert!(codes(&out).contains(&"O601".to_string()));
}
