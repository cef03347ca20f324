//! Progress put into words, in English and French: the phrases `status`,
//! the HTML report and the language server's hovers share, so a number
//! reads the same whichever door it came out of.

use crate::describe::numbers::{
    approx, approx_quantity, change_amount, date, number, percent, quantity, short_date,
};
use crate::i18n::{Lang, Message, msg};
use crate::model::Unit;
use crate::progress::{
    ActivityProgress, CheckIn, Consistency, Forecast, FunnelProgress, KeyResultProgress, Measure,
    ObjectiveProgress, RelativeTarget, StartFrom, Status,
};

/// What an item is: "key result", "résultat clé".
pub fn item_kind(kind: crate::model::ItemKind) -> Message {
    use crate::model::ItemKind;
    match kind {
        ItemKind::Objective => msg!(describe_kind_objective),
        ItemKind::KeyResult => msg!(describe_kind_key_result),
        ItemKind::Activity => msg!(describe_kind_activity),
        ItemKind::Funnel => msg!(describe_kind_funnel),
        ItemKind::Stage => msg!(describe_kind_stage),
    }
}

/// "this week 35 / 140": an activity's week so far, against its target
/// when it has one.
pub fn this_week(a: &ActivityProgress) -> Message {
    match a.week.target {
        Some(target) => msg!(describe_this_week_of, total = a.week.total, target = target),
        None => msg!(describe_this_week, total = a.week.total),
    }
}

pub fn measure_facts(k: &KeyResultProgress, lang: Lang) -> String {
    let q = |v: f64| quantity(v, &k.unit, lang);
    let say = |m: Message| m.render(lang);
    match &k.measure {
        Measure::Change {
            baseline,
            target,
            relative,
            ..
        } => {
            let current = match k.current {
                Some(v) => say(msg!(describe_now, value = q(v))),
                None => say(msg!(describe_nothing_measured)),
            };
            let over = if k.overachieved {
                format!(" {}", say(msg!(describe_target_passed)))
            } else {
                String::new()
            };
            let how = relative.as_ref().map_or(String::new(), |r| {
                format!(" ({})", relative_text(r, &k.unit, lang))
            });
            let this = relative
                .as_ref()
                .and_then(|r| r.per)
                .map_or(String::new(), |p| format!("{} · ", this_period(p, lang)));
            let from_to = say(msg!(
                describe_from_to,
                baseline = q(*baseline),
                target = q(*target)
            ));
            format!("{this}{current} · {from_to}{how}{over}")
        }
        Measure::Awaiting { relative } => {
            let change = change_text(relative, &k.unit, lang);
            say(match (&relative.previous, k.timeline) {
                (Some(p), _) => msg!(
                    describe_awaiting_previous,
                    change = change,
                    start = short_date(p.start, lang),
                    end = short_date(p.end, lang)
                ),
                (None, Some(t)) => msg!(
                    describe_awaiting_from,
                    change = change,
                    start = short_date(t.start, lang)
                ),
                (None, None) => msg!(describe_awaiting, change = change),
            })
        }
        Measure::Keep {
            comparison,
            threshold,
            holds,
        } => {
            let sign = match *comparison {
                ">=" => "≥",
                "<=" => "≤",
                other => other,
            };
            let rule = format!("{sign} {}", q(*threshold));
            say(match (holds, k.current) {
                (Some(true), Some(v)) => msg!(describe_keep_holds, value = q(v), rule = rule),
                (Some(false), Some(v)) => msg!(describe_keep_breaks, value = q(v), rule = rule),
                _ => msg!(describe_keep_no_value, rule = rule),
            })
        }
        Measure::Milestone { done } => say(match (done, k.timeline) {
            (Some(d), _) => msg!(describe_done_on, date = short_date(*d, lang)),
            (None, Some(t)) => msg!(describe_not_done_due, date = short_date(t.due, lang)),
            (None, None) => msg!(describe_not_done),
        }),
        Measure::None => say(msg!(describe_no_measure)),
    }
}

