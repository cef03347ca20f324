//! `A305` funnel-conversion: a funnel stage that converts at a rate few
//! funnels reach.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::{ItemKind, StageSpec, Unit};
use crate::rules::Context;
use crate::rules::language::words;
use crate::rules::lexicon::LexiconKind;

pub const CODE: Code = Code {
    code: "A305",
    name: "funnel-conversion",
    family: Family::Achievable,
    severity: Severity::Warning,
    summary: Text {
        en: "A funnel stage that converts at a rate few funnels reach.",
        fr: "Une étape d'entonnoir qui convertit à un taux que peu d'entonnoirs atteignent.",
    },
    what: Text {
        en: "Reports a stage of a sales or marketing funnel (its goal is money, or deals, customers, meetings…) whose conversion is 75 % or more: 80 % of demos closing, 90 % of leads taking a meeting. A funnel built on such a rate asks for far too little work upstream, and its goal is out of reach.",
        fr: "Signale une étape d'un entonnoir de vente ou de marketing (son but est une somme, ou des ventes, des clients, des rendez-vous…) dont la conversion atteint 75 % ou plus : 80 % des démos signées, 90 % des contacts qui prennent rendez-vous. Un entonnoir bâti sur un tel taux prévoit bien trop peu de travail en amont, et son but est hors de portée.",
    },
    why: Text {
        en: "Sales and marketing funnels lose most of their volume at each stage: a stage that keeps four in five is rare, and a plan that counts on it will miss its number by the volume it never planned.",
        fr: "Les entonnoirs de vente et de marketing perdent l'essentiel de leur volume à chaque étape : une étape qui en garde quatre sur cinq est rare, et un plan qui compte dessus manquera son chiffre du volume qu'il n'a jamais prévu.",
    },
    bad: "funnel dec: What 100 deals take\n  goal: 100 deals by 2026-12-31\n  stage demos: 80% convert\n  stage leads: 90% convert\n",
    good: "funnel dec: What 100 deals take\n  goal: 100 deals by 2026-12-31\n  stage demos: 25% convert\n  stage leads: 40% convert\n",
};

/// A stage converting at this share or more is reported.
pub const THRESHOLD: f64 = 0.75;

/// A funnel whose goal is money, or what buyers give one of (deals,
/// customers, meetings): a sales or marketing funnel. A funnel of planned
/// runs to kilometres keeps most of its stages.
fn sells(cx: &Context<'_>, funnel: &crate::model::Item) -> bool {
    match funnel.goal.as_ref().map(|g| &g.value.unit) {
        Some(Unit::Currency(_)) => true,
        Some(Unit::Word(w)) => !cx.lexicon.find_all(LexiconKind::Won, &words(w)).is_empty(),
        _ => false,
    }
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Stage) {
        let Some(StageSpec::Conversion { rate, range }) = &item.stage else {
            continue;
        };
        if !item.container.is_some_and(|f| sells(cx, cx.model.item(f))) {
            continue;
        }
        if *rate < THRESHOLD || *rate > 1.0 {
            continue;
        }
        let percent = (rate * 100.0).round();
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            *range,
            Message::new(
                format!(
                    "stage `{}` converts {percent}%: few funnels keep that much of a stage; plan for the volume a realistic rate needs",
                    item.id
                ),
                format!(
                    "l'étape `{}` convertit {percent} % : peu d'entonnoirs gardent autant d'une étape ; prévoyez le volume qu'un taux réaliste demande",
                    item.id
                ),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn stages_converting_three_in_four_or_more_are_reported() {
        let text = "funnel dec: Deals\n  goal: 100 deals by 2026-12-31\n  stage demos: 80% convert\n  stage leads: 60% convert\n  stage visits: 75% convert\n";
        assert_eq!(spans(text, "A305"), ["80%", "75%"]);
    }

    #[test]
    fn usual_rates_are_not() {
        let text = "entonnoir a: Ventes\n  but: 9 000 € d'ici le 2026-12-10\n  étape ventes: 45 € chacun\n  étape visiteurs: 3 % convertissent\n  étape devis: 50 % convertissent\n";
        assert!(spans(text, "A305").is_empty());
        // Planned runs mostly happen: not a sales funnel.
        let runs = "funnel d: What 300 km take\n  goal: 300 km by 2026-12-31\n  stage runs: 6 km each\n  stage planned: 80% convert\n";
        assert!(spans(runs, "A305").is_empty());
    }
}
