//! `M206` activity-no-target: an activity with no rate to keep up.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call prospects every weekday
    ///   owner: @karim
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// activity calls: Call prospects every weekday
    ///   owner: @karim
    ///   target: 20 calls per weekday
    /// ```
    code: M206,
    name: "activity-no-target",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Activity) {
        if item.rate.is_some() || cx.is_broken(item) {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            msg!(rule_M206_message),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn an_activity_without_a_target_is_reported() {
        check(
            "M206",
            r#"
                activity a: Call prospects daily
                #           ^^^^^^^^^^^^^^^^^^^^ M206
                activité b: Relancer les devis
                #           ^^^^^^^^^^^^^^^^^^ M206
                  responsable: @lea
            "#,
        );
    }

    #[test]
    fn a_target_in_any_language_is_fine() {
        check(
            "M206",
            r#"
                activity a: Call prospects daily
                  target: 20 per weekday
                activité b: Relancer les devis
                  rythme: 1 toutes les 2 semaines
                kr c: Not an activity
                  milestone
            "#,
        );
    }
}
