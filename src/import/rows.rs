//! Rows of an export, read one at a time into one total per day: the
//! columns found by name, the rows kept by the `--where` conditions, the
//! cells read as days and numbers. Nothing here touches a file: the shell
//! hands over records as the `csv` crate reads them.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;

use super::date::{Evidence, Order, RawDay};
use super::number::{CellUnit, parse_cell};
use super::source::{Mode, Spec};
use crate::i18n::{Message, msg};

/// A row that cannot be imported: its line in the file, the column and why.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    /// 1-based line of the file where the row starts.
    pub line: u64,
    /// The column's name as the header writes it.
    pub column: String,
    pub message: Message,
}

/// A cell's text: UTF-8, else Windows-1252 (what Excel writes for "CSV"
/// in Western Europe).
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

/// For matching names and values: trimmed, lower case, without accents.
fn fold(s: &str) -> String {
    deunicode::deunicode(s.trim()).to_lowercase()
}

/// Finds a column: its exact name, else the one name equal ignoring case
/// and accents.
fn find_column(header: &[String], name: &str) -> Result<usize, Message> {
    if let Some(i) = header.iter().position(|h| h.trim() == name.trim()) {
        return Ok(i);
    }
    let folded = fold(name);
    if let Some(i) = header.iter().position(|h| fold(h) == folded) {
        return Ok(i);
    }
    let list = header
        .iter()
        .map(|h| format!("\"{h}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let closest = header
        .iter()
        .map(|h| (strsim::jaro_winkler(&fold(h), &folded), h))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, h)| h);
    Err(match closest {
        Some(h) => msg!(
            import_no_column_did_you_mean,
            name = name,
            list = list,
            suggestion = h
        ),
        None => msg!(import_no_column, name = name, list = list),
    })
}

/// One day's rows, added up so far.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Acc {
    /// The sum (`Sum`) or the last value (`Measure`).
    value: f64,
    rows: u64,
    last_line: u64,
}

/// What one day of the export says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Day {
    /// The count, the sum, or the last row's value; scaled.
    pub value: f64,
    /// The rows that made it.
    pub rows: u64,
    /// The line of its last row.
    pub line: u64,
}

/// Every day of an export.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Days {
    pub days: BTreeMap<Date, Day>,
    /// The unit the cells carry (`41.2%`, `1 234,50 €`), if any.
    pub unit: Option<CellUnit>,
    /// Rows read, and rows the conditions kept.
    pub read: u64,
    pub kept: u64,
}

/// Reads rows into days.
pub struct Rows {
    spec: Spec,
    header: Vec<String>,
    date: usize,
    value: Option<usize>,
    /// Column and folded value of each condition.
    filters: Vec<(usize, String)>,
    /// A `;`-separated (French) file: a lone `1,500` is 1.5.
    decimal_comma: bool,
    days: HashMap<RawDay, Acc>,
    evidence: Evidence,
    unit: Option<(CellUnit, u64)>,
    read: u64,
    kept: u64,
}

impl Rows {
    /// Finds the spec's columns in the header.
    pub fn new(spec: &Spec, header: Vec<String>, decimal_comma: bool) -> Result<Rows, Message> {
        let date = find_column(&header, &spec.date)?;
        let value = match &spec.value {
            Some(v) => Some(find_column(&header, v)?),
            None => None,
        };
        let filters = spec
            .filters
            .iter()
            .map(|f| Ok((find_column(&header, &f.column)?, fold(&f.value))))
            .collect::<Result<_, Message>>()?;
        Ok(Rows {
            spec: spec.clone(),
            header,
            date,
            value,
            filters,
            decimal_comma,
            days: HashMap::new(),
            evidence: Evidence::default(),
            unit: None,
            read: 0,
            kept: 0,
        })
    }

    fn bad(&self, line: u64, column: usize, message: Message) -> BadRow {
        BadRow {
            line,
            column: self.header.get(column).cloned().unwrap_or_default(),
            message,
        }
    }

