//! `M201` kr-no-measure: a key result with no measure.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective growth: Win the clinics of Lyon
    ///   period: 2026-Q4
    ///   kr customers: Win 40 new clinics as customers
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective growth: Win the clinics of Lyon
    ///   period: 2026-Q4
    ///   kr customers: Win 40 new clinics as customers
    ///     metric: 0 -> 40 clinics
    /// ```
    code: M201,
    name: "kr-no-measure",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        if item.metric.is_some() || cx.is_broken(item) {
            continue;
        }
        let metric = if item.french { "mesure" } else { "metric" };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            msg!(rule_M201_message, metric = metric),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn a_key_result_without_a_measure_is_reported() {
        check(
            "M201",
            r#"
                objective o: Grow revenue in Lyon
                  kr a: Win 40 clinics
                #       ^^^^^^^^^^^^^^ M201
                  rc b: Signer 40 cabinets
                #       ^^^^^^^^^^^^^^^^^^ M201
                    échéance: 2026-12-31
            "#,
        );
    }

    #[test]
    fn any_measure_will_do() {
        check(
            "M201",
            r#"
                objective o: Grow revenue in Lyon
                  kr a: Win 40 clinics
                    metric: 40 clinics
                  kr b: Keep NPS at 40
                    keep: >= 40
                  kr c: Ship the page
                    milestone
                activity d: Call prospects
            "#,
        );
    }

    #[test]
    fn a_broken_line_is_reported_once() {
        // The header lacks its title (E001): no second diagnostic for it.
        check(
            "M201",
            r#"
                kr abc:
            "#,
        );
        // A metric line that does not parse is the syntax error's business.
        check(
            "M201",
            r#"
                kr abc: Win clients
                  metric: 0 -> lots
            "#,
        );
    }
}
