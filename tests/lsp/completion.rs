//! Completion: keywords, ids, owners, units, dates and periods.

use serde_json::{Value, json};

use crate::support::*;

async fn labels(client: &mut Client, uri: &str, text: &str, at: Value) -> Vec<String> {
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": 2 },
                "contentChanges": [{ "text": text }]
            }),
        )
        .await;
    let result = client
        .request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri }, "position": at }),
        )
        .await
        .unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_slot_offers_what_fits() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("new.goals", "").await;

    let start = labels(&mut client, &uri, "ob", position(0, 2)).await;
    for kw in [
        "objective",
        "objectif",
        "kr",
        "rc",
        "activity",
        "activité",
        "due",
        "échéance",
    ] {
        assert!(start.contains(&kw.to_string()), "{kw} not in {start:?}");
    }
    assert!(
        start.contains(&TODAY.to_string()),
        "today's date starts a log line"
    );

    let ids = labels(&mut client, &uri, "2026-11-24 ne", position(0, 13)).await;
    assert!(ids.contains(&"new-customers".to_string()), "{ids:?}");
    assert!(ids.contains(&"calls".to_string()));
    assert!(
        ids.contains(&"growth".to_string()),
        "objectives take check-ins"
    );

    let text = "activity a: Call ten prospects a day\n  supports: ";
    let supported = labels(&mut client, &uri, text, position(1, 12)).await;
    for id in ["growth", "new-customers", "sales", "deals"] {
        assert!(
            supported.contains(&id.to_string()),
            "{id} not in {supported:?}"
        );
    }
    assert!(
        !supported.contains(&"calls".to_string()),
        "activities are not supported"
    );

    let text = "objective x: Grow the pipeline by half\n  owner: @";
    let owners = labels(&mut client, &uri, text, position(1, 10)).await;
    assert_eq!(owners, ["@sylvie"]);

    let text = "objective x: Grow the pipeline by half\n  parent: ";
    let parents = labels(&mut client, &uri, text, position(1, 10)).await;
    assert!(parents.contains(&"growth".to_string()), "{parents:?}");

    let units = labels(
        &mut client,
        &uri,
        "2026-11-24 new-customers 12 ",
        position(0, 28),
    )
    .await;
    assert!(units.contains(&"customers".to_string()), "{units:?}");
    assert!(units.contains(&"%".to_string()), "{units:?}");

    let text = "objective x: Grow the pipeline by half\n  period: ";
    let periods = labels(&mut client, &uri, text, position(1, 10)).await;
    assert_eq!(periods, ["2026-Q4", "2027-Q1", "2026-11", "2026"]);

    let text = "objective x: Grow the pipeline by half\n  due: ";
    let dates = labels(&mut client, &uri, text, position(1, 7)).await;
    for d in ["2026-11-24", "2026-12-01", "2026-11-30", "2026-12-31"] {
        assert!(dates.contains(&d.to_string()), "{d} not in {dates:?}");
    }
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item_keywords_are_snippets_and_french_sorts_first_in_french() {
    let options = Options {
        locale: Some("fr"),
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN)], options).await;
    let uri = client.open("new.goals", "").await;
    let result = client
        .request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri }, "position": position(0, 0) }),
        )
        .await
        .unwrap();
    let items = result.as_array().unwrap();
    let objectif = items.iter().find(|i| i["label"] == "objectif").unwrap();
    assert_eq!(objectif["insertTextFormat"], 2, "a snippet");
    assert_eq!(
        objectif["textEdit"]["newText"],
        "objectif ${1:id}: ${2:title}"
    );
    let objective = items.iter().find(|i| i["label"] == "objective").unwrap();
    assert!(objectif["sortText"].as_str() < objective["sortText"].as_str());
    // What a keyword means is in the reader's language, whichever
    // language the keyword is spelt in.
    let meaning = "Un objectif : qualitatif et inspirant, avec ses résultats clés en dessous.";
    assert_eq!(objectif["detail"], meaning);
    assert_eq!(objective["detail"], meaning);
    assert_eq!(objectif["documentation"], meaning);
    let today = items.iter().find(|i| i["label"] == TODAY).unwrap();
    assert_eq!(today["detail"], "une ligne de journal pour aujourd'hui");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_without_snippet_support_gets_plain_text_only() {
    let options = Options {
        snippets: false,
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN)], options).await;
    let uri = client.open("new.goals", "").await;
    for (version, (text, at)) in [
        ("", position(0, 0)),
        ("ob", position(0, 2)),
        ("kr x: y\n  du", position(1, 4)),
        ("2026-11-24 ne", position(0, 13)),
    ]
    .into_iter()
    .enumerate()
    {
        client
            .notify(
                "textDocument/didChange",
                json!({
                    "textDocument": { "uri": uri, "version": 2 + version },
                    "contentChanges": [{ "text": text }]
                }),
            )
            .await;
        let result = client
            .request(
                "textDocument/completion",
                json!({ "textDocument": { "uri": uri }, "position": at }),
            )
            .await
            .unwrap();
        let items = result.as_array().unwrap();
        assert!(!items.is_empty(), "{text:?}");
        for item in items {
            assert_ne!(item["insertTextFormat"], 2, "a snippet: {item}");
            assert!(
                !item["textEdit"]["newText"].as_str().unwrap().contains('$'),
                "{item}"
            );
        }
    }
    client
        .notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": 99 }, "contentChanges": [{ "text": "" }] }),
        )
        .await;
    let result = client
        .request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri }, "position": position(0, 0) }),
        )
        .await
        .unwrap();
    let objective = result
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "objective")
        .unwrap()
        .clone();
    assert_eq!(objective["textEdit"]["newText"], "objective ");
    assert_eq!(objective["insertTextFormat"], 1);
    client.shutdown().await;
}
