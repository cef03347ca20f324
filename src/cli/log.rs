//! `goalie log ID VALUE`: appends one log line, checked against the grammar
//! and the model, to the file where that item's log lines live.

use std::path::PathBuf;
use std::process::ExitCode;

use jiff::civil::Date;

use super::{Common, default_paths, load_workspace, parse_today};
use crate::i18n::{Message, msg};
use crate::log_line::{build_line, check_line, fits};

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
            if !message.render(crate::i18n::Lang::En).is_empty() {
                eprintln!("{}", message.render(lang));
            }
            ExitCode::from(2)
        }
    }
}

/// A message from the shared checks, as an error line.
fn error(m: Message) -> Message {
    msg!(cli_error_line, error = m)
}

fn append(args: &LogArgs, cx: &super::RunContext, paths: Vec<PathBuf>) -> Result<(), Message> {
    let (today, lang) = (cx.today, cx.lang);
    let date = args.date.unwrap_or(today);
    if date > today {
        // `goalie check` would warn about it (E013).
        return Err(error(msg!(
            cli_log_after_today,
            date = date.to_string(),
            today = today.to_string()
        )));
    }
    let loaded = load_workspace(paths, cx).map_err(|()| msg!(cli_already_reported))?;
    let model = &loaded.analysis.model;
    let id = args.id.as_str();
    let Some(idx) = model.find(id) else {
        // The words of E003, the unknown reference.
        return Err(error(match model.closest_id(id) {
            Some(s) => msg!(
                model_no_such_id_did_you_mean,
                name = id,
                suggestion = s.to_string()
            ),
            None => msg!(model_no_such_id, name = id),
        }));
    };
    let value = args.value.join(" ");
    let line = build_line(date, id, value.trim(), args.note.as_deref()).map_err(error)?;
    let logged = check_line(&line).map_err(error)?;
    fits(model.item(idx), &logged).map_err(error)?;

    // Where the item's log lines live: the file of its latest line, else
    // the file that defines it.
    let item = model.item(idx);
    let file = item.logs.last().map_or(item.file, |&l| model.log(l).file);
    let path = loaded
        .paths
        .get(file.0 as usize)
        .ok_or_else(|| error(msg!(cli_log_file_unknown)))?;
    crate::host::append_line(path, &line).map_err(|e| e.message())?;
    let done = msg!(
        cli_added,
        path = path.display().to_string(),
        line = line.to_string()
    );
    // The line is written; a closed output loses only this echo.
    let _ = super::emit(format!("{}\n", done.render(lang)));
    Ok(())
}
