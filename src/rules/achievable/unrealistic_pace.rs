//! `A301` unrealistic-pace: a target far beyond the pace the log shows.

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::{Arg, Message, msg};
use crate::model::{
    Commitment, Item, ItemIdx, ItemKind, LogValue, Logged, Metric, Quantity, Rate, RatePeriod, Unit,
};
use crate::progress::days_between;
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{amount_message, quantity_message, same_unit};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity runs: Go for a run
    ///   target: 6 runs per week
    /// 2026-10-03 runs 1
    /// 2026-10-07 runs 1
    /// 2026-10-14 runs 1
    /// 2026-10-17 runs 1
    /// 2026-10-25 runs 1
    /// 2026-10-28 runs 1
    /// 2026-11-04 runs 1
    /// 2026-11-08 runs 1
    /// 2026-11-14 runs 1
    /// 2026-11-18 runs 1
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// activity runs: Go for a run
    ///   target: 2 runs per week
    /// 2026-10-03 runs 1
    /// 2026-10-07 runs 1
    /// 2026-10-14 runs 1
    /// 2026-10-17 runs 1
    /// 2026-10-25 runs 1
    /// 2026-10-28 runs 1
    /// 2026-11-04 runs 1
    /// 2026-11-08 runs 1
    /// 2026-11-14 runs 1
    /// 2026-11-18 runs 1
    /// ```
    code: A301,
    name: "unrealistic-pace",
    family: Achievable,
    severity: Warning,
}

/// Share of the way that counts as success for an aspirational objective.
const ASPIRATIONAL_SHARE: f64 = 0.7;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        let idx = ItemIdx(n as u32);
        let closed = cx.model.logged(idx, Logged::Done) || cx.model.logged(idx, Logged::Dropped);
        let (_, end) = cx.model.window(idx);
        if closed || end.is_some_and(|e| e < cx.today) {
            continue;
        }
        match item.kind {
            ItemKind::Activity => activity(cx, idx, item, out),
            ItemKind::KeyResult => key_result(cx, idx, item, end, out),
            _ => {}
        }
    }
}

/// Days in one period of a rate; `None` for weekdays, counted apart.
fn period_days(period: RatePeriod) -> Option<f64> {
    match period {
        RatePeriod::Day => Some(1.0),
        RatePeriod::Weekday => None,
        RatePeriod::Week => Some(7.0),
        RatePeriod::Month => Some(365.2425 / 12.0),
        RatePeriod::Quarter => Some(365.2425 / 4.0),
        RatePeriod::Year => Some(365.2425),
    }
}

/// "per week", "par semaine"; "per 2 weeks", "toutes les 2 semaines".
fn per(rate: &Rate) -> Message {
    msg!(
        rule_A301_per,
        every = rate.every.max(1),
        period = rate.period.name()
    )
}

/// A pace for messages: one decimal, two below 0.1, none from 100.
fn pace(value: f64) -> Arg {
    let v = value.abs();
    if v >= 100.0 {
        Arg::Number(v.round())
    } else if v >= 0.1 {
        Arg::Fixed(v, 1)
    } else {
        Arg::Fixed(v, 2)
    }
}

fn activity(cx: &Context<'_>, idx: ItemIdx, item: &Item, out: &mut Vec<Diagnostic>) {
    let Some(rate) = &item.rate else {
        return;
    };
    let r = &rate.value;
    if !(r.count.is_finite() && r.count > 0.0 && r.every > 0) {
        return;
    }
    let counts: Vec<(Date, f64)> = cx
        .model
        .logs_of(idx)
        .filter(|l| l.date.value < cx.today)
        .filter_map(|l| match &l.value {
            LogValue::Value(q) | LogValue::Increment(q) if q.value.is_finite() => {
                Some((l.date.value, q.value))
            }
            _ => None,
        })
        .collect();
    let Some(&(first, _)) = counts.first() else {
        return;
    };
    // Full days from the first log line to yesterday, cut to whole periods.
    let elapsed = days_between(first, cx.today);
    // A weekday is 7/5 of a calendar day on average.
    let length = period_days(r.period).unwrap_or(1.4) * f64::from(r.every);
    let (periods, window_days) = match period_days(r.period) {
        Some(_) => {
            let n = (elapsed as f64 / length).floor();
            (n, (n * length).round() as i64)
        }
        None => {
            let weeks = elapsed / 7;
            ((weeks * 5) as f64 / f64::from(r.every), weeks * 7)
        }
    };
    if periods < 2.0 {
        return;
    }
    let Ok(window_end) = first.checked_add(jiff::Span::new().days(window_days)) else {
        return;
    };
    let in_window = counts.iter().filter(|(d, _)| *d < window_end);
    // Data from two periods at least: one line, weeks ago, says how often
    // the log is kept more than how often the work is done.
    let mut with_data = 0;
    let mut last_period = None;
    for (d, _) in in_window.clone() {
        let period = (days_between(first, *d) as f64 / length).floor() as i64;
        if last_period != Some(period) {
            with_data += 1;
            last_period = Some(period);
        }
    }
    if with_data < 2 {
        return;
    }
    let total: f64 = in_window.map(|(_, c)| c).sum();
    let observed = total / periods;
    let ratio = cx.thresholds().unrealistic_pace_ratio;
    if !(observed > 0.0 && r.count > ratio * observed) {
        return;
    }
    let unit = r
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let per = per(r);
    out.push(Diagnostic::new(
        &CODE,
        item.file,
        rate.range,
        msg!(
            rule_A301_activity,
            count = r.count,
            unit = unit,
            per = &per,
            observed = pace(observed),
            since = first.to_string()
        ),
    ));
}

