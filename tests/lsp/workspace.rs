//! The workspace index: files on disk, watched-file events (from the
//! client, or from notify when the client cannot watch), and the
//! log-progress command.

use std::time::Duration;

use serde_json::json;

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_watchers_and_follows_file_events() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    client
        .pump_until("the watchers' registration", |c| {
            !c.registrations.is_empty()
        })
        .await;
    let watchers = &client.registrations[0]["registrations"][0];
    assert_eq!(watchers["method"], "workspace/didChangeWatchedFiles");
    let globs: Vec<&str> = watchers["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["globPattern"].as_str().unwrap())
        .collect();
    assert_eq!(globs, ["**/*.goals", "**/goalie.toml"]);

    // A log file appears on disk; the client reports it.
    std::fs::write(client.path("log.goals"), LOG).unwrap();
    let log = client.uri("log.goals");
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": log, "type": 1 }] }),
        )
        .await;
    client.diagnostic_with(&log, "E007").await;
    // Its log lines count: the hover of the KR now shows them.
    let plan = client.open("plan.goals", PLAN).await;
    let hover = client
        .at("textDocument/hover", &plan, find(PLAN, "new-customers"))
        .await
        .unwrap();
    assert!(hover["contents"]["value"].as_str().unwrap().contains("42%"));

    // Deleted: its diagnostics are cleared.
    std::fs::remove_file(client.path("log.goals")).unwrap();
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": log, "type": 3 }] }),
        )
        .await;
    let cleared = client
        .diagnostics_until(&log, |p| p["diagnostics"] == json!([]))
        .await;
    assert_eq!(cleared["diagnostics"], json!([]));

    // A goalie.toml that turns a rule off.
    std::fs::write(client.path("goalie.toml"), "[rules]\nO605 = \"off\"\n").unwrap();
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": client.uri("goalie.toml"), "type": 1 }] }),
        )
        .await;
    client
        .diagnostics_until(&plan, |p| !codes(p).contains(&"O605".to_string()))
        .await;
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_client_watching_notify_sees_disk_changes() {
    let options = Options {
        dynamic_watch: false,
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN)], options).await;
    // Settings pulled: the server is setting up its own watcher.
    client
        .pump_until("the settings' pull", |c| {
            c.requests.iter().any(|m| m == "workspace/configuration")
        })
        .await;
    // The watcher starts at a moment the client cannot see: write the file
    // again (a new comment each time) until notify reports it.
    let log = client.uri("log.goals");
    let found = tokio::time::timeout(Duration::from_secs(15), async {
        for n in 0.. {
            std::fs::write(client.path("log.goals"), format!("{LOG}# {n}\n")).unwrap();
            let seen = tokio::time::timeout(
                Duration::from_millis(500),
                client.diagnostic_with(&log, "E007"),
            )
            .await;
            if seen.is_ok() {
                break;
            }
        }
    })
    .await;
    assert!(found.is_ok(), "notify did not report the new file");
    // The watcher is started after the choice not to register one.
    assert!(client.registrations.is_empty());
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_progress_inserts_a_checked_line_after_the_last_one() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let plan = client.open("plan.goals", PLAN).await;
    let log = client.uri("log.goals");
    let result = client
        .log_progress(json!({ "uri": plan, "position": find(PLAN, "Win 100 new customers"), "value": "45", "note": "two more" }))
        .await
        .unwrap();
    assert_eq!(result["id"], "new-customers");
    assert_eq!(result["line"], "2026-11-24 new-customers 45 \"two more\"");
    let edit = &client.applied[0]["edit"]["changes"][&log][0];
    // After `2026-11-20 new-customers 42 "good week"`, line 2.
    assert_eq!(edit["range"]["start"], position(3, 0));
    assert_eq!(
        edit["newText"],
        "2026-11-24 new-customers 45 \"two more\"\n"
    );

    let refused = client
        .log_progress(
            json!({ "uri": plan, "position": find(PLAN, "keep: <= 2%"), "value": "3 EUR" }),
        )
        .await
        .expect_err("a euro amount for a percentage");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("measured in %"),
        "{refused}"
    );
    let future = client
        .log_progress(json!({ "uri": plan, "position": find(PLAN, "calls:"), "value": "2", "date": "2026-12-01" }))
        .await
        .expect_err("a future date");
    assert!(future["message"].as_str().unwrap().contains("after today"));
    assert_eq!(client.applied.len(), 1, "nothing applied for refused lines");

    // The editor refuses the edit (eglot asks first for a file not open).
    client.apply_answer = json!({ "applied": false, "failureReason": "declined by the user" });
    let declined = client
        .log_progress(json!({ "uri": plan, "position": find(PLAN, "calls:"), "value": "2" }))
        .await
        .expect_err("not applied");
    assert_eq!(declined["code"], -32803);
    assert_eq!(
        declined["message"],
        "the editor did not add `2026-11-24 calls 2`: declined by the user"
    );
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_opened_alone_brings_its_folder() {
    let options = Options {
        folder: false,
        ..Options::default()
    };
    let mut client = Client::start(
        &[
            ("plan.goals", PLAN),
            ("log.goals", LOG),
            ("sub/other.goals", "objective zzsub: y\n"),
        ],
        options,
    )
    .await;
    let plan = client.open("plan.goals", PLAN).await;
    // The sibling log file is read: its unknown id is reported, and its
    // lines count in the key result's hover.
    client
        .diagnostic_with(&client.uri("log.goals"), "E007")
        .await;
    let hover = client
        .at("textDocument/hover", &plan, find(PLAN, "new-customers"))
        .await
        .unwrap();
    assert!(hover["contents"]["value"].as_str().unwrap().contains("42%"));
    // Subfolders are not read (the folder may be a home directory).
    assert_eq!(client.symbol_names("zzsub").await, Vec::<String>::new());
    assert_eq!(client.symbol_names("growth").await, ["growth"]);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_folders_can_be_added_and_removed() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("log.goals"), LOG).unwrap();
    let folder = uri(other.path());
    let log = uri(&other.path().join("log.goals"));
    client
        .notify(
            "workspace/didChangeWorkspaceFolders",
            json!({ "event": { "added": [{ "uri": folder, "name": "logs" }], "removed": [] } }),
        )
        .await;
    // Its ids resolve against the first folder's plan: only the typo is
    // unknown.
    let params = client
        .diagnostics_until(&log, |p| !p["diagnostics"].as_array().unwrap().is_empty())
        .await;
    assert_eq!(codes(&params), ["E007"], "{params}");
    client
        .notify(
            "workspace/didChangeWorkspaceFolders",
            json!({ "event": { "added": [], "removed": [{ "uri": folder, "name": "logs" }] } }),
        )
        .await;
    client
        .diagnostics_until(&log, |p| p["diagnostics"] == json!([]))
        .await;
    client.shutdown().await;
}

