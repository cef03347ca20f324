//! `M208` guardrail-mismatch: a guardrail whose title and `keep:` disagree.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Comparison, ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{quantity_message, same_unit};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective paid: Make paid social pay for itself
    ///   period: 2027-Q1
    ///   kr cpa: Keep CPA under €20
    ///     keep: <= €25
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective paid: Make paid social pay for itself
    ///   period: 2027-Q1
    ///   kr cpa: Keep CPA under €20
    ///     keep: <= €20
    /// ```
    code: M208,
    name: "guardrail-mismatch",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        let Some(metric) = &item.metric else { continue };
        let Metric::Keep {
            comparison,
            threshold,
        } = &metric.value
        else {
            continue;
        };
        let facts = cx.title(item);
        let at_most = matches!(comparison, Comparison::AtMost | Comparison::Below);
        if let Some((word, title_at_most)) = &facts.bound
            && *title_at_most != at_most
        {
            let bound = if at_most { "at-most" } else { "at-least" };
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                metric.range,
                msg!(rule_M208_bound, word = word, bound = bound),
            ));
            continue;
        }
        // A level in the guardrail's own unit that is not its threshold.
        let comparable =
            |u: &Unit| same_unit(u, &threshold.unit) && !matches!(threshold.unit, Unit::None);
        let levels: Vec<f64> = facts
            .numbers
            .iter()
            .filter(|n| comparable(&n.unit))
            .map(|n| n.value)
            .collect();
        let t = threshold.value;
        if levels.is_empty()
            || levels
                .iter()
                .any(|&n| (n - t).abs() <= 0.01 * n.abs().max(t.abs()))
        {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(
                rule_M208_level,
                title = quantity_message(levels[0], &threshold.unit),
                threshold = quantity_message(t, &threshold.unit)
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, with_code};

    #[test]
    fn bounds_and_levels_that_disagree() {
        let text = "kr a: Keep CPA under €20\n  keep: <= €25\nrc b: Garder le taux de litiges sous 2 %\n  garder: >= 2 %\nkr c: Keep NPS at least 40\n  keep: <= 40\n";
        check(
            "M208",
            r#"
                kr a: Keep CPA under €20
                  keep: <= €25
                # ^^^^^^^^^^^^ M208
                rc b: Garder le taux de litiges sous 2 %
                  garder: >= 2 %
                # ^^^^^^^^^^^^^^ M208
                kr c: Keep NPS at least 40
                  keep: <= 40
                # ^^^^^^^^^^^ M208
            "#,
        );
        let d = &with_code(text, "M208")[1];
        assert!(
            d.message
                .render(crate::i18n::Lang::Fr)
                .starts_with("le titre dit `sous`"),
            "{}",
            d.message.render(crate::i18n::Lang::Fr)
        );
    }

    #[test]
    fn agreeing_guardrails() {
        check(
            "M208",
            r#"
                kr a: Keep CPA under €20
                  keep: <= €20
                rc b: Garder au moins 96 % de contrôles conformes
                  garder: >= 96 %
                kr c: Keep churn below 2% with a team of 3
                  keep: < 2%
                kr d: Keep NPS at 40
                  keep: >= 40
            "#,
        );
    }
}
