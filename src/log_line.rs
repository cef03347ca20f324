//! A new log line, built and checked before anything is written: the
//! grammar must read it as one log line, and it must fit its item (a value
//! for a measured item, `done` for a milestone, the item's unit). Shared by
//! `goalie log` and the editor's log-progress command.

use jiff::civil::Date;

use crate::diagnostic::FileId;
use crate::i18n::{Message, msg};
use crate::model::{Item, ItemKind, LogValue, Metric, Unit, lower_file};
use crate::syntax::{ChunkKind, parse};

/// `DATE ID VALUE ["NOTE"]`.
pub fn build_line(
    date: Date,
    id: &str,
    value: &str,
    note: Option<&str>,
) -> Result<String, Message> {
    let mut line = format!("{date} {id} {value}");
    if let Some(note) = note {
        if note.contains(['\n', '\r']) {
            return Err(msg!(log_note_holds_one_line));
        }
        // The format's notes end at any closing mark, whichever opened them.
        if note.contains(['"', '»', '”']) {
            return Err(msg!(log_note_cannot_contain));
        }
        line.push_str(&format!(" \"{note}\""));
    }
    Ok(line)
}

/// Parses the candidate line with the grammar's log line rule, through the
/// same parser and lowering as any file, and returns what it logs.
pub fn check_line(line: &str) -> Result<LogValue, Message> {
    let parsed = parse(line);
    let syntax = parsed.errors().next();
    let one_log = parsed.chunks().len() == 1 && parsed.chunks()[0].kind() == ChunkKind::Log;
    if let Some(error) = syntax {
        let m = error.kind.message();
        return Err(msg!(log_invalid_line, line = line, error = m));
    }
    let lowered = lower_file(FileId(0), line, &parsed);
    if let Some(d) = lowered.diagnostics.first() {
        return Err(msg!(log_line_problem, line = line, error = &d.message));
    }
    match (one_log, lowered.logs.as_slice()) {
        (true, [log]) => Ok(log.value.clone()),
        _ => Err(msg!(log_not_one_log_line, line = line)),
    }
}

/// Whether a logged value makes sense for the item.
pub fn fits(item: &Item, value: &LogValue) -> Result<(), Message> {
    let metric = item.metric.as_ref().map(|m| &m.value);
    let is_milestone = matches!(metric, Some(Metric::Milestone));
    let id = &item.id;
    match value {
        LogValue::Done if !is_milestone => Err(msg!(log_done_completes_milestone_not, id = id)),
        LogValue::Value(q) | LogValue::Increment(q) => {
            if is_milestone {
                return Err(msg!(log_milestone_log_done_dropped, id = id));
            }
            if item.kind == ItemKind::Objective {
                return Err(msg!(log_objective_key_results_carry, id = id));
            }
            if item.kind == ItemKind::Activity
                && matches!(value, LogValue::Value(_))
                && q.value < 0.0
            {
                return Err(msg!(log_activity_count_cannot_be));
            }
            match expected_unit(item) {
                Some(unit) if clashes(unit, &q.unit) => Err(msg!(
                    log_measured_not,
                    id = id,
                    unit = unit_name(unit),
                    written = unit_name(&q.unit)
                )),
                _ => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

fn expected_unit(item: &Item) -> Option<&Unit> {
    match item.metric.as_ref().map(|m| &m.value) {
        Some(Metric::Change { target, .. }) => Some(&target.unit),
        Some(Metric::Relative(relative)) => relative.unit(),
        Some(Metric::Keep { threshold, .. }) => Some(&threshold.unit),
        _ => item.goal.as_ref().map(|g| &g.value.unit),
    }
}

/// A percentage and a currency, or two currencies, cannot be the same
/// measure; words are free (`session` and `sessions`).
fn clashes(expected: &Unit, given: &Unit) -> bool {
    let strict = |u: &Unit| matches!(u, Unit::Percent | Unit::Currency(_));
    *expected != Unit::None
        && *given != Unit::None
        && expected != given
        && (strict(expected) || strict(given))
}

fn unit_name(unit: &Unit) -> &str {
    match unit {
        Unit::None => "",
        Unit::Percent => "%",
        Unit::Currency(c) | Unit::Word(c) => c,
    }
}