/// A `.goals` file over the size limit is never read: it gets the CLI's
/// `E010` diagnostic, in the reader's language, instead of a log line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_file_is_an_e010_diagnostic_in_french() {
    let options = Options {
        locale: Some("fr"),
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN)], options).await;
    // Sparse: 65 MiB announced, nothing written.
    let big = std::fs::File::create(client.path("huge.goals")).unwrap();
    big.set_len(65 * 1024 * 1024).unwrap();
    drop(big);
    let huge = client.uri("huge.goals");
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": huge, "type": 1 }] }),
        )
        .await;
    let d = client.diagnostic_with(&huge, "E010").await;
    assert_eq!(
        d["message"],
        "ce fichier fait 65,0 Mio, au-delà de la limite de 64 Mio pour un fichier .goals : découpez-le (un journal par année, par exemple) (unreadable-file)"
    );
    client.shutdown().await;
}

/// A file opened alone adopts its folder the way `goalie check` reads it:
/// what .gitignore names stays out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_opened_alone_honours_gitignore() {
    let options = Options {
        folder: false,
        ..Options::default()
    };
    let mut client = Client::start(
        &[
            ("plan.goals", PLAN),
            ("log.goals", LOG),
            ("kept.goals", "objective zzkept: y\n"),
            ("ignored.goals", "objective zzignored: y\n"),
            (".gitignore", "ignored.goals\n"),
        ],
        options,
    )
    .await;
    client.open("plan.goals", PLAN).await;
    client
        .diagnostic_with(&client.uri("log.goals"), "E007")
        .await;
    assert_eq!(client.symbol_names("zzkept").await, ["zzkept"]);
    assert_eq!(client.symbol_names("zzignored").await, Vec::<String>::new());
    client.shutdown().await;
}
