//! A command line clap refuses, said in the reader's language: clap words
//! its errors in English, so the common ones (an unknown option or
//! command, a value not among those possible, a missing argument, two
//! options that exclude each other) are worded from `locales/*/cli.ftl`
//! with what clap found. Any other kind keeps clap's words.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, Message, list_or, msg};

/// The whole text to print on standard error, or `None` to let clap print
/// its own (help and version requests, rarer errors).
pub fn render(error: &clap::Error, lang: Lang) -> Option<String> {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(s)) => s.clone(),
        _ => Vec::new(),
    };
    let quoted = |values: Vec<String>| {
        list_or(
            values
                .into_iter()
                .map(|v| Message::verbatim(format!("'{v}'")))
                .collect(),
        )
    };
    let mut lines = Vec::new();
    let main = match error.kind() {
        ErrorKind::UnknownArgument => msg!(
            cli_usage_unknown_argument,
            arg = text(ContextKind::InvalidArg)?
        ),
        ErrorKind::InvalidSubcommand => msg!(
            cli_usage_unknown_command,
            command = text(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::InvalidValue => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            if value.is_empty() {
                msg!(cli_usage_value_missing, arg = arg)
            } else {
                if let Some(values) = quoted(strings(ContextKind::ValidValue)) {
                    lines.push(msg!(cli_usage_possible_values, values = values));
                }
                msg!(cli_usage_invalid_value, arg = arg, value = value)
            }
        }
        ErrorKind::ValueValidation => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            // The reason is goalie's own, worded already (`parse_today`).
            let reason = std::error::Error::source(error)?.to_string();
            msg!(
                cli_usage_invalid_value_because,
                arg = arg,
                value = value,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg).join(" ");
            msg!(cli_usage_missing_argument, args = missing)
        }
        ErrorKind::ArgumentConflict => {
            let arg = text(ContextKind::InvalidArg)?;
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => {
                    msg!(cli_usage_given_twice, arg = arg)
                }
                Some(ContextValue::String(prior)) => {
                    msg!(cli_usage_conflict, arg = arg, other = prior)
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    for (kind, found) in [
        (ContextKind::SuggestedSubcommand, "command"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        match error.get(kind) {
            Some(ContextValue::String(s)) => {
                lines.push(msg!(cli_usage_did_you_mean, kind = found, name = s))
            }
            Some(ContextValue::Strings(s)) if s.len() == 1 => {
                lines.push(msg!(cli_usage_did_you_mean, kind = found, name = &s[0]))
            }
            Some(ContextValue::Strings(s)) if !s.is_empty() => {
                let names = quoted(s.clone())?;
                lines.push(msg!(
                    cli_usage_did_you_mean_one_of,
                    kind = found,
                    names = names
                ))
            }
            _ => {}
        }
    }
    // clap's own tips are sentences; the one that names an option of a
    // command (`'check --lang' exists`) is worded here, the others left out.
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
        for tip in tips {
            let tip = tip.to_string();
            if let Some(name) = tip
                .strip_prefix('\'')
                .and_then(|t| t.strip_suffix("' exists"))
            {
                lines.push(msg!(cli_usage_exists, name = name));
            }
        }
    }
    let mut out = format!("{}{}", msg!(cli_error).render(lang), main.render(lang));
    for line in lines {
        out += "\n  ";
        out += &line.render(lang);
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        let heading =
            crate::i18n::catalogue::lookup("help-heading-usage", lang.tag()).unwrap_or_default();
        out += &format!("\n\n{heading} {usage}");
    }
    out += "\n\n";
    out += &msg!(cli_usage_more, help = "--help").render(lang);
    out.push('\n');
    Some(out)
}
