//! Values read from log lines: the measured value of a key result or a
//! funnel stage day by day, and an activity's count per day.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{ItemIdx, LogValue, Model, Unit};

/// The value at the end of a day that has log lines.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Point {
    pub date: Date,
    pub value: f64,
}

/// An item's measured value after each day with a measurement, from its
/// log lines dated up to `today`. An absolute value replaces the current
/// one; an increment adds to it, the current value being `start` before
/// any line. Lines of one day apply in file order, and the day's point is
/// the value after the last of them.
pub fn series(model: &Model, idx: ItemIdx, start: f64, today: Date) -> Vec<Point> {
    let mut points: Vec<Point> = Vec::new();
    let mut current = start;
    for log in model.logs_of(idx).filter(|l| l.date.value <= today) {
        current = match &log.value {
            LogValue::Value(q) => q.value,
            LogValue::Increment(q) => current + q.value,
            _ => continue,
        };
        let date = log.date.value;
        match points.last_mut() {
            Some(last) if last.date == date => last.value = current,
            _ => points.push(Point {
                date,
                value: current,
            }),
        }
    }
    points
}

/// The unit of the first measurement that has one: what a key result with
/// a unit-less metric is measured in.
pub fn logged_unit(model: &Model, idx: ItemIdx) -> Option<Unit> {
    model.logs_of(idx).find_map(|l| match &l.value {
        LogValue::Value(q) | LogValue::Increment(q) if q.unit != Unit::None => Some(q.unit.clone()),
        _ => None,
    })
}

/// An activity's count per day, up to `today`. A number is the day's count
/// (a later line of the same day replaces it); `+N` and `-N` add to the
/// day's count.
pub fn daily_counts(model: &Model, idx: ItemIdx, today: Date) -> BTreeMap<Date, f64> {
    let mut days: BTreeMap<Date, f64> = BTreeMap::new();
    for log in model.logs_of(idx).filter(|l| l.date.value <= today) {
        let day = days.entry(log.date.value).or_insert(0.0);
        match &log.value {
            LogValue::Value(q) => *day = q.value,
            LogValue::Increment(q) => *day += q.value,
            _ => {}
        }
    }
    days.retain(|_, count| *count != 0.0);
    days
}

/// The last `done` or `dropped` line up to today, with its date.
pub fn outcome(model: &Model, idx: ItemIdx, today: Date) -> Option<(Date, bool)> {
    model
        .logs_of(idx)
        .filter(|l| l.date.value <= today)
        .filter_map(|l| match l.value {
            LogValue::Done => Some((l.date.value, true)),
            LogValue::Dropped => Some((l.date.value, false)),
            _ => None,
        })
        // Lines are by date: the last one is found from the end.
        .next_back()
}

/// The last confidence line up to today: its date and confidence (0 to 1).
pub fn last_confidence(model: &Model, idx: ItemIdx, today: Date) -> Option<(Date, f64)> {
    model
        .logs_of(idx)
        .filter(|l| l.date.value <= today)
        .filter_map(|l| match l.value {
            LogValue::Confidence(c) => Some((l.date.value, c)),
            _ => None,
        })
        .next_back()
}
