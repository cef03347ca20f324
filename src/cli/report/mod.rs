//! `goalie report --html FILE`: the progress of every goal as one
//! self-contained HTML page.

mod html;
mod svg;

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Common, default_paths, load_workspace};
use crate::i18n::Message;
use crate::progress::compute;

pub use html::render;

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Files or directories to read [default: .].
    paths: Vec<PathBuf>,
    /// The HTML file to write (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    html: PathBuf,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: ReportArgs) -> ExitCode {
    let paths = default_paths(args.paths);
    let Some(cx) = args.common.setup(&paths) else {
        return ExitCode::from(2);
    };
    let (lang, today) = (cx.lang, cx.today);
    let Ok(super::Loaded {
        workspace,
        analysis,
        ..
    }) = load_workspace(paths, &cx)
    else {
        return ExitCode::from(2);
    };
    let progress = compute(&analysis.model, today, &cx.settings.progress);
    let page = render(&progress, lang);
    if let Err(e) = std::fs::write(&args.html, page) {
        let path = args.html.display();
        let m = Message::new(
            format!("error: cannot write {path}: {e}"),
            format!("erreur : impossible d'écrire {path} : {e}"),
        );
        eprintln!("{}", m.get(lang));
        return ExitCode::from(2);
    }
    super::note_problems(&workspace, &analysis, lang);
    ExitCode::SUCCESS
}
