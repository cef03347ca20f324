//! The editor's settings for goalie (`workspace/configuration` section
//! `goalie`, `initializationOptions`, `didChangeConfiguration`), laid over
//! the workspace's goalie.toml: the editor is the more personal choice.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;
use serde_json::Value;

use crate::config::{Level, Settings};
use crate::diagnostic::Severity;
use crate::i18n::{Lang, Message, msg};
use crate::rules::codes;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientSettings {
    /// Rule code or name → level.
    pub rules: Vec<(&'static crate::diagnostic::Code, Level)>,
    pub lang: Option<Lang>,
    pub today: Option<Date>,
    pub inlay_hints: bool,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Raw {
    /// A map; an empty list is accepted too (Lua's `{}` becomes `[]`).
    rules: Value,
    lang: Option<String>,
    today: Option<String>,
    inlay_hints: Option<RawInlayHints>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawInlayHints {
    enable: Option<bool>,
}

impl ClientSettings {
    pub fn new() -> Self {
        ClientSettings {
            inlay_hints: true,
            ..Default::default()
        }
    }

    /// Reads the settings the client sent: the `goalie` section itself or
    /// an object holding it. Unknown rules and bad values are skipped and
    /// reported, so one typo does not cost every other setting.
    pub fn read(value: &Value) -> (ClientSettings, Vec<Message>) {
        let section = match value.get("goalie") {
            Some(inner) if inner.is_object() => inner,
            _ => value,
        };
        let mut problems = Vec::new();
        let mut settings = ClientSettings::new();
        if section.is_null() {
            return (settings, problems);
        }
        let raw: Raw = match serde_json::from_value(section.clone()) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(msg!(lsp_goalie_settings_ignored, e = e.to_string()));
                return (settings, problems);
            }
        };
        let rules: BTreeMap<String, Value> = match raw.rules {
            Value::Object(map) => map.into_iter().collect(),
            Value::Null => BTreeMap::new(),
            Value::Array(list) if list.is_empty() => BTreeMap::new(),
            other => {
                problems.push(msg!(
                    lsp_goalie_rules_expected_map,
                    other = other.to_string()
                ));
                BTreeMap::new()
            }
        };
        for (key, level) in rules {
            let level = level.as_str().unwrap_or_default().to_string();
            let Some(code) = codes::find(&key) else {
                problems.push(msg!(lsp_goalie_rules_no_rule, key = key.to_string()));
                continue;
            };
            let level = match level.as_str() {
                "off" => Level::Off,
                // Editors know a fourth level; goalie's lowest is info.
                "info" | "hint" | "information" => Level::On(Severity::Info),
                "warning" => Level::On(Severity::Warning),
                "error" => Level::On(Severity::Error),
                other => {
                    problems.push(msg!(
                        lsp_goalie_rules_unknown_level,
                        key = key.to_string(),
                        other = other.to_string()
                    ));
                    continue;
                }
            };
            settings.rules.push((code, level));
        }
        settings.lang = match raw.lang.as_deref() {
            None | Some("" | "auto") => None,
            Some(other) => match other.parse() {
                Ok(lang) => Some(lang),
                Err(_) => {
                    problems.push(msg!(lsp_goalie_lang_not_auto, other = other.to_string()));
                    None
                }
            },
        };
        settings.today = match raw.today.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(day) => match day.parse::<Date>() {
                Ok(date) => Some(date),
                Err(_) => {
                    problems.push(msg!(lsp_goalie_today_not_date, day = day.to_string()));
                    None
                }
            },
        };
        settings.inlay_hints = raw.inlay_hints.and_then(|h| h.enable).unwrap_or(true);
        (settings, problems)
    }

    /// goalie.toml's settings with the editor's on top.
    pub fn over(&self, file: &Settings) -> Settings {
        let mut settings = file.clone();
        for &(code, level) in &self.rules {
            settings.set_level(code, level);
        }
        if self.lang.is_some() {
            settings.lang = self.lang;
        }
        if self.today.is_some() {
            settings.today = self.today;
        }
        settings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_section_or_its_parent_and_reports_typos() {
        let (s, problems) = ClientSettings::read(&json!({
            "goalie": {
                "rules": { "S101": "off", "short-title": "error", "nope": "off", "T501": "loud" },
                "lang": "fr",
                "today": "2026-11-24",
                "inlayHints": { "enable": false }
            }
        }));
        assert_eq!(s.lang, Some(Lang::Fr));
        assert_eq!(s.today, Some(jiff::civil::date(2026, 11, 24)));
        assert!(!s.inlay_hints);
        assert_eq!(s.rules.len(), 2);
        assert_eq!(problems.len(), 2, "{problems:?}");
        let merged = s.over(&Settings::default());
        assert_eq!(merged.severity(codes::find("S101").unwrap()), None);
        assert_eq!(merged.lang, Some(Lang::Fr));

        let (same, none) =
            ClientSettings::read(&json!({ "lang": "auto", "today": "", "rules": [] }));
        assert_eq!(same, ClientSettings::new());
        assert!(none.is_empty());
    }
}
