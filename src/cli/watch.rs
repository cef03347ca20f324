//! `goalie watch`: `goalie check` again after every change, until Ctrl-C.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;

use super::{Common, default_paths, render};
use crate::analysis::{Analysis, Workspace};
use crate::host::{Change, load_paths, watch};
use crate::i18n::{Lang, Message, msg};
use crate::model::ItemKind;

#[derive(clap::Args, Debug)]
pub struct WatchArgs {
    /// Files or directories to watch [default: .]. Directories are watched
    /// with everything below them; *.goals files are read as `check` reads
    /// them.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    common: Common,
}

enum Event {
    Change(Change),
    Stop,
}

pub fn run(args: WatchArgs) -> ExitCode {
    let lang = args.common.lang_with(None);
    let paths = default_paths(args.paths.clone());
    let fail = |m: Message| {
        eprintln!("{}", m.render(lang));
        ExitCode::from(2)
    };
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        return fail(msg!(
            cli_error_cannot_watch_no,
            path = missing.display().to_string()
        ));
    }
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(Event::Stop);
    }) {
        return fail(msg!(cli_error_cannot_catch_ctrl, error = e.to_string()));
    }
    let _watcher = match watch(&paths, move |change| {
        let _ = tx.send(Event::Change(change));
    }) {
        Ok(watcher) => watcher,
        Err(e) => {
            return fail(msg!(cli_error_cannot_watch, error = e.to_string()));
        }
    };
    let announce = msg!(cli_watching_for_changes_press);
    eprintln!("{}", announce.render(lang));
    if let Err(code) = check_once(&args, &paths, lang) {
        return code;
    }
    while let Ok(Event::Change(change)) = rx.recv() {
        if let Change::Error(e) = change {
            let m = msg!(cli_warning_watcher_reported, error = e.to_string());
            eprintln!("{}", m.render(lang));
        }
        // Changes that arrived during the last run are all seen by the next.
        let mut stopped = false;
        while let Ok(event) = rx.try_recv() {
            stopped |= matches!(event, Event::Stop);
        }
        if stopped {
            break;
        }
        if let Err(code) = check_once(&args, &paths, lang) {
            return code;
        }
    }
    ExitCode::SUCCESS
}

/// One run: the time, then what `goalie check` would print, then a short
/// status. Nothing about the files stops the watch; only losing the output
/// does (quietly when it was closed, as by `goalie watch | head`).
fn check_once(args: &WatchArgs, paths: &[PathBuf], lang: Lang) -> Result<(), ExitCode> {
    let written = write_run(args, paths, lang, &mut std::io::stdout().lock());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(ExitCode::SUCCESS),
        Err(e) => {
            let m = msg!(cli_error_cannot_write_output, error = e.to_string());
            eprintln!("{}", m.render(lang));
            Err(ExitCode::from(2))
        }
    }
}

fn write_run(
    args: &WatchArgs,
    paths: &[PathBuf],
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let time = jiff::ZonedDateTime::now().strftime("%H:%M:%S").to_string();
    writeln!(out, "── {time} ──")?;
    // goalie.toml is read again on every run, so editing it takes effect;
    // a bad one is reported (on stderr) and the run waits for the next change.
    let Some(cx) = args.common.setup(paths) else {
        writeln!(out)?;
        return out.flush();
    };
    let lang = if args.common.lang.is_some() {
        lang
    } else {
        cx.lang
    };
    let mut workspace = Workspace::new();
    if let Err(e) = load_paths(paths, &mut workspace) {
        let m = msg!(cli_error_cannot_read, error = e.to_string());
        writeln!(out, "{}", m.render(lang))?;
        writeln!(out)?;
        return out.flush();
    }
    let analysis = workspace.analyze_with(cx.today, &cx.settings);
    let terminal = std::io::stdout().is_terminal();
    let color = args.common.color(terminal);
    render::write(out, &workspace, &analysis.diagnostics, lang, color)?;
    let progress = crate::progress::compute(&analysis.model, cx.today, &cx.settings.progress);
    // The status view fits the terminal, as `goalie status` does.
    let mut view = Vec::new();
    super::status::write_text(&mut view, &progress, lang, super::Style { color })?;
    let view = String::from_utf8_lossy(&view);
    out.write_all(super::fit::fit(&view, super::fit::width(terminal), !terminal).as_bytes())?;
    writeln!(out, "{}", status_summary(&analysis).render(lang))?;
    writeln!(out)?;
    out.flush()
}

/// What the plan holds, in one line. The place to grow into a fuller status
/// (progress, pace) once the status view exists.
pub(super) fn status_summary(analysis: &Analysis) -> Message {
    let model = &analysis.model;
    let count = |kind: ItemKind| model.items.iter().filter(|i| i.kind == kind).count();
    let parts = vec![
        msg!(cli_count_objectives, count = count(ItemKind::Objective)),
        msg!(cli_count_key_results, count = count(ItemKind::KeyResult)),
        msg!(cli_count_activities, count = count(ItemKind::Activity)),
        msg!(cli_count_funnels, count = count(ItemKind::Funnel)),
        msg!(cli_count_log_lines, count = model.logs.len()),
    ];
    let list = parts
        .into_iter()
        .reduce(|list, next| msg!(list_comma, list = list, next = next))
        .unwrap_or_else(|| Message::verbatim(""));
    msg!(cli_watch_summary, items = list)
}
