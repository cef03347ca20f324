//! Relative targets: a change from the value at the window's start
//! (`+300 MQLs`, `-20%`), repeated each period (`+20% per month`), or
//! against the total of the period before (`+40% vs previous quarter`).
//! docs/progress.md §4 gives the rules.

use jiff::civil::Date;
use serde::Serialize;

use super::Options;
use super::activity::periods;
use super::key_result::{Direction, KeyResultProgress, Measure, gradual, share};
use super::measure::{Point, logged_unit};
use super::status::{EPSILON, Status, Timeline};
use crate::model::{ItemIdx, LogValue, Model, Rate, RatePeriod, Relative, Unit};

/// What a relative target says, with where its start value came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelativeTarget {
    /// The signed change: `300` for `+300`, `-20` for `-20%`.
    pub change: f64,
    /// The change is a percentage of the start value.
    pub percent: bool,
    /// `per month`: the period each target is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    /// `vs previous quarter`: the period whose total is compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versus: Option<&'static str>,
    /// Where the start value comes from; `None` while it is awaited.
    pub start_from: Option<StartFrom>,
    /// The day of the measurement the start value was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// For `vs previous`: the previous period and its total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Previous>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StartFrom {
    /// Written before the arrow: `4 100 followers -> +20%`.
    Written,
    /// The last measurement on or before the window's first day, else the
    /// first one inside the window.
    Measured,
    /// Only increments are logged: the count starts at 0.
    Increments,
    /// The total logged in the previous period.
    PreviousTotal,
}

/// The period before the window of a `vs previous` target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Previous {
    pub start: Date,
    pub end: Date,
    /// The total logged in it (or written as the baseline); `None` while
    /// nothing is logged.
    pub total: Option<f64>,
}

/// One period of a recurring target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PeriodTarget {
    pub start: Date,
    pub end: Date,
    /// The value at the period's start (the end of the one before).
    pub start_value: f64,
    pub target: f64,
    /// The value at the period's end, or today's for the current period.
    pub value: f64,
    /// Share of the way from `start_value` to `target`, 0 to 100.
    pub percent: f64,
    /// `Some` once the period is closed.
    pub met: Option<bool>,
    pub current: bool,
}

/// The numeric lines of an item up to today, in order.
fn lines(model: &Model, idx: ItemIdx, today: Date) -> Vec<(Date, Line)> {
    model
        .logs_of(idx)
        .filter(|l| l.date.value <= today)
        .filter_map(|l| match &l.value {
            LogValue::Value(q) => Some((l.date.value, Line::Value(q.value))),
            LogValue::Increment(q) => Some((l.date.value, Line::Increment(q.value))),
            _ => None,
        })
        .collect()
}

#[derive(Clone, Copy)]
enum Line {
    Value(f64),
    Increment(f64),
}

impl Line {
    fn apply(self, current: f64) -> f64 {
        match self {
            Line::Value(v) => v,
            Line::Increment(d) => current + d,
        }
    }

    fn amount(self) -> f64 {
        match self {
            Line::Value(v) | Line::Increment(v) => v,
        }
    }
}

/// Folds lines into day points from `current`.
fn fold(lines: &[(Date, Line)], mut current: f64, points: &mut Vec<Point>) {
    for &(date, line) in lines {
        current = line.apply(current);
        match points.last_mut() {
            Some(last) if last.date == date => last.value = current,
            _ => points.push(Point {
                date,
                value: current,
            }),
        }
    }
}

/// The start value of a relative target without a written baseline, with
/// the series from it on: the last absolute measurement on or before the
/// window's first day (with the increments up to that day), else the first
/// line inside the window — an absolute value, or 0 when it is an increment.
/// `None` while nothing is logged from the window's start on.
pub fn start_value(
    model: &Model,
    idx: ItemIdx,
    window_start: Option<Date>,
    today: Date,
) -> Option<(f64, StartFrom, Option<Date>, Vec<Point>)> {
    let all = lines(model, idx, today);
    let first_day = window_start.unwrap_or(Date::MIN);
    let before = all.partition_point(|(d, _)| *d <= first_day);
    let (upto, after) = all.split_at(before);
    if window_start.is_some() && upto.iter().any(|(_, l)| matches!(l, Line::Value(_))) {
        let start = upto.iter().fold(0.0, |c, (_, l)| l.apply(c));
        let date = upto.last().map(|(d, _)| *d);
        let mut points = vec![Point {
            date: date.unwrap_or(first_day),
            value: start,
        }];
        fold(after, start, &mut points);
        return Some((start, StartFrom::Measured, date, points));
    }
    // Lines before the window that hold no absolute value are not counted.
    let inside = if window_start.is_some() {
        all.iter()
            .position(|(d, _)| *d >= first_day)
            .map_or(&[][..], |i| &all[i..])
    } else {
        &all[..]
    };
    let (&(date, first), rest) = inside.split_first()?;
    match first {
        Line::Value(v) => {
            let mut points = vec![Point { date, value: v }];
            fold(rest, v, &mut points);
            Some((v, StartFrom::Measured, Some(date), points))
        }
        Line::Increment(_) => {
            let mut points = Vec::new();
            fold(inside, 0.0, &mut points);
            Some((0.0, StartFrom::Increments, None, points))
        }
    }
}

