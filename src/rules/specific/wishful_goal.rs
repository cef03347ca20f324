//! `S103` wishful-goal: a wish such as "get rich" instead of a goal.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective money: Get rich with the shop
    ///   period: 2026
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective money: Reach 8 000 EUR of monthly profit with the shop
    ///   period: 2026
    /// ```
    code: S103,
    name: "wishful-goal",
    family: Specific,
    severity: Warning,
}

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
                msg!(rule_S103_hedge, hedge = hedge),
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
            msg!(rule_S103_wish, wish = wish),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, spans, with_code};

    #[test]
    fn wishes_are_reported_in_both_languages() {
        let text = "objective a: Get rich\nobjective b: Devenir riche grâce à la boutique\nkr c: Être le meilleur cabinet de Lyon\n  milestone\n";
        check(
            "S103",
            r#"
                objective a: Get rich
                #            ^^^^^^^^ S103
                objective b: Devenir riche grâce à la boutique
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S103
                kr c: Être le meilleur cabinet de Lyon
                #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S103
                  milestone
            "#,
        );
        assert!(
            with_code(text, "S103")[1]
                .message
                .render(crate::i18n::Lang::Fr)
                .contains("`Devenir riche`")
        );
    }

    #[test]
    fn a_number_or_no_wish_is_fine() {
        check(
            "S103",
            r#"
                objective a: Make money: 10k EUR a month from the shop
                objective b: Win 40 clinics in Lyon
                objective c: Richer onboarding for clinics
                objective d: Réussir mon premier trimestre à 20 000 €
            "#,
        );
    }

    #[test]
    fn hedges_are_reported_whatever_number_follows() {
        let text = "kr a: Ideally reach 40 demos a month\n  metric: 20 -> 40 demos\nkr b: Signer 12 clients, si possible avant Noël\n  mesure: 0 -> 12 clients\nkr c: With any luck, 300 sign-ups\n  metric: 0 -> 300 sign-ups\nobjective d: On espère doubler les abonnements\n";
        let found = with_code(text, "S103");
        assert_eq!(found.len(), 4);
        assert!(
            found[0]
                .message
                .render(crate::i18n::Lang::En)
                .contains("`Ideally`"),
            "{}",
            found[0].message.render(crate::i18n::Lang::En)
        );
        assert!(
            found[1]
                .message
                .render(crate::i18n::Lang::Fr)
                .contains("`si possible`")
        );
        assert!(
            found[2]
                .message
                .render(crate::i18n::Lang::En)
                .contains("`With any luck`")
        );
        assert!(
            found[3]
                .message
                .render(crate::i18n::Lang::Fr)
                .contains("`On espère`")
        );
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