    fn cell<'r>(
        &self,
        record: &'r csv::ByteRecord,
        line: u64,
        column: usize,
    ) -> Result<Cow<'r, str>, BadRow> {
        match record.get(column) {
            Some(bytes) => Ok(decode(bytes)),
            None => Err(self.bad(
                line,
                column,
                msg!(
                    import_row_has_fields_header,
                    len = record.len().to_string(),
                    len2 = self.header.len().to_string()
                ),
            )),
        }
    }

    /// Reads one row starting on `line`. A bad row changes nothing.
    pub fn row(&mut self, line: u64, record: &csv::ByteRecord) -> Result<(), BadRow> {
        self.read += 1;
        // A row of empty cells is a blank line in a spreadsheet's eyes.
        if record.iter().all(|f| decode(f).trim().is_empty()) {
            return Ok(());
        }
        for &(column, ref wanted) in &self.filters {
            // A short row meets no condition on the cells it lacks.
            let Some(bytes) = record.get(column) else {
                return Ok(());
            };
            if fold(&decode(bytes)) != *wanted {
                return Ok(());
            }
        }
        let text = self.cell(record, line, self.date)?;
        if text.trim().is_empty() {
            return Err(self.bad(line, self.date, msg!(import_date_empty)));
        }
        let day = super::date::parse_cell(&text, self.spec.date_format.as_deref())
            .map_err(|m| self.bad(line, self.date, m))?;
        let (value, unit) = match self.value {
            None => (1.0, None),
            Some(column) => {
                let text = self.cell(record, line, column)?;
                if text.trim().is_empty() {
                    return Err(self.bad(line, column, msg!(import_value_empty)));
                }
                let cell =
                    parse_cell(&text, self.decimal_comma).map_err(|m| self.bad(line, column, m))?;
                if let (Some(u), Some((seen, seen_line))) = (cell.unit, self.unit)
                    && u != seen
                {
                    return Err(self.bad(
                        line,
                        column,
                        msg!(
                            import_line,
                            trim = text.trim().to_string(),
                            written = u.written().to_string(),
                            seen_line = seen_line.to_string(),
                            written2 = seen.written().to_string()
                        ),
                    ));
                }
                (cell.value, cell.unit)
            }
        };
        if let Some(u) = unit
            && self.unit.is_none()
        {
            self.unit = Some((u, line));
        }
        self.evidence.see(day, line);
        self.kept += 1;
        let mode = self.spec.mode;
        let acc = self.days.entry(day).or_insert(Acc {
            value: 0.0,
            rows: 0,
            last_line: line,
        });
        acc.rows += 1;
        acc.last_line = line;
        acc.value = match mode {
            Mode::Measure => value,
            Mode::Count | Mode::Sum => acc.value + value,
        };
        Ok(())
    }

    /// The days, once every row is read. `french`: read an undecided
    /// `03/11/2026` day first.
    pub fn finish(self, french: bool) -> Result<(Days, Vec<BadRow>), Message> {
        let order = self.evidence.order(french)?;
        let mut days: BTreeMap<Date, Day> = BTreeMap::new();
        let mut bad = Vec::new();
        let mode = self.spec.mode;
        // Several writings of one day (`2026-11-03` and `03/11/2026`) join.
        for (raw, acc) in self.days {
            let Some(date) = raw.resolve(order) else {
                let written = match raw {
                    RawDay::Slashed {
                        first,
                        second,
                        year,
                    } => format!("{first:02}/{second:02}/{year}"),
                    RawDay::Day(d) => d.to_string(),
                };
                let order = match order {
                    Order::DayFirst => "day",
                    Order::MonthFirst => "month",
                };
                bad.push(BadRow {
                    line: acc.last_line,
                    column: self.header[self.date].clone(),
                    message: msg!(import_not_a_day, written = written, order = order),
                });
                continue;
            };
            let day = days.entry(date).or_insert(Day {
                value: 0.0,
                rows: 0,
                line: 0,
            });
            match mode {
                Mode::Measure => {
                    if acc.last_line > day.line {
                        day.value = acc.value;
                    }
                }
                Mode::Count | Mode::Sum => day.value += acc.value,
            }
            day.rows += acc.rows;
            day.line = day.line.max(acc.last_line);
        }
        for day in days.values_mut() {
            day.value *= self.spec.scale;
        }
        bad.sort_by_key(|b| b.line);
        Ok((
            Days {
                days,
                unit: self.unit.map(|(u, _)| u),
                read: self.read,
                kept: self.kept,
            },
            bad,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::source::Source;
    use jiff::civil::date;

    fn spec(mode: &str) -> Spec {
        Source {
            id: Some("x".into()),
            date: Some("Date".into()),
            value: Some("Montant".into()),
            count: mode == "count",
            sum: mode == "sum",
            ..Source::default()
        }
        .spec()
        .unwrap()
    }

    fn rec(fields: &[&str]) -> csv::ByteRecord {
        csv::ByteRecord::from(fields.to_vec())
    }

    fn header() -> Vec<String> {
        vec!["Date".into(), "Montant".into(), "Étape".into()]
    }

    #[test]
    fn sums_counts_and_last_values_per_day() {
        let rows = [
            ["2026-11-03", "10,5", "Gagné"],
            ["03/11/2026", "1 000", "Gagné"],
            ["2026-11-04", "2", "Perdu"],
        ];
        for (mode, third, fourth) in [
            ("sum", 1010.5, 2.0),
            ("count", 2.0, 1.0),
            ("measure", 1000.0, 2.0),
        ] {
            let mut r = Rows::new(&spec(mode), header(), true).unwrap();
            for (i, row) in rows.iter().enumerate() {
                r.row(i as u64 + 2, &rec(row)).unwrap();
            }
            let (days, bad) = r.finish(true).unwrap();
            assert!(bad.is_empty());
            assert_eq!(days.days[&date(2026, 11, 3)].value, third, "{mode}");
            assert_eq!(days.days[&date(2026, 11, 3)].rows, 2);
            assert_eq!(days.days[&date(2026, 11, 4)].value, fourth, "{mode}");
            assert_eq!((days.read, days.kept), (3, 3));
        }
    }

    #[test]
    fn conditions_and_columns_ignore_case_and_accents() {
        let mut s = spec("count");
        s.filters = vec![crate::import::source::parse_filter("etape=gagne").unwrap()];
        s.date = "date".into();
        let mut r = Rows::new(&s, header(), false).unwrap();
        r.row(2, &rec(&["2026-11-03", "", "Gagné"])).unwrap();
        r.row(3, &rec(&["2026-11-03", "", "Perdu"])).unwrap();
        r.row(4, &rec(&["2026-11-04"])).unwrap();
        let (days, _) = r.finish(false).unwrap();
        assert_eq!(days.days.len(), 1);
        assert_eq!((days.read, days.kept), (3, 1));
    }

    #[test]
    fn unknown_columns_suggest_the_closest() {
        let mut s = spec("sum");
        s.value = Some("Montan".into());
        let e = Rows::new(&s, header(), false).err().unwrap();
        assert!(
            e.render(crate::i18n::Lang::En)
                .contains("did you mean \"Montant\""),
            "{}",
            e.render(crate::i18n::Lang::En)
        );
        assert!(
            e.render(crate::i18n::Lang::Fr)
                .contains("\"Date\", \"Montant\", \"Étape\""),
            "{}",
            e.render(crate::i18n::Lang::Fr)
        );
    }

    #[test]
    fn bad_cells_name_their_line_and_column() {
        let mut r = Rows::new(&spec("sum"), header(), false).unwrap();
        let e = r.row(7, &rec(&["2026-11-03", "beaucoup"])).unwrap_err();
        assert_eq!((e.line, e.column.as_str()), (7, "Montant"));
        let e = r.row(8, &rec(&["hier", "3"])).unwrap_err();
        assert_eq!((e.line, e.column.as_str()), (8, "Date"));
        let e = r.row(9, &rec(&["2026-11-03"])).unwrap_err();
        assert_eq!((e.line, e.column.as_str()), (9, "Montant"));
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("the row has 1 fields"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        let e = r.row(10, &rec(&["", "3"])).unwrap_err();
        assert_eq!(e.column, "Date");
        r.row(11, &rec(&["2026-11-03", "3 €"])).unwrap();
        let e = r.row(12, &rec(&["2026-11-04", "$3"])).unwrap_err();
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("line 11 in EUR"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        // Only the good row counted.
        let (days, _) = r.finish(false).unwrap();
        assert_eq!(days.days[&date(2026, 11, 3)].value, 3.0);
        assert_eq!(days.unit, Some(CellUnit::Currency("EUR")));
    }

    #[test]
    fn impossible_days_are_found_once_the_order_is_known() {
        let mut r = Rows::new(&spec("sum"), header(), false).unwrap();
        r.row(2, &rec(&["31/12/2026", "1"])).unwrap();
        r.row(3, &rec(&["30/02/2026", "1"])).unwrap();
        let (days, bad) = r.finish(false).unwrap();
        assert_eq!(days.days.len(), 1);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 3);
    }

    #[test]
    fn windows_1252_cells_are_read() {
        assert_eq!(decode(b"12 \x80"), "12 €");
        assert_eq!(decode("12 €".as_bytes()), "12 €");
    }
}
