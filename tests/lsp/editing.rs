//! Document sync and formatting: changes apply in order, incrementally,
//! and the diagnostics that come out match a fresh analysis.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_quick_edits_apply_in_order() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    let uri = client.open("log.goals", "").await;
    // Type the log file one character at a time, without waiting.
    let mut line = 0u32;
    let mut col = 0u32;
    let mut version = 1;
    for c in LOG.chars() {
        version += 1;
        client
            .notify(
                "textDocument/didChange",
                json!({
                    "textDocument": { "uri": uri, "version": version },
                    "contentChanges": [{
                        "range": { "start": position(line, col), "end": position(line, col) },
                        "text": c.to_string()
                    }]
                }),
            )
            .await;
        if c == '\n' {
            line += 1;
            col = 0;
        } else {
            col += c.len_utf16() as u32;
        }
    }
    let typed = client
        .diagnostics_until(&uri, |p| p["version"] == version)
        .await;
    // Never an older text's diagnostics after a newer one's.
    let versions: Vec<i64> = client
        .published
        .iter()
        .filter(|p| p["uri"] == uri.as_str())
        .map(|p| p["version"].as_i64().unwrap())
        .collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    // A second server given the whole text at once says the same.
    let mut fresh = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let fresh_uri = fresh.uri("log.goals");
    let whole = fresh.diagnostic_with(&fresh_uri, "E007").await;
    assert_eq!(codes(&typed), ["E007"]);
    assert_eq!(typed["diagnostics"][0]["range"], whole["range"]);
    // The server's text is the text typed: formatting sees it.
    let edits = client
        .request(
            "textDocument/formatting",
            json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
        )
        .await
        .unwrap();
    assert_eq!(edits, json!([]), "the log is already formatted");
    fresh.shutdown().await;
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_changes_in_one_notification_apply_in_sequence() {
    let mut client = Client::start(&[("plan.goals", PLAN)], Options::default()).await;
    let uri = client.open("log.goals", "2026-11-24 calls 3\n").await;
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": 2 },
                "contentChanges": [
                    // "calls" -> "callz", then append a line using the new text.
                    { "range": { "start": position(0, 15), "end": position(0, 16) }, "text": "z" },
                    { "range": { "start": position(1, 0), "end": position(1, 0) }, "text": "2026-11-24 callz 1\n" }
                ]
            }),
        )
        .await;
    let params = client.diagnostics_until(&uri, |p| p["version"] == 2).await;
    let lines: Vec<u64> = params["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(codes(&params), ["E007", "E007"], "{params}");
    assert_eq!(lines, [0, 1]);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn formatting_returns_minimal_edits_that_give_fmt_output() {
    let messy = "objective growth:   Win 100 new clinic customers in Q4 2026\n      period: 2026-Q4\n  owner: @sylvie\n";
    let mut client = Client::start(&[], Options::default()).await;
    let uri = client.open("plan.goals", messy).await;
    let edits = client
        .request(
            "textDocument/formatting",
            json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
        )
        .await
        .unwrap();
    let edits = edits.as_array().unwrap();
    // The third line is already right: no edit touches it.
    assert!(
        edits
            .iter()
            .all(|e| e["range"]["start"]["line"].as_u64().unwrap() < 2)
    );
    let applied = apply(messy, edits);
    assert_eq!(applied, goalie::format::format(messy).text);
    client.shutdown().await;
}

/// Applies LSP edits (ASCII text, non-overlapping) to a text.
fn apply(text: &str, edits: &[Value]) -> String {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        starts.get(line).copied().unwrap_or(text.len()) + p["character"].as_u64().unwrap() as usize
    };
    let mut sorted: Vec<&Value> = edits.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(offset(&e["range"]["start"])));
    let mut out = text.to_string();
    for e in sorted {
        let (a, b) = (offset(&e["range"]["start"]), offset(&e["range"]["end"]));
        out.replace_range(a..b, e["newText"].as_str().unwrap());
    }
    out
}
