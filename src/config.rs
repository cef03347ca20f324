//! `goalie.toml`: rule severities, thresholds, extra lexicon words, the
//! message language and a fixed `today`. Parsed from text here (the host
//! finds and reads the file), with errors that name the key and its line.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Code, Severity};
use crate::i18n::{Lang, Message, msg};
use crate::text::{ColumnUnit, LineIndex};

/// A rule's configured level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

/// Numbers the rules compare against, with their defaults.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Thresholds {
    /// Days without a log line or check-in before an open item is stale.
    pub stale_days: u32,
    /// Required pace over observed pace beyond which a target is unrealistic.
    pub unrealistic_pace_ratio: f64,
    /// Smallest change from baseline to target, in percent of the baseline,
    /// for a target to count as ambitious.
    pub min_change_percent: f64,
    pub min_key_results: usize,
    pub max_key_results: usize,
    /// Objectives one owner may carry in one period.
    pub max_objectives_per_owner: usize,
    /// Words a title needs to say something specific.
    pub min_title_words: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            stale_days: 14,
            unrealistic_pace_ratio: 2.5,
            min_change_percent: 5.0,
            min_key_results: 1,
            max_key_results: 5,
            max_objectives_per_owner: 5,
            min_title_words: 3,
        }
    }
}

/// Words added to the built-in lexicons.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExtraWords {
    pub vague: Vec<String>,
    pub business_as_usual: Vec<String>,
    pub task_verbs: Vec<String>,
    pub wishes: Vec<String>,
    pub hedges: Vec<String>,
    pub metric_nouns: Vec<String>,
    /// Direction words; `!word` means "down".
    pub directions: Vec<String>,
    pub outcome_idioms: Vec<String>,
    pub unrealistic: Vec<String>,
}

/// Everything the configuration can set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    levels: HashMap<&'static str, Level>,
    pub thresholds: Thresholds,
    pub words: ExtraWords,
    /// How progress is judged (`goalie status`, `report`, hovers).
    pub progress: crate::progress::Options,
    pub lang: Option<Lang>,
    pub today: Option<Date>,
    /// The `[[import]]` tables, by name (`goalie import --source NAME`).
    pub imports: Vec<crate::import::Source>,
}

impl Settings {
    /// The severity a code reports at, or `None` when it is off.
    pub fn severity(&self, code: &Code) -> Option<Severity> {
        match self.levels.get(code.code) {
            Some(Level::Off) => None,
            Some(Level::On(s)) => Some(*s),
            None => Some(code.severity),
        }
    }

    pub fn enabled(&self, code: &Code) -> bool {
        self.severity(code).is_some()
    }

    pub fn set_level(&mut self, code: &'static Code, level: Level) {
        self.levels.insert(code.code, level);
    }
}

/// A configuration error, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based, when known.
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: Message,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    lang: Option<Spanned<String>>,
    today: Option<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    thresholds: Thresholds,
    #[serde(default)]
    lexicon: ExtraWords,
    #[serde(default)]
    progress: crate::progress::Options,
    #[serde(default)]
    import: Vec<Spanned<crate::import::Source>>,
}

