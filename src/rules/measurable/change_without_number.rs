//! `M207` change-without-number: "more sign-ups", with no number anywhere.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::{ItemKind, Metric};
use crate::rules::Context;
use crate::rules::specific::vague_wording::quoted;

pub const CODE: Code = Code {
    code: "M207",
    name: "change-without-number",
    family: Family::Measurable,
    severity: Severity::Warning,
    summary: Text {
        en: "A direction or comparison over a measure, with no number anywhere.",
        fr: "Un sens ou une comparaison sur une mesure, sans aucun nombre.",
    },
    what: Text {
        en: "Reports a title that names a measure and which way it should go — more sign-ups, grow bookings, cut churn, faster replies, improve customer satisfaction; plus d'inscriptions, développer les abonnements, faire baisser le churn, améliorer les ventes… — when no number says how far: none in the title, and no `metric:` or `keep:` with one (a key result with no measure or a milestone, or an objective with no key results). A key result with no measure at all also gets `M201`, which asks for the missing line; an activity without a target is `M206`'s. Words match in any inflection; the lists are `src/rules/lexicon/directions.txt`, `comparison.txt` and `metric_nouns.txt` (extended with `[lexicon] directions`, `metric-nouns` in goalie.toml).",
        fr: "Signale un titre qui nomme une mesure et le sens où elle doit aller — plus d'inscriptions, développer les abonnements, faire baisser le churn, améliorer les ventes ; more sign-ups, grow bookings, improve customer satisfaction… — quand aucun nombre ne dit jusqu'où : aucun dans le titre, et pas de `mesure:` ni de `garder:` qui en ait un (un résultat clé sans mesure ou un jalon, ou un objectif sans résultats clés). Un résultat clé sans aucune mesure reçoit aussi `M201`, qui demande la ligne manquante ; une activité sans cible relève de `M206`. Les mots sont reconnus sous toutes leurs formes ; les listes sont `src/rules/lexicon/directions.txt`, `comparison.txt` et `metric_nouns.txt` (à compléter avec `[lexicon] directions`, `metric-nouns` dans goalie.toml).",
    },
    why: Text {
        en: "\"More sign-ups\" is reached with one more sign-up. Without a number nobody can say at the review whether the goal was met, or whether it was worth the quarter.",
        fr: "« Plus d'inscriptions » est atteint avec une inscription de plus. Sans nombre, personne ne peut dire au bilan si le but est atteint, ni s'il valait le trimestre.",
    },
    bad: "objective trial: Get more sign-ups from the pricing page\n  owner: @jo\n  period: 2026-Q4\n",
    good: "objective trial: Get 400 sign-ups a month from the pricing page\n  owner: @jo\n  period: 2026-Q4\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for item in &cx.model.items {
        let applies = match item.kind {
            ItemKind::KeyResult => item
                .metric
                .as_ref()
                .is_none_or(|m| m.value == Metric::Milestone),
            ItemKind::Objective => item.children.is_empty(),
            ItemKind::Activity | ItemKind::Funnel | ItemKind::Stage => false,
        };
        let Some(range) = item.title_range.filter(|_| applies) else {
            continue;
        };
        let facts = cx.title(item);
        if facts.metric_nouns.is_empty() || facts.has_quantity() {
            continue;
        }
        let mut said: Vec<String> = facts.direction_word.iter().cloned().collect();
        said.extend(facts.comparison.iter().cloned());
        // A vague verb over a named measure says it should get better
        // ("Improve customer satisfaction"): S101 leaves it to this rule.
        if said.is_empty() {
            said.extend(facts.vague.iter().take(1).cloned());
        }
        said.dedup();
        if said.is_empty() {
            continue;
        }
        let words = quoted(&said);
        let measure = &facts.metric_nouns[0];
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            Message::new(
                format!("{words} `{measure}`, but by how much? No number says it: write the target (`from 120 to 200`, `400 a month`)"),
                format!("{words} `{measure}`, mais de combien ? Aucun nombre ne le dit : écrivez la cible (`de 120 à 200`, `400 par mois`)"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn directions_and_comparisons_without_numbers() {
        let text = "rc d: Faire baisser le churn des PME\n  jalon\nobjective a: Get more sign-ups\nobjectif b: Développer les abonnements\nobjective c: We need bookings to climb\n";
        assert_eq!(
            spans(text, "M207"),
            [
                "Faire baisser le churn des PME",
                "Get more sign-ups",
                "Développer les abonnements",
                "We need bookings to climb"
            ]
        );
        let d = &with_code(text, "M207")[1];
        assert!(
            d.message.en.starts_with("`more` `sign-ups`"),
            "{}",
            d.message.en
        );
    }

    #[test]
    fn a_number_anywhere_or_key_results_are_enough() {
        let text = "objective a: Get 400 more sign-ups a month\nobjective b: Get more sign-ups\n  kr k: Reach 400 sign-ups a month\n    metric: 250 -> 400 sign-ups\nkr c: Double the bookings\n  milestone\nobjective d: Win the Lyon clinics\n";
        assert!(spans(text, "M207").is_empty());
    }

    #[test]
    fn a_vague_verb_over_a_named_measure_asks_how_far() {
        let text = "kr a: Améliorer la satisfaction client\n  jalon\nkr b: Improve the close rate\n  milestone\nkr c: Improve our visibility\n  milestone\n";
        assert_eq!(
            spans(text, "M207"),
            ["Améliorer la satisfaction client", "Improve the close rate"]
        );
    }
}
