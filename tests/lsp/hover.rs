//! Hover: progress of the item under the cursor, and rule docs.

use serde_json::Value;

use crate::support::*;

async fn hover_at(client: &mut Client, uri: &str, at: Value) -> String {
    let hover = client.at("textDocument/hover", uri, at).await.unwrap();
    assert_eq!(hover["contents"]["kind"], "markdown");
    // Numbers and units are joined by no-break spaces.
    hover["contents"]["value"]
        .as_str()
        .unwrap()
        .replace('\u{a0}', " ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_result_shows_progress_pace_forecast_and_sparkline() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("plan.goals", PLAN).await;
    let text = hover_at(&mut client, &uri, find(PLAN, "new-customers")).await;
    for expected in [
        "key result `new-customers`",
        "42%",
        "at risk",
        "42 customers now · from 0 customers to 100 customers",
        "expected by today: 58% (day 54 of 92)",
        "needs 1.53 customers per day for the 38 days left",
        "trend:",
        "last log line: 20 Nov 2026 (4 days ago)",
        "3 measurements",
    ] {
        assert!(text.contains(expected), "`{expected}` not in:\n{text}");
    }
    assert!(
        text.contains('▁') && text.contains('█'),
        "sparkline:\n{text}"
    );
    // From a log line too, in another file.
    let log = client.open("log.goals", LOG).await;
    let from_log = hover_at(&mut client, &log, find(LOG, "new-customers 35")).await;
    assert!(from_log.contains("42%"), "{from_log}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn objectives_activities_and_stages_have_their_own_numbers() {
    let mut client = Client::start(
        &[("plan.goals", PLAN), ("log.goals", LOG)],
        Options::default(),
    )
    .await;
    let uri = client.open("plan.goals", PLAN).await;
    let objective = hover_at(&mut client, &uri, find(PLAN, "growth:")).await;
    // The guardrail `churn` holds: a condition, not progress (docs/progress.md §10).
    assert!(objective.contains("**42% · at risk**"), "{objective}");
    assert!(
        objective.contains("`new-customers` 42% · at risk"),
        "{objective}"
    );
    let activity = hover_at(&mut client, &uri, find(PLAN, "calls:")).await;
    assert!(activity.contains("today 3"), "{activity}");
    assert!(activity.contains("this week 3 / 25"), "{activity}");
    let stage = hover_at(&mut client, &uri, find(PLAN, "deals")).await;
    assert!(stage.contains("goal: €50,000"), "{stage}");
    assert!(stage.contains("100 needed"), "{stage}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_diagnostic_shows_its_rule_doc_in_the_client_language() {
    let options = Options {
        locale: Some("fr"),
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN), ("log.goals", LOG)], options).await;
    let log = client.open("log.goals", LOG).await;
    let text = hover_at(&mut client, &log, find(LOG, "new-custmers")).await;
    assert!(text.contains("**E007 log-unknown-id**"), "{text}");
    assert!(text.contains("Pourquoi :"), "{text}");
    client.shutdown().await;
}

const RELATIVE: &str = "objective growth: Grow the audience\n  period: 2026-Q4\n  kr mql: Augmenter de 300 le nombre de MQL\n    mesure: +300 MQL\n  kr insta: Instagram followers +20% every month\n    metric: +20% per month\n  kr later: Add 50 partners\n    metric: +50 partners\n2026-09-30 mql 920\n2026-11-20 mql 1100\n2026-10-01 insta 4100\n2026-10-31 insta 4920\n2026-11-20 insta 5500\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relative_and_recurring_targets_in_both_languages() {
    for (locale, expected) in [
        (
            None,
            [
                "60% · on track",
                "1,100 MQL now · from 920 MQL to 1,220 MQL (+300 MQL from the value of 30 Sep)",
                "this month · 5,500 now · from 4,920 to 5,904",
                "closed periods: 1 Oct – 31 Oct met (4,920 of 4,920)",
                "+50 partners: awaiting a first measurement (from 1 Oct on) to start from",
            ],
        ),
        (
            Some("fr"),
            [
                "60 % · en bonne voie",
                "1 100 MQL aujourd'hui · de 920 MQL à 1 220 MQL (+300 MQL depuis la valeur du 30 sept.)",
                "ce mois-ci · 5 500 aujourd'hui · de 4 920 à 5 904",
                "périodes closes : 1 oct. – 31 oct. atteint (4 920 sur 4 920)",
                "+50 partners : en attente d'une première mesure (à partir du 1 oct.) comme point de départ",
            ],
        ),
    ] {
        let options = Options {
            locale,
            ..Options::default()
        };
        let mut client = Client::start(&[("plan.goals", RELATIVE)], options).await;
        let uri = client.open("plan.goals", RELATIVE).await;
        let mut text = hover_at(&mut client, &uri, find(RELATIVE, "mql:")).await;
        text.push_str(&hover_at(&mut client, &uri, find(RELATIVE, "insta:")).await);
        text.push_str(&hover_at(&mut client, &uri, find(RELATIVE, "later:")).await);
        for e in expected {
            assert!(text.contains(e), "`{e}` not in:\n{text}");
        }
        client.shutdown().await;
    }
}
