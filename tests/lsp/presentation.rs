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

/// Semantic tokens as absolute (line, start, length, type) tuples.
fn absolute(data: &[u64]) -> Vec<(u64, u64, u64, u64)> {
    let (mut line, mut start) = (0, 0);
    data.chunks(5)
        .map(|t| {
            if t[0] > 0 {
                line += t[0];
                start = t[1];
            } else {
                start += t[1];
            }
            (line, start, t[2], t[3])
        })
        .collect()
}

fn numbers(v: &serde_json::Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_by_range_are_those_of_the_lines_asked() {
    let mut client = Client::start(&[], Options::default()).await;
    let uri = client.open("log.goals", LOG).await;
    assert_eq!(
        client.init["capabilities"]["semanticTokensProvider"]["range"],
        true
    );
    let full = client
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    let full = absolute(&numbers(&full["data"]));
    // Lines 2 and 3 (0-based): the log lines of 2026-11-20 and 2026-11-24.
    let range = client
        .request(
            "textDocument/semanticTokens/range",
            json!({ "textDocument": { "uri": uri },
                    "range": { "start": { "line": 2, "character": 0 },
                               "end": { "line": 3, "character": 5 } } }),
        )
        .await
        .unwrap();
    let range = absolute(&numbers(&range["data"]));
    let expected: Vec<_> = full
        .iter()
        .copied()
        .filter(|t| t.0 == 2 || t.0 == 3)
        .collect();
    // date, id, number, note; date, id, number.
    assert_eq!(expected.len(), 7, "{full:?}");
    assert_eq!(range, expected);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_by_delta_send_only_what_changed() {
    let mut client = Client::start(&[], Options::default()).await;
    let uri = client.open("log.goals", LOG).await;
    assert_eq!(
        client.init["capabilities"]["semanticTokensProvider"]["full"]["delta"],
        true
    );
    let first = client
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    let mut data = numbers(&first["data"]);
    // "35" becomes "135" on the second line: one token one longer.
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": 2 },
                "contentChanges": [{
                    "range": { "start": { "line": 1, "character": 25 },
                               "end": { "line": 1, "character": 25 } },
                    "text": "1"
                }]
            }),
        )
        .await;
    let delta = client
        .request(
            "textDocument/semanticTokens/full/delta",
            json!({ "textDocument": { "uri": uri },
                    "previousResultId": first["resultId"] }),
        )
        .await
        .unwrap();
    let edits = delta["edits"].as_array().unwrap();
    assert_eq!(edits.len(), 1, "{delta}");
    let edit = &edits[0];
    // The number token of line 1 (the 6th token: date, id, number on each
    // line): only its length changes, 2 to 3.
    let inserted = numbers(&edit["data"]);
    assert_eq!(inserted.len(), 5, "{delta}");
    let (start, deleted) = (
        edit["start"].as_u64().unwrap() as usize,
        edit["deleteCount"].as_u64().unwrap() as usize,
    );
    data.splice(start..start + deleted, inserted);
    let now = client
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await
        .unwrap();
    assert_eq!(data, numbers(&now["data"]));
    assert_eq!(absolute(&data)[5], (1, 25, 3, 3));
    // A result id the server no longer knows: all the tokens.
    let stale = client
        .request(
            "textDocument/semanticTokens/full/delta",
            json!({ "textDocument": { "uri": uri }, "previousResultId": "nope" }),
        )
        .await
        .unwrap();
    assert_eq!(numbers(&stale["data"]), data);
    client.shutdown().await;
}
