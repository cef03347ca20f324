//! `goalie import CSV [PATHS]`: reads an export with the `csv` crate,
//! streaming, and hands its records to the core ([`crate::import`]); then
//! writes the lines it plans under the same lock and atomic replace as
//! `goalie log`, all files or none. Formats and rules: docs/import.md.

use std::io::{BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::diagnostic::FileId;
use crate::i18n::{Lang, Message, msg};
use crate::import::merge::{self, Outcome};
use crate::import::plan::{self, Planned, Target};
use crate::import::rows::{BadRow, Days, Rows, decode};
use crate::import::{Mode, Source, Spec, is_preamble, sniff_separator};

use super::{Common, Loaded, RunContext, default_paths, load_workspace};

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The CSV export to read (`,`, `;` or tab separated).
    csv: PathBuf,
    /// Files or directories holding the goals [default: .].
    paths: Vec<PathBuf>,
    /// Use the `[[import]]` table of goalie.toml with this name; the
    /// options below override its keys.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// The item the lines are for.
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// The column holding the day.
    #[arg(long, value_name = "COLUMN")]
    date: Option<String>,
    /// The column holding the value (not needed with --count).
    #[arg(long, value_name = "COLUMN")]
    value: Option<String>,
    /// Count the rows of each day, written as an increment (`+N`).
    #[arg(long, conflicts_with = "sum")]
    count: bool,
    /// Add up the value column per day, written as an increment (`+N`).
    #[arg(long)]
    sum: bool,
    /// Keep only the rows whose COLUMN holds VALUE (case and accents
    /// ignored). May be repeated: all must hold.
    #[arg(long = "where", value_name = "COLUMN=VALUE")]
    filters: Vec<String>,
    /// Multiply every value by this (an analytics rate of 0.412 is 41.2%
    /// with --scale 100 --unit %).
    #[arg(long, value_name = "FACTOR", allow_negative_numbers = true)]
    scale: Option<f64>,
    /// The unit written after each number (`%`, `EUR`, `sessions`…)
    /// [default: the one the cells carry, if any].
    #[arg(long, value_name = "UNIT")]
    unit: Option<String>,
    /// The file to add new lines to [default: where `goalie log` would
    /// write for the item].
    #[arg(long, value_name = "FILE")]
    to: Option<PathBuf>,
    /// How the date column writes days, in strftime form (`%d/%m/%Y`,
    /// `%m/%d/%Y %H:%M`…) [default: detected].
    #[arg(long, value_name = "FORMAT")]
    date_format: Option<String>,
    /// The name in the marker comment (`# import NAME`) [default: the
    /// --source name].
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Write nothing; print the changes as a diff.
    #[arg(long)]
    dry_run: bool,
    /// Import the good rows and list the bad ones, instead of stopping at
    /// the first.
    #[arg(long)]
    skip_bad: bool,
    #[command(flatten)]
    common: Common,
}

/// Something said on stderr already or to say; the exit code is 2.
struct Failure(Message);

fn fail(message: Message) -> Failure {
    Failure(msg!(cli_error_line, error = message))
}

pub fn run(args: ImportArgs) -> ExitCode {
    let paths = default_paths(args.paths.clone());
    let Some(cx) = args.common.setup(&paths) else {
        return ExitCode::from(2);
    };
    match import(&args, &cx, paths) {
        Ok(code) => code,
        Err(Failure(message)) => {
            // Loading failures were already said.
            if !message.render(crate::i18n::Lang::En).is_empty() {
                eprintln!("{}", message.render(cx.lang));
            }
            ExitCode::from(2)
        }
    }
}

/// The options, over the named `[[import]]` table; where `--to` points.
fn resolve(args: &ImportArgs, cx: &RunContext) -> Result<(Spec, Option<PathBuf>), Failure> {
    let given = Source {
        name: args.name.clone(),
        id: args.id.clone(),
        date: args.date.clone(),
        value: args.value.clone(),
        count: args.count,
        sum: args.sum,
        filters: args.filters.clone(),
        scale: args.scale,
        unit: args.unit.clone(),
        to: None,
        date_format: args.date_format.clone(),
    };
    let (source, to) = match &args.source {
        None => (given, args.to.clone()),
        Some(name) => {
            let tables = &cx.settings.imports;
            let Some(table) = tables.iter().find(|t| t.name.as_ref() == Some(name)) else {
                let names: Vec<&str> = tables.iter().filter_map(|t| t.name.as_deref()).collect();
                let tables = if names.is_empty() {
                    msg!(cli_import_no_tables)
                } else {
                    msg!(cli_import_tables_are, list = names.join(", "))
                };
                return Err(fail(msg!(
                    cli_import_no_table_named,
                    name = name.as_str(),
                    tables = tables
                )));
            };
            // A file named in goalie.toml is relative to its folder.
            let to = args.to.clone().or_else(|| {
                table.to.as_ref().map(|t| {
                    let dir = cx.config_path.as_deref().and_then(Path::parent);
                    dir.map_or_else(|| PathBuf::from(t), |d| d.join(t))
                })
            });
            (given.over(table), to)
        }
    };
    let spec = source.spec().map_err(fail)?;
    Ok((spec, to))
}

