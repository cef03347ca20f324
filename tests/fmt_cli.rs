//! `goalie fmt` as people run it: in place, `--check`, `--diff`, exit
//! codes, languages, and files that cannot be formatted.

use assert_cmd::Command;

fn goalie() -> Command {
    let mut cmd = Command::cargo_bin("goalie").unwrap();
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "GOALIE_LANG", "NO_COLOR"] {
        cmd.env_remove(var);
    }
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

fn text(output: &[u8]) -> String {
    String::from_utf8(output.to_vec()).unwrap()
}

const MESSY: &str = "objective o :Grow\n      period:2026-Q4\n";
const TIDY: &str = "objective o: Grow\n  period: 2026-Q4\n";

#[test]
fn rewrites_files_in_place_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let messy = write(&dir, "a.goals", MESSY.as_bytes());
    let tidy = write(&dir, "sub/b.goals", TIDY.as_bytes());
    let out = goalie().arg("fmt").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), TIDY);
    assert_eq!(std::fs::read_to_string(&tidy).unwrap(), TIDY);
    assert!(
        text(&out.stdout).contains("formatted "),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&out.stdout).contains("a.goals"));
    assert!(!text(&out.stdout).contains("b.goals"));
    assert!(
        text(&out.stderr).contains("1 file formatted, 1 already formatted."),
        "{}",
        text(&out.stderr)
    );
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn check_lists_unformatted_files_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let messy = write(&dir, "a.goals", MESSY.as_bytes());
    write(&dir, "b.goals", TIDY.as_bytes());
    let out = goalie()
        .args(["fmt", "--check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.trim_end().ends_with("a.goals"), "{stdout}");
    assert!(!stdout.contains("b.goals"), "{stdout}");
    assert!(text(&out.stderr).contains("1 file to format"));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), MESSY);

    std::fs::write(&messy, TIDY).unwrap();
    let out = goalie()
        .args(["fmt", "--check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("2 files already formatted."));
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let messy = write(&dir, "a.goals", MESSY.as_bytes());
    let out = goalie()
        .args(["fmt", "--diff", "--color", "never"])
        .arg(&messy)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("--- "), "{stdout}");
    assert!(stdout.contains("+++ "), "{stdout}");
    assert!(stdout.contains("@@ -1,2 +1,2 @@"), "{stdout}");
    assert!(stdout.contains("-      period:2026-Q4\n"), "{stdout}");
    assert!(stdout.contains("+  period: 2026-Q4\n"), "{stdout}");
    assert!(!stdout.contains('\x1b'));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), MESSY);

    let out = goalie()
        .args(["fmt", "--diff", "--check", "--color", "always"])
        .arg(&messy)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("\x1b[32m+  period: 2026-Q4\x1b[0m"));
}

#[test]
fn line_ends_and_permissions_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "w.goals", b"objective o:Grow\r\n period:2026\r\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let out = goalie().arg("fmt").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "objective o: Grow\r\n  period: 2026\r\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = write(&dir, "real/plan.goals", MESSY.as_bytes());
    let link = dir.path().join("plan.goals");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = goalie().arg("fmt").arg(&link).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap(), TIDY);
}

#[test]
fn lines_with_syntax_errors_are_kept_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        &dir,
        "p.goals",
        b"objective o:Grow\n      perod:  2026  \n      due:2026-12-31\n",
    );
    let out = goalie().arg("fmt").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "objective o: Grow\n      perod:  2026  \n  due: 2026-12-31\n"
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("1 line left as written because of a syntax error"),
        "{stderr}"
    );
}

#[test]
fn unreadable_files_and_missing_paths_exit_with_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(&dir, "bad.goals", b"objective o: \xe9t\xe9\n");
    let messy = write(&dir, "messy.goals", MESSY.as_bytes());
    let out = goalie().arg("fmt").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is not UTF-8 text"));
    // The other files are still formatted; the bad one is left alone.
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), TIDY);
    assert_eq!(std::fs::read(&bad).unwrap(), b"objective o: \xe9t\xe9\n");

    let out = goalie()
        .args(["fmt", "no-such-dir"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read no-such-dir"));

    let out = goalie().args(["fmt", "--bogus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn messages_in_french() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir, "a.goals", MESSY.as_bytes());
    let out = goalie()
        .args(["fmt", "--check", "--lang", "fr"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        text(&out.stderr).contains("1 fichier à formater ; `goalie fmt` le formate."),
        "{}",
        text(&out.stderr)
    );
    let out = goalie()
        .arg("fmt")
        .arg(dir.path())
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(text(&out.stdout).contains("formaté : "));
    assert!(text(&out.stderr).contains("1 fichier formaté, 0 déjà formaté."));
}

#[test]
fn defaults_to_the_current_directory() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "a.goals", MESSY.as_bytes());
    let out = goalie()
        .arg("fmt")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), TIDY);
    assert!(text(&out.stdout).contains("formatted a.goals"));
}
