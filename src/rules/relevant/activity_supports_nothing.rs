//! `R402` activity-supports-nothing: an activity linked to no goal.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective pipeline: Fill the Q4 pipeline
    ///   period: 2026-Q4
    ///   kr demos: Book 40 demos
    ///     metric: 0 -> 40 demos
    ///
    /// activity calls: Call 20 prospects every weekday
    ///   target: 20 calls per weekday
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective pipeline: Fill the Q4 pipeline
    ///   period: 2026-Q4
    ///   kr demos: Book 40 demos
    ///     metric: 0 -> 40 demos
    ///
    /// activity calls: Call 20 prospects every weekday
    ///   target: 20 calls per weekday
    ///   supports: demos
    /// ```
    code: R402,
    name: "activity-supports-nothing",
    family: Relevant,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Activity) {
        if item.supports.iter().any(|s| s.target.is_some())
            || (item.supports.is_empty() && item.why.is_some())
        {
            continue;
        }
        let message = if item.supports.is_empty() {
            msg!(rule_R402_no_supports, id = &item.id)
        } else {
            msg!(rule_R402_unknown_supports, id = &item.id)
        };
        out.push(Diagnostic::new(&CODE, item.file, item.id_range, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn no_supports_or_only_unknown_ids() {
        check(
            "R402",
            r#"
                activity a: Call
                #        ^ R402
                  target: 5 per day
                activité b: Publier
                #        ^ R402
                  soutient: rien
            "#,
        );
    }

    #[test]
    fn one_resolved_link_is_enough() {
        check(
            "R402",
            r#"
                objective o: Grow
                  kr k: Win 5 deals
                activity a: Call
                  supports: typo, k
                activity b: Post
                  supports: o
            "#,
        );
    }

    #[test]
    fn a_reason_of_its_own_is_enough_unless_its_links_are_broken() {
        check(
            "R402",
            r#"
                activité lecture: Lire 20 pages par jour
                  cible: 20 pages par jour
                  pourquoi: Moins d'écran le soir
                activity b: Post
                #        ^ R402
                  why: Stay visible
                  supports: typo
            "#,
        );
    }
}