/// The value at the end of `day` in a series, `start` before its first point.
fn value_at(points: &[Point], start: f64, day: Date) -> f64 {
    points
        .iter()
        .take_while(|p| p.date <= day)
        .last()
        .map_or(start, |p| p.value)
}

fn unit_periods(period: RatePeriod, from: Date, to: Date) -> Vec<super::Period> {
    let rate = Rate {
        count: 1.0,
        unit: None,
        every: 1,
        period,
    };
    periods(&rate, from, to)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn compute(
    progress: &mut KeyResultProgress,
    model: &Model,
    idx: ItemIdx,
    relative: &Relative,
    start: Option<Date>,
    due: Option<Date>,
    today: Date,
    options: &Options,
) {
    progress.unit = relative
        .unit()
        .cloned()
        .or_else(|| logged_unit(model, idx))
        .unwrap_or(Unit::None);
    let mut target = RelativeTarget {
        change: relative.change.value,
        percent: relative.is_percent(),
        per: relative.every.map(RatePeriod::name),
        versus: relative.versus.map(RatePeriod::name),
        start_from: None,
        start_date: None,
        previous: None,
    };
    if let Some(period) = relative.versus {
        return versus(
            progress, model, idx, relative, target, period, start, due, today, options,
        );
    }
    let found = match &relative.baseline {
        Some(b) => {
            let points = super::measure::series(model, idx, b.value, today);
            Some((b.value, StartFrom::Written, None, points))
        }
        None => start_value(model, idx, start, today),
    };
    // A percentage of nothing is nothing: `+20%` counted from 0 (only
    // increments logged) waits for an absolute measurement too.
    let found = found.filter(|(v, ..)| !(relative.is_percent() && *v == 0.0));
    let Some((start_value, from, date, points)) = found else {
        // Nothing measured yet: no start value is invented.
        progress.measure = Measure::Awaiting { relative: target };
        return;
    };
    target.start_from = Some(from);
    target.start_date = date;
    progress.series = points;
    match (relative.every, start, due) {
        (Some(every), Some(s), Some(d)) if s <= d => recurring(
            progress,
            relative,
            target,
            every,
            start_value,
            s,
            d,
            today,
            options,
        ),
        _ => {
            let goal = relative.target_from(start_value);
            let timeline = progress.timeline;
            apply(progress, start_value, goal, timeline, due, today, options);
            progress.measure = Measure::Change {
                baseline: start_value,
                target: goal,
                direction: direction(start_value, goal),
                relative: Some(target),
            };
        }
    }
}

fn direction(from: f64, to: f64) -> Direction {
    if to < from {
        Direction::Decrease
    } else {
        Direction::Increase
    }
}

/// The numbers of a change from `from` to `to` over `timeline`.
fn apply(
    progress: &mut KeyResultProgress,
    from: f64,
    to: f64,
    timeline: Option<Timeline>,
    due: Option<Date>,
    today: Date,
    options: &Options,
) {
    let g = gradual(
        from,
        to,
        &progress.series,
        timeline.as_ref(),
        due,
        today,
        options,
    );
    progress.percent = Some(g.percent);
    progress.overachieved = g.overachieved;
    // A written baseline is not a measurement.
    progress.current = (!progress.series.is_empty()).then_some(g.current);
    progress.status = g.status;
    progress.pace = g.pace;
    progress.forecast = g.forecast;
}

/// Each period of the window has its own target, from the value at its
/// start (the value at the end of the period before: compounding). The key
/// result's numbers are the current period's; its percent is the mean of
/// the periods so far.
#[allow(clippy::too_many_arguments)]
fn recurring(
    progress: &mut KeyResultProgress,
    relative: &Relative,
    target: RelativeTarget,
    every: RatePeriod,
    first_start: f64,
    start: Date,
    due: Date,
    today: Date,
    options: &Options,
) {
    let points = std::mem::take(&mut progress.series);
    let mut out = Vec::new();
    let mut from = first_start;
    // Periods over before the start value was measured have no data: they
    // are neither met nor missed.
    let measured_from = points.first().map(|p| p.date);
    for p in unit_periods(every, start, due) {
        let (p_start, p_end) = (p.start.max(start), p.end.min(due));
        if p_start > today {
            break;
        }
        if measured_from.is_some_and(|m| p_end < m) {
            continue;
        }
        let goal = relative.target_from(from);
        let value = value_at(&points, from, p_end.min(today));
        let closed = p_end < today;
        let percent = share(from, goal, value).clamp(0.0, 100.0);
        out.push(PeriodTarget {
            start: p_start,
            end: p_end,
            start_value: from,
            target: goal,
            value,
            percent,
            met: closed.then_some(percent >= 100.0 - EPSILON),
            current: !closed,
        });
        from = value;
    }
    let current = out.iter().find(|p| p.current).or(out.last()).copied();
    progress.series = points;
    let Some(current) = current else {
        // The window has not started: the first period's numbers.
        let goal = relative.target_from(first_start);
        progress.status = Status::NotStarted;
        progress.percent = Some(0.0);
        progress.current = None;
        progress.measure = Measure::Change {
            baseline: first_start,
            target: goal,
            direction: direction(first_start, goal),
            relative: Some(target),
        };
        return;
    };
    let timeline = Timeline::new(current.start, current.end, today);
    // The current period's points only: its pace and trend.
    let all = std::mem::take(&mut progress.series);
    progress.series = all
        .iter()
        .copied()
        .filter(|p| p.date >= current.start)
        .collect();
    apply(
        progress,
        current.start_value,
        current.target,
        timeline,
        Some(current.end),
        today,
        options,
    );
    progress.current = Some(current.value);
    if today > due {
        // Once the window is over, every period must have been met.
        let all_met = out.iter().all(|p| p.met == Some(true));
        progress.status = if all_met {
            Status::Achieved
        } else {
            Status::Missed
        };
        progress.pace = None;
        progress.forecast = None;
    }
    progress.series = all;
    progress.percent = Some(out.iter().map(|p| p.percent).sum::<f64>() / out.len() as f64);
    progress.overachieved = false;
    progress.timeline = timeline.or(progress.timeline);
    progress.measure = Measure::Change {
        baseline: current.start_value,
        target: current.target,
        direction: direction(current.start_value, current.target),
        relative: Some(target),
    };
    progress.periods = out;
}

/// `+40% vs previous quarter`: the total logged in the window against the
/// total logged in the period of that kind just before the window's start.
#[allow(clippy::too_many_arguments)]
fn versus(
    progress: &mut KeyResultProgress,
    model: &Model,
    idx: ItemIdx,
    relative: &Relative,
    mut target: RelativeTarget,
    period: RatePeriod,
    start: Option<Date>,
    due: Option<Date>,
    today: Date,
    options: &Options,
) {
    let (Some(start), Some(due)) = (start, due) else {
        progress.measure = Measure::Awaiting { relative: target };
        return;
    };
    let Some(day_before) = start.yesterday().ok() else {
        progress.measure = Measure::Awaiting { relative: target };
        return;
    };
    let Some(prev) = unit_periods(period, day_before, day_before)
        .into_iter()
        .next()
    else {
        progress.measure = Measure::Awaiting { relative: target };
        return;
    };
    let all = lines(model, idx, today);
    let logged: Vec<f64> = all
        .iter()
        .filter(|(d, _)| prev.start <= *d && *d <= prev.end)
        .map(|(_, l)| l.amount())
        .collect();
    let total = match &relative.baseline {
        Some(b) => Some(b.value),
        None => (!logged.is_empty()).then(|| logged.iter().sum()),
    };
    target.previous = Some(Previous {
        start: prev.start,
        end: prev.end,
        total,
    });
    let Some(total) = total else {
        progress.measure = Measure::Awaiting { relative: target };
        return;
    };
    target.start_from = Some(if relative.baseline.is_some() {
        StartFrom::Written
    } else {
        StartFrom::PreviousTotal
    });
    // The window's running total, day by day.
    let mut points: Vec<Point> = Vec::new();
    let mut sum = 0.0;
    for &(date, line) in all.iter().filter(|(d, _)| start <= *d && *d <= due) {
        sum += line.amount();
        match points.last_mut() {
            Some(last) if last.date == date => last.value = sum,
            _ => points.push(Point { date, value: sum }),
        }
    }
    progress.series = points;
    let goal = relative.target_from(total);
    let timeline = progress.timeline;
    if goal < total {
        // A cut (`-20% vs previous quarter`): the total is a cap to stay
        // under, judged against the cap brought to the time elapsed.
        cap(progress, goal, timeline, today, options);
    } else {
        apply(progress, 0.0, goal, timeline, Some(due), today, options);
    }
    progress.measure = Measure::Change {
        baseline: 0.0,
        target: goal,
        direction: direction(total, goal),
        relative: Some(target),
    };
}

/// A total that must stay at or under `cap` by the end of the window: 100%
/// while it does; on track while under the cap brought to the time elapsed,
/// at risk while under the whole cap, off track over it, missed after.
fn cap(
    progress: &mut KeyResultProgress,
    cap: f64,
    timeline: Option<Timeline>,
    today: Date,
    options: &Options,
) {
    let current = progress.series.last().map_or(0.0, |p| p.value);
    progress.current = Some(current);
    progress.percent = Some(if current <= cap + EPSILON { 100.0 } else { 0.0 });
    progress.status = match timeline {
        None => Status::Unknown,
        Some(t) if today < t.start => Status::NotStarted,
        Some(t) if t.is_over() => {
            if current <= cap + EPSILON {
                Status::Achieved
            } else {
                Status::Missed
            }
        }
        Some(_) if current > cap + EPSILON => Status::OffTrack,
        Some(t) => {
            let pro_rata = cap * (t.elapsed_days.max(1) as f64) / t.days as f64;
            if current <= pro_rata + EPSILON || t.expected_percent < options.grace * 100.0 {
                Status::OnTrack
            } else {
                Status::AtRisk
            }
        }
    };
}
