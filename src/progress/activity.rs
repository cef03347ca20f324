//! Progress of an activity: counts per day, per week and per period of its
//! rate, streaks of periods meeting the target, and consistency.

use std::collections::BTreeMap;

use jiff::civil::{Date, Weekday};
use jiff::{Span, ToSpan};
use serde::Serialize;

use super::Options;
use super::measure::{daily_counts, outcome};
use super::status::{EPSILON, Status, band, days_between};
use crate::model::{ItemIdx, Model, Rate, RatePeriod};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActivityProgress {
    pub id: String,
    pub title: String,
    pub rate: RateSummary,
    /// Consistency judged by the same thresholds as progress.
    pub status: Status,
    /// The first day counted: `start:` (or the period's start), else the
    /// first log line.
    pub since: Option<Date>,
    /// The count logged today.
    pub today: f64,
    /// This ISO week (Monday to today) against the rate brought to a week.
    pub week: Total,
    /// The period of the rate holding today (or the last one, once the
    /// activity is over).
    pub period: Option<PeriodTotal>,
    pub streak: Streaks,
    pub consistency: Option<Consistency>,
    /// One mark per day from `since` (at most a year back) to today, for
    /// habit-tracker grids.
    #[serde(skip)]
    pub days: Vec<DayMark>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RateSummary {
    pub count: f64,
    pub every: u32,
    pub period: &'static str,
    pub unit: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Total {
    pub total: f64,
    /// `None` when the rate's period is longer than a week.
    pub target: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PeriodTotal {
    pub start: Date,
    pub end: Date,
    pub total: f64,
    pub target: f64,
    pub met: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Streaks {
    /// Periods meeting the target in a row, up to the current one (which
    /// counts once met and does not break the streak while under way).
    pub current: u32,
    pub longest: u32,
}

/// The share of periods meeting the target among those that ended within
/// the last `days` days.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Consistency {
    pub days: u32,
    pub periods: u32,
    pub met: u32,
    pub share: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DayMark {
    pub date: Date,
    pub count: f64,
    pub level: DayLevel,
}

/// A day's count against the rate brought to one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayLevel {
    /// A weekend day of a weekday rate.
    Rest,
    Empty,
    Partial,
    Met,
}

/// One period of a rate: `every` consecutive days, weekdays, weeks…
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

/// Periods from the one holding `anchor` to the one holding `last`.
pub fn periods(rate: &Rate, anchor: Date, last: Date) -> Vec<Period> {
    let Some(calendar) = Calendar::new(rate, anchor) else {
        return Vec::new();
    };
    let Some(end) = calendar.index_of(last) else {
        return Vec::new();
    };
    (0..=end).map_while(|k| calendar.period(k)).collect()
}

/// A rate's periods counted from the one holding an anchor, by arithmetic:
/// the period holding any day, and the days of any period, cost the same
/// whether the window spans a week or ten thousand years.
struct Calendar {
    period: RatePeriod,
    every: i64,
    /// The start of the anchor's unit (a day, weekday, week, month…).
    first: Date,
}

impl Calendar {
    fn new(rate: &Rate, anchor: Date) -> Option<Calendar> {
        Some(Calendar {
            period: rate.period,
            every: i64::from(rate.every.max(1)),
            first: unit_start(anchor, rate.period)?,
        })
    }

    /// How many units from `first` to the one holding `date` (for weekdays,
    /// a weekend day belongs to the Friday before); `None` before `first`.
    fn unit_index(&self, date: Date) -> Option<i64> {
        if date < self.first {
            return None;
        }
        let days = days_between(self.first, date);
        let months = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month()) - 1;
        Some(match self.period {
            RatePeriod::Day => days,
            RatePeriod::Week => days / 7,
            RatePeriod::Month => months(date) - months(self.first),
            RatePeriod::Quarter => (months(date) - months(self.first)) / 3,
            RatePeriod::Year => i64::from(date.year()) - i64::from(self.first.year()),
            // `first` is a weekday: five per whole week, then those of the
            // days left (a weekend counts as the Friday before).
            RatePeriod::Weekday => {
                let offset = i64::from(self.first.weekday().to_monday_zero_offset());
                let (weeks, rest) = (days / 7, days % 7);
                let extra = (0..=rest).filter(|r| (offset + r) % 7 < 5).count() as i64;
                weeks * 5 + extra - 1
            }
        })
    }

    /// The start of unit `n`.
    fn unit_at(&self, n: i64) -> Option<Date> {
        let span: Span = match self.period {
            RatePeriod::Day => n.days(),
            RatePeriod::Week => (n * 7).days(),
            RatePeriod::Month => n.months(),
            RatePeriod::Quarter => (n * 3).months(),
            RatePeriod::Year => n.years(),
            RatePeriod::Weekday => {
                let mut d = self.first.checked_add(((n / 5) * 7).days()).ok()?;
                for _ in 0..n % 5 {
                    d = next_unit(d, RatePeriod::Weekday)?;
                }
                return Some(d);
            }
        };
        self.first.checked_add(span).ok()
    }

    /// The index of the period holding `date`; `None` before the first.
    fn index_of(&self, date: Date) -> Option<i64> {
        self.unit_index(date).map(|n| n / self.every)
    }

    /// Period `k`: `every` units from unit `k × every`.
    fn period(&self, k: i64) -> Option<Period> {
        let first_unit = k.checked_mul(self.every)?;
        let start = self.unit_at(first_unit)?;
        let last_unit = self.unit_at(first_unit + self.every - 1)?;
        let next = next_unit(last_unit, self.period)?;
        Some(Period {
            start,
            end: unit_end(last_unit, next, self.period),
        })
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The start of the unit period holding `date` (for weekdays: that day, or
/// the next Monday on a weekend).
fn unit_start(date: Date, period: RatePeriod) -> Option<Date> {
    Some(match period {
        RatePeriod::Day => date,
        RatePeriod::Weekday => {
            let mut d = date;
            while is_weekend(d) {
                d = d.tomorrow().ok()?;
            }
            d
        }
        RatePeriod::Week => date
            .checked_sub(i64::from(date.weekday().to_monday_zero_offset()).days())
            .ok()?,
        RatePeriod::Month => date.first_of_month(),
        RatePeriod::Quarter => Date::new(date.year(), (date.month() - 1) / 3 * 3 + 1, 1).ok()?,
        RatePeriod::Year => Date::new(date.year(), 1, 1).ok()?,
    })
}

fn next_unit(start: Date, period: RatePeriod) -> Option<Date> {
    let span: Span = match period {
        RatePeriod::Day => 1.day(),
        RatePeriod::Weekday => {
            let mut d = start.tomorrow().ok()?;
            while is_weekend(d) {
                d = d.tomorrow().ok()?;
            }
            return Some(d);
        }
        RatePeriod::Week => 7.days(),
        RatePeriod::Month => 1.month(),
        RatePeriod::Quarter => 3.months(),
        RatePeriod::Year => 1.year(),
    };
    start.checked_add(span).ok()
}

fn unit_end(start: Date, next: Date, period: RatePeriod) -> Date {
    match period {
        RatePeriod::Weekday => start,
        _ => next.yesterday().unwrap_or(start),
    }
}

/// The rate brought to one ISO week; `None` for months and longer.
fn per_week(rate: &Rate) -> Option<f64> {
    let every = f64::from(rate.every.max(1));
    match rate.period {
        RatePeriod::Day => Some(rate.count * 7.0 / every),
        RatePeriod::Weekday => Some(rate.count * 5.0 / every),
        RatePeriod::Week => Some(rate.count / every),
        _ => None,
    }
}

/// The rate brought to one day (of the days it counts).
fn per_day(rate: &Rate) -> f64 {
    let days = match rate.period {
        RatePeriod::Day | RatePeriod::Weekday => 1.0,
        RatePeriod::Week => 7.0,
        // Average lengths: only the colour of a day depends on them.
        RatePeriod::Month => 365.25 / 12.0,
        RatePeriod::Quarter => 365.25 / 4.0,
        RatePeriod::Year => 365.25,
    };
    rate.count / (days * f64::from(rate.every.max(1)))
}

fn sum(counts: &BTreeMap<Date, f64>, from: Date, to: Date) -> f64 {
    if from > to {
        return 0.0;
    }
    counts.range(from..=to).map(|(_, c)| c).sum()
}

pub(super) fn compute(
    model: &Model,
    idx: ItemIdx,
    rate: &Rate,
    today: Date,
    options: &Options,
) -> ActivityProgress {
    let item = model.item(idx);
    let counts = daily_counts(model, idx, today);
    let (start, end) = model.window(idx);
    let since = start.or_else(|| counts.keys().next().copied());
    let last = end.map_or(today, |e| e.min(today));
    let (numbered, count) = since
        .map(|s| relevant_periods(rate, &counts, s, last, end, today, options.consistency_days))
        .unwrap_or_default();
    let (indices, periods): (Vec<i64>, Vec<PeriodTotal>) = numbered.into_iter().unzip();
    let monday = today
        .checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())
        .unwrap_or(today);
    let week = Total {
        total: sum(&counts, monday, today),
        target: per_week(rate),
    };
    let streak = streaks(&periods, &indices, today);
    let consistency = consistency(&periods, today, options.consistency_days);
    let over = end.is_some_and(|e| today > e);
    let mut status = match (&consistency, since) {
        // Once the window is over the status is final: achieved when the
        // share of its periods that met the target is on track, else missed.
        // Periods left out of the list were not met (see relevant_periods).
        _ if over && count > 0 => {
            let met = periods.iter().filter(|p| p.met).count();
            let share = met as f64 / count as f64;
            if band(share, options) == Status::OnTrack {
                Status::Achieved
            } else {
                Status::Missed
            }
        }
        (Some(c), _) => band(c.share, options),
        (None, Some(s)) if s > today => Status::NotStarted,
        (None, _) => Status::Unknown,
    };
    if matches!(outcome(model, idx, today), Some((_, false))) {
        status = Status::Dropped;
    }
    let days = since.map_or_else(Vec::new, |s| day_marks(rate, &counts, s, today));
    ActivityProgress {
        id: item.id.clone(),
        title: item.title.clone(),
        rate: RateSummary {
            count: rate.count,
            every: rate.every,
            period: rate.period.name(),
            unit: rate.unit.clone(),
        },
        status,
        since,
        today: counts.get(&today).copied().unwrap_or(0.0),
        week,
        period: periods.last().copied(),
        streak,
        consistency,
        days,
    }
}

/// The periods from `since` to `last` that can change a streak or the
/// consistency, in order: those holding a logged count, those of the
/// consistency window, and the last one. Any period left out holds no
/// count and has ended, so it is not met: a gap between two periods of the
/// list breaks a streak. Their number is bounded by the log lines and the
/// window, not by how long ago `since` is.
/// Also returns how many periods there are from `since` to `last`, listed
/// or not. The last period stops at `window_end`.
fn relevant_periods(
    rate: &Rate,
    counts: &BTreeMap<Date, f64>,
    since: Date,
    last: Date,
    window_end: Option<Date>,
    today: Date,
    consistency_days: u32,
) -> (Vec<(i64, PeriodTotal)>, usize) {
    let Some(calendar) = Calendar::new(rate, since) else {
        return (Vec::new(), 0);
    };
    let Some(end) = calendar.index_of(last) else {
        return (Vec::new(), 0);
    };
    let weekdays = rate.period == RatePeriod::Weekday;
    let window_start = today
        .checked_sub(i64::from(consistency_days).days())
        .unwrap_or(since)
        .max(since);
    let from = calendar.index_of(window_start).unwrap_or(0).min(end);
    let mut ks: std::collections::BTreeSet<i64> = counts
        .range(since..=last)
        .filter_map(|(&d, _)| calendar.index_of(d))
        .collect();
    ks.extend(from..=end);
    let listed = ks
        .into_iter()
        .map_while(|k| calendar.period(k).map(|p| (k, p)))
        .map(|(k, p)| {
            // The last period stops at the window's end.
            let end = window_end.map_or(p.end, |e| p.end.min(e));
            // Weekend counts of a weekday rate belong to no period, even in
            // a block of several weekdays that spans a weekend.
            let total = if weekdays {
                counts
                    .range(p.start..=end.min(today))
                    .filter(|(d, _)| !is_weekend(**d))
                    .map(|(_, c)| c)
                    .sum()
            } else {
                sum(counts, p.start, end.min(today))
            };
            let total = PeriodTotal {
                start: p.start,
                end,
                total,
                target: rate.count,
                met: total >= rate.count - EPSILON,
            };
            (k, total)
        })
        .collect();
    (listed, usize::try_from(end + 1).unwrap_or(usize::MAX))
}

/// Streaks over `periods`, numbered by `indices` (consecutive periods have
/// consecutive numbers).
fn streaks(periods: &[PeriodTotal], indices: &[i64], today: Date) -> Streaks {
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<i64> = None;
    for (p, &k) in periods.iter().zip(indices) {
        // A period left out between two of the list was not met.
        if previous.is_some_and(|before| k > before + 1) {
            run = 0;
        }
        previous = Some(k);
        if p.met {
            run += 1;
            longest = longest.max(run);
        } else if p.end < today {
            run = 0;
        }
    }
    // A current period not met yet neither counts nor breaks: `run` then
    // holds the streak up to the period before it.
    Streaks {
        current: run,
        longest,
    }
}

fn consistency(periods: &[PeriodTotal], today: Date, days: u32) -> Option<Consistency> {
    let recent: Vec<&PeriodTotal> = periods
        .iter()
        .filter(|p| p.end < today && days_between(p.end, today) <= i64::from(days))
        .collect();
    if recent.is_empty() {
        return None;
    }
    let met = recent.iter().filter(|p| p.met).count() as u32;
    Some(Consistency {
        days,
        periods: recent.len() as u32,
        met,
        share: f64::from(met) / recent.len() as f64,
    })
}

fn day_marks(rate: &Rate, counts: &BTreeMap<Date, f64>, since: Date, today: Date) -> Vec<DayMark> {
    let from = today
        .checked_sub(364.days())
        .map_or(since, |year_ago| year_ago.max(since));
    let target = per_day(rate);
    let mut out = Vec::new();
    let mut day = from;
    while day <= today {
        let count = counts.get(&day).copied().unwrap_or(0.0);
        let level = if rate.period == RatePeriod::Weekday && is_weekend(day) && count == 0.0 {
            DayLevel::Rest
        } else if count <= 0.0 {
            DayLevel::Empty
        } else if count >= target - EPSILON {
            DayLevel::Met
        } else {
            DayLevel::Partial
        };
        out.push(DayMark {
            date: day,
            count,
            level,
        });
        let Ok(next) = day.tomorrow() else { break };
        day = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn rate(count: f64, every: u32, period: RatePeriod) -> Rate {
        Rate {
            count,
            unit: None,
            every,
            period,
        }
    }

    fn spans(periods: &[Period]) -> Vec<(Date, Date)> {
        periods.iter().map(|p| (p.start, p.end)).collect()
    }

    #[test]
    fn periods_of_each_rate() {
        // Fri 20 Nov to Tue 24 Nov 2026.
        let (a, b) = (date(2026, 11, 20), date(2026, 11, 24));
        assert_eq!(periods(&rate(1.0, 1, RatePeriod::Day), a, b).len(), 5);
        // Weekdays skip the weekend: Fri, Mon, Tue.
        assert_eq!(
            spans(&periods(&rate(1.0, 1, RatePeriod::Weekday), a, b)),
            [
                (date(2026, 11, 20), date(2026, 11, 20)),
                (date(2026, 11, 23), date(2026, 11, 23)),
                (date(2026, 11, 24), date(2026, 11, 24)),
            ]
        );
        // ISO weeks: Mon 16 to Sun 22, Mon 23 to Sun 29.
        assert_eq!(
            spans(&periods(&rate(1.0, 1, RatePeriod::Week), a, b)),
            [
                (date(2026, 11, 16), date(2026, 11, 22)),
                (date(2026, 11, 23), date(2026, 11, 29)),
            ]
        );
        // Every 2 weeks from the anchor's week.
        assert_eq!(
            spans(&periods(
                &rate(1.0, 2, RatePeriod::Week),
                date(2026, 11, 1),
                b
            )),
            [
                (date(2026, 10, 26), date(2026, 11, 8)),
                (date(2026, 11, 9), date(2026, 11, 22)),
                (date(2026, 11, 23), date(2026, 12, 6)),
            ]
        );
        assert_eq!(
            spans(&periods(
                &rate(1.0, 1, RatePeriod::Month),
                date(2026, 10, 15),
                b
            )),
            [
                (date(2026, 10, 1), date(2026, 10, 31)),
                (date(2026, 11, 1), date(2026, 11, 30)),
            ]
        );
        assert_eq!(
            spans(&periods(
                &rate(1.0, 1, RatePeriod::Quarter),
                date(2026, 8, 15),
                b
            )),
            [
                (date(2026, 7, 1), date(2026, 9, 30)),
                (date(2026, 10, 1), date(2026, 12, 31)),
            ]
        );
        assert_eq!(
            spans(&periods(&rate(1.0, 1, RatePeriod::Year), a, b)),
            [(date(2026, 1, 1), date(2026, 12, 31))]
        );
        // An anchor on a weekend starts on the Monday after.
        assert_eq!(
            periods(&rate(1.0, 1, RatePeriod::Weekday), date(2026, 11, 21), b)[0].start,
            date(2026, 11, 23)
        );
    }

    /// Consecutive numbers: every period listed.
    fn numbers(periods: &[PeriodTotal]) -> Vec<i64> {
        (0..periods.len() as i64).collect()
    }

    fn totals(list: &[(Date, Date, f64)], target: f64) -> Vec<PeriodTotal> {
        list.iter()
            .map(|&(start, end, total)| PeriodTotal {
                start,
                end,
                total,
                target,
                met: total >= target,
            })
            .collect()
    }

    #[test]
    fn streaks_and_consistency() {
        let today = date(2026, 11, 24);
        let d = |day| date(2026, 11, day);
        // Daily target 2: met, missed, met, met, today under way (0).
        let p = totals(
            &[
                (d(19), d(19), 2.0),
                (d(20), d(20), 1.0),
                (d(21), d(21), 3.0),
                (d(22), d(22), 2.0),
                (d(23), d(23), 2.0),
                (d(24), d(24), 0.0),
            ],
            2.0,
        );
        assert_eq!(
            streaks(&p, &numbers(&p), today),
            Streaks {
                current: 3,
                longest: 3
            }
        );
        // 5 periods ended before today, 4 met.
        let c = consistency(&p, today, 28).unwrap();
        assert_eq!((c.periods, c.met), (5, 4));
        assert!((c.share - 0.8).abs() < 1e-12);
        // Only the last 3 days: the 21st, 22nd and 23rd.
        let c = consistency(&p, today, 3).unwrap();
        assert_eq!((c.periods, c.met), (3, 3));
        // Today met: it counts.
        let mut met_today = p.clone();
        met_today[5].total = 2.0;
        met_today[5].met = true;
        assert_eq!(streaks(&met_today, &numbers(&met_today), today).current, 4);
        // A missed period that is over breaks the streak.
        let over = totals(&[(d(22), d(22), 2.0), (d(23), d(23), 0.0)], 2.0);
        assert_eq!(
            streaks(&over, &numbers(&over), today),
            Streaks {
                current: 0,
                longest: 1
            }
        );
        assert_eq!(consistency(&[], today, 28), None);
    }
}
