//! Published diagnostics: codes, doc links, related places, versions,
//! severities from the editor's settings, the client's language.

use serde_json::json;

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostics_carry_code_link_source_and_version() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    // A file that is not open is analysed from disk: the unknown id in
    // the log file is reported without opening it.
    let log_uri = client.uri("log.goals");
    let d = client.diagnostic_with(&log_uri, "E007").await;
    assert_eq!(d["source"], "goalie");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["range"]["start"], position(5, 11));
    assert_eq!(d["range"]["end"], position(5, 23));
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `new-customers`")
    );
    assert!(
        d["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("docs/rules/E007.md")
    );
    // Opened, the file's diagnostics carry its version.
    let uri = client.open("log.goals", LOG).await;
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": 7 },
                "contentChanges": [{ "text": LOG.replace("new-custmers", "new-customers") }]
            }),
        )
        .await;
    let params = client.diagnostics_until(&uri, |p| p["version"] == 7).await;
    assert!(codes(&params).is_empty(), "{params}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_ids_point_at_the_first_definition() {
    let other = "objective growth: Win 100 new clinic customers again\n  period: 2026-Q4\n";
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("z-other.goals", other)],
        Options::default(),
    )
    .await;
    let d = client
        .diagnostic_with(&client.uri("z-other.goals"), "E002")
        .await;
    let related = &d["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], client.uri("plan.goals"));
    assert_eq!(related["location"]["range"]["start"], position(0, 10));
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editor_settings_change_severities_and_language() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let plan = client.uri("plan.goals");
    let d = client.diagnostic_with(&plan, "O605").await;
    assert_eq!(d["severity"], 3, "a note is information");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("does not say whether")
    );

    // Turned off and in French through the editor's settings.
    *client.settings.lock().unwrap() = json!({
        "today": TODAY,
        "lang": "fr",
        "rules": { "O605": "off", "O606": "off", "E007": "warning" }
    });
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": null }),
        )
        .await;
    let params = client
        .diagnostics_until(&plan, |p| !codes(p).contains(&"O605".to_string()))
        .await;
    assert!(codes(&params).is_empty());
    let log = client.uri("log.goals");
    let d = client
        .diagnostics_until(&log, |p| p["diagnostics"][0]["severity"] == 2)
        .await;
    let message = d["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.contains("aucun élément"), "{message}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_locale_picks_french() {
    let options = Options {
        locale: Some("fr-FR"),
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN), ("log.goals", LOG)], options).await;
    let d = client
        .diagnostic_with(&client.uri("log.goals"), "E007")
        .await;
    assert!(
        d["message"].as_str().unwrap().contains("vouliez-vous dire"),
        "{d}"
    );
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_goalie_toml_is_reported_on_its_line() {
    let toml = "[rules]\nS101 = \"loud\"\n";
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("goalie.toml", toml)],
        Options::default(),
    )
    .await;
    let uri = client.uri("goalie.toml");
    let params = client
        .diagnostics_until(&uri, |p| !p["diagnostics"].as_array().unwrap().is_empty())
        .await;
    let d = &params["diagnostics"][0];
    assert_eq!(d["range"]["start"]["line"], 1);
    assert!(d["message"].as_str().unwrap().contains("loud"), "{d}");
    client.shutdown().await;
}