/// How many times an import reads everything again when a file it must
/// change, or create, changed in a way it cannot bring in under the lock.
const ATTEMPTS: usize = 50;

fn import(args: &ImportArgs, cx: &RunContext, paths: Vec<PathBuf>) -> Result<ExitCode, Failure> {
    let (spec, to) = resolve(args, cx)?;
    let csv_name = args.csv.display().to_string();
    let (days, mut bad) = read_export(&args.csv, &spec, cx.lang)?;
    if !bad.is_empty() && !args.skip_bad {
        return Err(bad_row(&csv_name, &bad[0]));
    }
    let load = || {
        // A file named by --to is read with the others, so that the lines
        // an import wrote there are found.
        let mut paths = paths.clone();
        if let Some(to) = &to
            && to.is_file()
        {
            paths.push(to.clone());
        }
        load_workspace(paths, cx).map_err(|()| Failure(msg!(cli_already_reported)))
    };
    let mut loaded = load()?;
    for _ in 0..ATTEMPTS {
        let mut decision = decide(&loaded, &spec, &days, to.as_deref(), cx.today)?;
        if !decision.bad.is_empty() && !args.skip_bad {
            return Err(bad_row(&csv_name, &decision.bad[0]));
        }
        if args.dry_run {
            let color = args.common.color(std::io::stdout().is_terminal());
            let mut out = std::io::stdout().lock();
            for e in &decision.edits {
                let name = e.path.display().to_string();
                let diff = similar::TextDiff::from_lines(&e.before, &e.after);
                let diff = diff
                    .unified_diff()
                    .context_radius(1)
                    .header(&name, &name)
                    .to_string();
                let _ = super::fmt::write_diff(&mut out, &diff, color);
            }
            drop(out);
            return Ok(report(
                &loaded, decision, &days, &spec, &csv_name, bad, args, cx,
            ));
        }
        let locks = lock_all(&decision.edits).map_err(Failure)?;
        // A file may have changed since it was read (a `goalie log`, another
        // import): its text, read under the lock, replaces the one read, and
        // the import is decided again while no one else can write.
        let mut changed = false;
        let mut foreign = false;
        for (path, locked) in &locks.files {
            let before = decision.edits.iter().find(|e| &e.path == path);
            if before.is_some_and(|e| locked.text() == e.before.as_bytes()) {
                continue;
            }
            changed = true;
            match (
                file_id_of(&loaded.paths, path),
                std::str::from_utf8(locked.text()),
            ) {
                (Some(id), Ok(text)) => loaded.workspace.set_text(id, text.to_string()),
                _ => foreign = true,
            }
        }
        if changed && !foreign {
            loaded.analysis = loaded.workspace.analyze_with(cx.today, &cx.settings);
            decision = decide(&loaded, &spec, &days, to.as_deref(), cx.today)?;
            if !decision.bad.is_empty() && !args.skip_bad {
                return Err(bad_row(&csv_name, &decision.bad[0]));
            }
        }
        // Every file to change must be locked, and be as decided on.
        let ready = !foreign
            && decision.edits.iter().all(|e| {
                locks
                    .files
                    .iter()
                    .any(|(p, l)| p == &e.path && l.text() == e.before.as_bytes())
            });
        if !ready {
            locks.release();
            loaded = load()?;
            continue;
        }
        locks.write(&decision.edits).map_err(Failure)?;
        bad.extend(std::mem::take(&mut decision.bad));
        return Ok(report(
            &loaded, decision, &days, &spec, &csv_name, bad, args, cx,
        ));
    }
    Err(fail(msg!(cli_import_files_kept_changing)))
}

