//! `T503` no-retrospective: an objective that ended with no retrospective.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Logged};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective q3: Make Q3 our best quarter
    ///   period: 2026-Q3
    ///   kr deals: Close 30 deals
    ///     metric: 0 -> 30 deals
    ///
    /// 2026-09-30 deals 31
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective q3: Make Q3 our best quarter
    ///   period: 2026-Q3
    ///   kr deals: Close 30 deals
    ///     metric: 0 -> 30 deals
    ///
    /// 2026-09-30 deals 31
    /// 2026-10-02 q3 retro "the trade fair brought a third of the deals"
    /// ```
    code: T503,
    name: "no-retrospective",
    family: TimeBound,
    severity: Info,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (idx, item) in cx.items(ItemKind::Objective) {
        let Some(end) = cx.model.window(idx).1 else {
            continue;
        };
        if end >= cx.today {
            continue;
        }
        let retro = std::iter::once(idx)
            .chain(item.children.iter().copied())
            .any(|i| cx.model.logged(i, Logged::Retro));
        let dropped = cx.model.logged(idx, Logged::Dropped);
        if retro || dropped {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(
                rule_T503_message,
                id = &item.id,
                end = end.to_string(),
                today = cx.today.to_string()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn ended_objectives_without_a_retro() {
        check(
            "T503",
            r#"
                objective q3: Best Q3
                #         ^^ T503
                  period: 2026-Q3
                  kr k: Close 30 deals
                    metric: 0 -> 30 deals
                objective oct: October push
                #         ^^^ T503
                  due: 2026-10-31
            "#,
        );
    }

    #[test]
    fn a_retro_on_the_objective_or_a_key_result_or_a_running_period() {
        check(
            "T503",
            r#"
                objective q3: Best Q3
                  period: 2026-Q3
                  kr k: Close 30 deals
                    metric: 0 -> 30 deals
                objective q4: Best Q4
                  period: 2026-Q4
                objective gone: Old idea
                  period: 2026-Q2
                objective undated: Someday
                2026-10-01 k rétro "good"
                2026-07-01 gone dropped
            "#,
        );
    }

    #[test]
    fn an_objective_that_ends_today_is_not_over() {
        check(
            "T503",
            r#"
                objective o: Today
                  due: 2026-11-24
            "#,
        );
        check(
            "T503",
            r#"
                objective o: Yesterday
                #         ^ T503
                  due: 2026-11-23
            "#,
        );
    }
}
