//! Progress of one key result: a change from a baseline to a target, a
//! guardrail to hold, or a milestone to reach.

use jiff::civil::Date;
use serde::Serialize;

use super::check_in::{CheckIn, check_in};
use super::measure::{Point, logged_unit, outcome, series};
use super::relative::{PeriodTarget, RelativeTarget};
use super::status::{EPSILON, Status, Timeline, days_between, judge};
use super::trend::fit;
use super::{Options, unit_text};
use crate::model::{Comparison, ItemIdx, Metric, Model, Unit};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyResultProgress {
    pub id: String,
    pub title: String,
    /// `weight:`, 1 when not written.
    pub weight: f64,
    pub measure: Measure,
    #[serde(serialize_with = "unit_text")]
    pub unit: Unit,
    pub status: Status,
    /// Share of the way to the target, 0 to 100; a guardrail is 100 while it
    /// holds and 0 once breached. `None` when nothing can be said yet.
    pub percent: Option<f64>,
    /// The target is passed (more than 100% of the way).
    pub overachieved: bool,
    /// The latest value: the last measurement; `None` before the first
    /// (the baseline is not a measurement).
    pub current: Option<f64>,
    pub timeline: Option<Timeline>,
    pub pace: Option<Pace>,
    pub forecast: Option<Forecast>,
    pub check_in: Option<CheckIn>,
    /// The measured value after each day with a measurement.
    pub series: Vec<Point>,
    /// A recurring target's periods so far (`+20% per month`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<PeriodTarget>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Measure {
    Change {
        baseline: f64,
        target: f64,
        direction: Direction,
        /// How a relative target (`+300`, `-20%`) was turned into these.
        #[serde(skip_serializing_if = "Option::is_none")]
        relative: Option<RelativeTarget>,
    },
    /// A relative target whose start value is not known yet: nothing is
    /// measured from the window's start on.
    Awaiting { relative: RelativeTarget },
    Keep {
        comparison: &'static str,
        threshold: f64,
        /// Whether the latest value holds; `None` before any value.
        holds: Option<bool>,
    },
    Milestone {
        /// The day of the `done` line.
        done: Option<Date>,
    },
    /// No valid `metric:`, `keep:` or `milestone`.
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Increase,
    Decrease,
}

/// What it takes to reach the target by the due date.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Pace {
    /// Target minus current value (negative for a decrease).
    pub remaining: f64,
    /// Days from today to the due date, both included.
    pub days_left: i64,
    /// `remaining / days_left`.
    pub per_day: f64,
    pub per_week: f64,
}

/// Where the recent trend leads.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Forecast {
    /// Measurements the trend line was fitted to.
    pub points: usize,
    /// First day of the trend window.
    pub since: Date,
    /// Slope of the trend line: change per day.
    pub per_day: f64,
    /// The line's value on the due date.
    pub at_due: Option<f64>,
    /// `at_due` as a share of the way to the target (not clamped).
    pub percent_at_due: Option<f64>,
    /// The first day the line reaches the target; `None` when it heads away
    /// from it, is flat, or needs more than ten years.
    pub reaches_target: Option<Date>,
}

/// The numbers of a value moving from `baseline` to `target`: shared by key
/// results and funnel stages.
pub(super) struct Gradual {
    pub percent: f64,
    pub overachieved: bool,
    pub current: f64,
    pub status: Status,
    pub pace: Option<Pace>,
    pub forecast: Option<Forecast>,
}

pub(super) fn gradual(
    baseline: f64,
    target: f64,
    points: &[Point],
    timeline: Option<&Timeline>,
    due: Option<Date>,
    today: Date,
    options: &Options,
) -> Gradual {
    let current = points.last().map_or(baseline, |p| p.value);
    let raw = share(baseline, target, current);
    let percent = raw.clamp(0.0, 100.0);
    let status = judge(percent, timeline, today, options);
    let open = |due: Date| status != Status::Achieved && today <= due;
    let pace = due.filter(|&d| open(d)).map(|due| {
        // Before the window starts, the whole window is left, not the days
        // from today.
        let from = timeline.map_or(today, |t| t.start.max(today));
        let days_left = days_between(from, due) + 1;
        let remaining = target - current;
        let per_day = remaining / days_left as f64;
        Pace {
            remaining,
            days_left,
            per_day,
            per_week: per_day * 7.0,
        }
    });
    let still_open = status != Status::Achieved && due.is_none_or(|d| today <= d);
    let forecast = fit(points, today, options.trend_days)
        .filter(|_| still_open)
        .map(|line| {
            let at_due = due.map(|d| line.at(d));
            Forecast {
                points: line.points,
                since: line.since,
                per_day: line.slope,
                at_due,
                percent_at_due: at_due.map(|v| share(baseline, target, v)),
                reaches_target: line.reaches(target, current, today),
            }
        });
    Gradual {
        percent,
        overachieved: raw > 100.0 + EPSILON,
        current,
        status,
        pace,
        forecast,
    }
}

