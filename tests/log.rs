//! `goalie log`: where lines go, what is refused, and that files are never
//! damaged: concurrent writers, missing final newline, read-only files.

mod common;

use std::path::{Path, PathBuf};

use common::goalie;

const PLAN: &str = "objective o: Grow
  period: 2026-Q4
  kr k: Win customers
    metric: 0 -> 100 customers
  kr launch: Launch
    milestone
activity calls: Calls
  target: 10 per weekday
";

const LOG: &str = "# November\n2026-11-02 k +3\n2026-11-03 calls 8\n";

fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.goals");
    let log = dir.path().join("log-2026-11.goals");
    std::fs::write(&plan, PLAN).unwrap();
    std::fs::write(&log, LOG).unwrap();
    (dir, plan, log)
}

fn log_in(dir: &Path, args: &[&str]) -> std::process::Output {
    goalie()
        .arg("log")
        .args(args)
        .args(["--today", "2026-11-24", "--in"])
        .arg(dir)
        .output()
        .unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn lines_go_where_the_items_logs_live() {
    let (dir, plan, log) = workspace();
    // `k` has lines in the log file: the new one joins them.
    let out = log_in(dir.path(), &["k", "+2", "--note", "webinar"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(read(&log), format!("{LOG}2026-11-24 k +2 \"webinar\"\n"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("2026-11-24 k +2"));
    // `launch` has no line yet: it goes to the file defining it.
    let out = log_in(dir.path(), &["launch", "done", "--date", "2026-11-20"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(read(&plan), format!("{PLAN}2026-11-20 launch done\n"));
    // Several words without quotes, French keywords.
    let out = log_in(dir.path(), &["o", "confiance", "60", "%"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read(&plan).ends_with("2026-11-24 o confiance 60 %\n"));
    // A negative increment is a value, not an option.
    let out = log_in(dir.path(), &["k", "-1"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read(&log).ends_with("2026-11-24 k -1\n"));
    // Without --in, the current directory.
    let out = goalie()
        .current_dir(dir.path())
        .args(["log", "calls", "12", "--today", "2026-11-24"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(read(&log).ends_with("2026-11-24 calls 12\n"));
}

#[test]
fn refused_lines_change_nothing() {
    let (dir, plan, log) = workspace();
    let refused = |args: &[&str], says: &str| {
        let out = log_in(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert_eq!(read(&plan), PLAN);
        assert_eq!(read(&log), LOG);
    };
    refused(
        &["cals", "3"],
        "no item has the id `cals`; did you mean `calls`?",
    );
    refused(&["k", "3", "blah", "blah"], "is not a valid log line");
    refused(&["k", "1,500"], "ambiguous");
    refused(&["o", "confidence", "150%"], "between 0% and 100%");
    refused(&["k", "12%"], "`k` is measured in customers");
    refused(&["k", "done"], "`done` completes a milestone");
    refused(&["launch", "3"], "is a milestone");
    refused(&["o", "3"], "is an objective");
    refused(&["calls", "done"], "`done` completes a milestone");
    refused(&["k", "3", "--date", "2026-12-01"], "after today");
    refused(&["k", "3", "--note", "say \"hi\""], "a note cannot contain");
    let out = log_in(dir.path(), &["cals", "3", "--lang", "fr"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("vouliez-vous dire `calls` ?"));
    // Usage errors.
    assert_eq!(log_in(dir.path(), &["k"]).status.code(), Some(2));
    assert_eq!(
        log_in(dir.path(), &["k", "3", "--date", "2026-02-30"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        goalie()
            .args(["log", "k", "3", "--in", "/no/such/dir"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_file_without_final_newline_gets_one_and_nothing_else_changes() {
    let (dir, _, log) = workspace();
    let without = LOG.trim_end_matches('\n');
    std::fs::write(&log, without).unwrap();
    let out = log_in(dir.path(), &["k", "+1"]);
    assert_eq!(out.status.code(), Some(0));
    let after = std::fs::read(&log).unwrap();
    assert_eq!(&after[..without.len()], without.as_bytes());
    assert_eq!(&after[without.len()..], b"\n2026-11-24 k +1\n");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_a_clear_error_and_nothing_is_lost() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, _, log) = workspace();
    std::fs::set_permissions(&log, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = log_in(dir.path(), &["k", "+1"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is read-only; nothing was written"),
        "{stderr}"
    );
    assert_eq!(read(&log), LOG);
    assert_eq!(
        std::fs::metadata(&log).unwrap().permissions().mode() & 0o777,
        0o444
    );
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn concurrent_writers_each_land_exactly_once() {
    let (dir, _, log) = workspace();
    let binary = assert_cmd::cargo::cargo_bin("goalie");
    let writers = 12;
    let children: Vec<std::process::Child> = (0..writers)
        .map(|i| {
            std::process::Command::new(&binary)
                .args(["log", "k", "+1", "--today", "2026-11-24", "--note"])
                .arg(format!("writer {i}"))
                .arg("--in")
                .arg(dir.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = read(&log);
    assert!(text.starts_with(LOG), "earlier lines changed:\n{text}");
    for i in 0..writers {
        let line = format!("2026-11-24 k +1 \"writer {i}\"\n");
        assert_eq!(text.matches(&line).count(), 1, "{line}\n{text}");
    }
    assert_eq!(text.lines().count(), LOG.lines().count() + writers);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

fn check_json(dir: &Path) -> serde_json::Value {
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(dir)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn logged_lines_bring_no_new_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&common::examples(), dir.path());
    let before = check_json(dir.path());
    for args in [
        &["prospection", "17"][..],
        &["ventes", "+3", "--note", "fin de mois"],
        &["visiteurs", "2", "300"],
        &["signature-devis", "17,2", "%"],
        &["remise-moyenne", "9,1 %"],
        &["ca-t4", "confiance", "7/10"],
        &["bounce-rate", "21%"],
        &["arr", "$1,010k"],
        &["nps", "43"],
        &["ig-posts", "1", "--date", "2026-11-23"],
        &["ten-k-time", "57.9", "minutes"],
        &["lecture", "bilan"],
        &["runs", "dropped"],
        &["organic-pipeline", "\"board review\""],
    ] {
        let out = log_in(dir.path(), args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // New data may settle findings (a dropped activity no longer has a
    // pace to keep) or change their numbers, but adds none.
    let key = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|d| format!("{} {}:{} {}", d["file"], d["line"], d["column"], d["code"]))
            .collect()
    };
    let (before, after) = (key(&before), key(&check_json(dir.path())));
    let new: Vec<&String> = after.iter().filter(|d| !before.contains(d)).collect();
    assert!(new.is_empty(), "new diagnostics: {new:?}");
}
