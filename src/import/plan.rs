//! A day's total becomes a log line, checked like one `goalie log` would
//! write: read back by the grammar, fitting its item, not after today and
//! not before the item starts.

use jiff::civil::Date;

use super::number::write;
use super::rows::{BadRow, Days};
use super::source::{Mode, Spec};
use crate::i18n::{Message, msg};
use crate::log_line::{build_line, check_line, fits};
use crate::model::{Item, ItemKind, LogValue};

/// A line the export asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    pub date: Date,
    /// `DATE ID VALUE`, without the marker comment.
    pub line: String,
    pub value: LogValue,
    /// The line of the day's last row in the export.
    pub row: u64,
    /// Rows that made the day.
    pub rows: u64,
}

/// The item the lines are for, as the model knows it.
pub struct Target<'a> {
    pub item: &'a Item,
    /// When it starts (`start:`, else its period's, else its container's).
    pub start: Option<Date>,
}

/// The lines for every day, and the days that cannot be logged.
pub fn lines(
    days: &Days,
    spec: &Spec,
    target: &Target<'_>,
    today: Date,
    date_column: &str,
    value_column: &str,
) -> (Vec<Planned>, Vec<BadRow>) {
    let item = target.item;
    let activity = item.kind == ItemKind::Activity;
    let unit = spec
        .unit
        .clone()
        .or_else(|| days.unit.map(|u| u.written().to_string()));
    let mut out = Vec::with_capacity(days.days.len());
    let mut bad = Vec::new();
    for (&date, day) in &days.days {
        let at = |column: &str, message: Message| BadRow {
            line: day.line,
            column: column.to_string(),
            message,
        };
        if date > today {
            bad.push(at(
                date_column,
                msg!(
                    import_after_today_import_what,
                    date = date.to_string(),
                    today = today.to_string()
                ),
            ));
            continue;
        }
        // An activity's number is the day's count; a key result's count or
        // sum is what the day added.
        let increment = spec.mode != Mode::Measure && !activity;
        if !increment && day.value < 0.0 {
            bad.push(at(
                value_column,
                msg!(
                    import_negative_log_line_value,
                    value = day.value.to_string()
                ),
            ));
            continue;
        }
        let number = write(day.value);
        let sign = match (increment, day.value < 0.0) {
            (false, _) => "",
            (true, false) => "+",
            (true, true) => "-",
        };
        let value = match unit.as_deref() {
            Some("%") => format!("{sign}{number}%"),
            Some(u) => format!("{sign}{number} {u}"),
            None => format!("{sign}{number}"),
        };
        let checked = build_line(date, &item.id, &value, None)
            .and_then(|line| Ok((check_line(&line)?, line)))
            .and_then(|(v, line)| fits(item, &v).map(|()| (v, line)));
        let (logged, line) = match checked {
            Ok(ok) => ok,
            Err(m) => {
                bad.push(at(value_column, m));
                continue;
            }
        };
        let progress = matches!(logged, LogValue::Increment(_)) || activity;
        if let Some(start) = target.start
            && progress
            && date < start
        {
            let id = &item.id;
            bad.push(at(
                date_column,
                msg!(
                    import_before_starts,
                    date = date.to_string(),
                    id = id.to_string(),
                    start = start.to_string()
                ),
            ));
            continue;
        }
        out.push(Planned {
            date,
            line,
            value: logged,
            row: day.line,
            rows: day.rows,
        });
    }
    bad.sort_by_key(|b| b.line);
    (out, bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Workspace;
    use crate::import::number::CellUnit;
    use crate::import::rows::Day;
    use crate::import::source::Source;
    use jiff::civil::date;

    const PLAN: &str = "objective o: Grow revenue in Q4\n  period: 2026-Q4\n  kr revenue: Collect 10 000 USD\n    metric: 0 -> 10 000 USD\n  kr bounce: Cut the bounce rate\n    metric: 45% -> 35%\nactivity calls: Call prospects\n  target: 20 per weekday\n  start: 2026-10-05\n";

    fn days(values: &[(i8, f64)], unit: Option<CellUnit>) -> Days {
        Days {
            days: values
                .iter()
                .enumerate()
                .map(|(i, &(d, value))| {
                    let day = Day {
                        value,
                        rows: 1,
                        line: i as u64 + 2,
                    };
                    (date(2026, 10, d), day)
                })
                .collect(),
            unit,
            read: values.len() as u64,
            kept: values.len() as u64,
        }
    }

    /// The lines and the bad rows' (line, column) for an import into `id`.
    fn run(id: &str, mode: &str, days: &Days) -> (Vec<String>, Vec<(u64, String)>) {
        let mut ws = Workspace::new();
        ws.add_file("plan.goals", PLAN);
        let today = date(2026, 10, 20);
        let analysis = ws.analyze(today);
        let model = &analysis.model;
        let idx = model.find(id).unwrap();
        let spec = Source {
            id: Some(id.into()),
            date: Some("Day".into()),
            value: Some("Value".into()),
            count: mode == "count",
            sum: mode == "sum",
            ..Source::default()
        }
        .spec()
        .unwrap();
        let target = Target {
            item: model.item(idx),
            start: model.window(idx).0,
        };
        let (lines, bad) = lines(days, &spec, &target, today, "Day", "Value");
        (
            lines.into_iter().map(|p| p.line).collect(),
            bad.into_iter().map(|b| (b.line, b.column)).collect(),
        )
    }

    #[test]
    fn sums_are_signed_increments_with_the_cells_unit() {
        let usd = Some(CellUnit::Currency("USD"));
        let (lines, bad) = run("revenue", "sum", &days(&[(1, 1333.5), (2, -99.0)], usd));
        assert_eq!(
            lines,
            [
                "2026-10-01 revenue +1333.5 USD",
                "2026-10-02 revenue -99 USD"
            ]
        );
        assert!(bad.is_empty());
    }

    #[test]
    fn an_activitys_count_is_the_days_number() {
        let (lines, bad) = run("calls", "count", &days(&[(5, 17.0), (2, 3.0)], None));
        assert_eq!(lines, ["2026-10-05 calls 17"]);
        // Counted before the activity starts (2026-10-05): refused.
        assert_eq!(bad, [(3, "Day".to_string())]);
    }

    #[test]
    fn measurements_may_precede_the_start_but_not_today_or_zero() {
        let pct = Some(CellUnit::Percent);
        let d = Days {
            days: [
                (
                    date(2026, 9, 30),
                    Day {
                        value: 41.2,
                        rows: 1,
                        line: 2,
                    },
                ),
                (
                    date(2026, 10, 21),
                    Day {
                        value: 40.0,
                        rows: 1,
                        line: 3,
                    },
                ),
                (
                    date(2026, 10, 2),
                    Day {
                        value: -1.0,
                        rows: 1,
                        line: 4,
                    },
                ),
            ]
            .into_iter()
            .collect(),
            unit: pct,
            read: 3,
            kept: 3,
        };
        let (lines, bad) = run("bounce", "measure", &d);
        assert_eq!(lines, ["2026-09-30 bounce 41.2%"]);
        assert_eq!(bad, [(3, "Day".to_string()), (4, "Value".to_string())]);
        // A unit the item is not measured in.
        let (lines, bad) = run("revenue", "sum", &days(&[(1, 5.0)], pct));
        assert!(lines.is_empty());
        assert_eq!(bad, [(2, "Value".to_string())]);
        // An objective carries no numbers.
        let (lines, bad) = run("o", "count", &days(&[(1, 5.0)], None));
        assert!(lines.is_empty() && bad.len() == 1);
    }
}
