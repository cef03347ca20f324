//! `R401` kr-outside-objective: a key result with no objective above it.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// kr signups: Reach 1 000 sign-ups
    ///   metric: 400 sign-ups -> 1 000 sign-ups
    ///   due: 2026-12-31
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective launch: A launch people talk about
    ///   period: 2026-Q4
    ///   kr signups: Reach 1 000 sign-ups
    ///     metric: 400 sign-ups -> 1 000 sign-ups
    ///     due: 2026-12-31
    /// ```
    code: R401,
    name: "kr-outside-objective",
    family: Relevant,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        if item.container.is_some() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_R401_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn key_results_before_any_objective() {
        check(
            "R401",
            r#"
                kr a: Reach 1000 sign-ups
                #  ^ R401
                  metric: 1000 sign-ups
                rc b: Signer 10 clients
                #  ^ R401
                objective o: Grow
                  kr c: Win 5 deals
            "#,
        );
    }

    #[test]
    fn an_activity_or_funnel_between_does_not_matter() {
        check(
            "R401",
            r#"
                objective o: Grow
                activity a: Call
                  target: 1 per day
                  kr c: Win 5 deals
            "#,
        );
    }

    #[test]
    fn a_misspelt_objective_leaves_its_key_results_alone() {
        check(
            "R401",
            r#"
                objectve o: Grow
                  kr c: Win 5 deals
                #    ^ R401
            "#,
        );
    }
}
