//! Document and workspace symbols, folding ranges, semantic tokens.

use serde_json::json;

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn symbols_nest_key_results_and_stages() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("plan.goals", PLAN).await;
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["growth", "calls", "sales"]);
    let growth = &symbols[0];
    assert_eq!(growth["detail"], "Win 100 new clinic customers in Q4 2026");
    let krs: Vec<&str> = growth["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(krs, ["new-customers", "churn"]);
    assert_eq!(symbols[2]["children"][0]["name"], "deals");
    assert_eq!(growth["selectionRange"]["start"], position(0, 10));

    let found = client
        .request("workspace/symbol", json!({ "query": "newcust" }))
        .await
        .unwrap();
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["name"], "new-customers");
    assert_eq!(found[0]["containerName"], "growth");
    let accents = client
        .request("workspace/symbol", json!({ "query": "CLINIC" }))
        .await
        .unwrap();
    assert_eq!(accents[0]["name"], "growth");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn folding_covers_items_log_runs_and_comment_blocks() {
    let text = "# Plan for Q4.\n# Owned by Sylvie.\n\n".to_string() + PLAN + "\n" + LOG;
    let mut client = Client::start(&[], Options::default()).await;
    let uri = client.open("all.goals", &text).await;
    let ranges = client
        .request(
            "textDocument/foldingRange",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    let ranges: Vec<(u64, u64, String)> = ranges
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["startLine"].as_u64().unwrap(),
                r["endLine"].as_u64().unwrap(),
                r["kind"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let objective = find(&text, "objective growth")["line"].as_u64().unwrap();
    let calls = find(&text, "activity calls")["line"].as_u64().unwrap();
    let first_log = find(&text, "2026-10-15")["line"].as_u64().unwrap();
    let last_log = find(&text, "2026-11-21")["line"].as_u64().unwrap();
    assert!(
        ranges.contains(&(0, 1, "comment".to_string())),
        "{ranges:?}"
    );
    assert!(
        ranges.iter().any(|r| r.0 == objective && r.1 == calls - 2),
        "{ranges:?}"
    );
    assert!(
        ranges.contains(&(first_log, last_log, "region".to_string())),
        "{ranges:?}"
    );
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_mark_keywords_ids_dates_and_notes() {
    let mut client = Client::start(&[], Options::default()).await;
    let text =
        "objectif ca: Faire du T4 notre meilleur trimestre # fin\n2026-11-20 ca 12,5 % « bien »\n";
    let uri = client.open("t.goals", text).await;
    let legend =
        client.init["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"].clone();
    let tokens = client
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    let data: Vec<u64> = tokens["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    // Decode into (line, start, length, type name).
    let mut decoded = Vec::new();
    let (mut line, mut start) = (0, 0);
    for t in data.chunks(5) {
        if t[0] > 0 {
            line += t[0];
            start = t[1];
        } else {
            start += t[1];
        }
        decoded.push((
            line,
            start,
            t[2],
            legend[t[3] as usize].as_str().unwrap().to_string(),
        ));
    }
    let expect = [
        (0, 0, 8, "keyword"),
        (0, 9, 2, "variable"),
        (0, 13, 36, "string"),
        (0, 50, 5, "comment"),
        (1, 0, 10, "number"),
        (1, 11, 2, "variable"),
        (1, 14, 4, "number"),
        (1, 19, 1, "type"),
        (1, 21, 8, "string"),
    ];
    for (l, s, len, ty) in expect {
        assert!(
            decoded.contains(&(l, s, len, ty.to_string())),
            "({l}, {s}, {len}, {ty}) not in {decoded:?}"
        );
    }
    client.shutdown().await;
}