impl Settings {
    /// Parses the text of a `goalie.toml`, naming codes by what `find`
    /// knows (the catalogue is the rules' registry, a layer above: its
    /// `Settings::from_toml` passes `rules::codes::find`).
    pub fn from_toml_with(
        text: &str,
        find: impl Fn(&str) -> Option<&'static Code>,
    ) -> Result<Settings, ConfigError> {
        let index = LineIndex::new(text);
        let at = |offset: usize| {
            let lc = index.line_col(text, offset, ColumnUnit::Char);
            (Some(lc.line + 1), Some(lc.col + 1))
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((None, None), |s| at(s.start));
            let mut detail = e.message().trim().to_string();
            // A value of the wrong type or out of its type's range: say
            // whose, as the range checks below do.
            if let Some(key) = e.span().and_then(|s| key_at(text, s)) {
                detail = format!("{key}: {detail}");
            }
            ConfigError {
                line,
                column,
                message: msg!(config_invalid_configuration, detail = detail),
            }
        })?;
        let fail = |span: std::ops::Range<usize>, message: Message| {
            // An empty span: the place is not known.
            let (line, column) = if span.is_empty() {
                (None, None)
            } else {
                at(span.start)
            };
            ConfigError {
                line,
                column,
                message,
            }
        };
        let mut settings = Settings {
            thresholds: raw.thresholds,
            words: raw.lexicon,
            progress: raw.progress,
            ..Settings::default()
        };
        settings.imports =
            crate::import::source::from_config(raw.import).map_err(|(span, m)| fail(span, m))?;
        if let Some(lang) = raw.lang {
            settings.lang = Some(lang.get_ref().parse().map_err(|_| {
                fail(
                    lang.span(),
                    msg!(config_lang_must_be_en, value = lang.get_ref()),
                )
            })?);
        }
        if let Some(today) = raw.today {
            settings.today = Some(
                crate::model::date::parse_day_strict(today.get_ref()).ok_or_else(|| {
                    fail(
                        today.span(),
                        msg!(config_today_must_be_day, value = today.get_ref()),
                    )
                })?,
            );
        }
        for (key, value) in raw.rules {
            let Some(code) = find(key.get_ref()) else {
                return Err(fail(
                    key.span(),
                    msg!(config_rules_no_rule_called, value = key.get_ref()),
                ));
            };
            let level = match value.get_ref().as_str() {
                "off" => Level::Off,
                "info" => Level::On(Severity::Info),
                "warning" => Level::On(Severity::Warning),
                "error" => Level::On(Severity::Error),
                other => {
                    return Err(fail(
                        value.span(),
                        msg!(
                            config_rules_level_off_info,
                            rule = key.get_ref(),
                            other = other
                        ),
                    ));
                }
            };
            settings.set_level(code, level);
        }
        check_ranges(text, &settings, &fail)?;
        Ok(settings)
    }
}

/// A numeric setting: where it lives, its value, and the values it takes.
struct Bounded {
    table: &'static str,
    key: &'static str,
    value: f64,
    min: f64,
    max: f64,
}

/// Every numeric setting with its range. The ranges keep the arithmetic
/// meaningful (no date beyond the calendar, no NaN, no 309-digit
/// percentage) and are wide enough for any real team.
fn bounded(settings: &Settings) -> Vec<Bounded> {
    let t = &settings.thresholds;
    let p = &settings.progress;
    let b = |table, key, value: f64, min, max| Bounded {
        table,
        key,
        value,
        min,
        max,
    };
    let th = "thresholds";
    let pr = "progress";
    vec![
        b(th, "stale-days", t.stale_days.into(), 1.0, 3660.0),
        b(
            th,
            "unrealistic-pace-ratio",
            t.unrealistic_pace_ratio,
            1.0,
            1000.0,
        ),
        b(th, "min-change-percent", t.min_change_percent, 0.0, 1000.0),
        b(th, "min-key-results", t.min_key_results as f64, 0.0, 100.0),
        b(th, "max-key-results", t.max_key_results as f64, 1.0, 100.0),
        b(
            th,
            "max-objectives-per-owner",
            t.max_objectives_per_owner as f64,
            1.0,
            1000.0,
        ),
        b(th, "min-title-words", t.min_title_words as f64, 0.0, 50.0),
        b(pr, "at-risk-below", p.at_risk_below, 0.0, 1.0),
        b(pr, "off-track-below", p.off_track_below, 0.0, 1.0),
        b(pr, "grace", p.grace, 0.0, 1.0),
        b(pr, "trend-days", p.trend_days.into(), 2.0, 3660.0),
        b(
            pr,
            "consistency-days",
            p.consistency_days.into(),
            1.0,
            3660.0,
        ),
        b(
            pr,
            "milestone-warning-days",
            p.milestone_warning_days as f64,
            0.0,
            3660.0,
        ),
        b(pr, "confident-at", p.confident_at, 0.0, 1.0),
        b(pr, "doubtful-at", p.doubtful_at, 0.0, 1.0),
        b(pr, "aspirational-success", p.aspirational_success, 0.0, 1.0),
    ]
}

