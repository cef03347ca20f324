//! `goalie report --html FILE`: the progress of every goal as one
//! self-contained HTML page.

mod html;
mod scale;
mod summary;
mod svg;

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Common, default_paths};
use crate::i18n::msg;

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
    let (cx, super::Loaded { analysis, .. }, progress) =
        match super::load_progress(default_paths(args.paths), &args.common) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let lang = cx.lang;
    let page = render(&progress, lang);
    if let Err(e) = std::fs::write(&args.html, page) {
        let path = args.html.display();
        let m = msg!(
            cli_error_cannot_write,
            path = path.to_string(),
            error = e.to_string()
        );
        eprintln!("{}", m.render(lang));
        return ExitCode::from(2);
    }
    super::note_problems(&analysis, lang);
    let path = args.html.display();
    let m = msg!(report_written, path = path.to_string());
    super::emit_then(format!("{}\n", m.render(lang)), ExitCode::SUCCESS)
}
