//! What an import reads and writes: the options of `goalie import`, also
//! named once in goalie.toml as `[[import]]` tables with the same keys.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::{Message, msg};

/// One `[[import]]` table, or the command line's options, as written.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Source {
    /// What `--source NAME` calls it; also the name in the marker comment.
    pub name: Option<String>,
    pub id: Option<String>,
    /// The column holding the day.
    pub date: Option<String>,
    /// The column holding the value (not needed with `count`).
    pub value: Option<String>,
    pub count: bool,
    pub sum: bool,
    /// `COLUMN=VALUE` conditions a row must all meet.
    #[serde(rename = "where")]
    pub filters: Vec<String>,
    pub scale: Option<f64>,
    pub unit: Option<String>,
    /// The file to add lines to, relative to goalie.toml's folder.
    pub to: Option<String>,
    pub date_format: Option<String>,
}

/// How rows become a day's line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Each row's value is a measurement; the last row of a day wins.
    Measure,
    /// One per row, per day.
    Count,
    /// The value column added up per day.
    Sum,
}

/// A `--where COLUMN=VALUE` condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub column: String,
    pub value: String,
}

/// A complete, checked import.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub name: Option<String>,
    pub id: String,
    pub date: String,
    pub value: Option<String>,
    pub mode: Mode,
    pub filters: Vec<Filter>,
    pub scale: f64,
    pub unit: Option<String>,
    pub date_format: Option<String>,
}

impl Source {
    /// These options over `base` (a goalie.toml table): what is given here
    /// wins.
    pub fn over(self, base: &Source) -> Source {
        let (count, sum) = if self.count || self.sum {
            (self.count, self.sum)
        } else {
            (base.count, base.sum)
        };
        Source {
            name: self.name.or_else(|| base.name.clone()),
            id: self.id.or_else(|| base.id.clone()),
            date: self.date.or_else(|| base.date.clone()),
            value: self.value.or_else(|| base.value.clone()),
            count,
            sum,
            filters: if self.filters.is_empty() {
                base.filters.clone()
            } else {
                self.filters
            },
            scale: self.scale.or(base.scale),
            unit: self.unit.or_else(|| base.unit.clone()),
            to: self.to.or_else(|| base.to.clone()),
            date_format: self.date_format.or_else(|| base.date_format.clone()),
        }
    }

    /// Checks that the options make one import.
    pub fn spec(&self) -> Result<Spec, Message> {
        let missing = |flag: &str| msg!(import_say_which_import_table, flag = flag);
        let id = self.id.clone().ok_or_else(|| missing("id"))?;
        let date = self.date.clone().ok_or_else(|| missing("date"))?;
        if self.count && self.sum {
            return Err(msg!(import_count_sum_cannot_go));
        }
        let mode = match (self.count, self.sum) {
            (true, _) => Mode::Count,
            (_, true) => Mode::Sum,
            _ => Mode::Measure,
        };
        if mode != Mode::Count && self.value.is_none() {
            return Err(missing("value"));
        }
        let filters = self
            .filters
            .iter()
            .map(|f| parse_filter(f))
            .collect::<Result<_, _>>()?;
        let scale = self.scale.unwrap_or(1.0);
        if !scale.is_finite() || scale == 0.0 {
            return Err(msg!(import_scale_number_other_than));
        }
        if let Some(name) = &self.name
            && !name_is_plain(name)
        {
            return Err(msg!(
                import_name_holds_letters_digits,
                name = name.to_string()
            ));
        }
        Ok(Spec {
            name: self.name.clone(),
            id,
            date,
            value: if mode == Mode::Count {
                None
            } else {
                self.value.clone()
            },
            mode,
            filters,
            scale,
            unit: self.unit.clone().filter(|u| !u.trim().is_empty()),
            date_format: self.date_format.clone(),
        })
    }
}