/// Where `[table] key`'s value is written, if it is.
fn value_span(text: &str, table: &str, key: &str) -> Option<std::ops::Range<usize>> {
    fn find<'i>(
        t: &toml::de::DeTable<'i>,
        k: &str,
    ) -> Option<toml::Spanned<toml::de::DeValue<'i>>> {
        t.iter()
            .find(|(name, _)| name.get_ref().as_ref() == k)
            .map(|(_, v)| v.clone())
    }
    let doc = toml::de::DeTable::parse(text).ok()?;
    let toml::de::DeValue::Table(section) = find(doc.get_ref(), table)?.into_inner() else {
        return None;
    };
    find(&section, key).map(|v| v.span())
}

/// The setting whose value is written at `span`, as `[table] key` (or
/// `key` at the top).
fn key_at(text: &str, span: std::ops::Range<usize>) -> Option<String> {
    let holds = |v: std::ops::Range<usize>| v.start <= span.start && span.end <= v.end;
    let doc = toml::de::DeTable::parse(text).ok()?;
    for (name, value) in doc.get_ref() {
        let name = name.get_ref();
        if let toml::de::DeValue::Table(section) = value.get_ref() {
            for (key, v) in section {
                if holds(v.span()) {
                    return Some(format!("[{name}] {}", key.get_ref()));
                }
            }
        } else if holds(value.span()) {
            return Some(name.to_string());
        }
    }
    None
}

