//! The recent trend of a measured value: an ordinary least-squares line
//! through the measurements of the last N days.

use jiff::civil::Date;

use super::measure::Point;
use super::status::days_between;

/// `value = intercept + slope × (days since origin)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    pub origin: Date,
    pub intercept: f64,
    /// Change per day.
    pub slope: f64,
    /// How many measurements the line was fitted to.
    pub points: usize,
    /// The first day of the window the measurements were taken from.
    pub since: Date,
}

/// Farthest projection given: beyond ten years a date says nothing.
const HORIZON_DAYS: i64 = 3650;

/// Fits a line to the points dated within the `days` days ending today
/// (today - days + 1 to today). `None` with fewer than two points: a trend
/// needs two days of measurements.
pub fn fit(points: &[Point], today: Date, days: u32) -> Option<Line> {
    let since = today
        .checked_sub(jiff::Span::new().days(i64::from(days.max(1)) - 1))
        .ok()?;
    let recent: Vec<&Point> = points
        .iter()
        .filter(|p| p.date >= since && p.date <= today)
        .collect();
    if recent.len() < 2 {
        return None;
    }
    let origin = recent[0].date;
    let xs: Vec<f64> = recent
        .iter()
        .map(|p| days_between(origin, p.date) as f64)
        .collect();
    let n = recent.len() as f64;
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = recent.iter().map(|p| p.value).sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mean_x).powi(2)).sum();
    let sxy: f64 = xs
        .iter()
        .zip(&recent)
        .map(|(x, p)| (x - mean_x) * (p.value - mean_y))
        .sum();
    // Points are on distinct days, so sxx > 0; stay safe anyway.
    if sxx <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    Some(Line {
        origin,
        intercept: mean_y - slope * mean_x,
        slope,
        points: recent.len(),
        since,
    })
}

impl Line {
    /// The line's value on a day.
    pub fn at(&self, date: Date) -> f64 {
        self.intercept + self.slope * days_between(self.origin, date) as f64
    }

    /// The first day, from `today` on, when the line reaches `target`
    /// coming from `current`'s side; `None` when it heads away or flat, or
    /// would take more than ten years.
    pub fn reaches(&self, target: f64, current: f64, today: Date) -> Option<Date> {
        let towards = (target - current).signum();
        if towards == 0.0 || self.slope * towards <= 0.0 {
            return None;
        }
        let x = (target - self.intercept) / self.slope;
        let day = x.ceil().max(days_between(self.origin, today) as f64);
        if !day.is_finite() || day - days_between(self.origin, today) as f64 > HORIZON_DAYS as f64 {
            return None;
        }
        self.origin
            .checked_add(jiff::Span::new().days(day as i64))
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn p(d: Date, value: f64) -> Point {
        Point { date: d, value }
    }

    #[test]
    fn least_squares_over_the_recent_window() {
        let today = date(2026, 11, 24);
        // Three points: x = 0, 7, 14 (Nov 2, 9, 16), y = 10, 16, 25.
        // mean x = 7, mean y = 17; sxx = 98; sxy = (-7)(-7) + 0 + 7×8 = 105;
        // slope = 105/98 = 1.0714…; intercept = 17 - 7.5 = 9.5.
        let points = [
            p(date(2026, 10, 1), 0.0), // outside the 28 days
            p(date(2026, 11, 2), 10.0),
            p(date(2026, 11, 9), 16.0),
            p(date(2026, 11, 16), 25.0),
        ];
        let line = fit(&points, today, 28).unwrap();
        assert_eq!(line.points, 3);
        assert_eq!(line.since, date(2026, 10, 28));
        assert!((line.slope - 105.0 / 98.0).abs() < 1e-12);
        assert!((line.intercept - 9.5).abs() < 1e-12);
        // On Dec 31 (x = 59): 9.5 + 59 × 1.0714… = 72.714…
        assert!((line.at(date(2026, 12, 31)) - (9.5 + 59.0 * 105.0 / 98.0)).abs() < 1e-9);
        // Reaching 50: x = (50 - 9.5) / 1.0714 = 37.8 → day 38 = Dec 10.
        assert_eq!(line.reaches(50.0, 25.0, today), Some(date(2026, 12, 10)));
        // Heading away from a lower target: never.
        assert_eq!(line.reaches(0.0, 25.0, today), None);
    }

    #[test]
    fn one_point_is_no_trend() {
        let today = date(2026, 11, 24);
        assert!(fit(&[p(date(2026, 11, 20), 3.0)], today, 28).is_none());
        assert!(fit(&[], today, 28).is_none());
        // A point dated after today is not a measurement yet.
        assert!(
            fit(
                &[p(date(2026, 11, 20), 3.0), p(date(2026, 11, 30), 5.0)],
                today,
                28
            )
            .is_none()
        );
    }

    #[test]
    fn a_decreasing_line_reaches_a_lower_target() {
        let today = date(2026, 11, 24);
        // 30 on Nov 3, 24 on Nov 17: -6 in 14 days.
        let line = fit(
            &[p(date(2026, 11, 3), 30.0), p(date(2026, 11, 17), 24.0)],
            today,
            28,
        )
        .unwrap();
        assert!((line.slope + 6.0 / 14.0).abs() < 1e-12);
        // 15 is 15 below 30: x = 35 → Dec 8.
        assert_eq!(line.reaches(15.0, 24.0, today), Some(date(2026, 12, 8)));
        // Already past the line's crossing: never before today.
        assert_eq!(line.reaches(26.0, 27.0, today), Some(today));
    }
}
