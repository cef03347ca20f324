//! Where a goal stands in words, and the timeline it is judged against.

use jiff::civil::Date;
use serde::Serialize;

use super::Options;
use crate::i18n::{Message, msg};

/// A goal's standing on a day. The order is from best to worst among the
/// statuses that judge progress; the last three say why none could be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The target is reached (before, on or after the due date).
    Achieved,
    /// Progress is at least `at_risk_below` of what is expected today.
    OnTrack,
    /// Progress is between `off_track_below` and `at_risk_below` of what is
    /// expected today.
    AtRisk,
    /// Progress is below `off_track_below` of what is expected today.
    OffTrack,
    /// The due date has passed without reaching the target.
    Missed,
    /// Today is before the start: nothing is expected yet.
    NotStarted,
    /// No dates or no data to judge by.
    Unknown,
    /// A `dropped` log line gave the goal up.
    Dropped,
}

impl Status {
    pub fn message(self) -> Message {
        match self {
            Status::Achieved => msg!(progress_achieved),
            Status::OnTrack => msg!(progress_on_track),
            Status::AtRisk => msg!(progress_at_risk),
            Status::OffTrack => msg!(progress_off_track),
            Status::Missed => msg!(progress_missed),
            Status::NotStarted => msg!(progress_not_started),
            Status::Unknown => msg!(progress_no_data),
            Status::Dropped => msg!(progress_dropped),
        }
    }

    /// How bad a judged status is, for "worst status" roll-ups; `None` for
    /// the statuses that judge nothing.
    pub fn badness(self) -> Option<u8> {
        match self {
            Status::Achieved => Some(0),
            Status::OnTrack => Some(1),
            Status::AtRisk => Some(2),
            Status::OffTrack => Some(3),
            Status::Missed => Some(4),
            Status::NotStarted | Status::Unknown | Status::Dropped => None,
        }
    }

    /// The status of the numbers going well: what a low confidence
    /// contradicts.
    pub fn is_good(self) -> bool {
        matches!(self, Status::Achieved | Status::OnTrack)
    }

    /// The status of the numbers going badly: what a high confidence
    /// contradicts.
    pub fn is_bad(self) -> bool {
        matches!(self, Status::OffTrack | Status::Missed)
    }
}

/// The worst judged status of several, if any was judged.
pub fn worst(statuses: impl IntoIterator<Item = Status>) -> Option<Status> {
    statuses
        .into_iter()
        .filter_map(|s| s.badness().map(|b| (b, s)))
        .max_by_key(|&(b, _)| b)
        .map(|(_, s)| s)
}

/// An item's window seen from today, at the start of today: the days before
/// today have elapsed, today is still ahead.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Timeline {
    pub start: Date,
    pub due: Date,
    /// Days in the window, both ends included (1 when start == due).
    pub days: i64,
    /// Whole days of the window before today (0 to `days`).
    pub elapsed_days: i64,
    /// Days from today to the due date, both included; 0 once it has passed.
    pub days_left: i64,
    /// `elapsed_days / days`, in percent.
    pub expected_percent: f64,
}

impl Timeline {
    /// `None` when the window ends before it starts (reported by `check`).
    pub fn new(start: Date, due: Date, today: Date) -> Option<Timeline> {
        let days = days_between(start, due) + 1;
        if days < 1 {
            return None;
        }
        let elapsed_days = days_between(start, today).clamp(0, days);
        let days_left = (days_between(today, due) + 1).clamp(0, days);
        Some(Timeline {
            start,
            due,
            days,
            elapsed_days,
            days_left,
            expected_percent: 100.0 * elapsed_days as f64 / days as f64,
        })
    }

    pub fn is_over(&self) -> bool {
        self.days_left == 0
    }

    pub fn not_started(&self) -> bool {
        self.elapsed_days == 0 && self.days_left == self.days && self.days > 0
    }
}

/// Calendar days from `a` to `b` (negative when `b` is before `a`).
pub fn days_between(a: Date, b: Date) -> i64 {
    // Civil days are 24 hours each; `duration_since` is exact and, unlike
    // `since` with units, cheap enough to call for every log line.
    b.duration_since(a).as_secs() / 86_400
}

/// Tolerance for comparing computed percentages (floating point sums).
pub(super) const EPSILON: f64 = 1e-9;