/// Checks every numeric setting against its range, and the pairs that
/// must keep an order; the error names the key and the line of its value.
fn check_ranges(
    text: &str,
    settings: &Settings,
    fail: &impl Fn(std::ops::Range<usize>, Message) -> ConfigError,
) -> Result<(), ConfigError> {
    let at = |table, key| value_span(text, table, key).unwrap_or(0..0);
    for b in bounded(settings) {
        // NaN is in no range.
        if b.value >= b.min && b.value <= b.max {
            continue;
        }
        let span = at(b.table, b.key);
        let written = text
            .get(span.clone())
            .filter(|w| !w.is_empty())
            .unwrap_or("?");
        let (min, max) = (b.min, b.max);
        let (table, key) = (b.table, b.key);
        return Err(fail(
            span,
            msg!(
                config_out_range_it_lies,
                table = table,
                key = key,
                written = written,
                min = min.to_string(),
                max = max.to_string()
            ),
        ));
    }
    let t = &settings.thresholds;
    if t.min_key_results > t.max_key_results {
        return Err(fail(
            at("thresholds", "min-key-results"),
            msg!(config_thresholds_min_key_results),
        ));
    }
    let p = &settings.progress;
    if p.off_track_below > p.at_risk_below {
        return Err(fail(
            at("progress", "off-track-below"),
            msg!(config_progress_off_track_below),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let s = Settings::from_toml(
            "lang = \"fr\"\ntoday = \"2026-11-24\"\n[rules]\nE013 = \"off\"\nduplicate-id = \"warning\"\n[thresholds]\nstale-days = 7\n[lexicon]\nvague = [\"synergie\"]\n",
        )
        .unwrap();
        assert_eq!(s.lang, Some(Lang::Fr));
        assert_eq!(s.today, Some(jiff::civil::date(2026, 11, 24)));
        assert_eq!(s.severity(crate::diagnostic::codes::FUTURE_LOG), None);
        assert_eq!(
            s.severity(crate::diagnostic::codes::DUPLICATE_ID),
            Some(Severity::Warning)
        );
        assert_eq!(
            s.severity(crate::diagnostic::codes::SYNTAX),
            Some(Severity::Error)
        );
        assert_eq!(s.thresholds.stale_days, 7);
        assert_eq!(s.thresholds.max_key_results, 5);
        assert_eq!(s.words.vague, ["synergie"]);
        let s = Settings::from_toml("[progress]\nat-risk-below = 0.8\ntrend-days = 14\n").unwrap();
        assert_eq!((s.progress.at_risk_below, s.progress.trend_days), (0.8, 14));
        assert_eq!(s.progress.off_track_below, 0.7);
        assert!(Settings::from_toml("[progress]\nat-risk-below = 1.5\n").is_err());
        assert_eq!(
            Settings::from_toml("[progress]\nnope = 1\n")
                .unwrap_err()
                .line,
            Some(2)
        );
    }

    #[test]
    fn errors_name_the_key_and_its_line() {
        let e = Settings::from_toml("[rules]\nE999 = \"off\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(1)));
        assert!(
            e.message.render(crate::i18n::Lang::En).contains("`E999`"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        let e = Settings::from_toml("[rules]\nE002 = \"loud\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.render(crate::i18n::Lang::En).contains("\"loud\""));
        let e = Settings::from_toml("\n[thresholds]\nstale-dayz = 3\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("stale-dayz"),
            "{}",
            e.message.render(crate::i18n::Lang::En)
        );
        let e = Settings::from_toml("today = \"2026-02-30\"\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = Settings::from_toml("[thresholds]\nstale-days = \"x\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn every_number_is_range_checked_with_its_key_and_line() {
        let err = |text: &str| Settings::from_toml(text).unwrap_err();
        // Past the calendar: used to panic `status` in the date library.
        let e = err("[progress]\ntrend-days = 4000000000\n");
        assert_eq!((e.line, e.column), (Some(2), Some(14)));
        assert_eq!(
            e.message.render(crate::i18n::Lang::En),
            "[progress] trend-days: 4000000000 is out of range; it lies between 2 and 3660"
        );
        assert_eq!(
            e.message.render(crate::i18n::Lang::Fr),
            "[progress] trend-days : 4000000000 est hors limites ; la valeur est comprise entre 2 et 3660"
        );
        // NaN was accepted and printed "NaN%".
        let e = err("[thresholds]\n\nunrealistic-pace-ratio = nan\n");
        assert_eq!(e.line, Some(3));
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("unrealistic-pace-ratio: nan is out of range")
        );
        // Never validated before.
        let e = err("[thresholds]\nmin-change-percent = -5\n");
        assert_eq!(e.line, Some(2));
        let e = err("[thresholds]\nmin-change-percent = 1e308\n");
        assert!(
            e.message
                .render(crate::i18n::Lang::En)
                .contains("min-change-percent: 1e308 is out of range")
        );
        // A dotted key at the top is found too.
        let e = err("lang = \"en\"\nthresholds.stale-days = 0\n");
        assert_eq!(e.line, Some(2));
        // Pairs that must keep their order name the first of the two.
        let e = err("[thresholds]\nmax-key-results = 2\nmin-key-results = 3\n");
        assert_eq!(e.line, Some(3));
        let e = err("[progress]\noff-track-below = 0.95\n");
        assert_eq!(e.line, Some(2));
        // Every number: its bounds pass, one step beyond fails at its line.
        for b in bounded(&Settings::default()) {
            let at = |v: f64| {
                let v = if b.key.ends_with("days")
                    || b.key.contains("results")
                    || b.key.contains("words")
                    || b.key.contains("owner")
                {
                    format!("{}", v as i64)
                } else {
                    format!("{v:?}")
                };
                Settings::from_toml(&format!("\n[{}]\n{} = {v}\n", b.table, b.key))
            };
            // The order of pairs aside, the bounds themselves are accepted.
            if !matches!(b.key, "min-key-results" | "off-track-below") {
                assert!(at(b.max).is_ok(), "{} = {}", b.key, b.max);
            }
            if !matches!(b.key, "max-key-results" | "at-risk-below") {
                assert!(at(b.min).is_ok(), "{} = {}", b.key, b.min);
            }
            for v in [b.min - 1.0, b.max + 1.0] {
                let e = at(v).unwrap_err();
                assert_eq!(e.line, Some(3), "{} = {v}", b.key);
                let name = format!("[{}] {}", b.table, b.key);
                assert!(
                    e.message.render(crate::i18n::Lang::En).contains(&name),
                    "{}",
                    e.message.render(crate::i18n::Lang::En)
                );
                assert!(
                    e.message.render(crate::i18n::Lang::En).contains(b.key),
                    "{}",
                    e.message.render(crate::i18n::Lang::En)
                );
            }
        }
    }
}