/// `+300 MQLs`, `−20 %`, `+20% per month`.
pub fn change_text(r: &RelativeTarget, unit: &Unit, lang: Lang) -> String {
    let unit = if r.percent { &Unit::Percent } else { unit };
    let sign = if r.change < 0.0 { "−" } else { "+" };
    let amount = format!("{sign}{}", quantity(r.change.abs(), unit, lang));
    match r.per {
        Some(p) => format!(
            "{amount} {}",
            msg!(describe_per_period, period = p).render(lang)
        ),
        None => amount,
    }
}

/// "this month", "ce mois-ci".
fn this_period(period: &str, lang: Lang) -> String {
    msg!(describe_this_period, period = period).render(lang)
}

/// How a relative target was turned into numbers: "+300 MQLs from the value
/// of 1 Oct", "−20 % du total du 1 juil. au 30 sept.".
pub fn relative_text(r: &RelativeTarget, unit: &Unit, lang: Lang) -> String {
    let change = change_text(r, unit, lang);
    let from = match r.start_from {
        Some(StartFrom::Written) => Some(msg!(describe_from_baseline)),
        Some(StartFrom::Increments) => Some(msg!(describe_from_increments)),
        Some(StartFrom::Measured) if r.per.is_some() => Some(msg!(describe_from_period_start)),
        Some(StartFrom::Measured) => Some(match r.start_date {
            Some(d) => msg!(describe_from_value_of, date = short_date(d, lang)),
            None => msg!(describe_from_first),
        }),
        Some(StartFrom::PreviousTotal) | None => r.previous.as_ref().map(|p| {
            msg!(
                describe_on_total,
                start = short_date(p.start, lang),
                end = short_date(p.end, lang),
                total = p.total.map_or("—".to_string(), |t| quantity(t, unit, lang))
            )
        }),
    };
    match from {
        Some(from) => format!("{change} {}", from.render(lang)),
        None => change,
    }
}

/// The closed periods of a recurring target: "1 Oct – 31 Oct met (4,920 of
/// 4,920) · 1 Nov – 30 Nov missed (5,100 of 5,904)".
pub fn periods_text(k: &KeyResultProgress, lang: Lang) -> Option<String> {
    let closed: Vec<String> = k
        .periods
        .iter()
        .filter_map(|p| {
            let start = short_date(p.start, lang);
            let end = short_date(p.end, lang);
            let value = quantity(p.value, &k.unit, lang);
            let target = quantity(p.target, &k.unit, lang);
            let m = if p.met? {
                msg!(
                    describe_period_met,
                    start = start,
                    end = end,
                    value = value,
                    target = target
                )
            } else {
                msg!(
                    describe_period_missed,
                    start = start,
                    end = end,
                    value = value,
                    target = target
                )
            };
            Some(m.render(lang))
        })
        .collect();
    (!closed.is_empty())
        .then(|| msg!(describe_closed_periods, periods = closed.join(" · ")).render(lang))
}

/// The key results an objective's status does not hide: "failing: `b`",
/// or, for an aspirational objective achieved all the same, "success
/// despite `b`".
pub fn failing_text(o: &ObjectiveProgress, lang: Lang) -> Option<String> {
    if o.failing.is_empty() {
        return None;
    }
    let ids = o
        .failing
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(
        match o.status {
            Status::Achieved => msg!(describe_success_despite, ids = ids),
            _ => msg!(describe_failing, ids = ids),
        }
        .render(lang),
    )
}

/// A funnel's forecast: "forecast: `prospects` 120 in 30 days → 360 by
/// 31 Dec → 18 `sales` → €27,000, 90% of the goal".
pub fn funnel_forecast(f: &FunnelProgress, lang: Lang) -> Option<String> {
    let fc = f.forecast.as_ref()?;
    let due = f.timeline?.due;
    let mut chain = Vec::new();
    chain.push(
        msg!(
            describe_funnel_start,
            stage = &fc.stage,
            actual = number(fc.actual, lang),
            days = fc.elapsed_days,
            projected = approx(fc.projected, lang),
            due = short_date(due, lang)
        )
        .render(lang),
    );
    let from = f.stages.iter().position(|s| s.id == fc.stage)?;
    for s in f.stages[..from].iter().rev() {
        if let Some(v) = s.projected {
            chain.push(format!("{} `{}`", approx(v, lang), s.id));
        }
    }
    let value = approx_quantity(fc.value, &f.unit, lang);
    let share = fc.percent.map_or(String::new(), |p| {
        format!(
            ", {}",
            msg!(describe_share_of_goal, percent = percent(p, lang)).render(lang)
        )
    });
    chain.push(format!("{value}{share}"));
    Some(msg!(describe_forecast, chain = chain.join(" → ")).render(lang))
}

