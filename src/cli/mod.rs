//! The `goalie` command line: a thin shell over [`crate::analysis`].

mod check;
mod completions;
mod fit;
mod fmt;
mod github;
mod help;
mod import;
mod init;
mod json;
mod log;
mod man;
mod render;
mod report;
mod rules;
mod sarif;
mod status;
mod style;
mod usage_error;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::i18n::{Lang, msg};

// The progress renderings, for tests that feed them arbitrary plans.
pub use report::render as render_report;
pub use status::{write_json as write_status_json, write_text as write_status_text};
pub use style::Style;

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
    /// Exits with 0 when no error is found, 1 when errors are found (or
    /// findings at the --deny level), and 2 on a usage, configuration or I/O
    /// failure.
    Check(check::CheckArgs),
    /// List every rule with its code, family and default severity.
    Rules(rules::RulesArgs),
    /// Print a rule's documentation: what it checks, why, and examples.
    Explain(rules::ExplainArgs),
    /// Show where every goal stands: progress, status, pace and forecast.
    ///
    /// Exits with 0, or 2 on a usage or I/O failure.
    Status(status::StatusArgs),
    /// Write an HTML report: burn-up charts, activity grids, funnels and
    /// objective roll-ups in one self-contained file.
    ///
    /// Exits with 0, or 2 on a usage or I/O failure.
    Report(report::ReportArgs),
    /// Append a log line for an item, to the file where its log lines live.
    ///
    /// The line is checked against the grammar and the model first; the
    /// file is locked and replaced atomically. Exits with 0 when the line
    /// was added, 2 otherwise (nothing is written then).
    Log(log::LogArgs),
    /// Add log lines from a CSV export (analytics, CRM, payments, a
    /// spreadsheet): one line per day, never twice.
    ///
    /// Importing the same export again adds nothing; a day the export
    /// restates changes the line this import wrote (marked `# import
    /// NAME`), never a line written by hand. Every row and line is checked
    /// before anything is written. Exits with 0 when done, 1 when lines
    /// were left alone (conflicts, or rows skipped with --skip-bad), and 2
    /// when nothing was written. See docs/import.md.
    Import(import::ImportArgs),
    /// Rewrite .goals files in their canonical layout.
    ///
    /// Only blanks and line breaks change; lines with syntax errors are
    /// kept as written. Exits with 0 when done (with --check: when every
    /// file is formatted), 1 when --check finds files to format, and 2 on a
    /// usage or I/O failure.
    Fmt(fmt::FmtArgs),
    /// Check .goals files again each time one changes, until Ctrl-C.
    Watch(watch::WatchArgs),
    /// Write a starter plan, a commented goalie.toml and, on request, CI
    /// and pre-commit files.
    ///
    /// Never overwrites a file without --force: when one exists, nothing is
    /// written and the exit code is 2.
    Init(init::InitArgs),
    /// Run the language server on stdin and stdout (for editors).
    ///
    /// Diagnostics, hovers with progress, inlay hints, completion,
    /// navigation, rename, symbols, folding, semantic tokens, formatting
    /// and quick fixes; see editors/ for ready-made editor setups.
    Lsp(LspArgs),
    /// Print a shell completion script on stdout.
    ///
    /// For example `goalie completions bash > ~/.local/share/bash-completion/completions/goalie`.
    Completions(completions::CompletionsArgs),
    /// Print the goalie(1) man page, or with --out write goalie.1 and one
    /// goalie-COMMAND.1 per command into a folder.
    Man(man::ManArgs),
}

/// `goalie lsp` speaks on stdin and stdout only.
#[derive(clap::Args, Debug)]
struct LspArgs {
    /// Accepted and ignored: stdio is the only transport (some clients,
    /// such as vscode-languageclient, pass it).
    #[arg(long)]
    stdio: bool,
}

