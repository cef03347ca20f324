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
        // A `parent:` says why too: the objective serves the one above,
        // whose why it shares (the definitions ask for a why or a parent).
        if item.why.is_some() || item.parent.is_some() {
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
    fn a_parent_says_why() {
        check(
            "R403",
            r#"
                objective top: Make the tea shop a full-time living
                  why: So I can quit my second job
                objective subs: Tea drinkers on a monthly subscription
                  parent: top
                objective alone: Subscriptions
                #         ^^^^^ R403
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
