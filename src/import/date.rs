//! Days as exports write them: `2026-11-03`, `20261103`, `03/11/2026` (or
//! with `.` or `-`), each possibly followed by a time (`2026-11-03
//! 14:02:11`, `2026-11-03T14:02:11Z`), whose day is kept as written.
//!
//! `03/11/2026` is the 3rd of November in French and March 11th in
//! American English. The file decides when it can (a `23/11/2026` is day
//! first); otherwise a French file or `--lang fr` reads day first, and an
//! undecided file is refused with the reason, unless `--date-format` says.

use jiff::civil::Date;

use crate::i18n::{Message, msg};

/// A day as read from a cell, before the file has said which of day and
/// month comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RawDay {
    Day(Date),
    /// `first/second/year`.
    Slashed {
        first: u8,
        second: u8,
        year: i16,
    },
}

/// Which of day and month a slashed date writes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    DayFirst,
    MonthFirst,
}

fn not_a_date(text: &str) -> Message {
    msg!(import_not_date_write_2026, text = text.to_string())
}

/// Reads a cell. With a format (strftime, as `%d.%m.%Y`), only that.
pub fn parse_cell(text: &str, format: Option<&str>) -> Result<RawDay, Message> {
    let s = text.trim();
    if let Some(format) = format {
        return jiff::fmt::strtime::parse(format, s)
            .and_then(|tm| tm.to_date())
            .map(RawDay::Day)
            .map_err(|_| {
                msg!(
                    import_does_not_match_date,
                    text = text.to_string(),
                    format = format.to_string()
                )
            });
    }
    // The day part: up to a blank or a `T` followed by a time.
    let day = match s.find([' ', 'T', '\u{a0}']) {
        Some(i) if looks_like_time(&s[i + 1..]) => &s[..i],
        Some(_) => return Err(not_a_date(text)),
        None => s,
    };
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = day.get(r)?;
        if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let ymd = |y: u32, m: u32, d: u32| -> Result<RawDay, Message> {
        jiff::civil::Date::new(y as i16, m as i8, d as i8)
            .ok()
            .filter(|_| y <= 9999 && m <= 12 && d <= 31)
            .map(RawDay::Day)
            .ok_or_else(|| impossible(text))
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(not_a_date(text));
        };
        return ymd(y, m, d);
    }
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(4..6), digits(6..8)) else {
            return Err(not_a_date(text));
        };
        return ymd(y, m, d);
    }
    // 3/11/2026, 03.11.2026, 03-11-2026.
    let sep = [b'/', b'.', b'-']
        .into_iter()
        .find(|&c| b.contains(&c))
        .ok_or_else(|| not_a_date(text))?;
    let parts: Vec<&str> = day.split(sep as char).collect();
    let [first, second, year] = parts.as_slice() else {
        return Err(not_a_date(text));
    };
    let num = |p: &str, max_len: usize| -> Option<u32> {
        (!p.is_empty() && p.len() <= max_len && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    match (num(first, 2), num(second, 2), num(year, 4)) {
        (Some(a), Some(b), Some(y)) if year.len() == 4 => {
            if a == 0 || b == 0 || a > 31 || b > 31 || (a > 12 && b > 12) {
                return Err(impossible(text));
            }
            Ok(RawDay::Slashed {
                first: a as u8,
                second: b as u8,
                year: y as i16,
            })
        }
        _ => Err(not_a_date(text)),
    }
}

fn impossible(text: &str) -> Message {
    msg!(import_not_day_calendar, text = text.to_string())
}

/// `14:02`, `14:02:11`, `14:02:11.5Z`, `14:02:11+01:00`, `2:05 PM`.
fn looks_like_time(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&h) && b.get(h) == Some(&b':')
}

/// What the slashed dates of a file say about their order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// A first part above 12 was seen (only a day can be), on this row.
    pub day_first: Option<u64>,
    /// A second part above 12 was seen, on this row.
    pub month_first: Option<u64>,
    /// Some slashed date was seen, on this row.
    pub any: Option<u64>,
}

