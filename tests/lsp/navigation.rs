//! Go to definition, references and rename, across files.

use serde_json::json;

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn definition_and_references_cross_files() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let log = client.open("log.goals", LOG).await;
    let plan = client.uri("plan.goals");
    let def = client
        .at(
            "textDocument/definition",
            &log,
            find(LOG, "new-customers 35"),
        )
        .await
        .unwrap();
    assert_eq!(def["uri"], plan);
    assert_eq!(def["range"]["start"], find(PLAN, "new-customers"));

    let refs = client
        .request(
            "textDocument/references",
            json!({
                "textDocument": { "uri": log },
                "position": find(LOG, "new-customers 20"),
                "context": { "includeDeclaration": true }
            }),
        )
        .await
        .unwrap();
    let refs = refs.as_array().unwrap();
    // The definition, `supports:` of the activity, three log lines.
    assert_eq!(refs.len(), 5, "{refs:?}");
    assert_eq!(refs[0]["uri"], plan);
    assert_eq!(refs.iter().filter(|r| r["uri"] == log).count(), 3);
    let without = client
        .request(
            "textDocument/references",
            json!({
                "textDocument": { "uri": log },
                "position": find(LOG, "new-customers 20"),
                "context": { "includeDeclaration": false }
            }),
        )
        .await
        .unwrap();
    assert_eq!(without.as_array().unwrap().len(), 4);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_changes_every_occurrence_and_refuses_bad_names() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let plan = client.open("plan.goals", PLAN).await;
    let log = client.uri("log.goals");
    let at = find(PLAN, "new-customers");
    let prepared = client
        .at("textDocument/prepareRename", &plan, at.clone())
        .await
        .unwrap();
    assert_eq!(prepared["placeholder"], "new-customers");

    let edit = client
        .request(
            "textDocument/rename",
            json!({ "textDocument": { "uri": plan }, "position": at, "newName": "nouveaux-clients" }),
        )
        .await
        .unwrap();
    let changes = &edit["changes"];
    assert_eq!(
        changes[&plan].as_array().unwrap().len(),
        2,
        "definition and supports:"
    );
    assert_eq!(
        changes[&log].as_array().unwrap().len(),
        3,
        "three log lines"
    );
    assert!(
        changes[&log]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["newText"] == "nouveaux-clients")
    );

    let taken = client
        .request(
            "textDocument/rename",
            json!({ "textDocument": { "uri": plan }, "position": at, "newName": "calls" }),
        )
        .await
        .expect_err("calls is taken");
    assert!(taken["message"].as_str().unwrap().contains("already"));
    let invalid = client
        .request(
            "textDocument/rename",
            json!({ "textDocument": { "uri": plan }, "position": at, "newName": "two words" }),
        )
        .await
        .expect_err("not an id");
    assert!(
        invalid["message"]
            .as_str()
            .unwrap()
            .contains("not a valid id")
    );
    client.shutdown().await;
}

/// An id's other uses in the same file: its definition written, its
/// references read; uses in other files are not this file's highlights.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn document_highlight_marks_an_ids_uses_in_the_file() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    assert_eq!(
        client.init["capabilities"]["documentHighlightProvider"],
        true
    );
    let plan = client.open("plan.goals", PLAN).await;
    // From inside the reference in `supports: new-customers`.
    let highlights = client
        .at(
            "textDocument/documentHighlight",
            &plan,
            json!({ "line": 13, "character": 15 }),
        )
        .await
        .unwrap();
    let mut found: Vec<(u64, u64, u64, u64)> = highlights
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["range"]["start"]["line"].as_u64().unwrap(),
                h["range"]["start"]["character"].as_u64().unwrap(),
                h["range"]["end"]["character"].as_u64().unwrap(),
                h["kind"].as_u64().unwrap(),
            )
        })
        .collect();
    found.sort();
    // `kr new-customers` on line 5 (write = 3), `supports: new-customers`
    // on line 13 (read = 2); the log file's three lines are not here.
    assert_eq!(found, [(5, 5, 18, 3), (13, 12, 25, 2)]);
    client.shutdown().await;
}
