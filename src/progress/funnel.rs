//! A funnel worked backwards: the volume each stage needs for the goal,
//! and, for stages with log lines, how far they are.

use jiff::civil::Date;
use serde::Serialize;

use super::key_result::{Forecast, Pace, gradual};
use super::measure::{Point, series};
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
        let points = series(model, s, 0.0, today);
        let mut progress = StageProgress {
            id: stage.id.clone(),
            rule,
            needed,
            actual: points.last().map(|p| p.value),
            percent: None,
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
    FunnelProgress {
        id: item.id.clone(),
        title: item.title.clone(),
        goal: goal.map(|g| g.value),
        unit: goal.map_or(Unit::None, |g| g.unit.clone()),
        timeline,
        actual: own.last().map(|p| p.value),
        stages,
    }
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
