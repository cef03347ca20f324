//! `goalie watch` on a real folder: the built binary runs in the
//! background while files are edited, replaced, deleted and created, and
//! its output must follow each change within a bounded wait.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a change may take to show; generous for a loaded machine.
const PATIENCE: Duration = Duration::from_secs(10);

struct Watch {
    child: Child,
    output: Arc<Mutex<String>>,
}

impl Watch {
    /// Starts `goalie watch DIR` with the given extra arguments, in the
    /// language of `LANG` alone.
    fn start(dir: &Path, args: &[&str], lang: &str) -> Watch {
        let mut child = Command::new(env!("CARGO_BIN_EXE_goalie"))
            .args(["watch", "--today", "2026-11-24", "--color", "never"])
            .args(args)
            .arg(dir)
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("GOALIE_LANG")
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let output = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Watch { child, output }
    }

    /// The last complete run: from its time header to the blank line after
    /// its status line.
    fn last_run(&self) -> Option<String> {
        let output = self.output.lock().unwrap();
        output
            .split("── ")
            .filter(|run| run.ends_with(".\n\n"))
            .last()
            .map(str::to_string)
    }

    /// How many runs are complete.
    fn runs(&self) -> usize {
        let output = self.output.lock().unwrap();
        output
            .split("── ")
            .filter(|run| run.ends_with(".\n\n"))
            .count()
    }

    /// Waits until the last run satisfies `ok`; fails with the output.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if self.last_run().is_some_and(|run| ok(&run)) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "timed out waiting for {what}; output so far:\n{}",
            self.output.lock().unwrap()
        );
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn watch_follows_edits_replacements_deletions_and_new_folders() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.goals");
    let log = dir.path().join("log.goals");
    std::fs::write(
        &plan,
        "objective revenue: Grow revenue\n  period: 2026-Q4\n",
    )
    .unwrap();
    std::fs::write(&log, "2026-11-02 revenue confidence 60%\n").unwrap();

    let watch = Watch::start(dir.path(), &["--lang", "en"], "fr_FR.UTF-8");
    watch.wait_for("the first run", |run| {
        // SMART and OKR findings may show; structural errors must not.
        run.contains(" in 2 files.")
            && !run.contains("E00")
            && run.contains("1 objective, 0 key results, 0 activities, 0 funnels, 1 log line.")
    });

    // (a) An edit in place.
    {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
        file.write_all(b"2026-11-03 ghost 3\n").unwrap();
    }
    watch.wait_for("E007 after an edit in place", |run| {
        run.contains("E007") && run.contains("`ghost`") && run.contains("2 log lines.")
    });

    // (b) An editor's atomic save: a temporary file renamed over the file.
    let temp = dir.path().join(".plan.goals.swp");
    std::fs::write(
        &temp,
        "objective revenue: Grow revenue\n  period: 2026-Q4\n  parent: nowhere\n",
    )
    .unwrap();
    std::fs::rename(&temp, &plan).unwrap();
    watch.wait_for("E003 after a rename over the file", |run| {
        run.contains("E003") && run.contains("`nowhere`") && run.contains("E007")
    });

    // (c) A deletion.
    std::fs::remove_file(&log).unwrap();
    watch.wait_for("E007 gone with its file", |run| {
        run.contains("E003") && !run.contains("E007") && run.contains("in 1 file.")
    });

    // (d) A new folder with a file in it.
    let deeper = dir.path().join("team").join("q4");
    std::fs::create_dir_all(&deeper).unwrap();
    std::fs::write(deeper.join("new.goals"), "2026-11-05 phantom 1\n").unwrap();
    watch.wait_for("the file in the new folder", |run| {
        run.contains("`phantom`") && run.contains("in 2 files.")
    });

    // A change to the configuration runs the checks again.
    let before = watch.runs();
    std::fs::write(dir.path().join("goalie.toml"), "# nothing yet\n").unwrap();
    watch.wait_for("a run after goalie.toml changed", |_| watch.runs() > before);

    // A file that is not text never stops the watch.
    std::fs::write(deeper.join("binary.goals"), b"\0\x01\x02").unwrap();
    watch.wait_for("the binary file reported", |run| run.contains("E010"));
    std::fs::remove_file(deeper.join("binary.goals")).unwrap();
    watch.wait_for("the watch to go on", |run| {
        !run.contains("E010") && run.contains("`phantom`")
    });
    stops_cleanly_on_ctrl_c(watch);
}

#[cfg(unix)]
fn stops_cleanly_on_ctrl_c(mut watch: Watch) {
    let pid = watch.child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = watch.child.try_wait().unwrap() {
            assert_eq!(status.code(), Some(0), "exit status after Ctrl-C");
            return;
        }
        assert!(Instant::now() < deadline, "goalie watch ignored Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(not(unix))]
fn stops_cleanly_on_ctrl_c(_watch: Watch) {}

#[test]
fn a_missing_path_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_goalie"))
        .args(["watch", "no-such-folder-here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn speaks_french() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.goals"),
        "objectif ca: Vendre plus\n  rc clients: Signer\n    mesure: 0 -> 40 clients\n2026-11-02 fantome 3\n",
    )
    .unwrap();
    let watch = Watch::start(dir.path(), &[], "fr_FR.UTF-8");
    watch.wait_for("a French run", |run| {
        run.contains("aucun élément n'a l'identifiant")
            && run.contains(
                "1 objectif, 1 résultat clé, 0 activité, 0 entonnoir, 1 ligne de journal.",
            )
    });
}

#[test]
fn a_watched_file_survives_atomic_saves() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.goals");
    std::fs::write(&plan, "objective o: Grow\n").unwrap();
    let watch = Watch::start(&plan, &["--lang", "en"], "C");
    watch.wait_for("the first run", |run| {
        run.contains(" in 1 file.") && !run.contains("E00")
    });
    for (i, id) in ["first", "second"].iter().enumerate() {
        let temp = dir.path().join(format!("plan.goals.{i}.tmp"));
        std::fs::write(&temp, format!("objective o: Grow\n2026-11-02 {id} 1\n")).unwrap();
        std::fs::rename(&temp, &plan).unwrap();
        watch.wait_for("the replaced file", |run| run.contains(&format!("`{id}`")));
    }
}