/// A name goes in a comment and names a table: one plain word.
fn name_is_plain(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// `COLUMN=VALUE`.
pub fn parse_filter(text: &str) -> Result<Filter, Message> {
    match text.split_once('=') {
        Some((column, value)) if !column.trim().is_empty() => Ok(Filter {
            column: column.trim().to_string(),
            value: value.trim().to_string(),
        }),
        _ => Err(msg!(
            import_not_condition_write_column,
            text = text.to_string()
        )),
    }
}

/// The `[[import]]` tables of goalie.toml, checked: each has a plain name,
/// used once, and makes one import.
pub fn from_config(tables: Vec<Spanned<Source>>) -> Result<Vec<Source>, (Range<usize>, Message)> {
    let mut out: Vec<Source> = Vec::with_capacity(tables.len());
    for table in tables {
        let span = table.span();
        let source = table.into_inner();
        let Some(name) = &source.name else {
            return Err((span, msg!(import_import_each_table_has)));
        };
        if out.iter().any(|s| s.name.as_ref() == Some(name)) {
            return Err((
                span,
                msg!(import_import_two_tables_are, name = name.to_string()),
            ));
        }
        if let Err(m) = source.spec() {
            return Err((
                span,
                msg!(import_table_problem, name = name.to_string(), problem = m),
            ));
        }
        out.push(source);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_wins_over_the_table() {
        let table = Source {
            name: Some("crm".into()),
            id: Some("deals".into()),
            date: Some("Close Date".into()),
            count: true,
            filters: vec!["Stage=Won".into()],
            ..Source::default()
        };
        let cli = Source {
            sum: true,
            value: Some("Amount".into()),
            ..Source::default()
        };
        let spec = cli.over(&table).spec().unwrap();
        assert_eq!(spec.mode, Mode::Sum);
        assert_eq!(spec.id, "deals");
        assert_eq!(spec.value.as_deref(), Some("Amount"));
        assert_eq!(
            spec.filters,
            [Filter {
                column: "Stage".into(),
                value: "Won".into()
            }]
        );
        assert_eq!(spec.name.as_deref(), Some("crm"));
    }

    #[test]
    fn incomplete_options_say_what_is_missing() {
        let s = Source::default();
        assert!(
            s.spec()
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("--id")
        );
        let s = Source {
            id: Some("x".into()),
            date: Some("Day".into()),
            ..Source::default()
        };
        assert!(
            s.spec()
                .unwrap_err()
                .render(crate::i18n::Lang::En)
                .contains("--value")
        );
        let s = Source { count: true, ..s };
        assert_eq!(s.spec().unwrap().mode, Mode::Count);
        let bad = Source {
            filters: vec!["Stage".into()],
            ..s.clone()
        };
        assert!(
            bad.spec()
                .unwrap_err()
                .render(crate::i18n::Lang::Fr)
                .contains("COLONNE=VALEUR")
        );
        let bad = Source {
            scale: Some(0.0),
            ..s.clone()
        };
        assert!(bad.spec().is_err());
        let bad = Source {
            name: Some("two words".into()),
            ..s
        };
        assert!(bad.spec().is_err());
    }

    #[test]
    fn goalie_toml_tables_are_checked_with_their_line() {
        use crate::config::Settings;
        let s = Settings::from_toml(
            "lang = \"fr\"\n[[import]]\nname = \"crm\"\nid = \"deals\"\ndate = \"Close Date\"\ncount = true\nwhere = [\"Stage=Won\"]\nto = \"logs/crm.goals\"\ndate-format = \"%d/%m/%Y\"\n[[import]]\nname = \"ga\"\nid = \"bounce\"\ndate = \"Date\"\nvalue = \"Bounce rate\"\nscale = 100\nunit = \"%\"\n",
        )
        .unwrap();
        assert_eq!(s.imports.len(), 2);
        assert_eq!(s.imports[0].to.as_deref(), Some("logs/crm.goals"));
        assert_eq!(s.imports[0].date_format.as_deref(), Some("%d/%m/%Y"));
        assert_eq!(s.imports[1].spec().unwrap().scale, 100.0);
        assert!(Settings::default().imports.is_empty());
        let e = Settings::from_toml("\n[[import]]\nid = \"x\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("has a `name`"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        let e = Settings::from_toml("[[import]]\nname = \"a\"\nid = \"x\"\ndate = \"D\"\ncount = true\n[[import]]\nname = \"a\"\nid = \"y\"\ndate = \"D\"\ncount = true\n").unwrap_err();
        assert_eq!(e.line, Some(6));
        assert!(
            e.message
                .render(crate::i18n::Lang::Fr)
                .contains("deux tables s'appellent `a`")
        );
        let e = Settings::from_toml("[[import]]\nname = \"a\"\nid = \"x\"\ndate = \"D\"\n")
            .unwrap_err();
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("[[import]] a: say which column holds the value"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        let e = Settings::from_toml("[[import]]\nname = \"a\"\nvalu = \"x\"\n").unwrap_err();
        assert_eq!(e.line, Some(3));
    }
}
