//! An objective rolled up from its key results: weighted progress, worst
//! status, and a 0.0–1.0 score judged against what the objective expects.

use jiff::civil::Date;
use serde::Serialize;

use super::Options;
use super::check_in::{CheckIn, check_in};
use super::key_result::{self, KeyResultProgress, Measure};
use super::measure::outcome;
use super::status::{EPSILON, Status, Timeline, judge, worst};
use crate::model::{Commitment, ItemIdx, Model};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ObjectiveProgress {
    pub id: String,
    pub title: String,
    pub expectation: Expectation,
    /// The score that counts as success: 1.0 committed, 0.7 aspirational.
    pub success_score: f64,
    /// Weighted average of the key results' percentages, 0 to 100; `None`
    /// when no key result has one.
    pub percent: Option<f64>,
    /// `percent / 100`.
    pub score: Option<f64>,
    /// `success_score × expected share of the time today`.
    pub expected_score: Option<f64>,
    /// The score has reached the success score.
    pub success: bool,
    /// The score judged against the success score over the objective's
    /// timeline.
    pub status: Status,
    /// The worst status among the key results.
    pub worst_status: Option<Status>,
    /// Key results off track or missed, and guardrails breached: a
    /// committed objective is at most at risk while there are any; an
    /// aspirational one achieved at its success score names them.
    pub failing: Vec<String>,
    pub timeline: Option<Timeline>,
    pub check_in: Option<CheckIn>,
    pub key_results: Vec<KeyResultProgress>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expectation {
    /// `committed`, and objectives that say neither.
    Committed,
    /// `aspirational`: about 70% counts as success.
    Aspirational,
}

pub(super) fn compute(
    model: &Model,
    idx: ItemIdx,
    today: Date,
    options: &Options,
) -> ObjectiveProgress {
    let item = model.item(idx);
    let key_results: Vec<KeyResultProgress> = item
        .children
        .iter()
        .filter(|&&k| model.find(&model.item(k).id) == Some(k))
        .map(|&k| key_result::compute(model, k, today, options))
        .collect();
    let expectation = match item.commitment.as_ref().map(|c| c.value) {
        Some(Commitment::Aspirational) => Expectation::Aspirational,
        _ => Expectation::Committed,
    };
    let success_score = match expectation {
        Expectation::Committed => 1.0,
        Expectation::Aspirational => options.aspirational_success,
    };
    let percent = weighted_percent(&key_results);
    let score = percent.map(|p| p / 100.0);
    let (start, due) = model.window(idx);
    let timeline = start.zip(due).and_then(|(s, d)| Timeline::new(s, d, today));
    let expected_score = timeline
        .as_ref()
        .map(|t| success_score * t.expected_percent / 100.0);
    let success = score.is_some_and(|s| s >= success_score - EPSILON);
    // The score as a share of the way to success, judged like any progress.
    let mut status = match score {
        Some(s) => judge(100.0 * s / success_score, timeline.as_ref(), today, options),
        None => Status::Unknown,
    };
    let failing: Vec<String> = key_results
        .iter()
        .filter(|k| fails(k))
        .map(|k| k.id.clone())
        .collect();
    // A failure is never hidden by the average: a committed objective (or
    // any objective with a guardrail breached) is at most at risk while a
    // key result is off track or missed.
    let guardrail_breached = key_results.iter().any(|k| {
        matches!(
            k.measure,
            Measure::Keep {
                holds: Some(false),
                ..
            }
        )
    });
    let capped = match expectation {
        Expectation::Committed => !failing.is_empty(),
        Expectation::Aspirational => guardrail_breached,
    };
    if capped && matches!(status, Status::Achieved | Status::OnTrack) {
        status = Status::AtRisk;
    }
    if matches!(outcome(model, idx, today), Some((_, false))) {
        status = Status::Dropped;
    }
    ObjectiveProgress {
        id: item.id.clone(),
        title: item.title.clone(),
        expectation,
        success_score,
        percent,
        score,
        expected_score,
        success,
        status,
        worst_status: worst(key_results.iter().map(|k| k.status)),
        failing,
        timeline,
        check_in: check_in(model, idx, status, today, options),
        key_results,
    }
}

/// A key result that fails: off track, missed, or a guardrail breached.
fn fails(k: &KeyResultProgress) -> bool {
    matches!(k.status, Status::OffTrack | Status::Missed)
        || matches!(
            k.measure,
            Measure::Keep {
                holds: Some(false),
                ..
            }
        )
}

/// Σ weight × percent / Σ weight over the key results that have a
/// percentage and are not dropped. Guardrails are conditions, not
/// progress: they are left out (a breached one caps the status instead).
fn weighted_percent(key_results: &[KeyResultProgress]) -> Option<f64> {
    let counted = key_results
        .iter()
        .filter(|k| k.status != Status::Dropped)
        .filter(|k| !matches!(k.measure, Measure::Keep { .. }))
        .filter_map(|k| k.percent.map(|p| (k.weight, p)));
    let (weights, sum) = counted.fold((0.0, 0.0), |(w, s), (weight, p)| {
        (w + weight, s + weight * p)
    });
    (weights > 0.0).then(|| sum / weights)
}
