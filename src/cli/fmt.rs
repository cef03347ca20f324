//! `goalie fmt`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{ColorChoice, default_paths, resolve_lang};
use crate::format::format;
use crate::host::{Bounded, MAX_FILE_SIZE, display, read_bounded, rewrite};
use crate::i18n::{Lang, Message, msg};

#[derive(clap::Args, Debug)]
pub struct FmtArgs {
    /// Files or directories to format [default: .]. Directories are searched
    /// for *.goals files, honouring .gitignore.
    paths: Vec<PathBuf>,
    /// Write nothing; list the files that are not formatted and exit with 1
    /// if there are any.
    #[arg(long)]
    check: bool,
    /// Write nothing; print the changes as a unified diff.
    #[arg(long)]
    diff: bool,
    /// Language of messages [default: from GOALIE_LANG, LC_ALL, LC_MESSAGES
    /// or LANG, else English].
    #[arg(long, value_name = "LANG", value_parser = super::languages())]
    lang: Option<String>,
    /// When to colour the diff; NO_COLOR is honoured.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// What happened to the files, for the exit code and the last line.
#[derive(Default)]
struct Tally {
    changed: usize,
    unchanged: usize,
    failed: bool,
}

pub fn run(args: FmtArgs) -> ExitCode {
    let lang = resolve_lang(args.lang.as_deref());
    let color = args.color.resolve(std::io::stdout().is_terminal());
    let files = match super::find_files(&default_paths(args.paths.clone()), lang) {
        Ok(files) => files,
        Err(e) => {
            let m = msg!(cli_error_cannot_read, error = e.to_string());
            eprintln!("{}", m.render(lang));
            return ExitCode::from(2);
        }
    };
    let mut tally = Tally::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &files {
        if let Err(e) = one_file(&args, path, lang, color, &mut out, &mut tally) {
            // With the output gone (`goalie fmt --check | head -1`) there is
            // no one to tell; the exit code says what was found so far.
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                let m = msg!(cli_error_cannot_write_output, error = e.to_string());
                eprintln!("{}", m.render(lang));
                tally.failed = true;
            }
            break;
        }
    }
    if let Some(summary) = summary(&tally, args.check || args.diff) {
        eprintln!("{}", summary.render(lang));
    }
    if tally.failed {
        ExitCode::from(2)
    } else if args.check && tally.changed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Formats one file; problems with the file itself are reported here and
/// counted, and only a failure to write to stdout is returned.
fn one_file(
    args: &FmtArgs,
    path: &Path,
    lang: Lang,
    color: bool,
    out: &mut impl Write,
    tally: &mut Tally,
) -> std::io::Result<()> {
    let name = display(path);
    let text = match read_text(path, &name) {
        Ok(text) => text,
        Err(m) => {
            eprintln!("{}", m.render(lang));
            tally.failed = true;
            return Ok(());
        }
    };
    let formatted = format(&text);
    if let Some(notice) = formatted.notice() {
        let m = msg!(cli_fmt_warning, name = name.to_string(), notice = notice);
        eprintln!("{}", m.render(lang));
    }
    if !formatted.changed(&text) {
        tally.unchanged += 1;
        return Ok(());
    }
    tally.changed += 1;
    if args.diff {
        let diff = similar::TextDiff::from_lines(&text, &formatted.text);
        let diff = diff
            .unified_diff()
            .context_radius(3)
            .header(&name, &name)
            .to_string();
        write_diff(out, &diff, color)?;
    } else if args.check {
        writeln!(out, "{name}")?;
    }
    if args.check || args.diff {
        return Ok(());
    }
    // Under the lock `log` takes, and only if the file still holds what
    // was formatted: a line written meanwhile is never lost.
    match rewrite(path, text.as_bytes(), formatted.text.as_bytes()) {
        Ok(()) => {
            let m = msg!(cli_formatted, name = name.to_string());
            writeln!(out, "{}", m.render(lang))?;
        }
        Err(e) => {
            eprintln!("{}", e.message().render(lang));
            tally.failed = true;
        }
    }
    Ok(())
}

/// A file's text, or why fmt leaves it alone.
fn read_text(path: &Path, name: &str) -> Result<String, Message> {
    let cannot = |e: String| {
        msg!(
            cli_error_cannot_read_2,
            name = name.to_string(),
            error = e.to_string()
        )
    };
    let bytes = match read_bounded(path, MAX_FILE_SIZE).map_err(|e| cannot(e.to_string()))? {
        Bounded::Bytes(bytes) => bytes,
        Bounded::TooLarge(_) => {
            return Err(msg!(cli_error_over_64_mib, name = name.to_string()));
        }
        Bounded::NotAFile => {
            return Err(msg!(cli_error_not_regular_file, name = name.to_string()));
        }
    };
    let not_text = || msg!(cli_error_not_utf_8, name = name.to_string());
    if bytes.contains(&0) {
        return Err(not_text());
    }
    String::from_utf8(bytes).map_err(|_| not_text())
}

pub(super) fn write_diff(out: &mut impl Write, diff: &str, color: bool) -> std::io::Result<()> {
    // A file without a final line break leaves the diff without one; what
    // follows must still start on its own line.
    let owned;
    let diff = if diff.ends_with('\n') || diff.is_empty() {
        diff
    } else {
        owned = format!("{diff}\n");
        &owned
    };
    if !color {
        return out.write_all(diff.as_bytes());
    }
    for line in diff.split_inclusive('\n') {
        let style = if line.starts_with("+++") || line.starts_with("---") {
            "\x1b[1m"
        } else if line.starts_with('+') {
            "\x1b[32m"
        } else if line.starts_with('-') {
            "\x1b[31m"
        } else if line.starts_with("@@") {
            "\x1b[36m"
        } else {
            ""
        };
        let (content, end) = match line.strip_suffix('\n') {
            Some(content) => (content, "\n"),
            None => (line, ""),
        };
        if style.is_empty() {
            out.write_all(line.as_bytes())?;
        } else {
            write!(out, "{style}{content}\x1b[0m{end}")?;
        }
    }
    Ok(())
}

/// The last line: how many files were (or would be) formatted.
fn summary(tally: &Tally, dry_run: bool) -> Option<Message> {
    let Tally {
        changed, unchanged, ..
    } = *tally;
    if changed + unchanged == 0 {
        return None;
    }
    // Plurals by each language's rules (French puts 0 and 1 in the
    // singular, English only 1): locales/*/cli.ftl.
    Some(if dry_run && changed == 0 {
        msg!(cli_fmt_all_formatted, unchanged = unchanged)
    } else if dry_run {
        msg!(cli_fmt_to_format, changed = changed)
    } else {
        msg!(cli_fmt_done, changed = changed, unchanged = unchanged)
    })
}