/// What an import will do, decided on the files as read.
struct Decision {
    outcomes: Vec<Outcome>,
    /// Days that cannot be logged.
    bad: Vec<BadRow>,
    edits: Vec<Edit>,
    /// Where new lines go.
    target: PathBuf,
}

fn decide(
    loaded: &Loaded,
    spec: &Spec,
    days: &Days,
    to: Option<&Path>,
    today: jiff::civil::Date,
) -> Result<Decision, Failure> {
    let model = &loaded.analysis.model;
    let Some(idx) = model.find(&spec.id) else {
        let id = spec.id.as_str();
        return Err(fail(match model.closest_id(&spec.id) {
            Some(s) => msg!(cli_import_no_item_did_you_mean, id = id, closest = s),
            None => msg!(cli_import_no_item, id = id),
        }));
    };
    let item = model.item(idx);
    let target = Target {
        item,
        start: model.window(idx).0,
    };
    let value_column = spec.value.clone().unwrap_or_default();
    let (planned, bad) = plan::lines(days, spec, &target, today, &spec.date, &value_column);
    let text_of = |f: FileId| loaded.workspace.file(f).text.as_str();
    let existing = merge::existing(model, idx, text_of);
    let outcomes = merge::reconcile(planned, &existing, spec.name.as_deref());
    // Where new lines go: --to, else the file of the item's latest line,
    // else the file that defines it (as `goalie log`).
    let default_file = item.logs.last().map_or(item.file, |&l| model.log(l).file);
    let target = match to {
        Some(p) => p.to_path_buf(),
        None => loaded.paths[default_file.0 as usize].clone(),
    };
    let edits = edits(&outcomes, spec, &loaded.paths, &target, &text_of);
    Ok(Decision {
        outcomes,
        bad,
        edits,
        target,
    })
}

/// Says what was done; the exit code: 1 when something was left alone.
#[allow(clippy::too_many_arguments)]
fn report(
    loaded: &Loaded,
    decision: Decision,
    days: &Days,
    spec: &Spec,
    csv: &str,
    mut bad: Vec<BadRow>,
    args: &ImportArgs,
    cx: &RunContext,
) -> ExitCode {
    bad.extend(decision.bad);
    bad.sort_by_key(|b| b.line);
    let locate = |e: &merge::Existing| {
        let (line, _) = super::position(&loaded.workspace, e.file, e.range.start as u32);
        format!(" ({}:{line})", loaded.paths[e.file.0 as usize].display())
    };
    let done = Done {
        outcomes: &decision.outcomes,
        edits: &decision.edits,
        days,
        spec,
        csv,
        bad: &bad,
        dry_run: args.dry_run,
        target: &decision.target,
    };
    let lines: Vec<String> = summarise(done, &locate)
        .iter()
        .map(|m| m.render(cx.lang))
        .collect();
    println!("{}", lines.join("\n  "));
    let left_alone = !bad.is_empty()
        || decision
            .outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Conflict { .. }));
    if left_alone {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The file id of a path among the workspace's.
fn file_id_of(paths: &[PathBuf], path: &Path) -> Option<FileId> {
    paths
        .iter()
        .position(|p| same_file(p, path))
        .map(|i| FileId(i as u32))
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || std::fs::canonicalize(a)
            .ok()
            .is_some_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
}

fn bad_row(csv: &str, bad: &BadRow) -> Failure {
    fail(msg!(
        cli_import_bad_row,
        csv = csv,
        line = bad.line.to_string(),
        column = bad.column.as_str(),
        message = &bad.message
    ))
}

/// Reads the export, streaming: the lines before the header (comments and
/// blanks, as analytics exports have), then every record.
fn read_export(path: &Path, spec: &Spec, lang: Lang) -> Result<(Days, Vec<BadRow>), Failure> {
    let name = path.display().to_string();
    let cannot = |e: std::io::Error| {
        Failure(msg!(
            cli_error_cannot_read_2,
            name = name.as_str(),
            error = e.to_string()
        ))
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut input = BufReader::with_capacity(1 << 16, file);
    // The header: the first line that is neither blank nor a comment.
    let mut skipped = 0u64;
    let mut offset = 0u64;
    let mut header = Vec::new();
    loop {
        header.clear();
        let n = input.read_until(b'\n', &mut header).map_err(cannot)?;
        if n == 0 {
            return Err(fail(msg!(cli_import_no_header, name = name.as_str())));
        }
        if skipped == 0 && header.starts_with(b"\xef\xbb\xbf") {
            header.drain(..3);
            offset += 3;
        }
        if !is_preamble(&decode(&header)) {
            break;
        }
        skipped += 1;
        offset += header.len() as u64;
    }
    let separator = sniff_separator(&decode(&header));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::Cursor::new(header).chain(input));
    let mut record = csv::ByteRecord::new();
    let csv_error = |e: csv::Error| {
        let line = e.position().map_or(0, |p| p.line() + skipped);
        fail(msg!(
            cli_import_at_line,
            name = name.as_str(),
            line = line.to_string(),
            error = e.to_string()
        ))
    };
    reader.read_byte_record(&mut record).map_err(csv_error)?;
    let columns: Vec<String> = record
        .iter()
        .map(|f| decode(f).trim().to_string())
        .collect();
    let french = separator == b';';
    let mut rows = Rows::new(spec, columns, french)
        .map_err(|m| fail(msg!(cli_import_in_file, name = name.as_str(), error = m)))?;
    let bar = progress_bar(size);
    let mut bad = Vec::new();
    let mut n = 0u64;
    while reader.read_byte_record(&mut record).map_err(csv_error)? {
        let line = record.position().map_or(0, |p| p.line()) + skipped;
        if let Err(b) = rows.row(line, &record) {
            bad.push(b);
        }
        n += 1;
        if n.is_multiple_of(8192) {
            bar.set_position(offset + record.position().map_or(0, |p| p.byte()));
        }
    }
    bar.finish_and_clear();
    let (days, more) = rows
        .finish(french || lang == Lang::Fr)
        .map_err(|m| fail(msg!(cli_import_in_file, name = name.as_str(), error = m)))?;
    bad.extend(more);
    bad.sort_by_key(|b| b.line);
    Ok((days, bad))
}

/// A bar on stderr when it is a terminal; nothing otherwise.
fn progress_bar(size: u64) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(size),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {eta}")
    {
        bar.set_style(style);
    }
    bar
}

