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
    /// 2026-11-20 prospects 120
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
    /// 2026-11-20 prospects 120
    /// ```
    code: T504,
    name: "funnel-no-start",
    family: TimeBound,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Something counted in a funnel or a stage: its log lines, or the
    // activities that support it.
    let counted =
        |i: ItemIdx| !cx.model.item(i).logs.is_empty() || !cx.model.supporters(i).is_empty();
    for (n, item) in cx.model.items.iter().enumerate() {
        if item.kind != ItemKind::Funnel || item.children.is_empty() {
            continue;
        }
        let idx = ItemIdx(n as u32);
        let (start, end) = cx.model.window(idx);
        if start.is_some() || end.is_none() {
            continue;
        }
        // A funnel with a dated goal and nothing counted yet is a plan
        // being written: its date makes it time-bound, and there is
        // nothing to project. The start is needed once counts come in.
        if !counted(idx) && !item.children.iter().any(|&s| counted(s)) {
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
                2026-11-20 sales 3
                funnel g: Leads
                #      ^ T504
                  goal: 30 000 EUR by 2026-12-31
                  stage deals: 1 500 EUR each
                  stage leads: 10% convert
                activity calls: Call the leads
                  target: 10 per week
                  supports: leads
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
                entonnoir e: Calendriers de l'avent, rien de compté encore
                  but: 9 000 € d'ici le 2026-12-10
                  étape vendus: 45 € chacun
                  étape visiteurs: 3 % convertissent
            "#,
        );
    }
}
