//! Bad input gives a clear diagnostic or error, never a panic or a hang:
//! bytes that are not text, files over the size limit, huge lines, absurd
//! numbers and dates, crowded folders and symlink loops.

mod common;

use assert_cmd::Command;
use goalie::analysis::Workspace;
use serde_json::Value;

/// The built binary, bounded in time: bad input must never hang it, so a
/// run past the timeout is killed and fails its test (no exit code).
fn goalie() -> Command {
    let mut cmd = Command::cargo_bin("goalie").unwrap();
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("GOALIE_LANG")
        .env_remove("GOALIE_CONFIG")
        .timeout(TIMEOUT);
    cmd
}

const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Analyses `text` as one file, renders every output, computes progress:
/// none of it may panic. Returns the diagnostics' codes.
fn check_all(text: &str) -> Vec<&'static str> {
    let (ws, analysis) = common::single("f.goals", text);
    for d in &analysis.diagnostics {
        let f = ws.file(d.file);
        assert!(d.range.end as usize <= f.text.len());
        assert!(f.text.is_char_boundary(d.range.start as usize));
        assert!(f.text.is_char_boundary(d.range.end as usize));
    }
    let _ = common::render(&ws, &analysis);
    let progress = goalie::progress::compute(
        &analysis.model,
        common::today(),
        &goalie::progress::Options::default(),
    );
    let mut out = Vec::new();
    goalie::cli::write_status_json(&mut out, &progress).unwrap();
    let _ = goalie::cli::render_report(&progress, goalie::i18n::Lang::En);
    let _ = goalie::format::format(text);
    analysis.diagnostics.iter().map(|d| d.code.code).collect()
}

fn codes_of_bytes(bytes: &[u8]) -> Vec<(&'static str, String)> {
    let mut ws = Workspace::new();
    goalie::host::add_bytes(&mut ws, "f.goals".into(), bytes.to_vec());
    let analysis = ws.analyze(common::today());
    let _ = common::render(&ws, &analysis);
    analysis
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.code,
                d.message.render(goalie::i18n::Lang::En).clone(),
            )
        })
        .collect()
}

#[test]
fn invalid_utf8_is_one_clear_diagnostic() {
    let found = codes_of_bytes(b"objective o: Objective\n  why: caf\xe9\n\xff\xfe");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "E010");
    assert!(found[0].1.contains("UTF-8"), "{found:?}");
}

#[test]
fn nul_bytes_are_one_clear_diagnostic() {
    let found = codes_of_bytes(b"objective o: Objective\n\x00\x00objective p: P\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "E010");
    assert!(found[0].1.contains("NUL"), "{found:?}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_name_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.goals");
    // 200 MiB, sparse: nothing is written to the disk.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    std::fs::write(
        dir.path().join("ok.goals"),
        "objective o: Grow revenue 10% by 2026-12-31\n",
    )
    .unwrap();
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let huge: Vec<&Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().unwrap().ends_with("huge.goals"))
        .collect();
    assert_eq!(huge.len(), 1, "{huge:#?}");
    assert_eq!(huge[0]["code"], "E010");
    let message = huge[0]["message"].as_str().unwrap();
    assert!(message.contains("200.0 MiB"), "{message}");
    assert!(message.contains("64 MiB limit"), "{message}");
    assert_eq!(goalie::host::MAX_FILE_SIZE, 64 * 1024 * 1024);
}

#[test]
fn a_one_megabyte_line_is_checked() {
    let title = "a".repeat(1024 * 1024);
    check_all(&format!("objective o: {title}\n  period: 2026-Q4\n"));
    let note = "b ".repeat(512 * 1024);
    check_all(&format!(
        "activity a: Call prospects\n  target: 20 calls per weekday\n2026-11-02 a 3 \"{note}\"\n"
    ));
    let garbage = "é(".repeat(350 * 1024);
    let codes = check_all(&format!("objective o: X\n  {garbage}\n"));
    assert!(codes.contains(&"E001"), "{codes:?}");
}

#[test]
fn absurd_numbers_and_dates_are_diagnostics_not_panics() {
    let huge = format!("1{}", "0".repeat(308));
    let beyond = format!("1{}", "0".repeat(400));
    let text = format!(
        "objective o: Grow revenue\n  period: 2026-Q4\n\
         kr k: Reach a huge number\n  parent: o\n  metric: 0 -> {huge}\n  due: 99999-12-31\n\
         kr k2: Reach a bigger one\n  parent: o\n  metric: {beyond} -> 1\n  start: 9999-12-31\n  due: 0000-01-01\n\
         activity a: Do it\n  target: {huge} per {huge} days\n  start: 2026-02-30\n\
         funnel f: F\n  goal: {huge} by 9999-W53\n  stage s: 0 each\n  stage t: {huge} % convert\n\
         2026-11-02 k {huge}\n2026-11-03 k +{beyond}\n99999-12-31 k 5\n9999-12-31 a 1\n\
         2026-11-04 o confidence {huge}/0\n2026-11-05 s 1e308\n"
    );
    let codes = check_all(&text);
    assert!(!codes.is_empty());
}