/// Options every command that reads goals shares.
#[derive(clap::Args, Debug)]
struct Common {
    /// The day to check against, YYYY-MM-DD [default: `today` in
    /// goalie.toml, else the system's date].
    #[arg(long, value_parser = parse_today, value_name = "DATE")]
    today: Option<Date>,
    /// Language of messages [default: `lang` in goalie.toml, else from
    /// GOALIE_LANG, LC_ALL, LC_MESSAGES or LANG, else English].
    #[arg(long, value_name = "LANG", value_parser = languages())]
    lang: Option<String>,
    /// When to use colours; NO_COLOR is honoured.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Use this configuration file instead of searching for goalie.toml
    /// (GOALIE_CONFIG names one too).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore goalie.toml files: use the defaults.
    #[arg(long)]
    no_config: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a command runs with, once flags, configuration and environment are
/// weighed: flags first, then goalie.toml, then the environment.
pub(crate) struct RunContext {
    pub lang: Lang,
    pub today: Date,
    pub settings: crate::config::Settings,
    /// The goalie.toml in force, if any.
    pub config_path: Option<PathBuf>,
}

impl Common {
    /// Loads the configuration for these paths; on failure says why on
    /// stderr and returns `None` (exit code 2).
    fn setup(&self, paths: &[PathBuf]) -> Option<RunContext> {
        use crate::host::config::{Source, load};
        let source = if self.no_config {
            Source::None
        } else if let Some(file) = &self.config {
            Source::Explicit(file)
        } else {
            Source::Search(paths)
        };
        match load(source) {
            Ok((settings, config_path)) => Some(RunContext {
                config_path,
                lang: self.lang_with(settings.lang),
                today: self
                    .today
                    .or(settings.today)
                    .unwrap_or_else(|| jiff::ZonedDateTime::now().date()),
                settings,
            }),
            Err(e) => {
                let lang = self.lang_with(None);
                let prefix = msg!(cli_error);
                eprintln!("{}{}", prefix.render(lang), e.render(lang));
                None
            }
        }
    }

    fn lang_with(&self, configured: Option<Lang>) -> Lang {
        if let Some(lang) = &self.lang {
            return lang.parse().unwrap_or_default();
        }
        configured.unwrap_or_else(env_lang)
    }

    fn color(&self, stream_is_terminal: bool) -> bool {
        self.color.resolve(stream_is_terminal)
    }
}

/// The languages `--lang` takes: every folder of `locales/`. Test locales
/// (private-use tags such as `qps`) are taken but not offered.
fn languages() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        Lang::all().map(|l| clap::builder::PossibleValue::new(l.tag()).hide(l.is_private_use())),
    )
}

/// The value of `--lang` (`--lang fr`, `--lang=fr`) on a command line not
/// parsed yet.
fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            return args.next().map(str::to_string);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The language of messages: `--lang`, else the environment, else English.
fn resolve_lang(flag: Option<&str>) -> Lang {
    flag.and_then(|l| l.parse().ok()).unwrap_or_else(env_lang)
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

/// The language the environment asks for.
fn env_lang() -> Lang {
    ["GOALIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_locale(&v))
        .unwrap_or_default()
}

fn parse_today(s: &str) -> Result<Date, String> {
    crate::model::date::parse_day_strict(s).ok_or_else(|| match crate::model::date::parse_day(s) {
        Err(e) if s.len() == 10 && s.is_ascii() => e.message.render(env_lang()),
        _ => msg!(cli_not_a_day, value = s).render(env_lang()),
    })
}

fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    }
}

/// The goals under some paths, analysed.
struct Loaded {
    workspace: crate::analysis::Workspace,
    analysis: crate::analysis::Analysis,
    /// The path of each file, by file id.
    paths: Vec<PathBuf>,
}

/// The `.goals` files under `paths`. Says on stderr which files look like
/// plans but are not read (`plan.goals.txt`), and where goalie looked when
/// it found none.
fn find_files(paths: &[PathBuf], lang: Lang) -> Result<Vec<PathBuf>, crate::host::LoadError> {
    let (files, near_misses) = crate::host::goals_files_and_near_misses(paths)?;
    for path in &near_misses {
        let shown = crate::host::display(path);
        let meant = crate::host::near_miss(path).unwrap_or_default();
        let m = msg!(
            cli_warning_not_read_goalie,
            shown = shown.to_string(),
            meant = meant.to_string()
        );
        eprintln!("{}", m.render(lang));
    }
    if files.is_empty() {
        let places: Vec<String> = paths.iter().map(|p| crate::host::display(p)).collect();
        let places = places.join(", ");
        let m = msg!(cli_warning_no_goals_files, places = places.to_string());
        eprintln!("{}", m.render(lang));
    }
    Ok(files)
}

