//! `goalie check`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::{Common, default_paths, json, render};
use crate::analysis::Workspace;
use crate::diagnostic::Severity;
use crate::host::load_paths;
use crate::i18n::{Lang, Message};

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files or directories to check [default: .]. Directories are searched
    /// for *.goals files, honouring .gitignore.
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = Deny::Error)]
    deny: Deny,
    #[command(flatten)]
    common: Common,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Deny {
    Error,
    Warning,
    Info,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let lang = args.common.lang();
    let paths = default_paths(args.paths);
    let mut workspace = Workspace::new();
    if let Err(e) = load_paths(&paths, &mut workspace) {
        let m = Message::new(
            format!("error: cannot read {e}"),
            format!("erreur : impossible de lire {e}"),
        );
        eprintln!("{}", m.get(lang));
        return ExitCode::from(2);
    }
    let analysis = workspace.analyze(args.common.today());
    let out = std::io::stdout();
    let mut out = out.lock();
    let written = match args.format {
        Format::Json => json::write(&mut out, &workspace, &analysis.diagnostics, lang),
        Format::Text => {
            let color = args.common.color(std::io::stdout().is_terminal());
            render::write(&mut out, &workspace, &analysis.diagnostics, lang, color)
        }
    };
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if workspace.is_empty() {
        let m = Message::new(
            "warning: no .goals files found",
            "avertissement : aucun fichier .goals trouvé",
        );
        eprintln!("{}", m.get(lang));
    }
    let threshold = match args.deny {
        Deny::Error => Severity::Error,
        Deny::Warning => Severity::Warning,
        Deny::Info => Severity::Info,
    };
    if analysis.diagnostics.iter().any(|d| d.severity >= threshold) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// "2 errors and 1 warning in 3 files" in the given language.
pub(super) fn summary(
    diagnostics: &[crate::diagnostic::Diagnostic],
    files: usize,
    lang: Lang,
) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match lang {
        Lang::En => {
            let files = plural(files, "file", "files");
            if errors + warnings + infos == 0 {
                return format!("No problems found in {files}.");
            }
            let parts = [
                (errors, plural(errors, "error", "errors")),
                (warnings, plural(warnings, "warning", "warnings")),
                (infos, plural(infos, "note", "notes")),
            ];
            let parts: Vec<String> = parts
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(_, s)| s)
                .collect();
            format!("Found {} in {files}.", join(&parts, "and"))
        }
        Lang::Fr => {
            let files = plural(files, "fichier", "fichiers");
            if errors + warnings + infos == 0 {
                return format!("Aucun problème dans {files}.");
            }
            let parts = [
                (errors, plural(errors, "erreur", "erreurs")),
                (
                    warnings,
                    plural(warnings, "avertissement", "avertissements"),
                ),
                (infos, plural(infos, "remarque", "remarques")),
            ];
            let parts: Vec<String> = parts
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(_, s)| s)
                .collect();
            format!("{} dans {files}.", join(&parts, "et"))
        }
    }
}

fn join(parts: &[String], word: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}
