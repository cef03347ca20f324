//! The French text people read, pinned whole: `status` and the HTML
//! report's words for a small plan that reaches every status (achieved, on
//! track, at risk, off track, missed, not started, no data, dropped), a
//! guardrail held exactly at its threshold, a milestone, an activity, a
//! funnel and a check-in. A French word replaced by another fails here.

mod common;

use goalie::analysis::Workspace;
use goalie::i18n::Lang;
use goalie::progress::{Options, Progress, compute};

/// 1 Oct to 31 Dec: 54 of 92 days before 24 Nov, 58.7% expected. 60% is on
/// track, 45% (0.77 of expected) at risk, 20% (0.34) off track.
const PLAN: &str = "objectif croissance: Doubler les ventes en ligne ce trimestre
  période: 2026-T4
  responsable: @camille
  engagé
  rc atteint: Signer 10 nouveaux clients
    mesure: 0 -> 10 clients
  rc bonne-voie: Porter les visites de 0 à 100 par jour
    mesure: 0 -> 100 visites
  rc risque: Obtenir 100 avis clients
    mesure: 0 -> 100 avis
  rc retard: Recruter 100 ambassadeurs
    mesure: 0 -> 100 ambassadeurs
  rc manque: Publier 100 articles en octobre
    mesure: 0 -> 100 articles
    début: 2026-10-01
    échéance: 2026-10-31
  rc futur: Envoyer 100 devis en décembre
    mesure: 0 -> 100 devis
    début: 2026-12-01
  rc remise: Garder la remise moyenne à 10 % ou moins
    garder: <= 10 %
  rc nps: Garder le NPS à 40 ou plus
    garder: >= 40
  rc salon: Tenir un stand au salon de Lyon
    jalon
    échéance: 2026-12-31
  rc abandon: Ouvrir 100 magasins
    mesure: 0 -> 100 magasins
activité appels: Appeler 15 prospects par jour ouvré
  cible: 15 appels par jour ouvré
  soutient: atteint
entonnoir ventes: Ce que demandent 60 000 € de ventes
  but: 60 000 € d'ici le 2026-12-31
  soutient: croissance
  étape contrats: 2 000 € chacun
  étape devis-envoyes: 30 % convertissent
2026-10-20 manque 50
2026-11-02 abandon 5
2026-11-10 abandon abandonné « le marché a changé »
2026-11-20 atteint 10
2026-11-20 bonne-voie 40
2026-11-24 bonne-voie 60
2026-11-24 risque 45
2026-11-24 retard 20
2026-11-23 remise 10 %
2026-11-23 salon fait « stand réservé »
2026-11-20 appels 14
2026-11-23 appels 17
2026-11-24 appels 12
2026-11-24 devis-envoyes 12
2026-11-24 croissance confiance 80 % « bon élan »
";

fn progress() -> Progress {
    let mut ws = Workspace::new();
    ws.add_file("objectifs.goals", PLAN);
    let analysis = ws.analyze(common::today());
    let errors: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == goalie::diagnostic::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    compute(&analysis.model, common::today(), &Options::default())
}

/// Every status word of the French interface, as `status` and the report
/// print them.
const STATUS_WORDS: [&str; 8] = [
    "atteint",
    "en bonne voie",
    "à risque",
    "en retard",
    "manqué",
    "pas commencé",
    "sans données",
    "abandonné",
];

#[test]
fn french_status_text_of_a_small_plan() {
    let mut out = Vec::new();
    goalie::cli::write_status_text(
        &mut out,
        &progress(),
        Lang::Fr,
        goalie::cli::Style { color: false },
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    for word in STATUS_WORDS {
        assert!(text.contains(&format!("  {word}  ")), "{word}: {text}");
    }
    insta::assert_snapshot!(text);
}

#[test]
fn french_report_text_of_a_small_plan() {
    let html = goalie::cli::render_report(&progress(), Lang::Fr);
    assert!(html.contains("<html lang=\"fr\""), "{}", &html[..200]);
    let text = visible_text(&html);
    for word in STATUS_WORDS {
        assert!(text.lines().any(|l| l.contains(word)), "{word}: {text}");
    }
    insta::assert_snapshot!(text);
}

/// The words a reader sees: the page without its style sheet, scripts and
/// tags, entities decoded, one text run per line. Markup and styling may
/// change without touching this snapshot; words may not.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push('\n');
        let tag = &rest[open..];
        let skip_to = ["style", "script"]
            .iter()
            .find(|name| tag.starts_with(&format!("<{name}")))
            .map(|name| format!("</{name}>"));
        rest = match skip_to {
            Some(end) => tag.find(&end).map_or("", |at| &tag[at + end.len()..]),
            None => tag.find('>').map_or("", |at| &tag[at + 1..]),
        };
    }
    text.push_str(rest);
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