/// How far `value` is on the way from `baseline` to `target`, in percent
/// (negative behind the baseline, above 100 past the target). A target
/// equal to its baseline is reached.
pub(super) fn share(baseline: f64, target: f64, value: f64) -> f64 {
    if (target - baseline).abs() < EPSILON {
        100.0
    } else {
        100.0 * (value - baseline) / (target - baseline)
    }
}

pub(super) fn compute(
    model: &Model,
    idx: ItemIdx,
    today: Date,
    options: &Options,
) -> KeyResultProgress {
    let item = model.item(idx);
    let (start, due) = model.window(idx);
    let timeline = start.zip(due).and_then(|(s, d)| Timeline::new(s, d, today));
    let metric = item.metric.as_ref().map(|m| &m.value);
    let mut progress = KeyResultProgress {
        id: item.id.clone(),
        title: item.title.clone(),
        weight: item.weight.as_ref().map_or(1.0, |w| w.value),
        measure: Measure::None,
        unit: Unit::None,
        status: Status::Unknown,
        percent: None,
        overachieved: false,
        current: None,
        timeline,
        pace: None,
        forecast: None,
        check_in: None,
        series: Vec::new(),
        periods: Vec::new(),
    };
    match metric {
        Some(Metric::Change { baseline, target }) => {
            let start_value = baseline.as_ref().map_or(0.0, |b| b.value);
            progress.unit = [Some(&target.unit), baseline.as_ref().map(|b| &b.unit)]
                .into_iter()
                .flatten()
                .find(|u| **u != Unit::None)
                .cloned()
                .or_else(|| logged_unit(model, idx))
                .unwrap_or(Unit::None);
            progress.series = series(model, idx, start_value, today);
            let g = gradual(
                start_value,
                target.value,
                &progress.series,
                timeline.as_ref(),
                due,
                today,
                options,
            );
            progress.measure = Measure::Change {
                baseline: start_value,
                target: target.value,
                direction: if target.value < start_value {
                    Direction::Decrease
                } else {
                    Direction::Increase
                },
                relative: None,
            };
            progress.percent = Some(g.percent);
            progress.overachieved = g.overachieved;
            // The baseline is where it starts, not a measurement: nothing
            // is shown as current before the first one.
            progress.current = (!progress.series.is_empty()).then_some(g.current);
            progress.status = g.status;
            progress.pace = g.pace;
            progress.forecast = g.forecast;
        }
        Some(Metric::Relative(relative)) => {
            super::relative::compute(
                &mut progress,
                model,
                idx,
                relative,
                start,
                due,
                today,
                options,
            );
        }
        Some(Metric::Keep {
            comparison,
            threshold,
        }) => {
            progress.unit = threshold.unit.clone();
            progress.series = series(model, idx, 0.0, today);
            let latest = progress.series.last().map(|p| p.value);
            let holds = latest.map(|v| keeps(*comparison, v, threshold.value));
            progress.measure = Measure::Keep {
                comparison: symbol(*comparison),
                threshold: threshold.value,
                holds,
            };
            progress.current = latest;
            progress.percent = holds.map(|h| if h { 100.0 } else { 0.0 });
            let over = due.is_some_and(|d| today > d);
            progress.status = match (holds, over) {
                (None, _) => Status::Unknown,
                (Some(true), true) => Status::Achieved,
                (Some(false), true) => Status::Missed,
                (Some(true), false) => Status::OnTrack,
                (Some(false), false) => Status::OffTrack,
            };
        }
        Some(Metric::Milestone) => {
            let done = outcome(model, idx, today).filter(|&(_, done)| done);
            progress.measure = Measure::Milestone {
                done: done.map(|(d, _)| d),
            };
            progress.percent = Some(if done.is_some() { 100.0 } else { 0.0 });
            progress.status = if done.is_some() {
                Status::Achieved
            } else {
                milestone_status(start, due, today, options)
            };
        }
        None => {}
    }
    if matches!(outcome(model, idx, today), Some((_, false))) {
        progress.status = Status::Dropped;
        progress.pace = None;
        progress.forecast = None;
    }
    progress.check_in = check_in(model, idx, progress.status, today, options);
    progress
}

/// A milestone not done yet: missed once its due date has passed, at risk
/// in its last `milestone_warning_days` days, on track before.
fn milestone_status(
    start: Option<Date>,
    due: Option<Date>,
    today: Date,
    options: &Options,
) -> Status {
    let Some(due) = due else {
        return Status::Unknown;
    };
    if today > due {
        Status::Missed
    } else if start.is_some_and(|s| today < s) {
        Status::NotStarted
    } else if days_between(today, due) < options.milestone_warning_days {
        Status::AtRisk
    } else {
        Status::OnTrack
    }
}

fn keeps(comparison: Comparison, value: f64, threshold: f64) -> bool {
    match comparison {
        Comparison::AtLeast => value >= threshold,
        Comparison::AtMost => value <= threshold,
        Comparison::Above => value > threshold,
        Comparison::Below => value < threshold,
    }
}

fn symbol(comparison: Comparison) -> &'static str {
    match comparison {
        Comparison::AtLeast => ">=",
        Comparison::AtMost => "<=",
        Comparison::Above => ">",
        Comparison::Below => "<",
    }
}
