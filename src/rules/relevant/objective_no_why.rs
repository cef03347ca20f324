//! `R403` objective-no-why: an objective that does not say why it matters.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective referrals: Customers who recommend us
    ///   period: 2026-Q4
    ///   kr referred: Get 15 new customers through referrals
    ///     metric: 0 -> 15 customers
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective referrals: Customers who recommend us
    ///   period: 2026-Q4
    ///   why: Referred customers churn half as much as the others
    ///   kr referred: Get 15 new customers through referrals
    ///     metric: 0 -> 15 customers
    /// ```
    code: R403,
    name: "objective-no-why",
    family: Relevant,
    severity: Info,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        if item.why.is_some() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_R403_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn objectives_without_a_reason() {
        check(
            "R403",
            r#"
                objective a: Grow
                #         ^ R403
                  period: 2026-Q4
                objective b: Keep
                  why: Cash
                objectif c: Oser
                  pourquoi: Parce que
                kr k: Alone
            "#,
        );
    }

    #[test]
    fn an_empty_or_broken_why_line_gives_no_reason() {
        check(
            "R403",
            r#"
                objective a: Grow
                #         ^ R403
                  why:
            "#,
        );
    }
}
