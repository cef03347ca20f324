//! `M207` change-without-number: "more sign-ups", with no number anywhere.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Metric};
use crate::rules::Context;
use crate::rules::specific::vague_wording::quoted;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective trial: Get more sign-ups from the pricing page
    ///   owner: @jo
    ///   period: 2026-Q4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective trial: Get 400 sign-ups a month from the pricing page
    ///   owner: @jo
    ///   period: 2026-Q4
    /// ```
    code: M207,
    name: "change-without-number",
    family: Measurable,
    severity: Warning,
}

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
            msg!(rule_M207_message, words = words, measure = measure),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, spans, with_code};

    #[test]
    fn directions_and_comparisons_without_numbers() {
        let text = "rc d: Faire baisser le churn des PME\n  jalon\nobjective a: Get more sign-ups\nobjectif b: Développer les abonnements\nobjective c: We need bookings to climb\n";
        check(
            "M207",
            r#"
                rc d: Faire baisser le churn des PME
                #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ M207
                  jalon
                objective a: Get more sign-ups
                #            ^^^^^^^^^^^^^^^^^ M207
                objectif b: Développer les abonnements
                #           ^^^^^^^^^^^^^^^^^^^^^^^^^^ M207
                objective c: We need bookings to climb
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^ M207
            "#,
        );
        let d = &with_code(text, "M207")[1];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .starts_with("`more` `sign-ups`"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn a_number_anywhere_or_key_results_are_enough() {
        check(
            "M207",
            r#"
                objective a: Get 400 more sign-ups a month
                objective b: Get more sign-ups
                  kr k: Reach 400 sign-ups a month
                    metric: 250 -> 400 sign-ups
                kr c: Double the bookings
                  milestone
                objective d: Win the Lyon clinics
            "#,
        );
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