/// A funnel's goal: "goal €30,000 by 31 Dec 2026".
pub fn funnel_goal(f: &FunnelProgress, lang: Lang) -> Option<String> {
    let goal = quantity(f.goal?, &f.unit, lang);
    Some(
        match f.timeline {
            Some(t) => msg!(describe_funnel_goal, goal = goal, date = date(t.due, lang)),
            None => msg!(describe_funnel_goal_undated, goal = goal),
        }
        .render(lang),
    )
}

/// A funnel's forecast in a few words, for inlay hints: "→ €27,000 (90%)".
pub fn funnel_forecast_short(f: &FunnelProgress, lang: Lang) -> Option<String> {
    let fc = f.forecast.as_ref()?;
    let value = approx_quantity(fc.value, &f.unit, lang);
    Some(match fc.percent {
        Some(p) => format!("→ {value} ({})", percent(p, lang)),
        None => format!("→ {value}"),
    })
}

/// "needs 14.3 per day for the 19 days left".
pub fn pace(per_day: f64, days_left: i64, unit: &Unit, lang: Lang) -> String {
    let amount = if per_day < 0.0 {
        format!("−{}", change_amount(-per_day, unit, lang))
    } else {
        change_amount(per_day, unit, lang)
    };
    msg!(describe_pace, amount = amount, days = days_left).render(lang)
}

pub fn trend(k: &KeyResultProgress, lang: Lang) -> Option<String> {
    if !matches!(k.measure, Measure::Change { .. }) || k.pace.is_none() {
        return None;
    }
    Some(match &k.forecast {
        Some(f) => forecast(f, &k.unit, k.timeline.map(|t| t.due), lang),
        None => msg!(describe_trend_too_few).render(lang),
    })
}

pub fn forecast(f: &Forecast, unit: &Unit, due: Option<jiff::civil::Date>, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let (Some(at_due), Some(p), Some(due)) = (f.at_due, f.percent_at_due, due) {
        parts.push(msg!(
            describe_by_date,
            value = approx_quantity(at_due, unit, lang),
            date = short_date(due, lang),
            percent = percent(p.max(0.0), lang)
        ));
    }
    parts.push(match f.reaches_target {
        Some(d) => msg!(describe_target_reached_on, date = date(d, lang)),
        None => msg!(describe_never_reaches),
    });
    let facts: Vec<String> = parts.iter().map(|m| m.render(lang)).collect();
    msg!(describe_trend, facts = facts.join(" · ")).render(lang)
}

pub fn rate_text(a: &ActivityProgress, lang: Lang) -> String {
    let unit = a
        .rate
        .unit
        .as_ref()
        .map_or(String::new(), |u| format!(" {u}"));
    msg!(
        describe_rate,
        count = number(a.rate.count, lang),
        unit = unit,
        every = a.rate.every,
        period = a.rate.period
    )
    .render(lang)
}

/// An activity's consistency, one wording for every output: "24 of 28
/// periods met in the last 28 days (85%)", "1 of 1 period met…", "24
/// périodes tenues sur 28 ces 28 derniers jours (85 %)" — French keeps 0
/// and 1 in the singular (the catalogue's plural rules).
pub fn consistency_text(c: &Consistency, lang: Lang) -> String {
    msg!(
        describe_consistency,
        met = c.met,
        periods = c.periods,
        days = c.days,
        share = percent(c.share * 100.0, lang)
    )
    .render(lang)
}

/// "today", "yesterday", "3 days ago".
pub fn days_ago(days: i64, lang: Lang) -> String {
    msg!(describe_days_ago, days = days).render(lang)
}

/// "confidence 70 % (3 days ago, 21 Nov)".
pub fn check_in(c: &CheckIn, lang: Lang) -> String {
    msg!(
        describe_check_in,
        percent = percent(c.confidence * 100.0, lang),
        when = days_ago(c.days_since, lang),
        date = short_date(c.date, lang)
    )
    .render(lang)
}