/// Judges progress (in percent of the way to the target) against the
/// timeline, as docs/progress.md describes.
pub fn judge(percent: f64, timeline: Option<&Timeline>, today: Date, options: &Options) -> Status {
    if percent >= 100.0 - EPSILON {
        return Status::Achieved;
    }
    let Some(t) = timeline else {
        return Status::Unknown;
    };
    if today > t.due {
        return Status::Missed;
    }
    if today < t.start {
        return Status::NotStarted;
    }
    let expected = t.expected_percent;
    // Too early to tell: a slow first week is not a failure.
    if expected < options.grace * 100.0 {
        return Status::OnTrack;
    }
    band(percent / expected, options)
}

/// The band of a ratio of actual to expected progress.
pub fn band(ratio: f64, options: &Options) -> Status {
    if ratio >= options.at_risk_below - EPSILON {
        Status::OnTrack
    } else if ratio >= options.off_track_below - EPSILON {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn timeline_counts_whole_days_before_today() {
        // 1 Oct to 31 Dec: 92 days; 54 of them (Oct 1 to Nov 23) are before
        // 24 Nov; 38 are left counting today (Nov 24 to Dec 31).
        let t = Timeline::new(date(2026, 10, 1), date(2026, 12, 31), date(2026, 11, 24)).unwrap();
        assert_eq!((t.days, t.elapsed_days, t.days_left), (92, 54, 38));
        assert!((t.expected_percent - 5400.0 / 92.0).abs() < 1e-9);
        // Due today: one day left, all but one elapsed.
        let t = Timeline::new(date(2026, 11, 1), date(2026, 11, 24), date(2026, 11, 24)).unwrap();
        assert_eq!((t.days, t.elapsed_days, t.days_left), (24, 23, 1));
        assert!(!t.is_over());
        // Over.
        let t = Timeline::new(date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 24)).unwrap();
        assert_eq!(
            (t.elapsed_days, t.days_left, t.expected_percent),
            (31, 0, 100.0)
        );
        assert!(t.is_over());
        // Zero-length (start == due): one day, nothing elapsed on that day.
        let t = Timeline::new(date(2026, 11, 24), date(2026, 11, 24), date(2026, 11, 24)).unwrap();
        assert_eq!((t.days, t.elapsed_days, t.days_left), (1, 0, 1));
        assert_eq!(t.expected_percent, 0.0);
        // Not started.
        let t = Timeline::new(date(2026, 12, 1), date(2026, 12, 31), date(2026, 11, 24)).unwrap();
        assert_eq!((t.elapsed_days, t.days_left), (0, 31));
        assert!(t.not_started());
        // Backwards windows have no timeline.
        assert!(Timeline::new(date(2026, 12, 1), date(2026, 11, 1), date(2026, 11, 24)).is_none());
    }

    #[test]
    fn bands_follow_the_thresholds() {
        let o = Options::default();
        let today = date(2026, 11, 24);
        // Expected 50%: 45% is exactly 90% of it (on track), 44% at risk,
        // 35% exactly 70% (at risk), 34% off track.
        let t = Timeline::new(date(2026, 11, 1), date(2026, 12, 16), today).unwrap();
        assert_eq!(t.expected_percent, 50.0);
        let j = |p| judge(p, Some(&t), today, &o);
        assert_eq!(j(45.0), Status::OnTrack);
        assert_eq!(j(44.0), Status::AtRisk);
        assert_eq!(j(35.0), Status::AtRisk);
        assert_eq!(j(34.0), Status::OffTrack);
        assert_eq!(j(100.0), Status::Achieved);
        assert_eq!(judge(50.0, None, today, &o), Status::Unknown);
        // Early: under 10% of the time elapsed, nothing is off track yet.
        let early = Timeline::new(date(2026, 11, 20), date(2026, 12, 31), today).unwrap();
        assert!(early.expected_percent < 10.0);
        assert_eq!(judge(0.0, Some(&early), today, &o), Status::OnTrack);
        let over = Timeline::new(date(2026, 10, 1), date(2026, 10, 31), today).unwrap();
        assert_eq!(judge(99.0, Some(&over), today, &o), Status::Missed);
        let later = Timeline::new(date(2026, 12, 1), date(2026, 12, 31), today).unwrap();
        assert_eq!(judge(0.0, Some(&later), today, &o), Status::NotStarted);
    }

    #[test]
    fn worst_ignores_unjudged() {
        assert_eq!(
            worst([Status::OnTrack, Status::Dropped, Status::AtRisk]),
            Some(Status::AtRisk)
        );
        assert_eq!(worst([Status::Unknown]), None);
        assert_eq!(
            worst([Status::Missed, Status::OffTrack]),
            Some(Status::Missed)
        );
    }
}
