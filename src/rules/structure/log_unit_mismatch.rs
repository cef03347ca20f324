//! `E014` log-unit-mismatch: a log value in another unit than its item's
//! measure.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Item, ItemIdx, ItemKind, LogValue, Metric, Unit};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{metric_unit, same_unit, unit_name};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective blog: Make the blog convert
    ///   period: 2026-Q4
    ///   kr bounce: Cut the bounce rate from 30% to 15%
    ///     metric: 30% -> 15%
    /// 2026-11-03 bounce 24 EUR
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective blog: Make the blog convert
    ///   period: 2026-Q4
    ///   kr bounce: Cut the bounce rate from 30% to 15%
    ///     metric: 30% -> 15%
    /// 2026-11-03 bounce 24%
    /// ```
    code: E014,
    name: "log-unit-mismatch",
    family: Structure,
    severity: Warning,
}

/// The unit an item's log values are expected in, if it has one.
fn expected_unit(item: &Item) -> Option<Unit> {
    match item.kind {
        ItemKind::KeyResult => match &item.metric.as_ref()?.value {
            Metric::Change { baseline, target } => metric_unit(baseline.as_ref(), target),
            Metric::Relative(relative) => relative.unit().cloned(),
            Metric::Keep { threshold, .. } => {
                (threshold.unit != Unit::None).then(|| threshold.unit.clone())
            }
            Metric::Milestone => None,
        },
        ItemKind::Activity => item.rate.as_ref()?.value.unit.clone().map(Unit::Word),
        ItemKind::Funnel => {
            let unit = &item.goal.as_ref()?.value.unit;
            (*unit != Unit::None).then(|| unit.clone())
        }
        ItemKind::Objective | ItemKind::Stage => None,
    }
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        let Some(expected) = expected_unit(item) else {
            continue;
        };
        let want = unit_name(&expected);
        for log in cx.model.logs_of(ItemIdx(n as u32)) {
            let (LogValue::Value(q) | LogValue::Increment(q)) = &log.value else {
                continue;
            };
            if q.unit == Unit::None || same_unit(&q.unit, &expected) {
                continue;
            }
            let got = unit_name(&q.unit);
            let id = &item.id;
            out.push(Diagnostic::new(
                &CODE,
                log.file,
                q.range,
                msg!(rule_E014_message, got = got, id = id, want = want),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, with_code};

    #[test]
    fn a_value_in_another_unit_is_reported_at_the_value() {
        let text = "kr bounce: Cut the bounce rate\n  metric: 30% -> 15%\nkr deals: Win deals\n  metric: 0 -> 20 deals\n2026-11-03 bounce 24 EUR\n2026-11-04 deals +2 leads\n";
        check(
            "E014",
            r#"
                kr bounce: Cut the bounce rate
                  metric: 30% -> 15%
                kr deals: Win deals
                  metric: 0 -> 20 deals
                2026-11-03 bounce 24 EUR
                #                 ^^^^^^ E014
                2026-11-04 deals +2 leads
                #                ^^^^^^^^ E014
            "#,
        );
        let d = &with_code(text, "E014")[0];
        assert!(
            d.message.render(crate::i18n::Lang::En).contains("`EUR`")
                && d.message.render(crate::i18n::Lang::En).contains("`%`")
        );
    }

    #[test]
    fn no_unit_or_the_same_unit_is_fine() {
        check(
            "E014",
            r#"
                kr bounce: Cut the bounce rate
                  metric: 30% -> 15%
                kr followers: Grow followers
                  metric: 3420 -> 4104 followers
                kr nps: Keep NPS
                  keep: >= 40
                2026-11-03 bounce 24%
                2026-11-04 bounce 23
                2026-11-05 followers 3760 Followers
                2026-11-06 nps 41
            "#,
        );
    }

    #[test]
    fn activities_compare_unit_words_only_when_both_are_given() {
        check(
            "E014",
            r#"
                activity calls: Call prospects
                  target: 20 calls per weekday
                activity posts: Post on LinkedIn
                  target: 3 per week
                2026-11-02 calls 17
                2026-11-03 calls 12 call
                2026-11-04 calls 9 emails
                #                ^^^^^^^^ E014
                2026-11-05 posts 2 reels
            "#,
        );
    }

    #[test]
    fn funnel_goals_and_metrics_without_units() {
        check(
            "E014",
            r#"
                funnel f: What Q4 revenue takes
                  goal: 50 000 EUR
                  stage sales: 500 EUR each
                kr k: Grow the score
                  metric: 10 -> 20
                2026-11-02 f 12 000 USD
                #            ^^^^^^^^^^ E014
                2026-11-02 f 12 000 EUR
                2026-11-03 k 12%
                2026-11-03 sales +3 deals
            "#,
        );
    }
}
