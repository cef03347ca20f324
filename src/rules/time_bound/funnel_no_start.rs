//! `T504` funnel-no-start: a funnel whose window has no start, so its
//! stages can be neither judged nor projected.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// funnel pipeline: What the Q4 revenue needs
    ///   goal: 30 000 EUR by 2026-12-31
    ///   stage sales: 1 500 EUR each
    ///   stage prospects: 5% convert
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// funnel pipeline: What the Q4 revenue needs
    ///   period: 2026-Q4
    ///   goal: 30 000 EUR by 2026-12-31
    ///   stage sales: 1 500 EUR each
    ///   stage prospects: 5% convert
    /// ```
    code: T504,
    name: "funnel-no-start",
    family: TimeBound,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        if item.kind != ItemKind::Funnel || item.children.is_empty() {
            continue;
        }
        let (start, end) = cx.model.window(ItemIdx(n as u32));
        if start.is_some() || end.is_none() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_T504_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn a_funnel_without_start_is_reported_at_its_id() {
        check(
            "T504",
            r#"
                funnel f: Revenue
                #      ^ T504
                  goal: 30 000 EUR by 2026-12-31
                  stage sales: 1 500 EUR each
            "#,
        );
    }

    #[test]
    fn a_start_a_period_or_a_supported_key_result_is_enough() {
        check(
            "T504",
            r#"
                objective o: Grow revenue
                  period: 2026-Q4
                  kr rev: Reach 30 000 EUR
                    metric: 0 -> 30 000 EUR
                funnel a: A
                  start: 2026-10-01
                  goal: 30 000 EUR by 2026-12-31
                  stage s: 1 500 EUR each
                funnel b: B
                  period: 2026-Q4
                  goal: 30 000 EUR
                  stage t: 1 500 EUR each
                funnel c: C
                  supports: rev
                  goal: 30 000 EUR
                  stage u: 1 500 EUR each
                funnel d: No end at all
                  goal: 30 000 EUR
                  stage v: 1 500 EUR each
            "#,
        );
    }
}
