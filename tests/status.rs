//! `goalie status` on the bundled examples: numbers pinned by snapshots and
//! by hand, text and JSON, colour and language.

mod common;

use common::{examples, goalie};
use serde_json::Value;

fn status(args: &[&str]) -> std::process::Output {
    goalie()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("status")
        .args(args)
        .output()
        .unwrap()
}

fn json() -> Value {
    let out = status(&["examples/", "--today", "2026-11-24", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn find<'v>(list: &'v Value, id: &str) -> &'v Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|v| v["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn json_of_the_examples() {
    let out = status(&["examples/", "--today", "2026-11-24", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

#[test]
fn text_of_the_examples() {
    let out = status(&["examples/", "--today", "2026-11-24"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "colour codes in piped output");
    insta::assert_snapshot!(text);
}

#[test]
fn numbers_worked_out_by_hand() {
    let v = json();
    assert_eq!(v["today"], "2026-11-24");
    let ca = find(&v["objectives"], "ca-t4");
    let kr = |id| find(&ca["key_results"], id).clone();
    // ca-mensuel: 11 000 € -> 20 000 €, 13 400 € logged: 2 400 / 9 000.
    let mensuel = kr("ca-mensuel");
    assert_eq!(mensuel["current"], 13400);
    assert_eq!(mensuel["percent"], 26.6667);
    // Q4: 92 days, 54 before Nov 24: 58.6957% expected; 26.67 / 58.70 =
    // 0.45: off track. 6 600 € in 38 days: 173.6842 € a day.
    assert_eq!(mensuel["timeline"]["expected_percent"], 58.6957);
    assert_eq!(mensuel["status"], "off_track");
    assert_eq!(mensuel["pace"]["days_left"], 38);
    assert_eq!(mensuel["pace"]["per_day"], 173.6842);
    // signature-devis: 12,5 % -> 20 %, 16,8 % logged: 4.3 / 7.5 = 57.33%.
    assert_eq!(kr("signature-devis")["percent"], 57.3333);
    // remise-moyenne: 9,6 % <= 10 %: holds.
    assert_eq!(kr("remise-moyenne")["measure"]["holds"], true);
    // ca-trimestre: +40 % vs Q3. Q3 logged 33 000 €: target 46 200 €;
    // 12 100 + 9 800 = 21 900 € so far: 47.4026%.
    let trimestre = kr("ca-trimestre");
    assert_eq!(trimestre["measure"]["target"], 46200);
    assert_eq!(trimestre["measure"]["relative"]["previous"]["total"], 33000);
    assert_eq!(trimestre["current"], 21900);
    assert_eq!(trimestre["percent"], 47.4026);
    // Weighted, the guardrail left out: (2 × 26.67 + 57.33 + 100 + 47.40)
    // / 5 = 51.61. 0.5161 / 0.5870 = 0.879: at risk, and ca-mensuel (off
    // track) is named as failing.
    assert_eq!(ca["percent"], 51.6139);
    assert_eq!(ca["status"], "at_risk");
    assert_eq!(ca["failing"], serde_json::json!(["ca-mensuel"]));
    assert_eq!(ca["expectation"], "committed");
    assert_eq!(ca["check_in"]["confidence"], 0.65);
    assert_eq!(ca["check_in"]["days_since"], 4);

    // The funnel: 50 000 € / 500 € = 100 sales; / 2 % = 5 000 visitors;
    // / 250 = 20 partners. 27 + 25 sales logged, 2 050 visitors, 4 partners.
    let funnel = find(&v["funnels"], "entonnoir-ca");
    let stages = funnel["stages"].as_array().unwrap();
    let needed: Vec<&Value> = stages.iter().map(|s| &s["needed"]).collect();
    assert_eq!(needed, [100, 5000, 20]);
    let actual: Vec<&Value> = stages.iter().map(|s| &s["actual"]).collect();
    assert_eq!(actual, [52, 2050, 4]);

    // prospection: 20 per weekday; the current streak ended on Mon 23rd (18).
    let prospection = find(&v["activities"], "prospection");
    assert_eq!(prospection["streak"]["current"], 0);
    assert_eq!(prospection["week"]["total"], 18);
    assert_eq!(prospection["week"]["target"], 100);
    // 20 weekdays ended in the last 28 days (Oct 27 to Nov 23, the 11 Nov
    // holiday counting as missed); 7 of them reached 20.
    assert_eq!(prospection["consistency"]["periods"], 20);
    assert_eq!(prospection["consistency"]["met"], 7);

    // organic-mqls: 9 + 14 + 11 + 18 + 21 + 12 + 26 + 19 = 130 of 300.
    let marketing = find(&v["objectives"], "organic-pipeline");
    let mqls = find(&marketing["key_results"], "organic-mqls");
    assert_eq!(mqls["current"], 130);
    assert_eq!(mqls["forecast"]["points"], 4);
    assert_eq!(mqls["measure"]["relative"]["start_from"], "increments");
    // ig-followers: +20% per month. October 3 420 → 4 104, ended at 4 100:
    // missed. November 4 100 → 4 920; 4 780 is 680 / 820 = 82.93%.
    let ig = find(&marketing["key_results"], "ig-followers");
    let periods = ig["periods"].as_array().unwrap();
    assert_eq!(periods[0]["target"], 4104);
    assert_eq!(periods[0]["met"], false);
    assert_eq!(periods[1]["start_value"], 4100);
    assert_eq!(periods[1]["target"], 4920);
    assert_eq!(periods[1]["percent"], 82.9268);
    assert_eq!(ig["measure"]["target"], 4920);
    assert_eq!(marketing["expectation"], "aspirational");
    assert_eq!(marketing["success_score"], 0.7);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let forced = status(&[
        "examples/habits",
        "--today",
        "2026-11-24",
        "--color",
        "always",
    ]);
    assert!(String::from_utf8_lossy(&forced.stdout).contains('\u{1b}'));
    let no_color = goalie()
        .env("NO_COLOR", "1")
        .args(["status", "--today", "2026-11-24"])
        .arg(examples().join("habits"))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\u{1b}'));
    let never = status(&[
        "examples/habits",
        "--today",
        "2026-11-24",
        "--color",
        "never",
    ]);
    assert!(!String::from_utf8_lossy(&never.stdout).contains('\u{1b}'));
}

#[test]
fn french() {
    let out = status(&[
        "examples/ventes-fr",
        "--today",
        "2026-11-24",
        "--lang",
        "fr",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    // Piped output has plain spaces where a terminal gets no-break ones.
    assert!(text.contains("Avancement au 24 nov. 2026"), "{text}");
    assert!(
        text.contains("il faut 174 € par jour pendant les 38 jours restants"),
        "{text}"
    );
    assert!(text.contains("en retard"), "{text}");
    assert!(text.contains("ENTONNOIRS"), "{text}");
    // One way to show a number: a percentage moves by points; the score is
    // the shown percentage over 100 (51 % · score 0,51, not 0,52).
    assert!(
        text.contains("il faut 0,08 pt par jour pendant les 38 jours restants"),
        "{text}"
    );
    assert!(
        text.contains(
            "51 %  à risque  score 0,51 (engagé : 1 = réussite) · attendu aujourd'hui 0,58"
        ),
        "{text}"
    );
    assert!(text.contains("en échec : `ca-mensuel`"), "{text}");
    // The flow against Q3, and the funnel's forecast, in French.
    assert!(
        text.contains("21 900 € aujourd'hui · de 0 € à 46 200 € (+40 % sur le total du 1 juil. au 30 sept., 33 000 €)"),
        "{text}"
    );
    assert!(
        text.contains("prévision : `partenaires` 4 en 54 jours"),
        "{text}"
    );
}

#[test]
fn exit_codes_and_problems() {
    assert_eq!(status(&["/no/such/dir"]).status.code(), Some(2));
    assert_eq!(
        status(&["examples/", "--format", "yaml"]).status.code(),
        Some(2)
    );
    assert_eq!(
        status(&["examples/", "--today", "2026-13-01"])
            .status
            .code(),
        Some(2)
    );
    // Errors in the files do not stop progress: they are noted on stderr.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.goals"),
        "objective o: O\n  period: 2026-Q4\n  kr k: K\n    metric: 0 -> 10\n2026-11-20 k 4\n2026-11-20 nowhere 3\n",
    )
    .unwrap();
    let out = goalie()
        .args(["status", "--today", "2026-11-24"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("note: 1 error in these files leaves some goals out")
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("40%"));
    // No files at all.
    let empty = tempfile::tempdir().unwrap();
    let out = goalie()
        .args(["status", "--today", "2026-11-24"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("No goals found."));
}

/// The key results of issue 14 as people write them: they check with no
/// error, and `status --format json` gives numbers checkable by hand.
#[test]
fn seeds_written_as_people_write_them() {
    let dir = tempfile::tempdir().unwrap();
    let plan = "objective grow: Make organic our first source of leads
  period: 2026-Q4
  owner: @dana
  why: Paid leads cost twice as much
  committed
  kr mql: Augmenter de 300 le nombre de MQL issus du trafic organique d'ici la fin du trimestre
    metric: +300 MQL
  kr insta: Instagram followers +20% every month
    metric: +20% per month
  kr cac: Réduire le coût d'acquisition des clients de 20 %
    metric: -20%
  kr revenue: Revenue +40% over the previous quarter
    metric: +40% vs previous quarter
2026-09-30 mql 920
2026-11-20 mql 1100
2026-10-01 insta 4100
2026-10-31 insta 4920
2026-11-20 insta 5500
2026-10-01 cac 250 €
2026-11-20 cac 220 €
2026-07-10 revenue +50 000 €
2026-08-10 revenue +50 000 €
2026-10-10 revenue +60 000 €
2026-11-10 revenue +40 000 €
2026-11-20 grow confidence 0,7/1
";
    std::fs::write(dir.path().join("plan.goals"), plan).unwrap();
    let check = goalie()
        .args(["check", "--today", "2026-11-24", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let diagnostics: Value = serde_json::from_slice(&check.stdout).expect("JSON");
    assert!(diagnostics.is_array(), "{diagnostics}");
    let text = diagnostics.to_string();
    for code in ["E001", "M202", "M204", "M205", "E016", "A302"] {
        assert!(!text.contains(&format!("\"{code}\"")), "{code} in {text}");
    }
    let out = goalie()
        .args(["status", "--today", "2026-11-24", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let grow = find(&v["objectives"], "grow");
    let kr = |id| find(&grow["key_results"], id).clone();
    // +300 MQL from 920 (30 Sep): 1 220; 1 100 is 60%.
    assert_eq!(kr("mql")["measure"]["target"], 1220);
    assert_eq!(kr("mql")["percent"], 60);
    // +20% per month: November from 4 920 to 5 904.
    assert_eq!(kr("insta")["measure"]["baseline"], 4920);
    assert_eq!(kr("insta")["measure"]["target"], 5904);
    assert_eq!(kr("insta")["periods"][0]["met"], true);
    // -20% from 250 €: 200 €; 220 € is 60%.
    assert_eq!(kr("cac")["measure"]["target"], 200);
    assert_eq!(kr("cac")["measure"]["direction"], "decrease");
    assert_eq!(kr("cac")["percent"], 60);
    // +40% on Q3's 100 000 €: 140 000 €; 100 000 € is 71.4286%.
    assert_eq!(kr("revenue")["measure"]["target"], 140000);
    assert_eq!(kr("revenue")["percent"], 71.4286);
    // insta is at risk (no KR off track): the objective may be on track.
    assert_eq!(grow["failing"], serde_json::json!([]));
    assert_eq!(grow["check_in"]["confidence"], 0.7);
}
