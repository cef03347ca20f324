//! A day's total becomes a log line, checked like one `goalie log` would
//! write: read back by the grammar, fitting its item, not after today and
//! not before the item starts.

use jiff::civil::Date;

use super::number::write;
use super::rows::{BadRow, Days};
use super::source::{Mode, Spec};
use crate::i18n::Message;
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
                Message::new(
                    format!("{date} is after today ({today}); import what has happened"),
                    format!(
                        "le {date} est après aujourd'hui ({today}) ; importez ce qui s'est passé"
                    ),
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
                Message::new(
                    format!("{} is negative: a log line's value cannot be", day.value),
                    format!(
                        "{} est négatif : la valeur d'une ligne de journal ne peut pas l'être",
                        day.value
                    ),
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
                Message::new(
                    format!("{date} is before `{id}` starts ({start})"),
                    format!("le {date} est avant le début de `{id}` ({start})"),
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
