//! `S103` wishful-goal: a wish such as "get rich" instead of a goal.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

pub const CODE: Code = Code {
    code: "S103",
    name: "wishful-goal",
    family: Family::Specific,
    severity: Severity::Warning,
    summary: Text {
        en: "A wish such as \"get rich\" instead of a goal.",
        fr: "Un souhait comme « devenir riche » au lieu d'un objectif.",
    },
    what: Text {
        en: "Reports a title that states a wish — get rich, be successful, succeed, be the best, make money, do better; devenir riche, réussir, être le meilleur, gagner de l'argent, faire mieux… — with no number in it (on an objective with measured key results, only when the rest of its title names nothing: \"Réussir la rentrée chez les papeteries indépendantes\" leaves the measure to its key results), and a title that hedges — hopefully, ideally, with luck, we would love to, if possible; on espère, idéalement, si possible, avec un peu de chance… — whatever number follows. Words match in any inflection. The lists are `src/rules/lexicon/wishes.txt` and `hedges.txt`, extended with `[lexicon] wishes = [...]` and `hedges = [...]` in goalie.toml.",
        fr: "Signale un titre qui exprime un souhait — devenir riche, réussir, être le meilleur, gagner de l'argent, faire mieux ; get rich, be successful… — sans aucun nombre (sur un objectif qui a des résultats clés mesurés, seulement quand le reste du titre ne nomme rien : « Réussir la rentrée chez les papeteries indépendantes » laisse la mesure à ses résultats clés), et un titre qui se met au conditionnel — on espère, idéalement, si possible, avec un peu de chance ; hopefully, ideally… — quel que soit le nombre qui suit. Les mots sont reconnus sous toutes leurs formes. Les listes sont `src/rules/lexicon/wishes.txt` et `hedges.txt`, à compléter avec `[lexicon] wishes = [...]` et `hedges = [...]` dans goalie.toml.",
    },
    why: Text {
        en: "Nobody can tell when a wish is fulfilled, so it cannot be planned or reviewed. Say what would show it: an amount, a count, a rank.",
        fr: "Personne ne peut dire quand un souhait est exaucé : il ne se planifie pas et ne se suit pas. Dites ce qui le montrerait : un montant, un nombre, un classement.",
    },
    bad: "objective money: Get rich with the shop\n  period: 2026\n",
    good: "objective money: Reach 8 000 EUR of monthly profit with the shop\n  period: 2026\n",
};

/// Content words of a title besides its wish words: two or more name what
/// the ambition is about.
fn names_more_than_the_wish(item: &crate::model::Item, wishes: &[String]) -> bool {
    let wish_words: usize = wishes
        .iter()
        .map(|w| crate::rules::language::split(w).len())
        .sum();
    let content = crate::rules::language::split(&item.title)
        .iter()
        .filter(|w| !w.is_function() && w.folded.chars().any(char::is_alphabetic))
        .count();
    content.saturating_sub(wish_words) >= 2
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for item in &cx.model.items {
        if item.kind == ItemKind::Stage {
            continue;
        }
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        // A hedge takes the commitment out whatever number follows.
        if let Some(hedge) = facts.hedges.first() {
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                range,
                Message::new(
                    format!("`{hedge}` hedges the goal: commit to it as written, or write the level you do commit to"),
                    format!("`{hedge}` met le but au conditionnel : engagez-vous sur ce qui est écrit, ou écrivez le niveau sur lequel vous vous engagez"),
                ),
            ));
            continue;
        }
        // "Make money: 10k EUR a month", "Réussir mon trimestre à 20 000 €"
        // name their measure.
        let Some(wish) = facts.wishes.first().filter(|_| !facts.has_measure()) else {
            continue;
        };
        // An objective with key results may say its ambition in words when
        // it names what it is about ("Réussir la rentrée chez les papeteries
        // indépendantes"): its key results hold the measure.
        let measured = item.children.iter().any(|&k| {
            cx.model
                .item(k)
                .metric
                .as_ref()
                .is_some_and(|m| !matches!(m.value, crate::model::Metric::Milestone))
        });
        if item.kind == ItemKind::Objective
            && measured
            && names_more_than_the_wish(item, &facts.wishes)
        {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            Message::new(
                format!("`{wish}` is a wish, not a goal: say what would show it (an amount, a count, a rank)"),
                format!("`{wish}` est un souhait, pas un objectif : dites ce qui le montrerait (un montant, un nombre, un classement)"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn wishes_are_reported_in_both_languages() {
        let text = "objective a: Get rich\nobjective b: Devenir riche grâce à la boutique\nkr c: Être le meilleur cabinet de Lyon\n  milestone\n";
        assert_eq!(
            spans(text, "S103"),
            [
                "Get rich",
                "Devenir riche grâce à la boutique",
                "Être le meilleur cabinet de Lyon"
            ]
        );
        assert!(
            with_code(text, "S103")[1]
                .message
                .fr
                .contains("`Devenir riche`")
        );
    }

    #[test]
    fn a_number_or_no_wish_is_fine() {
        let text = "objective a: Make money: 10k EUR a month from the shop\nobjective b: Win 40 clinics in Lyon\nobjective c: Richer onboarding for clinics\nobjective d: Réussir mon premier trimestre à 20 000 €\n";
        assert!(spans(text, "S103").is_empty());
    }

    #[test]
    fn hedges_are_reported_whatever_number_follows() {
        let text = "kr a: Ideally reach 40 demos a month\n  metric: 20 -> 40 demos\nkr b: Signer 12 clients, si possible avant Noël\n  mesure: 0 -> 12 clients\nkr c: With any luck, 300 sign-ups\n  metric: 0 -> 300 sign-ups\nobjective d: On espère doubler les abonnements\n";
        let found = with_code(text, "S103");
        assert_eq!(found.len(), 4);
        assert!(
            found[0].message.en.contains("`Ideally`"),
            "{}",
            found[0].message.en
        );
        assert!(found[1].message.fr.contains("`si possible`"));
        assert!(found[2].message.en.contains("`With any luck`"));
        assert!(found[3].message.fr.contains("`On espère`"));
    }

    #[test]
    fn an_objective_with_key_results_may_name_its_ambition() {
        let text = "objectif a: Réussir la rentrée chez les papeteries indépendantes\n  rc k: Prendre 220 commandes\n    mesure: 0 -> 220 commandes\nobjective b: Get rich\n  kr k2: Sell 40 boards\n    metric: 0 -> 40 boards\nobjective c: Succeed with the papeteries\n";
        assert_eq!(
            spans(text, "S103"),
            ["Get rich", "Succeed with the papeteries"]
        );
    }
}
