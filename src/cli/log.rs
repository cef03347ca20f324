//! `goalie log ID VALUE`: appends one log line, checked against the grammar
//! and the model, to the file where that item's log lines live.

use std::path::PathBuf;
use std::process::ExitCode;

use jiff::civil::Date;

use super::{Common, default_paths, load_workspace, parse_today};
use crate::diagnostic::FileId;
use crate::i18n::Message;
use crate::model::{Item, ItemKind, LogValue, Metric, Unit, lower_file};
use crate::syntax::{ChunkKind, parse};

#[derive(clap::Args, Debug)]
pub struct LogArgs {
    /// The id of the item (objective, key result, activity, funnel or stage).
    id: String,
    /// What happened, as on a log line: a value (`24%`, `12 500 €`), a
    /// count (`17`), an increment (`+3`, `-2`), `done`, `dropped`,
    /// `confidence 60%` or `retro`. Several words may follow without quotes;
    /// write `--` before a value such as `-0,5` that is not a plain number.
    #[arg(required = true, num_args = 1.., allow_negative_numbers = true, value_name = "VALUE")]
    value: Vec<String>,
    /// The day of the line [default: today].
    #[arg(long, value_parser = parse_today, value_name = "DATE")]
    date: Option<Date>,
    /// A note to add to the line.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// Files or directories holding the goals [default: .]. May be repeated.
    #[arg(long = "in", value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: LogArgs) -> ExitCode {
    let paths = default_paths(args.paths.clone());
    let Some(cx) = args.common.setup(&paths) else {
        return ExitCode::from(2);
    };
    let lang = cx.lang;
    match append(&args, &cx, paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // Loading failures were already said.
            if !message.en.is_empty() {
                eprintln!("{}", message.get(lang));
            }
            ExitCode::from(2)
        }
    }
}

fn fail(en: impl Into<String>, fr: impl Into<String>) -> Message {
    Message::new(
        format!("error: {}", en.into()),
        format!("erreur : {}", fr.into()),
    )
}

fn append(args: &LogArgs, cx: &super::RunContext, paths: Vec<PathBuf>) -> Result<(), Message> {
    let (today, lang) = (cx.today, cx.lang);
    let date = args.date.unwrap_or(today);
    if date > today {
        // `goalie check` would warn about it (E013).
        return Err(fail(
            format!("{date} is after today ({today}); log what has happened"),
            format!("le {date} est après aujourd'hui ({today}) ; notez ce qui s'est passé"),
        ));
    }
    let loaded = load_workspace(paths, cx).map_err(|()| Message::new("", ""))?;
    let model = &loaded.analysis.model;
    let id = args.id.as_str();
    let Some(idx) = model.find(id) else {
        let (hint_en, hint_fr) = match model.closest_id(id) {
            Some(s) => (
                format!("; did you mean `{s}`?"),
                format!(" ; vouliez-vous dire `{s}` ?"),
            ),
            None => (String::new(), String::new()),
        };
        return Err(fail(
            format!("no item has the id `{id}`{hint_en}"),
            format!("aucun élément n'a l'identifiant `{id}`{hint_fr}"),
        ));
    };
    let value = args.value.join(" ");
    let line = build_line(date, id, value.trim(), args.note.as_deref())?;
    let logged = check_line(&line)?;
    fits(model.item(idx), &logged)?;

    // Where the item's log lines live: the file of its latest line, else
    // the file that defines it.
    let item = model.item(idx);
    let file = item.logs.last().map_or(item.file, |&l| model.log(l).file);
    let path = loaded.paths.get(file.0 as usize).ok_or_else(|| {
        fail(
            "the item's file is unknown",
            "le fichier de l'élément est inconnu",
        )
    })?;
    crate::host::append_line(path, &line).map_err(|e| e.message())?;
    let done = Message::new(
        format!("{}: added `{line}`", path.display()),
        format!("{} : ajouté `{line}`", path.display()),
    );
    println!("{}", done.get(lang));
    Ok(())
}

/// `DATE ID VALUE ["NOTE"]`.
fn build_line(date: Date, id: &str, value: &str, note: Option<&str>) -> Result<String, Message> {
    let mut line = format!("{date} {id} {value}");
    if let Some(note) = note {
        if note.contains(['\n', '\r']) {
            return Err(fail(
                "a note holds one line",
                "une note tient sur une ligne",
            ));
        }
        // The format's notes end at any closing mark, whichever opened them.
        if note.contains(['"', '»', '”']) {
            return Err(fail(
                "a note cannot contain \", » or ”",
                "une note ne peut pas contenir \", » ou ”",
            ));
        }
        line.push_str(&format!(" \"{note}\""));
    }
    Ok(line)
}

/// Parses the candidate line with the grammar's log line rule, through the
/// same parser and lowering as any file, and returns what it logs.
fn check_line(line: &str) -> Result<LogValue, Message> {
    let parsed = parse(line);
    let syntax = parsed.errors().next();
    let one_log = parsed.chunks().len() == 1 && parsed.chunks()[0].kind() == ChunkKind::Log;
    if let Some(error) = syntax {
        let m = error.kind.message();
        return Err(Message::new(
            format!("error: `{line}` is not a valid log line: {}", m.en),
            format!(
                "erreur : `{line}` n'est pas une ligne de journal valide : {}",
                m.fr
            ),
        ));
    }
    let lowered = lower_file(FileId(0), line, &parsed);
    if let Some(d) = lowered.diagnostics.first() {
        return Err(Message::new(
            format!("error: `{line}`: {}", d.message.en),
            format!("erreur : `{line}` : {}", d.message.fr),
        ));
    }
    match (one_log, lowered.logs.as_slice()) {
        (true, [log]) => Ok(log.value.clone()),
        _ => Err(fail(
            format!("`{line}` is not one log line"),
            format!("`{line}` n'est pas une ligne de journal"),
        )),
    }
}

/// Whether a logged value makes sense for the item.
fn fits(item: &Item, value: &LogValue) -> Result<(), Message> {
    let metric = item.metric.as_ref().map(|m| &m.value);
    let is_milestone = matches!(metric, Some(Metric::Milestone));
    let id = &item.id;
    match value {
        LogValue::Done if !is_milestone => Err(fail(
            format!("`done` completes a milestone; `{id}` is not one (log its value instead)"),
            format!("`fait` termine un jalon ; `{id}` n'en est pas un (notez plutôt sa valeur)"),
        )),
        LogValue::Value(q) | LogValue::Increment(q) => {
            if is_milestone {
                return Err(fail(
                    format!("`{id}` is a milestone: log `done` or `dropped`"),
                    format!("`{id}` est un jalon : notez `fait` ou `abandonné`"),
                ));
            }
            if item.kind == ItemKind::Objective {
                return Err(fail(
                    format!("`{id}` is an objective: its key results carry the numbers"),
                    format!("`{id}` est un objectif : ses résultats clés portent les chiffres"),
                ));
            }
            if item.kind == ItemKind::Activity
                && matches!(value, LogValue::Value(_))
                && q.value < 0.0
            {
                return Err(fail(
                    "an activity's count cannot be negative",
                    "le compte d'une activité ne peut pas être négatif",
                ));
            }
            match expected_unit(item) {
                Some(unit) if clashes(unit, &q.unit) => Err(fail(
                    format!(
                        "`{id}` is measured in {}, not {}",
                        unit_name(unit),
                        unit_name(&q.unit)
                    ),
                    format!(
                        "`{id}` se mesure en {}, pas en {}",
                        unit_name(unit),
                        unit_name(&q.unit)
                    ),
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