/// One file's change.
struct Edit {
    path: PathBuf,
    before: String,
    after: String,
}

/// The new text of every file the outcomes touch.
fn edits<'t>(
    outcomes: &[Outcome],
    spec: &Spec,
    paths: &[PathBuf],
    target: &Path,
    text_of: &impl Fn(FileId) -> &'t str,
) -> Vec<Edit> {
    let name = spec.name.as_deref();
    // Replacements by file, in file id order.
    let mut by_file: std::collections::BTreeMap<u32, Vec<(std::ops::Range<usize>, String)>> =
        Default::default();
    let mut added = Vec::new();
    for o in outcomes {
        match o {
            Outcome::Add(p) => added.push(merge::marked(&p.line, name)),
            Outcome::Restate { planned, old } => {
                // Keep the line's indentation.
                let indent: String = old.text.chars().take_while(|c| c.is_whitespace()).collect();
                by_file.entry(old.file.0).or_default().push((
                    old.range.clone(),
                    format!("{indent}{}", merge::marked(&planned.line, name)),
                ));
            }
            Outcome::Unchanged(_) | Outcome::Conflict { .. } => {}
        }
    }
    let target_id = paths.iter().position(|p| same_file(p, target));
    let mut out = Vec::new();
    for (&file, replace) in &by_file {
        let before = text_of(FileId(file));
        let add: &[String] = if target_id == Some(file as usize) {
            &added
        } else {
            &[]
        };
        out.push(Edit {
            path: paths[file as usize].clone(),
            before: before.to_string(),
            after: merge::apply(before, replace.clone(), add),
        });
    }
    let target_done = target_id.is_some_and(|t| by_file.contains_key(&(t as u32)));
    if !added.is_empty() && !target_done {
        let before = target_id.map_or("", |t| text_of(FileId(t as u32)));
        out.push(Edit {
            path: target_id.map_or_else(|| target.to_path_buf(), |t| paths[t].clone()),
            before: before.to_string(),
            after: merge::apply(before, Vec::new(), &added),
        });
    }
    out
}

/// The files an import changes, locked.
struct Locks {
    files: Vec<(PathBuf, crate::host::LockedFile)>,
    /// Files made for --to, removed if nothing is written.
    created: Vec<PathBuf>,
}

