//! Positions in UTF-16 (the default) and UTF-8, with accents, emoji and
//! non-BMP characters in ids, titles and at line ends.

use serde_json::json;

use crate::support::*;

const TEXT: &str = "\
objective équipe-𠮷: Signer 😀 100 nouveaux clients 𝄞 au T4
  period: 2026-Q4
  owner: @zoé
  why: Financer deux embauches en 2027 🎯

  kr clients-𠮷: Signer 100 nouveaux clients au T4 😀
    metric: 0 -> 100 clients
2026-11-20 clients-𠮷 42 \"semaine 🎉\"
2026-11-21 clients-𠮷x 1
";

async fn run(utf8: bool) {
    let options = Options {
        utf8,
        ..Options::default()
    };
    let mut client = Client::start(&[], options).await;
    let uri = client.open("unicode.goals", TEXT).await;
    let d = client.diagnostic_with(&uri, "E007").await;
    // `clients-𠮷x` on line 8 starts after "2026-11-21 ".
    assert_eq!(d["range"]["start"], position(8, 11));
    let end = if utf8 { 11 + 8 + 4 + 1 } else { 11 + 8 + 2 + 1 };
    assert_eq!(d["range"]["end"], position(8, end));

    // The id after the emoji in the objective header.
    let at_id = if utf8 {
        position(0, 10 + 2)
    } else {
        position(0, 11)
    };
    let refs = client
        .request(
            "textDocument/references",
            json!({
                "textDocument": { "uri": uri },
                "position": position(7, if utf8 { 20 } else { 19 }),
                "context": { "includeDeclaration": true }
            }),
        )
        .await
        .unwrap();
    let refs = refs.as_array().unwrap();
    assert_eq!(refs.len(), 2, "{refs:?}");
    // The definition `clients-𠮷` on line 5 after "  kr ".
    let width = if utf8 { 8 + 4 } else { 8 + 2 };
    assert_eq!(refs[0]["range"]["start"], position(5, 5));
    assert_eq!(refs[0]["range"]["end"], position(5, 5 + width));

    // Hover on the objective's id, written with an accent and an emoji.
    let hover = client.at("textDocument/hover", &uri, at_id).await.unwrap();
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("`équipe-𠮷`"),
        "{hover}"
    );

    // Inlay hint at the end of a line that ends with an emoji.
    let hints = client.inlay_hints(&uri).await;
    let kr = hints
        .iter()
        .find(|h| h["position"]["line"] == 5)
        .unwrap()
        .clone();
    let line = TEXT.lines().nth(5).unwrap();
    let expected = if utf8 {
        line.len()
    } else {
        line.encode_utf16().count()
    };
    assert_eq!(kr["position"]["character"], expected);

    // An edit after a non-BMP character lands where the client meant.
    let insert_at = if utf8 { 11 + 8 + 4 } else { 11 + 8 + 2 };
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": 2 },
                "contentChanges": [{
                    "range": { "start": position(8, insert_at), "end": position(8, insert_at + 1) },
                    "text": ""
                }]
            }),
        )
        .await;
    let params = client.diagnostics_until(&uri, |p| p["version"] == 2).await;
    assert!(!codes(&params).contains(&"E007".to_string()), "{params}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf16_positions() {
    run(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_positions() {
    run(true).await;
}
