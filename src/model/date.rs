//! Dates and periods: every date form of the format becomes an inclusive
//! range of days, through jiff, so impossible dates are errors, not panics.

use jiff::civil::{Date, ISOWeekDate, Weekday};

use crate::i18n::{Message, msg};

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub start: Date,
    pub end: Date,
}

impl DateRange {
    pub fn day(date: Date) -> Self {
        DateRange {
            start: date,
            end: date,
        }
    }

    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }

    /// Number of days, both ends included.
    pub fn days(&self) -> i64 {
        i64::from((self.end - self.start).get_days()) + 1
    }
}

/// Why a date could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub message: Message,
}

fn err(message: Message) -> DateError {
    DateError { message }
}

fn num<T: std::str::FromStr>(s: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    // The grammar only lets digits through, in bounded counts.
    s.parse().expect("digits checked by the grammar")
}

fn year(text: &str) -> Result<i16, DateError> {
    let y: i16 = num(&text[..4]);
    if y == 0 {
        return Err(err(msg!(model_there_no_year_0, text = text)));
    }
    Ok(y)
}

/// Reads a `day` node's text: `2026-11-02`.
pub fn parse_day(text: &str) -> Result<Date, DateError> {
    let y = year(text)?;
    let m: i8 = num(&text[5..7]);
    let d: i8 = num(&text[8..10]);
    if !(1..=12).contains(&m) {
        return Err(err(msg!(model_not_date_there_no, text = text, month = m)));
    }
    Date::new(y, m, d).map_err(|_| {
        let last = Date::new(y, m, 1).map(|d| d.days_in_month()).unwrap_or(31);
        err(msg!(model_not_date_that_month, text = text, last = last))
    })
}

/// Reads a day written exactly `YYYY-MM-DD` from free text (a command-line
/// flag, a config value), where the grammar has not checked the digits.
pub fn parse_day_strict(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if shaped { parse_day(text).ok() } else { None }
}

/// Reads a date point (day, week, quarter, half, month, year) as a range.
pub fn parse_point(kind: PointKind, text: &str) -> Result<DateRange, DateError> {
    let y = year(text)?;
    let after = text.get(5..).unwrap_or("");
    match kind {
        PointKind::Day => parse_day(text).map(DateRange::day),
        PointKind::Month => {
            let m: i8 = num(after);
            let first = Date::new(y, m, 1)
                .map_err(|_| err(msg!(model_not_month_months_go, text = text)))?;
            Ok(DateRange {
                start: first,
                end: first.last_of_month(),
            })
        }
        PointKind::Week => {
            let w: i8 = num(&after[1..]);
            let bad = || {
                err(msg!(
                    model_not_week_has_weeks,
                    text = text,
                    year = y.to_string(),
                    weeks = weeks_in(y)
                ))
            };
            let monday = ISOWeekDate::new(y, w, Weekday::Monday).map_err(|_| bad())?;
            let sunday = ISOWeekDate::new(y, w, Weekday::Sunday).map_err(|_| bad())?;
            Ok(DateRange {
                start: monday.date(),
                end: sunday.date(),
            })
        }
        PointKind::Quarter | PointKind::Half => {
            let n: i8 = num(&after[1..]);
            let (count, months) = if kind == PointKind::Quarter {
                (4, 3)
            } else {
                (2, 6)
            };
            if !(1..=count).contains(&n) {
                return Err(if kind == PointKind::Quarter {
                    err(msg!(model_not_quarter_quarters_go, text = text))
                } else {
                    err(msg!(model_not_half_year_halves, text = text))
                });
            }
            let first_month = (n - 1) * months + 1;
            let start = Date::new(y, first_month, 1).expect("valid month");
            let end = Date::new(y, first_month + months - 1, 1)
                .expect("valid month")
                .last_of_month();
            Ok(DateRange { start, end })
        }
        PointKind::Year => Ok(DateRange {
            start: Date::new(y, 1, 1).expect("valid year"),
            end: Date::new(y, 12, 31).expect("valid year"),
        }),
    }
}

fn weeks_in(year: i16) -> i8 {
    Date::new(year, 12, 28)
        .map(|d| ISOWeekDate::from_date(d).week())
        .unwrap_or(52)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointKind {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
}

/// Joins the two ends of `a..b`, refusing ranges that end before they start.
pub fn join_range(text: &str, start: DateRange, end: DateRange) -> Result<DateRange, DateError> {
    if end.end < start.start {
        return Err(err(msg!(model_ends_before_it_starts, text = text)));
    }
    Ok(DateRange {
        start: start.start,
        end: end.end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn range(kind: PointKind, text: &str) -> (Date, Date) {
        let r = parse_point(kind, text).unwrap();
        (r.start, r.end)
    }

    #[test]
    fn every_form_becomes_a_range() {
        assert_eq!(
            range(PointKind::Day, "2026-11-02"),
            (date(2026, 11, 2), date(2026, 11, 2))
        );
        assert_eq!(
            range(PointKind::Month, "2026-02"),
            (date(2026, 2, 1), date(2026, 2, 28))
        );
        assert_eq!(
            range(PointKind::Month, "2028-02"),
            (date(2028, 2, 1), date(2028, 2, 29))
        );
        assert_eq!(
            range(PointKind::Week, "2026-W45"),
            (date(2026, 11, 2), date(2026, 11, 8))
        );
        // ISO week 1 of 2027 starts in 2027; week 53 of 2026 exists.
        assert_eq!(
            range(PointKind::Week, "2026-W53"),
            (date(2026, 12, 28), date(2027, 1, 3))
        );
        assert_eq!(
            range(PointKind::Quarter, "2026-Q4"),
            (date(2026, 10, 1), date(2026, 12, 31))
        );
        assert_eq!(
            range(PointKind::Quarter, "2026-T1"),
            (date(2026, 1, 1), date(2026, 3, 31))
        );
        assert_eq!(
            range(PointKind::Half, "2026-H2"),
            (date(2026, 7, 1), date(2026, 12, 31))
        );
        assert_eq!(
            range(PointKind::Half, "2026-S1"),
            (date(2026, 1, 1), date(2026, 6, 30))
        );
        assert_eq!(
            range(PointKind::Year, "2027"),
            (date(2027, 1, 1), date(2027, 12, 31))
        );
    }

    #[test]
    fn impossible_dates_are_errors() {
        for (kind, text) in [
            (PointKind::Day, "2026-02-30"),
            (PointKind::Day, "2026-13-01"),
            (PointKind::Day, "2026-04-31"),
            (PointKind::Day, "0000-01-01"),
            (PointKind::Month, "2026-00"),
            (PointKind::Week, "2027-W53"),
            (PointKind::Week, "2026-W00"),
            (PointKind::Quarter, "2026-Q5"),
            (PointKind::Half, "2026-H3"),
        ] {
            assert!(parse_point(kind, text).is_err(), "{text}");
        }
        let e = parse_day("2026-02-30").unwrap_err();
        assert!(
            e.message.render(crate::i18n::Lang::En).contains("28 days"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        assert!(e.message.render(crate::i18n::Lang::Fr).contains("28 jours"));
    }

    #[test]
    fn ranges_must_go_forward() {
        let a = parse_point(PointKind::Day, "2026-12-31").unwrap();
        let b = parse_point(PointKind::Day, "2026-10-01").unwrap();
        assert!(join_range("x", a, b).is_err());
        assert_eq!(join_range("x", b, a).unwrap().days(), 92);
    }
}