impl Locks {
    /// Lets go of every file, unchanged; removes the files made empty.
    fn release(self) {
        drop(self.files);
        for p in &self.created {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Replaces every file with its edit's text.
    fn write(self, edits: &[Edit]) -> Result<(), Message> {
        for (path, locked) in self.files {
            match edits.iter().find(|e| e.path == path) {
                Some(e) => locked
                    .replace(e.after.as_bytes())
                    .map_err(|err| err.message())?,
                None => drop(locked),
            }
        }
        Ok(())
    }
}

/// Locks every file to change, in path order so that two imports cannot
/// deadlock; a new --to file is made empty first.
fn lock_all(edits: &[Edit]) -> Result<Locks, Message> {
    let mut order: Vec<&Edit> = edits.iter().collect();
    order.sort_by(|a, b| a.path.cmp(&b.path));
    let mut locks = Locks {
        files: Vec::new(),
        created: Vec::new(),
    };
    for e in order {
        if !e.path.exists() {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&e.path)
            {
                Ok(_) => locks.created.push(e.path.clone()),
                // Made by someone else meanwhile: locked below like any file.
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(err) => {
                    locks.release();
                    let p = e.path.display();
                    return Err(msg!(
                        cli_error_cannot_create_nothing,
                        path = p.to_string(),
                        error = err.to_string()
                    ));
                }
            }
        }
        match crate::host::LockedFile::open(&e.path) {
            Ok(l) => locks.files.push((e.path.clone(), l)),
            Err(err) => {
                locks.release();
                // Other files may be locked already: nothing was written,
                // rather than the host's "the file is unchanged".
                return Err(match err {
                    crate::host::WriteError::Io(path, e) => msg!(
                        cli_import_cannot_write,
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                    other => other.message(),
                });
            }
        }
    }
    Ok(locks)
}

/// What an import did, to be said.
struct Done<'a> {
    outcomes: &'a [Outcome],
    edits: &'a [Edit],
    days: &'a Days,
    spec: &'a Spec,
    csv: &'a str,
    bad: &'a [BadRow],
    dry_run: bool,
    /// Where new lines go.
    target: &'a Path,
}

/// What was done: the summary line, then one line per restated day,
/// conflict, day of several rows and skipped row.
fn summarise(done: Done<'_>, locate: &dyn Fn(&merge::Existing) -> String) -> Vec<Message> {
    let Done {
        outcomes,
        edits,
        days,
        spec,
        csv,
        bad,
        dry_run,
        target,
    } = done;
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let files: Vec<String> = edits.iter().map(|e| e.path.display().to_string()).collect();
    let files = if files.is_empty() {
        target.display().to_string()
    } else {
        files.join(", ")
    };
    let mut out = vec![msg!(
        cli_import_summary,
        files = files,
        added = count(|o| matches!(o, Outcome::Add(_))),
        restated = count(|o| matches!(o, Outcome::Restate { .. })),
        unchanged = count(|o| matches!(o, Outcome::Unchanged(_))),
        conflicts = count(|o| matches!(o, Outcome::Conflict { .. })),
        read = days.read,
        csv = csv,
        kept = days.kept,
        dry = if dry_run { "yes" } else { "no" }
    )];
    let value_of = |line: &str| line.splitn(3, ' ').nth(2).unwrap_or("").to_string();
    for o in outcomes {
        match o {
            Outcome::Restate { planned, old } => out.push(msg!(
                cli_import_restated,
                date = planned.date.to_string(),
                was = old.text.trim(),
                line = planned.line.as_str()
            )),
            Outcome::Conflict { planned, theirs } => out.push(msg!(
                cli_import_conflict,
                date = planned.date.to_string(),
                line = theirs.text.trim(),
                file = locate(theirs),
                says = value_of(&planned.line)
            )),
            _ => {}
        }
    }
    if spec.mode == Mode::Measure {
        let several: Vec<&Planned> = outcomes
            .iter()
            .map(planned_of)
            .filter(|p| p.rows > 1)
            .collect();
        for p in several.iter().take(5) {
            out.push(msg!(
                cli_import_several_rows,
                date = p.date.to_string(),
                rows = p.rows,
                row = p.row.to_string()
            ));
        }
        if several.len() > 5 {
            out.push(msg!(cli_import_more_days, more = several.len() - 5));
        }
    }
    for b in bad {
        out.push(msg!(
            cli_import_skipped,
            csv = csv,
            line = b.line.to_string(),
            column = b.column.as_str(),
            message = &b.message
        ));
    }
    out
}

fn planned_of(o: &Outcome) -> &Planned {
    match o {
        Outcome::Add(p) | Outcome::Unchanged(p) => p,
        Outcome::Restate { planned, .. } | Outcome::Conflict { planned, .. } => planned,
    }
}