impl Evidence {
    pub fn see(&mut self, day: RawDay, row: u64) {
        if let RawDay::Slashed { first, second, .. } = day {
            self.any.get_or_insert(row);
            if first > 12 {
                self.day_first.get_or_insert(row);
            }
            if second > 12 {
                self.month_first.get_or_insert(row);
            }
        }
    }

    /// The order of the file's slashed dates. `french`: the file or the
    /// language says day first when the dates themselves do not.
    pub fn order(&self, french: bool) -> Result<Order, Message> {
        match (self.day_first, self.month_first) {
            (Some(d), Some(m)) => Err(msg!(
                import_dates_are_written_day,
                d = d.to_string(),
                m = m.to_string()
            )),
            (Some(_), None) => Ok(Order::DayFirst),
            (None, Some(_)) => Ok(Order::MonthFirst),
            (None, None) if french || self.any.is_none() => Ok(Order::DayFirst),
            (None, None) => Err(msg!(import_every_date_such_as)),
        }
    }
}

impl RawDay {
    /// The day, once the order is known; `None` for an impossible one
    /// (`31/02/2026`).
    pub fn resolve(self, order: Order) -> Option<Date> {
        match self {
            RawDay::Day(d) => Some(d),
            RawDay::Slashed {
                first,
                second,
                year,
            } => {
                let (d, m) = match order {
                    Order::DayFirst => (first, second),
                    Order::MonthFirst => (second, first),
                };
                if m > 12 {
                    return None;
                }
                Date::new(year, m as i8, d as i8).ok()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn resolved(s: &str, order: Order) -> Date {
        parse_cell(s, None).unwrap().resolve(order).unwrap()
    }

    #[test]
    fn every_writing_of_a_day() {
        let d = date(2026, 11, 3);
        for s in [
            "2026-11-03",
            "20261103",
            "2026-11-03 14:02:11",
            "2026-11-03T23:59:59Z",
            "2026-11-03T00:30:00+01:00",
            " 2026-11-03 ",
        ] {
            assert_eq!(resolved(s, Order::MonthFirst), d, "{s}");
        }
        for s in [
            "03/11/2026",
            "3/11/2026",
            "03.11.2026",
            "03-11-2026",
            "03/11/2026 09:15",
        ] {
            assert_eq!(resolved(s, Order::DayFirst), d, "{s}");
        }
        assert_eq!(resolved("11/03/2026 2:05 PM", Order::MonthFirst), d);
        let f = parse_cell("Nov 3, 2026", Some("%b %d, %Y")).unwrap();
        assert_eq!(f, RawDay::Day(d));
    }

    #[test]
    fn what_is_not_a_day() {
        for s in [
            "",
            "soon",
            "2026-13-01",
            "2026-02-30",
            "20261332",
            "3/11/26",
            "32/01/2026",
            "13/13/2026",
            "2026-11-03 later",
        ] {
            assert!(parse_cell(s, None).is_err(), "{s}");
        }
        assert!(parse_cell("2026-11-03", Some("%d/%m/%Y")).is_err());
        let e = parse_cell("2026-02-30", None).unwrap_err();
        assert!(
            e.render(crate::i18n::Lang::Fr).contains("calendrier"),
            "{}",
            e.render(crate::i18n::Lang::Fr)
        );
        // Known only once the order is.
        let feb = parse_cell("30/02/2026", None).unwrap();
        assert_eq!(feb.resolve(Order::DayFirst), None);
    }

    #[test]
    fn the_file_decides_the_order_when_it_can() {
        let mut e = Evidence::default();
        e.see(parse_cell("03/11/2026", None).unwrap(), 2);
        assert!(e.order(false).is_err());
        assert_eq!(e.order(true), Ok(Order::DayFirst));
        e.see(parse_cell("11/23/2026", None).unwrap(), 5);
        assert_eq!(e.order(true), Ok(Order::MonthFirst));
        e.see(parse_cell("23/11/2026", None).unwrap(), 9);
        let m = e.order(true).unwrap_err();
        assert!(
            m.render(crate::i18n::Lang::En).contains("row 9")
                && m.render(crate::i18n::Lang::En).contains("row 5"),
            "{}",
            m.render(crate::i18n::Lang::En)
        );
        // No slashed date: nothing to decide.
        assert_eq!(Evidence::default().order(false), Ok(Order::DayFirst));
    }
}
