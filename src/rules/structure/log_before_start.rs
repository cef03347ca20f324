//! `E016` log-before-start: progress logged before its item starts.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind, LogValue};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call 20 prospects every weekday
    ///   target: 20 calls per weekday
    ///   start: 2026-10-01
    /// 2026-01-02 calls 17
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// activity calls: Call 20 prospects every weekday
    ///   target: 20 calls per weekday
    ///   start: 2026-10-01
    /// 2026-11-02 calls 17
    /// ```
    code: E016,
    name: "log-before-start",
    family: Structure,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        let idx = ItemIdx(n as u32);
        let (Some(start), _) = cx.model.window(idx) else {
            continue;
        };
        // `+40% vs previous quarter` is measured against the lines of the
        // period before the start: they are expected there.
        if matches!(
            item.metric.as_ref().map(|m| &m.value),
            Some(crate::model::Metric::Relative(r)) if r.versus.is_some()
        ) {
            continue;
        }
        // Logs are sorted by date: the early ones come first.
        for log in cx.model.logs_of(idx).take_while(|l| l.date.value < start) {
            let progress = match log.value {
                LogValue::Increment(_) | LogValue::Done => true,
                // An activity's count; a key result's or a stage's value is
                // a measurement, which may be taken before the start.
                LogValue::Value(_) => item.kind == ItemKind::Activity,
                LogValue::Dropped | LogValue::Confidence(_) | LogValue::Retro | LogValue::Note => {
                    false
                }
            };
            if !progress {
                continue;
            }
            let (d, id) = (log.date.value, &item.id);
            out.push(Diagnostic::new(
                &CODE,
                log.file,
                log.date.range,
                msg!(
                    rule_E016_message,
                    date = d.to_string(),
                    id = id,
                    start = start.to_string()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn progress_before_the_start_is_reported_at_the_date() {
        check(
            "E016",
            r#"
                objective o: Grow Q4 revenue
                  period: 2026-Q4
                  kr deals: Close deals
                    metric: 0 -> 20
                  kr page: Ship the page
                    milestone
                activity calls: Call prospects
                  target: 20 per weekday
                  start: 2026-10-05
                2026-09-28 deals +2
                ^^^^^^^^^^ E016
                2026-09-30 page done
                ^^^^^^^^^^ E016
                2026-10-02 calls 17
                ^^^^^^^^^^ E016
                2026-10-05 calls 18
                2026-10-06 deals +1
            "#,
        );
    }

    #[test]
    fn a_flow_against_the_previous_period_logs_before_its_start() {
        check(
            "E016",
            r#"
                kr rev: Revenue +40% over Q3
                  period: 2026-Q4
                  metric: +40% vs previous quarter
                2026-09-12 rev +1200
            "#,
        );
    }

    #[test]
    fn measurements_check_ins_and_notes_may_come_first() {
        check(
            "E016",
            r#"
                objective o: Cut the bounce rate
                  period: 2026-Q4
                  kr bounce: Cut the bounce rate
                    metric: 30% -> 15%
                funnel f: Q4 revenue
                  start: 2026-10-01
                  goal: 50 000 EUR
                  stage visitors: 2% convert
                2026-09-30 bounce 30%
                2026-09-30 o confidence 70%
                2026-09-30 o "kick-off"
                2026-09-30 visitors 1 180
            "#,
        );
    }

    #[test]
    fn items_without_a_start_are_not_checked() {
        check(
            "E016",
            r#"
                activity calls: Call prospects
                  target: 20 per weekday
                  due: 2026-12-31
                2020-01-02 calls 17
            "#,
        );
    }
}
