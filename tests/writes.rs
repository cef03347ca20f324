//! The commands that rewrite files people keep — `fmt` and `check --fix` —
//! lose nothing: they take the lock `goalie log` takes, leave a file alone
//! (exit 2) if it changed after they read it, refuse read-only files, keep
//! mode and owner, and clean up the temporary files a killed goalie left.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const MESSY: &str = "objective o :Grow revenue in France\n      period:2026-Q4\n";
const TIDY: &str = "objective o: Grow revenue in France\n  period: 2026-Q4\n";
/// `growht` is one transposition away from `growth`: `check --fix` rewrites it.
const FIXABLE: &str = "objective growth: Grow revenue in France\n  period: 2026\nobjective o: Win ten new customers in Lyon\n  period: 2026\n  parent: growht\n";

fn goalie() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goalie"));
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "GOALIE_LANG", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    cmd
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Whether process `pid` waits for a file lock, as /proc/locks shows it.
#[cfg(target_os = "linux")]
fn waits_for_a_lock(pid: u32) -> bool {
    let pid = pid.to_string();
    for _ in 0..200 {
        let locks = std::fs::read_to_string("/proc/locks").unwrap_or_default();
        let waiting = locks.lines().any(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            words.contains(&"->") && words.contains(&pid.as_str())
        });
        if waiting {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    false
}

/// Runs `goalie ARGS` while this test holds the file's lock, as a `goalie
/// log` would, and writes `meanwhile` (a line added) through a rename
/// before letting go: the command read the file before that write.
#[cfg(target_os = "linux")]
fn run_during_a_locked_write(path: &Path, args: &[&str], meanwhile: &str) -> std::process::Output {
    let held = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .unwrap();
    held.lock().unwrap();
    let child = goalie()
        .args(args)
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Today's main never waits: it has long written by now.
    let waited = waits_for_a_lock(child.id());
    let temp = path.with_extension("new");
    std::fs::write(&temp, meanwhile).unwrap();
    std::fs::rename(&temp, path).unwrap();
    drop(held);
    let out = child.wait_with_output().unwrap();
    assert!(
        waited,
        "goalie did not wait for the lock: {}",
        text(&out.stderr)
    );
    out
}

#[cfg(target_os = "linux")]
#[test]
fn fmt_leaves_a_file_changed_under_it_alone_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan.goals", MESSY);
    let meanwhile = format!("{MESSY}2026-11-24 o \"signed Acme\"\n");
    let out = run_during_a_locked_write(&path, &["fmt"], &meanwhile);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("changed while goalie was working on it"));
    // The line written meanwhile is there, untouched by fmt.
    assert_eq!(read(&path), meanwhile);
    // Run again, fmt formats the new text.
    let out = goalie().arg("fmt").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(read(&path), format!("{TIDY}2026-11-24 o \"signed Acme\"\n"));
}

#[cfg(target_os = "linux")]
#[test]
fn check_fix_leaves_a_file_changed_under_it_alone_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan.goals", FIXABLE);
    let meanwhile = format!("{FIXABLE}2026-11-24 o \"signed Acme\"\n");
    let out = run_during_a_locked_write(
        &path,
        &["check", "--fix", "--today", "2026-11-24"],
        &meanwhile,
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("changed while goalie was working on it"));
    assert_eq!(read(&path), meanwhile);
}

#[test]
fn fmt_then_check_fix_write_when_nothing_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan.goals", FIXABLE);
    let out = goalie()
        .args(["check", "--fix", "--today", "2026-11-24"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        text(&out.stderr).contains("fixed 1 problem"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        read(&path),
        FIXABLE.replace("parent: growht", "parent: growth")
    );
}

#[cfg(unix)]
#[test]
fn read_only_files_are_refused_by_fmt_and_check_fix() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let messy = write(dir.path(), "messy.goals", MESSY);
    let fixable = write(dir.path(), "fixable.goals", FIXABLE);
    for path in [&messy, &fixable] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o444)).unwrap();
    }
    let out = goalie().arg("fmt").arg(&messy).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("is read-only; nothing was written"));
    assert_eq!(read(&messy), MESSY);
    let out = goalie()
        .args(["check", "--fix", "--today", "2026-11-24", "--lang", "fr"])
        .arg(&fixable)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("est en lecture seule"));
    assert_eq!(read(&fixable), FIXABLE);
    // Both files are still read-only.
    for path in [&messy, &fixable] {
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o444);
    }
}

#[cfg(unix)]
#[test]
fn mode_and_owner_are_kept() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let messy = write(dir.path(), "messy.goals", MESSY);
    let fixable = write(dir.path(), "fixable.goals", FIXABLE);
    // Only root can give a file to someone else; others check the mode.
    let root = std::fs::metadata(&messy).unwrap().uid() == 0;
    for path in [&messy, &fixable] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o640)).unwrap();
        if root {
            std::os::unix::fs::chown(path, Some(4321), Some(8765)).unwrap();
        }
    }
    let out = goalie().arg("fmt").arg(&messy).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = goalie()
        .args(["check", "--fix", "--today", "2026-11-24"])
        .arg(&fixable)
        .output()
        .unwrap();
    assert!(text(&out.stderr).contains("fixed 1 problem"));
    assert_eq!(read(&messy), TIDY);
    for path in [&messy, &fixable] {
        let meta = std::fs::metadata(path).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o640);
        if root {
            assert_eq!((meta.uid(), meta.gid()), (4321, 8765));
        }
    }
}

#[test]
fn stale_temporary_files_of_goalie_are_cleaned_and_never_read_as_plans() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "plan.goals", MESSY);
    let stale = write(dir.path(), ".goalie-a1B2c3.tmp", MESSY);
    let fresh = write(dir.path(), ".goalie-Zz9yX8.tmp", MESSY);
    // Not goalie's: another tool's name, and goalie's prefix with a longer tail.
    let foreign = write(dir.path(), ".other-a1B2c3.tmp", MESSY);
    let lookalike = write(dir.path(), ".goalie-notes-2026.tmp", MESSY);
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    for path in [&stale, &foreign, &lookalike] {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(day_ago).unwrap();
    }
    // A check reads one plan, and no temporary file.
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        !text(&out.stdout).contains(".goalie-"),
        "{}",
        text(&out.stdout)
    );
    let out = goalie().arg("fmt").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(read(&plan), TIDY);
    assert!(!stale.exists(), "the stale leftover is removed");
    assert!(
        fresh.exists(),
        "a recent one may belong to a running goalie"
    );
    assert!(foreign.exists() && lookalike.exists());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
}
