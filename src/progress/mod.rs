//! Progress: where every goal stands on a given day. Pure: a model, `today`
//! and options in, numbers out. docs/progress.md gives every formula.

mod activity;
mod check_in;
mod funnel;
mod key_result;
pub mod measure;
mod objective;
mod relative;
mod status;
mod trend;

use jiff::civil::Date;
use serde::Serialize;

pub use activity::{
    ActivityProgress, Consistency, DayLevel, DayMark, Period, PeriodTotal, RateSummary, Streaks,
    Total, periods,
};
pub use check_in::{CheckIn, Disagreement};
pub use funnel::{FunnelForecast, FunnelProgress, StageProgress, StageRule};
pub use key_result::{Direction, Forecast, KeyResultProgress, Measure, Pace};
pub use measure::Point;
pub use objective::{Expectation, ObjectiveProgress};
pub use relative::{PeriodTarget, Previous, RelativeTarget, StartFrom};
pub use status::{Status, Timeline, days_between, worst};
pub use trend::{Line, fit};

use crate::model::{ItemKind, Model, Unit};

/// The thresholds and windows progress is judged with. `Default` gives the
/// documented values; `[progress]` in goalie.toml sets them.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Options {
    /// Below this share of the expected progress, a goal is at risk (0.9).
    pub at_risk_below: f64,
    /// Below this share of the expected progress, a goal is off track (0.7).
    pub off_track_below: f64,
    /// While less than this share of the time has elapsed, a goal is on
    /// track whatever its progress (0.1).
    pub grace: f64,
    /// Days of measurements the trend line is fitted to (28).
    pub trend_days: u32,
    /// Days over which an activity's consistency is measured (28).
    pub consistency_days: u32,
    /// A milestone not done is at risk in its last days (7).
    pub milestone_warning_days: i64,
    /// A confidence at or above this disagrees with numbers off track (0.7).
    pub confident_at: f64,
    /// A confidence at or below this disagrees with numbers on track (0.3).
    pub doubtful_at: f64,
    /// The score that counts as success for an aspirational objective (0.7).
    pub aspirational_success: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            at_risk_below: 0.9,
            off_track_below: 0.7,
            grace: 0.1,
            trend_days: 28,
            consistency_days: 28,
            milestone_warning_days: 7,
            confident_at: 0.7,
            doubtful_at: 0.3,
            aspirational_success: 0.7,
        }
    }
}

/// Every goal of a model on one day, in the order the files define them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Progress {
    pub today: Date,
    pub objectives: Vec<ObjectiveProgress>,
    /// Key results that belong to no objective.
    pub key_results: Vec<KeyResultProgress>,
    pub activities: Vec<ActivityProgress>,
    pub funnels: Vec<FunnelProgress>,
}

impl Progress {
    /// A key result's progress, under its objective or on its own.
    pub fn key_result(&self, id: &str) -> Option<&KeyResultProgress> {
        self.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .chain(&self.key_results)
            .find(|k| k.id == id)
    }
}

pub fn compute(model: &Model, today: Date, options: &Options) -> Progress {
    let mut progress = Progress {
        today,
        objectives: Vec::new(),
        key_results: Vec::new(),
        activities: Vec::new(),
        funnels: Vec::new(),
    };
    for (i, item) in model.items.iter().enumerate() {
        let idx = crate::model::ItemIdx(i as u32);
        // A duplicate id is an error `check` reports; its second definition
        // has no log lines of its own, so it is left out here.
        if model.find(&item.id) != Some(idx) {
            continue;
        }
        match item.kind {
            ItemKind::Objective => progress
                .objectives
                .push(objective::compute(model, idx, today, options)),
            ItemKind::KeyResult if item.container.is_none() => progress
                .key_results
                .push(key_result::compute(model, idx, today, options)),
            ItemKind::Activity => {
                if let Some(rate) = &item.rate {
                    progress.activities.push(activity::compute(
                        model,
                        idx,
                        &rate.value,
                        today,
                        options,
                    ));
                }
            }
            ItemKind::Funnel => progress
                .funnels
                .push(funnel::compute(model, idx, today, options)),
            _ => {}
        }
    }
    progress
}

/// One key result's progress on a day (what `check` rules may ask).
pub fn key_result(
    model: &Model,
    idx: crate::model::ItemIdx,
    today: Date,
    options: &Options,
) -> KeyResultProgress {
    key_result::compute(model, idx, today, options)
}

/// A unit as one string in JSON: `""`, `"%"`, `"EUR"`, `"customers"`.
fn unit_text<S: serde::Serializer>(unit: &Unit, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match unit {
        Unit::None => "",
        Unit::Percent => "%",
        Unit::Currency(code) | Unit::Word(code) => code,
    })
}
