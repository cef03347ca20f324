//! `goalie.toml`: rule severities, thresholds, extra lexicon words, the
//! message language and a fixed `today`. Parsed from text here (the host
//! finds and reads the file), with errors that name the key and its line.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Code, Severity, codes};
use crate::i18n::{Lang, Message};
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
    /// Parses the text of a `goalie.toml`.
    pub fn from_toml(text: &str) -> Result<Settings, ConfigError> {
        let index = LineIndex::new(text);
        let at = |offset: usize| {
            let lc = index.line_col(text, offset, ColumnUnit::Char);
            (Some(lc.line + 1), Some(lc.col + 1))
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((None, None), |s| at(s.start));
            let detail = e.message().trim().to_string();
            ConfigError {
                line,
                column,
                message: Message::new(
                    format!("invalid configuration: {detail}"),
                    format!("configuration invalide : {detail}"),
                ),
            }
        })?;
        let fail = |span: std::ops::Range<usize>, en: String, fr: String| {
            let (line, column) = at(span.start);
            ConfigError {
                line,
                column,
                message: Message::new(en, fr),
            }
        };
        let mut settings = Settings {
            thresholds: raw.thresholds,
            words: raw.lexicon,
            progress: raw.progress,
            ..Settings::default()
        };
        settings.imports = crate::import::source::from_config(raw.import)
            .map_err(|(span, m)| fail(span, m.en, m.fr))?;
        if let Some(lang) = raw.lang {
            settings.lang = Some(lang.get_ref().parse().map_err(|_| {
                fail(
                    lang.span(),
                    format!(
                        "`lang` must be \"en\" or \"fr\", not \"{}\"",
                        lang.get_ref()
                    ),
                    format!("`lang` vaut \"en\" ou \"fr\", pas \"{}\"", lang.get_ref()),
                )
            })?);
        }
        if let Some(today) = raw.today {
            settings.today = Some(
                crate::model::date::parse_day_strict(today.get_ref()).ok_or_else(|| {
                    fail(
                        today.span(),
                        format!(
                            "`today` must be a day written YYYY-MM-DD, not \"{}\"",
                            today.get_ref()
                        ),
                        format!(
                            "`today` est un jour écrit AAAA-MM-JJ, pas \"{}\"",
                            today.get_ref()
                        ),
                    )
                })?,
            );
        }
        for (key, value) in raw.rules {
            let Some(code) = codes::find(key.get_ref()) else {
                return Err(fail(
                    key.span(),
                    format!(
                        "[rules]: no rule is called `{}` (see `goalie rules`)",
                        key.get_ref()
                    ),
                    format!(
                        "[rules] : aucune règle ne s'appelle `{}` (voir `goalie rules`)",
                        key.get_ref()
                    ),
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
                        format!(
                            "[rules] {}: the level is \"off\", \"info\", \"warning\" or \"error\", not \"{other}\"",
                            key.get_ref()
                        ),
                        format!(
                            "[rules] {} : le niveau est \"off\", \"info\", \"warning\" ou \"error\", pas \"{other}\"",
                            key.get_ref()
                        ),
                    ));
                }
            };
            settings.set_level(code, level);
        }
        let t = &settings.thresholds;
        let p = &settings.progress;
        let shares = [
            p.at_risk_below,
            p.off_track_below,
            p.grace,
            p.confident_at,
            p.doubtful_at,
            p.aspirational_success,
        ];
        if shares.iter().any(|v| !(0.0..=1.0).contains(v)) || p.off_track_below > p.at_risk_below {
            return Err(ConfigError {
                line: None,
                column: None,
                message: Message::new(
                    "[progress]: shares lie between 0 and 1, and off-track-below must not exceed at-risk-below",
                    "[progress] : les parts sont comprises entre 0 et 1, et off-track-below ne dépasse pas at-risk-below",
                ),
            });
        }
        if t.min_key_results > t.max_key_results || t.unrealistic_pace_ratio <= 0.0 {
            return Err(ConfigError {
                line: None,
                column: None,
                message: Message::new(
                    "[thresholds]: min-key-results must not exceed max-key-results, and unrealistic-pace-ratio must be above 0",
                    "[thresholds] : min-key-results ne dépasse pas max-key-results, et unrealistic-pace-ratio est supérieur à 0",
                ),
            });
        }
        Ok(settings)
    }
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
        assert_eq!(s.severity(codes::FUTURE_LOG), None);
        assert_eq!(s.severity(codes::DUPLICATE_ID), Some(Severity::Warning));
        assert_eq!(s.severity(codes::SYNTAX), Some(Severity::Error));
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
        assert!(e.message.en.contains("`E999`"), "{}", e.message.en);
        let e = Settings::from_toml("[rules]\nE002 = \"loud\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.en.contains("\"loud\""));
        let e = Settings::from_toml("\n[thresholds]\nstale-dayz = 3\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.en.contains("stale-dayz"), "{}", e.message.en);
        let e = Settings::from_toml("today = \"2026-02-30\"\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = Settings::from_toml("[thresholds]\nstale-days = \"x\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
    }
}