#[test]
fn ten_thousand_files_in_one_folder_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        std::fs::write(
            dir.path().join(format!("f{i:05}.goals")),
            format!("activity a{i}: Call prospects\n  target: 1 per week\n2026-11-02 a{i} 1\n"),
        )
        .unwrap();
    }
    let mut ws = Workspace::new();
    let files = goalie::host::load_paths(&[dir.path().to_path_buf()], &mut ws).unwrap();
    assert_eq!(files.len(), 10_000);
    let analysis = ws.analyze(common::today());
    assert_eq!(analysis.model.items.len(), 10_000);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_under_a_checked_folder_does_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("plans");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("a.goals"), "objective o: Objective\n").unwrap();
    // plans/loop -> .. and plans/self -> plans: both cycles.
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    std::os::unix::fs::symlink(&sub, sub.join("self")).unwrap();
    let files = goalie::host::find_goals_files(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(files, vec![sub.join("a.goals")]);
    let out = goalie()
        .args(["check", "--today", "2026-11-24"])
        .arg(dir.path())
        .output()
        .unwrap();
    // Warnings only (no key result, no why…): exit 0, one file read once.
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr) + String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("in 1 file."), "{said}");
}

/// A `parent:` loop of `n` objectives, `o0 → o1 → … → o0`.
fn parent_cycle(n: usize, o: &str) -> String {
    let mut text = String::new();
    for i in 0..n {
        let next = (i + 1) % n;
        text.push_str(&format!(
            "objective {o}{i}: Grow revenue in region {i}\n  parent: {o}{next}\n"
        ));
    }
    text
}

#[test]
fn a_long_parent_cycle_is_one_bounded_diagnostic() {
    // Quadratic on main: 2,000 messages of 2,000 ids each.
    let (ws, analysis) = common::single("f.goals", &parent_cycle(2_000, "o"));
    let cycles: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.code == "E004")
        .collect();
    assert_eq!(cycles.len(), 1);
    let d = cycles[0];
    // On the first objective's `parent:` link, naming five ids and counting
    // the rest.
    assert_eq!(&ws.file(d.file).text[d.range.as_range()], "o1");
    assert_eq!(
        d.message.render(goalie::i18n::Lang::En),
        "`parent:` links go round in a circle: o0 → o1 → o2 → o3 → o4 → … (1,995 more) → o0"
    );
    assert_eq!(
        d.message.render(goalie::i18n::Lang::Fr),
        "les liens `parent:` tournent en rond : o0 → o1 → o2 → o3 → o4 → … (1\u{a0}995 de plus) → o0"
    );
    // Two loops are two diagnostics.
    let two = format!("{}{}", parent_cycle(3, "o"), parent_cycle(3, "p"));
    assert_eq!(check_all(&two).iter().filter(|&&c| c == "E004").count(), 2);
}

/// A FIFO with no writer: opening it to read would wait forever.
#[cfg(unix)]
fn fifo(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    assert!(made.unwrap().success());
    path
}

#[cfg(unix)]
#[test]
fn a_fifo_or_device_is_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "pipe.goals");
    let zero = dir.path().join("zero.goals");
    std::os::unix::fs::symlink("/dev/null", &zero).unwrap();
    let out = goalie()
        .args(["check", "--format", "json", "--today", "2026-11-24"])
        .arg(&pipe)
        .arg(&zero)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(&str, &str)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["file"].as_str().unwrap()))
        .collect();
    let (pipe, zero) = (pipe.to_string_lossy(), zero.to_string_lossy());
    assert_eq!(found, [("E010", &*pipe), ("E010", &*zero)]);
    assert!(
        json[0]["message"]
            .as_str()
            .unwrap()
            .contains("not a regular file")
    );
    // fmt leaves them alone too, and says so.
    let out = goalie().arg("fmt").arg(&*pipe).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a regular file"));
    // A goalie.toml that is a pipe is refused too.
    let config = fifo(dir.path(), "goalie.toml");
    let plan = dir.path().join("plan.goals");
    std::fs::write(&plan, "objective o: Grow revenue in France\n").unwrap();
    let out = goalie()
        .arg("check")
        .arg("--config")
        .arg(&config)
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("the configuration is not a regular file")
    );
}
