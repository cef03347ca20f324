//! `goalie import CSV [PATHS]`: reads an export with the `csv` crate,
//! streaming, and hands its records to the core ([`crate::import`]); then
//! writes the lines it plans under the same lock and atomic replace as
//! `goalie log`, all files or none. Formats and rules: docs/import.md.

use std::io::{BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::diagnostic::FileId;
use crate::i18n::{Lang, Message};
use crate::import::merge::{self, Outcome};
use crate::import::plan::{self, Planned, Target};
use crate::import::rows::{BadRow, Days, Rows, decode};
use crate::import::{Mode, Source, Spec, is_preamble, sniff_separator};

use super::{Common, RunContext, default_paths, load_workspace};

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

fn fail(en: impl Into<String>, fr: impl Into<String>) -> Failure {
    Failure(Message::new(
        format!("error: {}", en.into()),
        format!("erreur : {}", fr.into()),
    ))
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
            if !message.en.is_empty() {
                eprintln!("{}", message.get(cx.lang));
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
                let (en, fr) = if names.is_empty() {
                    (
                        "goalie.toml has no [[import]] table".to_string(),
                        "goalie.toml n'a pas de table [[import]]".to_string(),
                    )
                } else {
                    let list = names.join(", ");
                    (
                        format!("the tables are: {list}"),
                        format!("les tables sont : {list}"),
                    )
                };
                return Err(fail(
                    format!("no [[import]] table is named `{name}`; {en}"),
                    format!("aucune table [[import]] ne s'appelle `{name}` ; {fr}"),
                ));
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
    let spec = source.spec().map_err(|m| {
        Failure(Message::new(
            format!("error: {}", m.en),
            format!("erreur : {}", m.fr),
        ))
    })?;
    Ok((spec, to))
}

fn import(args: &ImportArgs, cx: &RunContext, paths: Vec<PathBuf>) -> Result<ExitCode, Failure> {
    let lang = cx.lang;
    let (spec, to) = resolve(args, cx)?;
    let csv_name = args.csv.display().to_string();
    let (days, mut bad) = read_export(&args.csv, &spec, lang)?;
    if !bad.is_empty() && !args.skip_bad {
        return Err(bad_row(&csv_name, &bad[0]));
    }
    // A file named by --to is read with the others, so that the lines an
    // import wrote there are found.
    let mut paths = paths;
    if let Some(to) = &to
        && to.is_file()
    {
        paths.push(to.clone());
    }
    // Another writer may change a file between reading and locking it: then
    // everything is read and decided again.
    for _ in 0..5 {
        let loaded =
            load_workspace(paths.clone(), cx).map_err(|()| Failure(Message::new("", "")))?;
        let model = &loaded.analysis.model;
        let Some(idx) = model.find(&spec.id) else {
            let (hint_en, hint_fr) = match model.closest_id(&spec.id) {
                Some(s) => (
                    format!("; did you mean `{s}`?"),
                    format!(" ; vouliez-vous dire `{s}` ?"),
                ),
                None => (String::new(), String::new()),
            };
            return Err(fail(
                format!("no item has the id `{}`{hint_en}", spec.id),
                format!("aucun élément n'a l'identifiant `{}`{hint_fr}", spec.id),
            ));
        };
        let item = model.item(idx);
        let target = Target {
            item,
            start: model.window(idx).0,
        };
        let value_column = spec.value.clone().unwrap_or_default();
        let (planned, plan_bad) =
            plan::lines(&days, &spec, &target, cx.today, &spec.date, &value_column);
        if !plan_bad.is_empty() && !args.skip_bad {
            return Err(bad_row(&csv_name, &plan_bad[0]));
        }
        let text_of = |f: FileId| loaded.workspace.file(f).text.as_str();
        let existing = merge::existing(model, idx, text_of);
        let outcomes = merge::reconcile(planned, &existing, spec.name.as_deref());

        // Where new lines go: --to, else the file of the item's latest
        // line, else the file that defines it (as `goalie log`).
        let default_file = item.logs.last().map_or(item.file, |&l| model.log(l).file);
        let target_path = match &to {
            Some(p) => p.clone(),
            None => loaded.paths[default_file.0 as usize].clone(),
        };
        let edits = edits(&outcomes, &spec, &loaded.paths, &target_path, &text_of);

        if args.dry_run {
            let color = args.common.color(std::io::stdout().is_terminal());
            let mut out = std::io::stdout().lock();
            for e in &edits {
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
        } else {
            match write_all(&edits) {
                Ok(true) => {}
                // A file changed since it was read: read again.
                Ok(false) => continue,
                Err(m) => return Err(Failure(m)),
            }
        }
        bad.extend(plan_bad);
        let locate = |e: &merge::Existing| {
            let (line, _) = super::position(&loaded.workspace, e.file, e.range.start as u32);
            format!(" ({}:{line})", loaded.paths[e.file.0 as usize].display())
        };
        let done = Done {
            outcomes: &outcomes,
            edits: &edits,
            days: &days,
            spec: &spec,
            csv: &csv_name,
            bad: &bad,
            dry_run: args.dry_run,
            target: &target_path,
        };
        let summary = summarise(done, &locate);
        println!("{}", summary.get(lang));
        let left_alone = !bad.is_empty()
            || outcomes
                .iter()
                .any(|o| matches!(o, Outcome::Conflict { .. }));
        return Ok(if left_alone {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    Err(fail(
        "the goals files kept changing while importing; nothing was written",
        "les fichiers d'objectifs n'ont cessé de changer pendant l'import ; rien n'a été écrit",
    ))
}

fn bad_row(csv: &str, bad: &BadRow) -> Failure {
    let m = &bad.message;
    Failure(Message::new(
        format!(
            "error: {csv}:{}: column \"{}\": {}; nothing was written (--skip-bad imports the other rows)",
            bad.line, bad.column, m.en
        ),
        format!(
            "erreur : {csv}:{} : colonne \"{}\" : {} ; rien n'a été écrit (--skip-bad importe les autres lignes)",
            bad.line, bad.column, m.fr
        ),
    ))
}

/// Reads the export, streaming: the lines before the header (comments and
/// blanks, as analytics exports have), then every record.
fn read_export(path: &Path, spec: &Spec, lang: Lang) -> Result<(Days, Vec<BadRow>), Failure> {
    let name = path.display().to_string();
    let cannot = |e: std::io::Error| {
        fail(
            format!("cannot read {name}: {e}"),
            format!("impossible de lire {name} : {e}"),
        )
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
            return Err(fail(
                format!("{name} has no header line"),
                format!("{name} n'a pas de ligne d'en-tête"),
            ));
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
        fail(
            format!("{name}:{line}: {e}"),
            format!("{name}:{line} : {e}"),
        )
    };
    reader.read_byte_record(&mut record).map_err(csv_error)?;
    let columns: Vec<String> = record
        .iter()
        .map(|f| decode(f).trim().to_string())
        .collect();
    let french = separator == b';';
    let mut rows = Rows::new(spec, columns, french)
        .map_err(|m| fail(format!("{name}: {}", m.en), format!("{name} : {}", m.fr)))?;
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
        .map_err(|m| fail(format!("{name}: {}", m.en), format!("{name} : {}", m.fr)))?;
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
    let same = |a: &Path, b: &Path| {
        a == b
            || std::fs::canonicalize(a)
                .ok()
                .is_some_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
    };
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
    let target_id = paths.iter().position(|p| same(p, target));
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
            path: target.to_path_buf(),
            before: before.to_string(),
            after: merge::apply(before, Vec::new(), &added),
        });
    }
    out
}

/// Locks every file (in path order, so two imports cannot deadlock),
/// checks each is as it was read, then replaces them. `Ok(false)`: one had
/// changed, nothing was written.
fn write_all(edits: &[Edit]) -> Result<bool, Message> {
    let mut order: Vec<&Edit> = edits.iter().collect();
    order.sort_by(|a, b| a.path.cmp(&b.path));
    let mut created = Vec::new();
    let mut locked = Vec::new();
    let undo = |created: &[&Path]| {
        for p in created {
            let _ = std::fs::remove_file(p);
        }
    };
    for e in &order {
        if !e.path.exists() {
            // A new file for --to: made empty, then locked like any other.
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&e.path)
            {
                Ok(_) => created.push(e.path.as_path()),
                Err(err) => {
                    undo(&created);
                    let p = e.path.display();
                    return Err(Message::new(
                        format!("error: cannot create {p}: {err}; nothing was written"),
                        format!("erreur : impossible de créer {p} : {err} ; rien n'a été écrit"),
                    ));
                }
            }
        }
        match crate::host::LockedFile::open(&e.path) {
            Ok(l) => {
                if l.text() != e.before.as_bytes() {
                    drop(locked);
                    undo(&created);
                    return Ok(false);
                }
                locked.push(l);
            }
            Err(err) => {
                drop(locked);
                undo(&created);
                let m = err.message();
                return Err(Message::new(
                    m.en.replace("the file is unchanged", "nothing was written"),
                    m.fr.replace("le fichier est inchangé", "rien n'a été écrit"),
                ));
            }
        }
    }
    for (l, e) in locked.into_iter().zip(&order) {
        l.replace(e.after.as_bytes()).map_err(|err| err.message())?;
    }
    Ok(true)
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

/// What was done, in both languages.
fn summarise(done: Done<'_>, locate: &dyn Fn(&merge::Existing) -> String) -> Message {
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
    let added = count(|o| matches!(o, Outcome::Add(_)));
    let restated = count(|o| matches!(o, Outcome::Restate { .. }));
    let unchanged = count(|o| matches!(o, Outcome::Unchanged(_)));
    let conflicts = count(|o| matches!(o, Outcome::Conflict { .. }));
    let files: Vec<String> = edits.iter().map(|e| e.path.display().to_string()).collect();
    let files = if files.is_empty() {
        target.display().to_string()
    } else {
        files.join(", ")
    };
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let (would_en, would_fr) = if dry_run {
        (
            " (dry run: nothing written)",
            " (essai : rien n'a été écrit)",
        )
    } else {
        ("", "")
    };
    let mut en = format!(
        "{files}: {added} line{} added, {restated} restated, {unchanged} unchanged, {conflicts} conflict{} ({} rows of {csv}, {} kept){would_en}",
        s(added),
        s(conflicts),
        days.read,
        days.kept
    );
    // French puts 0 and 1 in the singular.
    let f = |n: usize| if n > 1 { "s" } else { "" };
    let mut fr = format!(
        "{files} : {added} ligne{} ajoutée{}, {restated} corrigée{}, {unchanged} inchangée{}, {conflicts} conflit{} ({} lignes de {csv}, {} retenues){would_fr}",
        f(added),
        f(added),
        f(restated),
        f(unchanged),
        f(conflicts),
        days.read,
        days.kept
    );
    let value_of = |line: &str| line.splitn(3, ' ').nth(2).unwrap_or("").to_string();
    for o in outcomes {
        match o {
            Outcome::Restate { planned, old } => {
                let was = old.text.trim();
                en.push_str(&format!(
                    "\n  restated {}: `{was}` is now `{}`",
                    planned.date, planned.line
                ));
                fr.push_str(&format!(
                    "\n  corrigé le {} : `{was}` devient `{}`",
                    planned.date, planned.line
                ));
            }
            Outcome::Conflict { planned, theirs } => {
                let file = locate(theirs);
                let line = theirs.text.trim();
                let says = value_of(&planned.line);
                en.push_str(&format!(
                    "\n  conflict {}: `{line}`{file} is not an import of this source and is left alone; the export says {says}",
                    planned.date
                ));
                fr.push_str(&format!(
                    "\n  conflit le {} : `{line}`{file} ne vient pas de cet import et reste tel quel ; l'export dit {says}",
                    planned.date
                ));
            }
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
            en.push_str(&format!(
                "\n  {}: {} rows; the last one (line {}) is kept",
                p.date, p.rows, p.row
            ));
            fr.push_str(&format!(
                "\n  {} : {} lignes ; la dernière (ligne {}) est retenue",
                p.date, p.rows, p.row
            ));
        }
        if several.len() > 5 {
            let more = several.len() - 5;
            en.push_str(&format!("\n  and {more} more days with several rows"));
            fr.push_str(&format!("\n  et {more} autres jours à plusieurs lignes"));
        }
    }
    for b in bad {
        en.push_str(&format!(
            "\n  skipped {csv}:{}: column \"{}\": {}",
            b.line, b.column, b.message.en
        ));
        fr.push_str(&format!(
            "\n  ignorée {csv}:{} : colonne \"{}\" : {}",
            b.line, b.column, b.message.fr
        ));
    }
    Message::new(en, fr)
}

fn planned_of(o: &Outcome) -> &Planned {
    match o {
        Outcome::Add(p) | Outcome::Unchanged(p) => p,
        Outcome::Restate { planned, .. } | Outcome::Conflict { planned, .. } => planned,
    }
}