fn key_result(
    cx: &Context<'_>,
    idx: ItemIdx,
    item: &Item,
    end: Option<Date>,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(metric), Some(end)) = (&item.metric, end) else {
        return;
    };
    let Metric::Change {
        baseline: Some(baseline),
        target,
    } = &metric.value
    else {
        return;
    };
    let unit = match (&baseline.unit, &target.unit) {
        (Unit::None, u) | (u, Unit::None) => u.clone(),
        (b, t) if same_unit(b, t) => t.clone(),
        _ => return,
    };
    let (b, t) = (baseline.value, target.value);
    if !(b.is_finite() && t.is_finite()) || b == t {
        return;
    }
    // Levels over time: measurements set it, increments add to it.
    let fits =
        |q: &Quantity| q.value.is_finite() && (q.unit == Unit::None || same_unit(&q.unit, &unit));
    let mut level = b;
    let mut first: Option<(Date, f64)> = None;
    let mut last: Option<(Date, f64)> = None;
    for log in cx
        .model
        .logs_of(idx)
        .take_while(|l| l.date.value <= cx.today)
    {
        match &log.value {
            LogValue::Value(q) if fits(q) => level = q.value,
            LogValue::Increment(q) if fits(q) => level += q.value,
            _ => continue,
        }
        first.get_or_insert((log.date.value, level));
        last = Some((log.date.value, level));
    }
    let (Some((d0, l0)), Some((d1, l1))) = (first, last) else {
        return;
    };
    let measured_days = days_between(d0, d1);
    if measured_days <= 0 {
        return;
    }
    let observed = (l1 - l0) / measured_days as f64;
    let aspirational = item
        .container
        .and_then(|o| cx.model.item(o).commitment.as_ref())
        .is_some_and(|c| c.value == Commitment::Aspirational);
    let goal = if aspirational {
        b + ASPIRATIONAL_SHARE * (t - b)
    } else {
        t
    };
    let remaining = goal - l1;
    let days_left = days_between(cx.today, end) + 1;
    let way = (t - b).signum();
    if days_left <= 0
        || remaining.signum() != way
        || remaining == 0.0
        || observed.signum() != way
        || observed == 0.0
        || !observed.is_finite()
    {
        return;
    }
    let required = remaining / days_left as f64;
    let ratio = cx.thresholds().unrealistic_pace_ratio;
    if required.abs() <= ratio * observed.abs() {
        return;
    }
    let amount = |v: f64| amount_message(v.abs(), &unit);
    let rounded = (goal * 100.0).round() / 100.0;
    let aim = if aspirational {
        msg!(
            rule_A301_aspirational,
            target = quantity_message(t, &target.unit)
        )
    } else {
        Message::verbatim("")
    };
    out.push(Diagnostic::new(
        &CODE,
        item.file,
        metric.range,
        msg!(
            rule_A301_key_result,
            goal = quantity_message(rounded, &target.unit),
            due = end.to_string(),
            aim = aim,
            required = amount(required * 7.0),
            observed = amount(observed * 7.0),
            from = d0.to_string(),
            to = d1.to_string()
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, spans, with_code};

    fn runs(target: &str) -> String {
        let mut text = format!("activity runs: Go for a run\n  target: {target}\n");
        for day in [
            "10-03", "10-07", "10-14", "10-17", "10-25", "10-28", "11-04", "11-08", "11-14",
            "11-18",
        ] {
            text.push_str(&format!("2026-{day} runs 1\n"));
        }
        text
    }

    #[test]
    fn an_activity_far_above_its_logged_pace_is_reported_at_its_target() {
        let text = runs("6 runs per week");
        assert_eq!(spans(&text, "A301"), ["target: 6 runs per week"]);
        let d = &with_code(&text, "A301")[0];
        // 7 full weeks from 3 Oct. (to 20 Nov.) hold the 10 runs: 1.4 a week.
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .starts_with("6 runs per week needed, the log shows 1.4 per week"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
        assert!(
            d.message
                .render(crate::i18n::Lang::Fr)
                .contains("1,4 par semaine"),
            "{}",
            d.message.render(crate::i18n::Lang::Fr)
        );
    }

    #[test]
    fn a_pace_within_the_ratio_is_fine() {
        assert!(spans(&runs("2 per week"), "A301").is_empty());
        assert!(spans(&runs("5 per month"), "A301").is_empty());
    }

    #[test]
    fn two_full_periods_of_data_are_needed() {
        // From 3 Oct. to 24 Nov.: one full month only.
        assert!(spans(&runs("30 per month"), "A301").is_empty());
        check(
            "A301",
            r#"
                activity calls: Call prospects
                  target: 20 per weekday
                # ^^^^^^^^^^^^^^^^^^^^^^ A301
                2026-11-02 calls 5
                2026-11-09 calls 5
                2026-11-16 calls 5
            "#,
        );
        check(
            "A301",
            r#"
                activity calls: Call prospects
                  target: 20 per weekday
                2026-11-23 calls 5
            "#,
        );
        // One line three weeks ago: the log is not kept, which is not a pace.
        check(
            "A301",
            r#"
                activity calls: Call prospects
                  target: 20 per weekday
                2026-11-02 calls 17
            "#,
        );
    }

    #[test]
    fn dropped_or_finished_activities_are_not_checked() {
        let mut text = runs("6 per week");
        text.push_str("2026-11-20 runs dropped\n");
        assert!(spans(&text, "A301").is_empty());
        let ended = runs("6 per week").replace("  target", "  due: 2026-11-15\n  target");
        assert!(spans(&ended, "A301").is_empty());
    }

    const KR: &str = "objective o: Grow the blog\n  period: 2026-Q4\n  kr bounce: Cut the bounce rate from 30% to 15%\n    metric: 30% -> 15%\n    due: 2026-12-01\n2026-10-05 bounce 29%\n2026-10-19 bounce 27%\n2026-11-03 bounce 24%\n2026-11-17 bounce 22%\n";

    #[test]
    fn a_key_result_needing_more_than_its_observed_pace_is_reported() {
        assert_eq!(spans(KR, "A301"), ["metric: 30% -> 15%"]);
        let d = &with_code(KR, "A301")[0];
        // 7 points in 8 days: 6.125 a week; 7 points in 43 days: 1.14 a
        // week; a percentage's change is said in points.
        assert!(
            d.message.render(crate::i18n::Lang::En).starts_with("reaching 15% by 2026-12-01 takes 6.13\u{a0}pt per week, the log shows 1.14\u{a0}pt per week from 2026-10-05 to 2026-11-17"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn aspirational_objectives_need_70_percent_of_the_way() {
        let text = KR.replace("  period: 2026-Q4\n", "  period: 2026-Q4\n  aspirational\n");
        assert!(spans(&text, "A301").is_empty());
        let far = text.replace("30% -> 15%", "30% -> 5%");
        let d = &with_code(&far, "A301")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .contains("reaching 12.5% by 2026-12-01 (70% of the way to 5%"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn increments_add_up_from_the_baseline() {
        // 34 MQLs in 7 weeks; 257 left in 38 days.
        check(
            "A301",
            r#"
                kr mqls: Add 300 MQLs
                  metric: 0 -> 300 MQLs
                # ^^^^^^^^^^^^^^^^^^^^^ A301
                  due: 2026-12-31
                2026-10-05 mqls +9
                2026-10-12 mqls +14
                2026-11-23 mqls +20
            "#,
        );
    }

    #[test]
    fn key_results_without_enough_data_or_going_the_wrong_way_are_skipped() {
        let one = "kr k: Grow ARR\n  metric: 100 -> 200\n  due: 2026-12-31\n2026-10-31 k 110\n";
        let same_day = "kr k: Grow ARR\n  metric: 100 -> 200\n  due: 2026-12-31\n2026-10-31 k 110\n2026-10-31 k 111\n";
        let wrong_way = "kr k: Grow ARR\n  metric: 100 -> 200\n  due: 2026-12-31\n2026-10-01 k 110\n2026-10-31 k 105\n";
        let no_due = "kr k: Grow ARR\n  metric: 100 -> 200\n2026-10-01 k 101\n2026-10-31 k 102\n";
        let reached = "kr k: Grow ARR\n  metric: 100 -> 200\n  due: 2026-12-31\n2026-10-01 k 101\n2026-10-31 k 205\n";
        for text in [one, same_day, wrong_way, no_due, reached] {
            assert!(spans(text, "A301").is_empty(), "{text}");
        }
    }
}