/// [`find_files`], then reads them into `workspace`.
fn load_files(
    paths: &[PathBuf],
    workspace: &mut crate::analysis::Workspace,
    lang: Lang,
) -> Result<Vec<PathBuf>, crate::host::LoadError> {
    let files = find_files(paths, lang)?;
    crate::host::load_files(&files, workspace)?;
    Ok(files)
}

/// Loads and analyses the goals under `paths`. On failure, says why on
/// stderr; the caller exits with 2.
fn load_workspace(paths: Vec<PathBuf>, cx: &RunContext) -> Result<Loaded, ()> {
    let lang = cx.lang;
    let mut workspace = crate::analysis::Workspace::new();
    let paths = match load_files(&paths, &mut workspace, lang) {
        Ok(paths) => paths,
        Err(e) => {
            let m = crate::i18n::msg!(cli_error_cannot_read, error = e.to_string());
            eprintln!("{}", m.render(lang));
            return Err(());
        }
    };
    let analysis = workspace.analyze_with(cx.today, &cx.settings);
    Ok(Loaded {
        workspace,
        analysis,
        paths,
    })
}

/// Settings, files, analysis and progress for the commands that show where
/// goals stand; `Err` carries the exit code when something was already said.
fn load_progress(
    paths: Vec<PathBuf>,
    common: &Common,
) -> Result<(RunContext, Loaded, crate::progress::Progress), ExitCode> {
    let Some(cx) = common.setup(&paths) else {
        return Err(ExitCode::from(2));
    };
    let loaded = load_workspace(paths, &cx).map_err(|()| ExitCode::from(2))?;
    let progress =
        crate::progress::compute(&loaded.analysis.model, cx.today, &cx.settings.progress);
    Ok((cx, loaded, progress))
}

/// Says on stderr when errors leave goals out: progress is computed from
/// what could be read. (Finding no file was said when looking.)
fn note_problems(analysis: &crate::analysis::Analysis, lang: Lang) {
    let errors = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .count();
    if errors > 0 {
        eprintln!("{}", status::problems_note(errors).render(lang));
    }
}

/// Runs the command line; the binary's `main` is only this.
pub fn main() -> ExitCode {
    // The help is worded before the line is parsed: its language comes
    // from `--lang` as written, else the environment (goalie.toml is read
    // only once a command runs).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = resolve_lang(lang_flag(&args).as_deref());
    let cmd = help::localized(Cli::command(), lang);
    let matches = match cmd.try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => match usage_error::render(&e, lang) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Rules(args) => rules::list(args),
        Command::Explain(args) => rules::explain(args),
        Command::Status(args) => status::run(args),
        Command::Lsp(_) => crate::lsp::run_stdio(),
        Command::Report(args) => report::run(args),
        Command::Log(args) => log::run(args),
        Command::Import(args) => import::run(args),
        Command::Fmt(args) => fmt::run(args),
        Command::Watch(args) => watch::run(args),
        Command::Init(args) => init::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    }
}

/// Writes `text` to standard output. A reader that closed the pipe early
/// (`goalie rules | head -3`) has had all it wanted: that is no error, and
/// goalie stops quietly, as other command-line tools do.
pub(crate) fn emit(text: impl AsRef<[u8]>) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_ref()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// [`emit`] for a command's last words: its exit code.
pub(crate) fn emit_then(text: impl AsRef<[u8]>, code: ExitCode) -> ExitCode {
    match emit(text) {
        Ok(()) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// 1-based line and column (in characters) of a byte offset, as every
/// output format reports them.
fn position(
    workspace: &crate::analysis::Workspace,
    file: crate::diagnostic::FileId,
    offset: u32,
) -> (u32, u32) {
    let f = workspace.file(file);
    let lc = f
        .line_index
        .line_col(&f.text, offset as usize, crate::text::ColumnUnit::Char);
    (lc.line + 1, lc.col + 1)
}
