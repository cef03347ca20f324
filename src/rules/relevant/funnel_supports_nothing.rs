//! `R407` funnel-supports-nothing: a funnel tied to no goal.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// funnel q4-sales: What 40 deals take
    ///   goal: 40 by 2026-12-31
    ///   stage demos: 25% convert
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective q4: Make the new plan our best seller
    ///   period: 2026-Q4
    ///   kr deals: Sign 40 deals on the new plan
    ///     metric: 0 -> 40 deals
    /// funnel q4-sales: What 40 deals take
    ///   goal: 40 by 2026-12-31
    ///   supports: deals
    ///   stage demos: 25% convert
    /// ```
    code: R407,
    name: "funnel-supports-nothing",
    family: Relevant,
    severity: Info,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Funnel) {
        let goal = |r: &crate::model::Reference| {
            r.target.is_some_and(|t| {
                matches!(
                    cx.model.item(t).kind,
                    ItemKind::Objective | ItemKind::KeyResult
                )
            })
        };
        if item.supports.iter().any(goal) {
            continue;
        }
        if item.why.is_some() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_R407_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn a_funnel_without_a_goal_to_feed_is_reported() {
        let text = "entonnoir calendriers: Vente des calendriers\n  but: 9 000 € d'ici le 2026-12-10\n  étape vendus: 45 € chacun\n  étape visiteurs: 3 % convertissent\n";
        assert_eq!(spans(text, "R407"), ["calendriers"]);
    }

    #[test]
    fn a_funnel_feeding_a_key_result_or_with_a_why_is_not() {
        let text = "kr deals: Sign 40 deals\n  metric: 0 -> 40 deals\nfunnel a: Deals\n  goal: 40 by 2026-12-31\n  supports: deals\n  stage demos: 25% convert\nfunnel b: Deals\n  goal: 40 by 2026-12-31\n  why: the bank asks for a sales plan\n  stage demos: 25% convert\n";
        assert!(spans(text, "R407").is_empty());
    }
}
