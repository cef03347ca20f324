//! `goalie check`.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::{Common, default_paths, github, json, render, sarif};
use crate::analysis::{Analysis, Workspace};
use crate::diagnostic::{Diagnostic, Edit, FileId, Severity};
use crate::host::{WriteError, rewrite};
use crate::i18n::{Lang, msg};
use crate::text::ColumnUnit;

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
    /// Apply the mechanical fixes diagnostics offer, then report what is
    /// left. Only the fixed spans of text change.
    #[arg(long)]
    fix: bool,
    /// Check what is typed on standard input instead of files: a `.goals`
    /// text, or one goal statement ("Grow MQLs from 300 to 450 by March"),
    /// judged on its wording by the same rules as a key result.
    #[arg(long, conflicts_with_all = ["paths", "fix"])]
    stdin: bool,
    /// The repository root SARIF paths are relative to [default: the git
    /// top level of the current folder, else the current folder].
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum Format {
    /// miette-rendered diagnostics with source snippets.
    Text,
    /// An array of objects with file, line, column, end_line, end_column,
    /// severity, code, name, message.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the lines).
    Github,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Deny {
    Error,
    Warning,
    Info,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let paths = default_paths(args.paths.clone());
    let Some(cx) = args.common.setup(&paths) else {
        return ExitCode::from(2);
    };
    let lang = cx.lang;
    if args.stdin {
        return statement(&args, &cx);
    }
    let mut workspace = Workspace::new();
    if let Err(e) = super::load_files(&paths, &mut workspace, lang) {
        let m = msg!(cli_error_cannot_read, error = e.to_string());
        eprintln!("{}", m.render(lang));
        return ExitCode::from(2);
    }
    let mut analysis = workspace.analyze_with(cx.today, &cx.settings);
    if args.fix {
        // Fixes that touch the same spot wait for the next round, on the
        // re-analysed text; a few rounds reach the fixed point.
        let mut total = 0;
        // What each file holds on disk: a file is rewritten only if it
        // still holds that.
        let mut on_disk: BTreeMap<FileId, String> = BTreeMap::new();
        for _ in 0..8 {
            match apply_fixes(&mut workspace, &analysis.diagnostics, lang, &mut on_disk) {
                Ok(applied) if applied.is_empty() => break,
                Ok(applied) => {
                    // Each fix is named where it was made, so the writer
                    // can see what changed in their file.
                    for line in &applied {
                        eprintln!("{line}");
                    }
                    total += applied.len();
                    analysis = workspace.analyze_with(cx.today, &cx.settings);
                }
                Err(e) => {
                    eprintln!("{}", e.message().render(lang));
                    return ExitCode::from(2);
                }
            }
        }
        if total > 0 {
            let m = msg!(cli_fixed_problem, total = total);
            eprintln!("{}", m.render(lang));
        }
    }
    let root = match args.format {
        Format::Sarif => match sarif::Root::find(args.root.as_deref()) {
            Ok(root) => Some(root),
            Err(e) => {
                let m = msg!(cli_error_cannot_use_root, error = e.to_string());
                eprintln!("{}", m.render(lang));
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    // With no file, the warning already said so: "no problems in 0 files"
    // would read as a pass. Machine formats still get their empty report.
    let nothing_to_say = workspace.is_empty() && matches!(args.format, Format::Text);
    if !nothing_to_say
        && let Err(code) = report(&workspace, &analysis, args.format, lang, &args.common, root)
    {
        return code;
    }
    let threshold = match args.deny {
        Deny::Error => Severity::Error,
        Deny::Warning => Severity::Warning,
        Deny::Info => Severity::Info,
    };
    let code = if analysis.diagnostics.iter().any(|d| d.severity >= threshold) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends now: freeing a large workspace's many small
    // allocations one by one would only add to the wall time.
    std::mem::forget(analysis);
    std::mem::forget(workspace);
    code
}

/// `goalie check --stdin`: a `.goals` text is checked as a file named
/// `<stdin>`; anything else is one goal statement.
fn statement(args: &CheckArgs, cx: &super::RunContext) -> ExitCode {
    let mut text = String::new();
    if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
        let m = msg!(cli_error_cannot_read_standard, error = e.to_string());
        eprintln!("{}", m.render(cx.lang));
        return ExitCode::from(2);
    }
    let mut workspace = Workspace::new();
    let is_plan = {
        let mut probe = Workspace::new();
        probe.add_file("<stdin>", text.as_str());
        !probe
            .analyze_with(cx.today, &cx.settings)
            .model
            .items
            .is_empty()
    };
    let analysis = if is_plan || text.trim().is_empty() {
        workspace.add_file("<stdin>", text);
        workspace.analyze_with(cx.today, &cx.settings)
    } else {
        let french = cx.lang == Lang::Fr;
        workspace.add_file(
            "<stdin>",
            crate::analysis::statement::as_goals(&text, french),
        );
        crate::analysis::statement::check(&workspace, cx.today, &cx.settings)
    };
    let root = match args.format {
        Format::Sarif => match sarif::Root::find(args.root.as_deref()) {
            Ok(root) => Some(root),
            Err(e) => {
                let m = msg!(cli_error_cannot_use_root, error = e.to_string());
                eprintln!("{}", m.render(cx.lang));
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    if let Err(code) = report(
        &workspace,
        &analysis,
        args.format,
        cx.lang,
        &args.common,
        root,
    ) {
        return code;
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

fn report(
    workspace: &Workspace,
    analysis: &Analysis,
    format: Format,
    lang: Lang,
    common: &Common,
    root: Option<sarif::Root>,
) -> Result<(), ExitCode> {
    let out = std::io::stdout();
    let mut out = out.lock();
    let diagnostics = &analysis.diagnostics;
    let written = match format {
        Format::Json => json::write(&mut out, workspace, diagnostics, lang),
        Format::Sarif => {
            let root = root.expect("found for SARIF");
            sarif::write(&mut out, workspace, diagnostics, lang, &root)
        }
        Format::Github => github::write(&mut out, workspace, diagnostics, lang),
        Format::Text => {
            let color = common.color(std::io::stdout().is_terminal());
            render::write(&mut out, workspace, diagnostics, lang, color)
        }
    };
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: {e}");
        return Err(ExitCode::from(2));
    }
    Ok(())
}

/// Applies the fix of each diagnostic that offers exactly one — where it
/// offers several (committed or aspirational?) the choice is the writer's —
/// skipping fixes whose edits overlap one already taken, and writes the
/// files that changed, each only if it still holds what was read
/// (`on_disk`). Returns each fix applied, as `file:line:column: CODE what
/// changed`.
fn apply_fixes(
    workspace: &mut Workspace,
    diagnostics: &[Diagnostic],
    lang: Lang,
    on_disk: &mut BTreeMap<FileId, String>,
) -> Result<Vec<String>, WriteError> {
    let mut by_file: BTreeMap<FileId, Vec<Edit>> = BTreeMap::new();
    let mut applied = Vec::new();
    for d in diagnostics.iter().filter(|d| d.fixes.len() == 1) {
        let fix = &d.fixes[0];
        let overlaps = fix.edits.iter().any(|e| {
            by_file.get(&e.file).is_some_and(|taken| {
                taken.iter().any(|t| {
                    t.range.start < e.range.end.max(e.range.start + 1)
                        && e.range.start < t.range.end.max(t.range.start + 1)
                })
            })
        });
        if overlaps {
            continue;
        }
        for e in &fix.edits {
            by_file.entry(e.file).or_default().push(e.clone());
        }
        let file = workspace.file(d.file);
        let at = file
            .line_index
            .line_col(&file.text, d.range.start as usize, ColumnUnit::Char);
        applied.push(format!(
            "{}:{}:{}: {} {}",
            file.name,
            at.line + 1,
            at.col + 1,
            d.code.code,
            fix.title.render(lang)
        ));
    }
    for (file, mut edits) in by_file {
        let read = on_disk
            .entry(file)
            .or_insert_with(|| workspace.file(file).text.clone());
        // From the end, so earlier offsets stay valid.
        edits.sort_by_key(|e| std::cmp::Reverse((e.range.start, e.range.end)));
        for e in &edits {
            workspace.edit(file, e.range.as_range(), &e.insert);
        }
        let f = workspace.file(file);
        // Under the lock `log` takes, and only if the file still holds what
        // was read: a line written meanwhile is never lost.
        rewrite(
            std::path::Path::new(&f.name),
            read.as_bytes(),
            f.text.as_bytes(),
        )?;
        read.clone_from(&f.text);
    }
    Ok(applied)
}
