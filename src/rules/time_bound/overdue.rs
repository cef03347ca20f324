//! `T502` overdue: a key result past its date and not achieved.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind, Logged, Metric, Model};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::quantity_message;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective launch: Open the partner programme
    ///   period: 2026-Q4
    ///   kr kit: Put the partner kit online
    ///     milestone
    ///     due: 2026-11-15
    ///   kr partners: Sign 10 partner firms
    ///     metric: 0 -> 10 firms
    ///
    /// 2026-11-20 partners +4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective launch: Open the partner programme
    ///   period: 2026-Q4
    ///   kr kit: Put the partner kit online
    ///     milestone
    ///     due: 2026-11-15
    ///   kr partners: Sign 10 partner firms
    ///     metric: 0 -> 10 firms
    ///
    /// 2026-11-13 kit done
    /// 2026-11-20 partners +4
    /// ```
    code: T502,
    name: "overdue",
    family: TimeBound,
    severity: Warning,
}

/// Where a measured key result stands.
enum Standing {
    Achieved,
    Missed { current: f64, target: f64 },
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (idx, item) in cx.items(ItemKind::KeyResult) {
        let Some(end) = cx.model.window(idx).1 else {
            continue;
        };
        if end >= cx.today {
            continue;
        }
        // A retrospective on the objective closes its key results too.
        let closed = [Logged::Done, Logged::Dropped, Logged::Retro]
            .into_iter()
            .any(|what| cx.model.logged(idx, what))
            || item
                .container
                .is_some_and(|c| cx.model.logged(c, Logged::Retro));
        if closed {
            continue;
        }
        let Some(metric) = &item.metric else { continue };
        let state = match &metric.value {
            Metric::Milestone => msg!(rule_T502_not_done),
            Metric::Change { baseline, target } => {
                let baseline = baseline.as_ref().map(|b| b.value);
                let unit = &target.unit;
                match standing(cx.model, idx, baseline, target.value) {
                    Standing::Achieved => continue,
                    Standing::Missed { current, target } => msg!(
                        rule_T502_stands_at,
                        current = quantity_message(current, unit),
                        target = quantity_message(target, unit)
                    ),
                }
            }
            Metric::Relative(_) => {
                let k = crate::progress::key_result(cx.model, idx, cx.today, &cx.settings.progress);
                match (&k.measure, k.current) {
                    (_, _) if k.status == crate::progress::Status::Achieved => continue,
                    (crate::progress::Measure::Change { target, .. }, Some(current)) => msg!(
                        rule_T502_stands_at,
                        current = quantity_message(current, &k.unit),
                        target = quantity_message(*target, &k.unit)
                    ),
                    _ => msg!(rule_T502_no_measurement),
                }
            }
            Metric::Keep { .. } => continue,
        };
        let range = item
            .due
            .as_ref()
            .filter(|d| d.value == end)
            .map_or(item.id_range, |d| d.range);
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(
                rule_T502_message,
                id = &item.id,
                due = end.to_string(),
                state = state
            ),
        ));
    }
}

/// Compares a key result's current value with its target: the last
/// measurement plus the increments after it, from the baseline (or zero).
fn standing(model: &Model, idx: ItemIdx, baseline: Option<f64>, target: f64) -> Standing {
    let start = baseline.unwrap_or(0.0);
    // Every line counts here, even one dated after today (E013 says so).
    let current = crate::progress::measure::series(model, idx, start, jiff::civil::Date::MAX)
        .last()
        .map_or(start, |p| p.value);
    let down = baseline.is_some_and(|b| target < b);
    let reached = if down {
        current <= target
    } else {
        current >= target
    };
    if reached {
        Standing::Achieved
    } else {
        Standing::Missed { current, target }
    }
}

/// A value for a message, written as `status` writes it.
#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, spans};

    const PLAN: &str = "objective o: Grow\n  period: 2026-Q4\n";

    #[test]
    fn past_milestones_and_missed_targets() {
        let text = format!(
            "{PLAN}  kr kit: Put the kit online\n    milestone\n    due: 2026-11-15\n  kr up: Sign 10 firms\n    metric: 0 -> 10 firms\n    due: 2026-11-20\n  kr down: Cut bounce rate\n    metric: 30% -> 15%\n    due: 2026-10\n2026-10-05 up 6\n2026-10-12 up +2\n2026-10-20 down 20%\n"
        );
        assert_eq!(
            spans(&text, "T502"),
            ["due: 2026-11-15", "due: 2026-11-20", "due: 2026-10"]
        );
    }

    #[test]
    fn achieved_closed_or_not_yet_due() {
        let text = format!(
            "{PLAN}  kr kit: Put the kit online\n    milestone\n    due: 2026-11-15\n  kr up: Sign 10 firms\n    metric: 0 -> 10 firms\n    due: 2026-11-20\n  kr down: Cut bounce rate\n    metric: 30% -> 15%\n    due: 2026-10-31\n  kr later: Sign 20 firms\n    metric: 20 firms\n  kr dropped: Win a prize\n    milestone\n    due: 2026-10-01\n  kr retro: Reach 100 followers\n    metric: 50 -> 100\n    due: 2026-10-31\n  kr nps: Keep NPS\n    keep: >= 40\n    due: 2026-10-31\nactivity a: Call\n  target: 1 per day\n  due: 2026-10-31\n2026-11-10 kit done\n2026-11-02 up 8\n2026-11-10 up +2\n2026-10-20 down 15%\n2026-10-21 dropped dropped\n2026-10-31 retro 98\n2026-10-31 retro retro \"missed by 2\"\n2026-10-31 nps 30\n"
        );
        assert!(
            spans(&text, "T502").is_empty(),
            "{:?}",
            spans(&text, "T502")
        );
    }

    #[test]
    fn the_objective_window_dates_its_key_results() {
        check(
            "T502",
            r#"
                objective o: Grow
                  period: 2026-Q3
                  kr k: Sign 10 firms
                #    ^ T502
                    metric: 10 firms
                2026-09-01 k +4
            "#,
        );
        // A target with no baseline is reached from zero by increments.
        check(
            "T502",
            r#"
                objective o: Grow
                  period: 2026-Q3
                  kr k: Sign 10 firms
                    metric: 10 firms
                2026-09-01 k +4
                2026-09-08 k +6
            "#,
        );
    }
}
