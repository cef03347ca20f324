//! `S104` business-as-usual: an objective that keeps things as they are.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective support: Maintain customer support quality
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective support: Make support a reason clinics stay
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    ///   kr first-reply: Cut the first reply time from 8 to 2 hours
    ///     metric: 8 hours -> 2 hours
    /// ```
    code: S104,
    name: "business-as-usual",
    family: Specific,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        let Some(range) = item.title_range else {
            continue;
        };
        let Some(entry) = &cx.title(item).business_as_usual else {
            continue;
        };
        let word = entry.trim_end_matches('*');
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(rule_S104_message, word = word),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn objectives_starting_as_usual_are_reported() {
        check(
            "S104",
            r#"
                objective a: Maintain our NPS above 40
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objectif b: Continuer la prospection des artisans
                #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objective c: To keep the blog running
                #            ^^^^^^^^^^^^^^^^^^^^^^^^ S104
            "#,
        );
    }

    #[test]
    fn guardrail_key_results_and_later_words_are_fine() {
        check(
            "S104",
            r#"
                objective a: Win clinics and keep them
                  kr nps: Keep NPS at 40 or more
                    keep: >= 40
                  kr churn: Maintain churn under 2%
                    metric: 2% -> 1.5%
                activity b: Keep posting on LinkedIn
                  target: 3 per week
            "#,
        );
    }
}
