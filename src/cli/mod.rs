//! The `goalie` command line: a thin shell over [`crate::analysis`].

mod check;
mod fmt;
mod json;
mod render;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::i18n::Lang;

#[derive(Parser, Debug)]
#[command(
    name = "goalie",
    version,
    about = "Goals kept in plain text, checked like code."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check .goals files and report problems.
    ///
    /// Exits with 0 when no error is found, 1 when errors are found, and 2
    /// on a usage or I/O failure.
    Check(check::CheckArgs),
    /// Rewrite .goals files in their canonical layout.
    ///
    /// Only blanks and line breaks change; lines with syntax errors are
    /// kept as written. Exits with 0 when done (with --check: when every
    /// file is formatted), 1 when --check finds files to format, and 2 on a
    /// usage or I/O failure.
    Fmt(fmt::FmtArgs),
    /// Check .goals files again each time one changes, until Ctrl-C.
    Watch(watch::WatchArgs),
}

/// Options every command that reads goals shares.
#[derive(clap::Args, Debug)]
struct Common {
    /// The day to check against, YYYY-MM-DD [default: today].
    #[arg(long, value_parser = parse_today, value_name = "DATE")]
    today: Option<Date>,
    /// Language of messages [default: from GOALIE_LANG, LC_ALL, LC_MESSAGES
    /// or LANG, else English].
    #[arg(long, value_name = "LANG", value_parser = ["en", "fr"])]
    lang: Option<String>,
    /// When to use colours; NO_COLOR is honoured.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Common {
    fn today(&self) -> Date {
        self.today
            .unwrap_or_else(|| jiff::ZonedDateTime::now().date())
    }

    fn lang(&self) -> Lang {
        resolve_lang(self.lang.as_deref())
    }

    fn color(&self, stream_is_terminal: bool) -> bool {
        self.color.resolve(stream_is_terminal)
    }
}

/// The language of messages: `--lang`, else the environment, else English.
fn resolve_lang(flag: Option<&str>) -> Lang {
    if let Some(lang) = flag {
        return lang.parse().unwrap_or_default();
    }
    ["GOALIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_locale(&v))
        .unwrap_or_default()
}

impl ColorChoice {
    fn resolve(self, stream_is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

fn parse_today(s: &str) -> Result<Date, String> {
    let well_formed = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    if !well_formed
        || !s
            .bytes()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
    {
        return Err(format!("`{s}` is not a day in the form YYYY-MM-DD"));
    }
    crate::model::date::parse_day(s).map_err(|e| e.message.en)
}

fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    }
}

/// Runs the command line; the binary's `main` is only this.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Fmt(args) => fmt::run(args),
        Command::Watch(args) => watch::run(args),
    }
}
