//! A funnel worked backwards: the volume each stage needs for the goal,
//! and, for stages with log lines, how far they are.

use jiff::civil::Date;
use serde::Serialize;

use super::key_result::{Forecast, Pace, gradual};
use super::measure::{Point, daily_counts, series};
use super::status::{EPSILON, Status, Timeline};
use super::{Options, unit_text};
use crate::model::{ItemIdx, Model, StageSpec, Unit};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FunnelProgress {
    pub id: String,
    pub title: String,
    /// The goal's value; `None` without a valid `goal:`.
    pub goal: Option<f64>,
    #[serde(serialize_with = "unit_text")]
    pub unit: Unit,
    pub timeline: Option<Timeline>,
    /// The funnel's own measured value, when its id has log lines.
    pub actual: Option<f64>,
    pub stages: Vec<StageProgress>,
    /// Where the most upstream stage with log lines leads by the goal date.
    pub forecast: Option<FunnelForecast>,
}

/// The goal value the funnel's pace so far leads to: the most upstream
/// stage with log lines projected to the goal date at its pace since the
/// window's start, carried down through the conversions and values.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FunnelForecast {
    /// The stage projected from.
    pub stage: String,
    /// Its volume today.
    pub actual: f64,
    /// Whole days of the window before today, the volume was logged in.
    pub elapsed_days: i64,
    pub days: i64,
    /// Its volume at the goal date: `actual × days / elapsed_days`.
    pub projected: f64,
    /// The goal value that volume brings.
    pub value: f64,
    /// `value / goal`, in percent.
    pub percent: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageProgress {
    pub id: String,
    pub rule: StageRule,
    /// Units this stage needs: the level above divided by the stage's
    /// value or conversion, rounded up.
    pub needed: Option<f64>,
    /// The measured value, when the stage has log lines.
    pub actual: Option<f64>,
    /// `actual / needed`, 0 to 100.
    pub percent: Option<f64>,
    /// The volume the funnel's forecast expects of this stage by the goal
    /// date (the projected stage and those between it and the goal).
    pub projected: Option<f64>,
    pub overachieved: bool,
    pub status: Status,
    pub pace: Option<Pace>,
    pub forecast: Option<Forecast>,
    pub series: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StageRule {
    /// Each unit brings `value` of the level above.
    Each {
        value: f64,
        #[serde(serialize_with = "unit_text")]
        unit: Unit,
    },
    /// `rate` (0 to 1) of the units become units of the level above.
    Convert { rate: f64 },
}

/// Rounds up, forgiving the last bits of floating-point division
/// (100 / 0.02 must give 5 000, not 5 001).
pub fn ceil(x: f64) -> f64 {
    (x - EPSILON * x.abs().max(1.0)).ceil()
}

pub(super) fn compute(
    model: &Model,
    idx: ItemIdx,
    today: Date,
    options: &Options,
) -> FunnelProgress {
    let item = model.item(idx);
    let (start, due) = model.window(idx);
    let timeline = start.zip(due).and_then(|(s, d)| Timeline::new(s, d, today));
    let goal = item.goal.as_ref().map(|g| &g.value);
    let own = series(model, idx, 0.0, today);
    let mut above = goal.map(|g| g.value);
    let mut stages = Vec::new();
    for &s in &item.children {
        let stage = model.item(s);
        if model.find(&stage.id) != Some(s) {
            continue;
        }
        let Some(spec) = &stage.stage else { continue };
        let (rule, needed) = match spec {
            StageSpec::PerUnit(q) => (
                StageRule::Each {
                    value: q.value,
                    unit: q.unit.clone(),
                },
                above.map(|a| ceil(a / q.value)),
            ),
            StageSpec::Conversion { rate, .. } => (
                StageRule::Convert { rate: *rate },
                above.map(|a| ceil(a / rate)),
            ),
        };
        above = needed;
        let points = with_activities(model, s, series(model, s, 0.0, today), start, today);
        let mut progress = StageProgress {
            id: stage.id.clone(),
            rule,
            needed,
            actual: points.last().map(|p| p.value),
            percent: None,
            projected: None,
            overachieved: false,
            status: Status::Unknown,
            pace: None,
            forecast: None,
            series: Vec::new(),
        };
        if let (Some(needed), false) = (needed, points.is_empty()) {
            let g = gradual(0.0, needed, &points, timeline.as_ref(), due, today, options);
            progress.percent = Some(g.percent);
            progress.overachieved = g.overachieved;
            progress.status = g.status;
            progress.pace = g.pace;
            progress.forecast = g.forecast;
        }
        progress.series = points;
        stages.push(progress);
    }
    let forecast = timeline
        .as_ref()
        .and_then(|t| project(&mut stages, t, goal.map(|g| g.value)));
    FunnelProgress {
        id: item.id.clone(),
        title: item.title.clone(),
        goal: goal.map(|g| g.value),
        unit: goal.map_or(Unit::None, |g| g.unit.clone()),
        timeline,
        actual: own.last().map(|p| p.value),
        stages,
        forecast,
    }
}

/// A stage's series with the counts of the activities that `supports:` it
/// added (from the window's start): log a call once, count it in both.
fn with_activities(
    model: &Model,
    stage: ItemIdx,
    points: Vec<Point>,
    start: Option<Date>,
    today: Date,
) -> Vec<Point> {
    let mut extra: std::collections::BTreeMap<Date, f64> = Default::default();
    for &activity in model.supporters(stage) {
        for (day, count) in daily_counts(model, activity, today) {
            if start.is_none_or(|s| day >= s) {
                *extra.entry(day).or_insert(0.0) += count;
            }
        }
    }
    if extra.is_empty() {
        return points;
    }
    // Days of either source, each the stage's value then plus the
    // activities' running total.
    let mut days: Vec<Date> = points
        .iter()
        .map(|p| p.date)
        .chain(extra.keys().copied())
        .collect();
    days.sort();
    days.dedup();
    let mut running = 0.0;
    let mut added = extra.iter().peekable();
    days.into_iter()
        .map(|date| {
            while let Some((_, c)) = added.next_if(|(d, _)| **d <= date) {
                running += c;
            }
            let own = points
                .iter()
                .take_while(|p| p.date <= date)
                .last()
                .map_or(0.0, |p| p.value);
            Point {
                date,
                value: own + running,
            }
        })
        .collect()
}

/// From the most upstream stage with log lines (the last one written),
/// project its volume to the goal date at its pace since the window's
/// start, and carry it down to the goal: a conversion multiplies by its
/// rate, an `each` value by its value.
fn project(
    stages: &mut [StageProgress],
    t: &Timeline,
    goal: Option<f64>,
) -> Option<FunnelForecast> {
    let from = stages.iter().rposition(|s| s.actual.is_some())?;
    if t.elapsed_days == 0 {
        return None; // nothing has elapsed: no pace yet
    }
    let actual = stages[from].actual?;
    let projected = actual * t.days as f64 / t.elapsed_days as f64;
    let mut volume = projected;
    for stage in stages[..=from].iter_mut().rev() {
        stage.projected = Some(volume);
        volume *= match &stage.rule {
            StageRule::Each { value, .. } => *value,
            StageRule::Convert { rate } => *rate,
        };
    }
    Some(FunnelForecast {
        stage: stages[from].id.clone(),
        actual,
        elapsed_days: t.elapsed_days,
        days: t.days,
        projected,
        value: volume,
        percent: goal.filter(|g| *g > 0.0).map(|g| 100.0 * volume / g),
    })
}

#[cfg(test)]
mod tests {
    use super::ceil;

    #[test]
    fn rounding_up_forgives_floating_point() {
        assert_eq!(ceil(100.0 / 0.02), 5000.0);
        assert_eq!(ceil(50_000.0 / 500.0), 100.0);
        assert_eq!(ceil(5000.0 / 250.0), 20.0);
        assert_eq!(ceil(100.0 / 0.03), 3334.0);
        assert_eq!(ceil(7.0 / 2.0), 4.0);
        assert_eq!(ceil(1000.0 / 0.125), 8000.0);
    }
}
