//! The export's lines against the lines already there. A line an import
//! wrote ends with a marker comment, `# import` or `# import NAME`; the
//! same day's marked line of the same import is kept when it says the same
//! and restated when it does not. Any other line for that day and item is
//! a person's (or another import's) and is never touched: a conflict.
//! Increments of two differently named imports add up, so they coexist.

use std::ops::Range;

use jiff::civil::Date;

use super::plan::Planned;
use crate::diagnostic::FileId;
use crate::model::{ItemIdx, LogValue, Model};

/// The comment that marks an import's lines.
pub fn marker(name: Option<&str>) -> String {
    match name {
        Some(name) => format!("# import {name}"),
        None => "# import".to_string(),
    }
}

/// Who wrote a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Author {
    Person,
    Import(Option<String>),
}

/// What follows a log line on its line says who wrote it.
pub fn author(rest: &str) -> Author {
    let rest = rest.trim();
    match rest.strip_prefix("# import") {
        Some("") => Author::Import(None),
        Some(name)
            if name.starts_with([' ', '\t']) && !name.trim().contains(char::is_whitespace) =>
        {
            Author::Import(Some(name.trim().to_string()))
        }
        _ => Author::Person,
    }
}

/// A line already in the workspace for the imported item.
#[derive(Clone, Debug, PartialEq)]
pub struct Existing {
    pub date: Date,
    pub file: FileId,
    /// The whole line, indentation and comment included, without its
    /// line break.
    pub range: Range<usize>,
    pub text: String,
    pub value: LogValue,
    pub author: Author,
}

/// The item's lines that carry a value or an increment.
pub fn existing<'t>(
    model: &Model,
    idx: ItemIdx,
    text_of: impl Fn(FileId) -> &'t str,
) -> Vec<Existing> {
    let mut out = Vec::new();
    for &l in &model.item(idx).logs {
        let log = model.log(l);
        if !matches!(log.value, LogValue::Value(_) | LogValue::Increment(_)) {
            continue;
        }
        let text = text_of(log.file);
        let (start, end) = (log.range.start as usize, log.range.end as usize);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let line_end = if text[..line_end].ends_with('\r') {
            line_end - 1
        } else {
            line_end
        };
        out.push(Existing {
            date: log.date.value,
            file: log.file,
            range: line_start..line_end,
            text: text[line_start..line_end].to_string(),
            value: log.value.clone(),
            author: author(&text[end..line_end]),
        });
    }
    out
}

/// What becomes of one day of the export.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A new line.
    Add(Planned),
    /// The import's own line says the same.
    Unchanged(Planned),
    /// The import's own line, which said something else, is replaced.
    Restate { planned: Planned, old: Existing },
    /// Someone else's line for that day: left alone.
    Conflict { planned: Planned, theirs: Existing },
}

/// Two values are the same measure: same kind, number and unit.
pub fn same_value(a: &LogValue, b: &LogValue) -> bool {
    match (a, b) {
        (LogValue::Value(x), LogValue::Value(y))
        | (LogValue::Increment(x), LogValue::Increment(y)) => {
            x.unit == y.unit && (x.value - y.value).abs() <= 1e-9 * x.value.abs().max(1.0)
        }
        _ => false,
    }
}

/// Decides each day of the export against the lines already there.
pub fn reconcile(planned: Vec<Planned>, existing: &[Existing], name: Option<&str>) -> Vec<Outcome> {
    let own = Author::Import(name.map(str::to_string));
    planned
        .into_iter()
        .map(|p| {
            let same_day = existing.iter().filter(|e| e.date == p.date);
            let mut mine = None;
            let mut theirs = None;
            for e in same_day {
                if e.author == own {
                    mine.get_or_insert(e);
                } else {
                    let both_increments = matches!(e.author, Author::Import(_))
                        && matches!(e.value, LogValue::Increment(_))
                        && matches!(p.value, LogValue::Increment(_));
                    if !both_increments {
                        theirs.get_or_insert(e);
                    }
                }
            }
            match (theirs, mine) {
                (Some(t), _) => Outcome::Conflict {
                    planned: p,
                    theirs: t.clone(),
                },
                (None, Some(m)) if same_value(&m.value, &p.value) => Outcome::Unchanged(p),
                (None, Some(m)) => Outcome::Restate {
                    planned: p,
                    old: m.clone(),
                },
                (None, None) => Outcome::Add(p),
            }
        })
        .collect()
}

