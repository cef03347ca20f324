//! Inlay hints after header lines.

use serde_json::json;

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_counts_and_needed_volumes_at_line_ends() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("plan.goals", PLAN).await;
    let hints = client.inlay_hints(&uri).await;
    let label_at = |line: u32| {
        hints
            .iter()
            .find(|h| h["position"]["line"] == line)
            .map(|h| h["label"].as_str().unwrap().to_string())
    };
    let kr_line = find(PLAN, "kr new-customers")["line"].as_u64().unwrap() as u32;
    assert_eq!(label_at(kr_line).as_deref(), Some("42% · at risk"));
    let kr = &hints
        .iter()
        .find(|h| h["position"]["line"] == kr_line)
        .unwrap();
    let line_text = PLAN.lines().nth(kr_line as usize).unwrap();
    assert_eq!(
        kr["position"]["character"],
        line_text.len(),
        "at the line's end"
    );
    let calls = find(PLAN, "activity calls")["line"].as_u64().unwrap() as u32;
    assert_eq!(label_at(calls).as_deref(), Some("today 3"));
    let deals = find(PLAN, "stage deals")["line"].as_u64().unwrap() as u32;
    assert_eq!(label_at(deals).as_deref(), Some("needs 100"));

    // A new log line in the other file moves the hint: the client is asked
    // to fetch hints again.
    let log = client.open("log.goals", LOG).await;
    client.pump(100).await;
    client.requests.clear();
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": log, "version": 2 },
                "contentChanges": [{ "range": { "start": position(6, 0), "end": position(6, 0) },
                                     "text": "2026-11-24 new-customers 50\n" }]
            }),
        )
        .await;
    client.diagnostics_until(&log, |p| p["version"] == 2).await;
    client.pump(200).await;
    assert!(
        client
            .requests
            .iter()
            .any(|m| m == "workspace/inlayHint/refresh"),
        "{:?}",
        client.requests
    );
    let moved = client.inlay_hints(&uri).await;
    assert!(
        moved.iter().any(|h| h["label"] == "50% · at risk"),
        "{moved:?}"
    );

    // Off through the editor's settings.
    *client.settings.lock().unwrap() = json!({ "today": TODAY, "inlayHints": { "enable": false } });
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": null }),
        )
        .await;
    client.pump(200).await;
    assert_eq!(
        client.inlay_hints(&uri).await,
        Vec::<serde_json::Value>::new()
    );
    client.shutdown().await;
}

/// docs/progress.md §9: 120 prospects in 30 of 90 days project 360, 18
/// sales, 27 000 €: 90% of the goal, after the funnel's header.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_funnel_shows_its_forecast() {
    // Today is 24 Nov: 25 Oct to 22 Jan is 90 days, 30 of them elapsed.
    let plan = "funnel pipe: What Q4 revenue needs\n  start: 2026-10-25\n  goal: 30 000 € by 2027-01-22\n  stage sales: 1 500 € each\n  stage prospects: 5% convert\n2026-11-10 prospects +50\n2026-11-23 prospects +70\n";
    let mut client = Client::start(&[("plan.goals", plan)], Options::default()).await;
    let uri = client.open("plan.goals", plan).await;
    let hints = client.inlay_hints(&uri).await;
    let label = hints
        .iter()
        .find(|h| h["position"]["line"] == 0)
        .map(|h| h["label"].as_str().unwrap().replace('\u{a0}', " "));
    assert_eq!(label.as_deref(), Some("→ €27,000 (90%)"));
    client.shutdown().await;
}
