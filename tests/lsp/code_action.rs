//! Code actions: fixes as quick fixes, and a silencing comment.

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_misspelt_log_id_has_its_fix() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("log.goals", LOG).await;
    let d = client.diagnostic_with(&uri, "E007").await;
    let actions = client.code_actions(&uri, &d).await;
    let fix = actions
        .iter()
        .find(|a| a["title"].as_str().unwrap().contains("new-customers"))
        .unwrap_or_else(|| panic!("no fix in {actions:?}"));
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "E007");
    let edit = &fix["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "new-customers");
    assert_eq!(edit["range"], d["range"]);
    // No silencing for an error.
    assert!(
        !actions
            .iter()
            .any(|a| a["title"].as_str().unwrap().starts_with("Ignore"))
    );
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_can_be_silenced_above_its_line_and_fixed() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("plan.goals", PLAN).await;
    let d = client.diagnostic_with(&uri, "O605").await;
    let actions = client.code_actions(&uri, &d).await;
    let ignore = actions
        .iter()
        .find(|a| a["title"] == "Ignore O605 (no-commitment) here")
        .unwrap_or_else(|| panic!("{actions:?}"));
    let edit = &ignore["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "# goalie: ignore O605\n");
    assert_eq!(edit["range"]["start"], position(0, 0));
    // The rule's own fix adds a commitment line.
    assert!(
        actions
            .iter()
            .any(|a| a["edit"]["changes"][&uri][0]["newText"]
                .as_str()
                .unwrap()
                .contains("committed")),
        "{actions:?}"
    );
    client.shutdown().await;
}