/// A log line with its marker.
pub fn marked(line: &str, name: Option<&str>) -> String {
    format!("{line}  {}", marker(name))
}

/// A file's text with lines replaced and others added at its end. Every
/// other byte is kept; a CRLF file gets CRLF lines, and a last line without
/// a line break gets one before the new lines.
pub fn apply(text: &str, mut replace: Vec<(Range<usize>, String)>, add: &[String]) -> String {
    replace.sort_by_key(|(r, _)| r.start);
    let crlf = text
        .find('\n')
        .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r');
    let eol = if crlf { "\r\n" } else { "\n" };
    let mut out =
        String::with_capacity(text.len() + add.iter().map(|l| l.len() + 2).sum::<usize>());
    let mut at = 0;
    for (range, line) in replace {
        out.push_str(&text[at..range.start]);
        out.push_str(&line);
        at = range.end;
    }
    out.push_str(&text[at..]);
    if !add.is_empty() && !out.is_empty() && !out.ends_with('\n') {
        out.push_str(eol);
    }
    for line in add {
        out.push_str(line);
        out.push_str(eol);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quantity, Unit};
    use crate::text::TextRange;
    use jiff::civil::date;

    fn q(v: f64) -> Quantity {
        Quantity {
            value: v,
            unit: Unit::None,
            range: TextRange::new(0, 0),
        }
    }

    fn planned(d: i8, v: f64) -> Planned {
        Planned {
            date: date(2026, 11, d),
            line: format!("2026-11-{d:02} x {v}"),
            value: LogValue::Value(q(v)),
            row: 2,
            rows: 1,
        }
    }

    fn existing(d: i8, v: f64, author: Author) -> Existing {
        Existing {
            date: date(2026, 11, d),
            file: FileId(0),
            range: 0..0,
            text: String::new(),
            value: LogValue::Value(q(v)),
            author,
        }
    }

    #[test]
    fn markers_are_read_back() {
        assert_eq!(author("  # import ga"), Author::Import(Some("ga".into())));
        assert_eq!(author("# import"), Author::Import(None));
        assert_eq!(author(""), Author::Person);
        assert_eq!(author("# imported by hand"), Author::Person);
        assert_eq!(author("# import two words"), Author::Person);
        assert_eq!(
            author(&format!(" {}", marker(Some("crm")))),
            Author::Import(Some("crm".into()))
        );
    }

    #[test]
    fn each_day_is_added_kept_restated_or_left_alone() {
        let ga = || Author::Import(Some("ga".into()));
        let there = [
            existing(2, 10.0, ga()),
            existing(3, 10.0, ga()),
            existing(4, 10.0, Author::Person),
            existing(5, 10.0, Author::Import(Some("other".into()))),
        ];
        let out = reconcile(
            vec![
                planned(1, 1.0),
                planned(2, 10.0),
                planned(3, 12.0),
                planned(4, 10.0),
                planned(5, 3.0),
            ],
            &there,
            Some("ga"),
        );
        assert!(matches!(out[0], Outcome::Add(_)));
        assert!(matches!(out[1], Outcome::Unchanged(_)));
        assert!(matches!(out[2], Outcome::Restate { .. }));
        // Even when it says the same: a person's line is theirs.
        assert!(matches!(out[3], Outcome::Conflict { .. }));
        assert!(matches!(out[4], Outcome::Conflict { .. }));
        // Increments of another import add up.
        let inc = |author| Existing {
            value: LogValue::Increment(q(4.0)),
            ..existing(6, 0.0, author)
        };
        let mut p = planned(6, 2.0);
        p.value = LogValue::Increment(q(2.0));
        let out = reconcile(vec![p.clone()], &[inc(Author::Import(None))], Some("ga"));
        assert!(matches!(out[0], Outcome::Add(_)));
        let out = reconcile(vec![p], &[inc(Author::Person)], Some("ga"));
        assert!(matches!(out[0], Outcome::Conflict { .. }));
    }

    #[test]
    fn edits_keep_every_other_byte() {
        let text = "a\nb # import\nc";
        assert_eq!(
            apply(text, vec![(2..12, "B".into())], &["d".into()]),
            "a\nB\nc\nd\n"
        );
        assert_eq!(apply("a\r\n", vec![], &["d".into()]), "a\r\nd\r\n");
        assert_eq!(apply("", vec![], &["d".into()]), "d\n");
        assert_eq!(apply("a", vec![], &[]), "a");
    }
}
