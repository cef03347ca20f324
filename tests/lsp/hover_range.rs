//! Hover ranges: in the hovered document, on what was hovered (an editor
//! highlights them).

use serde_json::{Value, json};

use crate::support::*;

fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({ "start": position(start.0, start.1), "end": position(end.0, end.1) })
}

async fn hover_range(client: &mut Client, uri: &str, at: Value) -> Value {
    let hover = client
        .at("textDocument/hover", uri, at.clone())
        .await
        .unwrap();
    assert!(hover.is_object(), "no hover at {at}");
    hover["range"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_range_covers_the_id_the_log_line_or_the_line_hovered() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let log = client.open("log.goals", LOG).await;
    let plan = client.open("plan.goals", PLAN).await;
    // An id in a log line of another file than the item's: that id.
    assert_eq!(
        hover_range(&mut client, &log, position(1, 11)).await,
        range((1, 11), (1, 24))
    );
    // The value of that log line: the line, without its break.
    assert_eq!(
        hover_range(&mut client, &log, position(1, 25)).await,
        range((1, 0), (1, 27))
    );
    // An item's keyword: its header line.
    assert_eq!(
        hover_range(&mut client, &plan, position(0, 2)).await,
        range((0, 0), (0, 57))
    );
    // A property line of the item: that line.
    assert_eq!(
        hover_range(&mut client, &plan, position(1, 4)).await,
        range((1, 0), (1, 17))
    );
    // A reference: the reference, not the item it names.
    assert_eq!(
        hover_range(&mut client, &plan, position(13, 15)).await,
        range((13, 12), (13, 25))
    );
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_hover_range_holds_the_hovered_position() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    for (name, text) in [("log.goals", LOG), ("plan.goals", PLAN)] {
        let uri = client.open(name, text).await;
        for (line, content) in text.lines().enumerate() {
            let width = content.encode_utf16().count() as u32;
            for character in (0..=width).step_by(3) {
                let at = position(line as u32, character);
                let hover = client
                    .at("textDocument/hover", &uri, at.clone())
                    .await
                    .unwrap();
                let Some(r) = hover.get("range") else {
                    continue;
                };
                assert_eq!(r["start"]["line"], line, "{name} {at}: {r}");
                assert_eq!(r["end"]["line"], line, "{name} {at}: {r}");
                let (start, end) = (
                    r["start"]["character"].as_u64().unwrap(),
                    r["end"]["character"].as_u64().unwrap(),
                );
                assert!(
                    start <= u64::from(character)
                        && u64::from(character) <= end
                        && end <= u64::from(width),
                    "{name} {at}: {r}"
                );
            }
        }
    }
    client.shutdown().await;
}
