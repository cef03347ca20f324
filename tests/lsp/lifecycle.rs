//! Initialize, shutdown and exit; a panicking handler; cancellation.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn advertises_every_capability_and_stops_cleanly() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    let caps = client.init["capabilities"].clone();
    for key in [
        "hoverProvider",
        "completionProvider",
        "definitionProvider",
        "referencesProvider",
        "renameProvider",
        "documentSymbolProvider",
        "workspaceSymbolProvider",
        "foldingRangeProvider",
        "semanticTokensProvider",
        "documentFormattingProvider",
        "codeActionProvider",
        "inlayHintProvider",
        "executeCommandProvider",
    ] {
        assert!(caps.get(key).is_some_and(|v| !v.is_null()), "{key} missing");
    }
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    assert_eq!(caps["positionEncoding"], "utf-16");
    // Started: the file watchers are registered.
    client
        .pump_until("the watchers' registration", |c| {
            !c.registrations.is_empty()
        })
        .await;
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_in_a_handler_is_an_error_response_and_the_server_lives_on() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    let error = client
        .request("goalie/test/panic", json!({}))
        .await
        .expect_err("the panic is an error response");
    assert_eq!(error["code"], -32603);
    assert!(
        error["message"].as_str().unwrap().contains("on purpose"),
        "{error}"
    );
    // Still serving.
    let uri = client.open("plan.goals", PLAN).await;
    let hover = client
        .at("textDocument/hover", &uri, find(PLAN, "new-customers"))
        .await
        .unwrap();
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("new-customers")
    );
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_request_answers_request_cancelled() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    let uri = client.open("plan.goals", PLAN).await;
    client.diagnostics_until(&uri, |p| p["version"] == 1).await;
    // Hold the state (a request cannot take its snapshot) until the
    // cancellation is answered.
    let state = client.state.clone();
    let (held_tx, held) = std::sync::mpsc::channel();
    let (release, release_rx) = std::sync::mpsc::channel::<()>();
    let guard = std::thread::spawn(move || {
        let _held = state.lock().unwrap();
        held_tx.send(()).unwrap();
        let _ = release_rx.recv_timeout(std::time::Duration::from_secs(20));
    });
    held.recv_timeout(std::time::Duration::from_secs(10))
        .expect("the state is held");
    let id = client
        .send_request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": find(PLAN, "growth") }),
        )
        .await;
    client.notify("$/cancelRequest", json!({ "id": id })).await;
    let error = client.response(id).await.expect_err("cancelled");
    assert_eq!(error["code"], -32800, "{error}");
    release.send(()).unwrap();
    guard.join().unwrap();
    // The next request goes through.
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    assert_ne!(symbols, Value::Null);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_is_used_when_the_client_offers_it() {
    let options = Options {
        utf8: true,
        ..Options::default()
    };
    let client = Client::start(&[("plan.goals", PLAN)], options).await;
    assert_eq!(client.init["capabilities"]["positionEncoding"], "utf-8");
    client.shutdown().await;
}
