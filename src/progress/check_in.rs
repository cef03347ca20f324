//! The last check-in of an objective or key result: a confidence line, and
//! whether the confidence and the numbers tell the same story.

use jiff::civil::Date;
use serde::Serialize;

use super::Options;
use super::measure::last_confidence;
use super::status::{EPSILON, Status, days_between};
use crate::i18n::{Message, msg};
use crate::model::{ItemIdx, Model};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckIn {
    pub date: Date,
    pub days_since: i64,
    /// From 0.0 to 1.0.
    pub confidence: f64,
    pub disagreement: Option<Disagreement>,
}

/// Confidence and numbers pointing different ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Disagreement {
    /// Confident (`confident_at` or more) while the numbers are off track
    /// or missed.
    ConfidentButBehind,
    /// Doubtful (`doubtful_at` or less) while the numbers are on track or
    /// achieved.
    DoubtfulButOnTrack,
}

impl Disagreement {
    pub fn message(self) -> Message {
        match self {
            Disagreement::ConfidentButBehind => msg!(progress_confident_but_numbers_are),
            Disagreement::DoubtfulButOnTrack => msg!(progress_doubtful_but_numbers_are),
        }
    }
}

/// The item's last confidence line up to today, judged against `status`.
pub fn check_in(
    model: &Model,
    idx: ItemIdx,
    status: Status,
    today: Date,
    options: &Options,
) -> Option<CheckIn> {
    let (date, confidence) = last_confidence(model, idx, today)?;
    Some(CheckIn {
        date,
        days_since: days_between(date, today),
        confidence,
        disagreement: disagreement(confidence, status, options),
    })
}

pub fn disagreement(confidence: f64, status: Status, options: &Options) -> Option<Disagreement> {
    if confidence >= options.confident_at - EPSILON && status.is_bad() {
        Some(Disagreement::ConfidentButBehind)
    } else if confidence <= options.doubtful_at + EPSILON && status.is_good() {
        Some(Disagreement::DoubtfulButOnTrack)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_against_status() {
        let o = Options::default();
        use Disagreement::*;
        assert_eq!(
            disagreement(0.7, Status::OffTrack, &o),
            Some(ConfidentButBehind)
        );
        assert_eq!(disagreement(0.69, Status::OffTrack, &o), None);
        assert_eq!(
            disagreement(0.9, Status::Missed, &o),
            Some(ConfidentButBehind)
        );
        assert_eq!(disagreement(0.9, Status::AtRisk, &o), None);
        assert_eq!(
            disagreement(0.3, Status::OnTrack, &o),
            Some(DoubtfulButOnTrack)
        );
        assert_eq!(disagreement(0.31, Status::OnTrack, &o), None);
        assert_eq!(
            disagreement(0.1, Status::Achieved, &o),
            Some(DoubtfulButOnTrack)
        );
        assert_eq!(disagreement(0.1, Status::Unknown, &o), None);
    }
}
