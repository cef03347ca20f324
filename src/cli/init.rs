//! `goalie init`: a starter plan, a commented `goalie.toml` and, on
//! request, CI and pre-commit files. The texts are data files under
//! `init/`; this module fills in the dates and writes them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::parse_today;
use crate::host::write_atomically;
use crate::i18n::{Lang, msg};

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// Folder to write the files in [default: .]; created when missing.
    dir: Option<PathBuf>,
    /// Language of the plan and of messages [default: from GOALIE_LANG,
    /// LC_ALL, LC_MESSAGES or LANG, else English].
    #[arg(long, value_name = "LANG", value_parser = super::languages())]
    lang: Option<String>,
    /// What the starter plan is about.
    #[arg(long, value_enum, default_value_t = Template::Okr)]
    template: Template,
    /// The day the plan's dates are computed from, YYYY-MM-DD [default:
    /// the system's date].
    #[arg(long, value_parser = parse_today, value_name = "DATE")]
    today: Option<Date>,
    /// Also write a CI workflow that checks the plans.
    #[arg(long, value_enum, value_name = "SERVICE")]
    ci: Option<Ci>,
    /// Also write a .pre-commit-config.yaml with goalie's hooks.
    #[arg(long)]
    pre_commit: bool,
    /// Overwrite files that already exist.
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Template {
    /// A team objective with key results of every kind.
    Okr,
    /// A sales plan: revenue, pipeline and prospecting.
    Sales,
    /// Personal habits, with a goal they serve.
    Habits,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Ci {
    /// .github/workflows/goalie.yml, with goalie's GitHub Action.
    Github,
}

/// The language of the starter plan: `.goals` files are written in
/// English or French (their keywords), so a reader of another language
/// gets the English plan.
fn plan_lang(lang: Lang) -> Lang {
    if lang == Lang::Fr { Lang::Fr } else { Lang::En }
}

/// The starter plans, by language and template.
fn plan_template(lang: Lang, template: Template) -> &'static str {
    let french = plan_lang(lang) == Lang::Fr;
    match (french, template) {
        (false, Template::Okr) => include_str!("init/templates/en/okr.goals"),
        (false, Template::Sales) => include_str!("init/templates/en/sales.goals"),
        (false, Template::Habits) => include_str!("init/templates/en/habits.goals"),
        (true, Template::Okr) => include_str!("init/templates/fr/okr.goals"),
        (true, Template::Sales) => include_str!("init/templates/fr/sales.goals"),
        (true, Template::Habits) => include_str!("init/templates/fr/habits.goals"),
    }
}

/// The commented configuration, in the plan's language.
fn config_template(lang: Lang) -> &'static str {
    if plan_lang(lang) == Lang::Fr {
        include_str!("init/goalie.fr.toml")
    } else {
        include_str!("init/goalie.en.toml")
    }
}

const GITHUB_WORKFLOW: &str = include_str!("init/github.yml");
const PRE_COMMIT: &str = include_str!("init/pre-commit.yaml");

/// The files `init` writes, relative to its folder, with their content.
fn files(
    lang: Lang,
    template: Template,
    today: Date,
    github: bool,
    pre_commit: bool,
) -> Vec<(PathBuf, String)> {
    let plan_name = plan_lang(lang).pick("plan.goals", "objectifs.goals");
    let mut out = vec![
        (
            PathBuf::from(plan_name),
            fill_plan(plan_template(lang, template), lang, today),
        ),
        (
            PathBuf::from("goalie.toml"),
            config_template(lang)
                .replace("{{lang}}", lang.tag())
                .replace("{{today}}", &today.to_string()),
        ),
    ];
    if github {
        out.push((
            Path::new(".github").join("workflows").join("goalie.yml"),
            GITHUB_WORKFLOW.to_string(),
        ));
    }
    if pre_commit {
        out.push((
            PathBuf::from(".pre-commit-config.yaml"),
            PRE_COMMIT.to_string(),
        ));
    }
    out
}

/// The plan with its dates: the period is the quarter holding `today`, and
/// the log lines fall on the last three weekdays up to `today` within that
/// quarter. A log line whose day does not exist yet (early in a quarter)
/// is left out rather than dated before the period starts.
fn fill_plan(template: &str, lang: Lang, today: Date) -> String {
    let (start, end) = quarter(today);
    let quarter_number = (today.month() - 1) / 3 + 1;
    // The quarter's keyword letter, in the plan's language.
    let letter = plan_lang(lang).pick("Q", "T");
    let period = format!("{}-{letter}{quarter_number}", today.year());
    let days = last_weekdays(today, start, 3);
    let mut out = String::with_capacity(template.len());
    for line in template.split_inclusive('\n') {
        let mut line = line
            .replace("{{period}}", &period)
            .replace("{{end}}", &end.to_string());
        let mut keep = true;
        for (n, placeholder) in ["{{d1}}", "{{d2}}", "{{d3}}"].iter().enumerate() {
            if line.contains(placeholder) {
                match days.get(n).copied().flatten() {
                    Some(day) => line = line.replace(placeholder, &day.to_string()),
                    None => keep = false,
                }
            }
        }
        if keep {
            out.push_str(&line);
        }
    }
    out
}

/// The first and last days of the quarter holding `day`.
fn quarter(day: Date) -> (Date, Date) {
    let first_month = (day.month() - 1) / 3 * 3 + 1;
    let start = Date::new(day.year(), first_month, 1).unwrap_or(day);
    let end = start
        .checked_add(3.months())
        .and_then(|d| d.checked_sub(1.day()))
        .unwrap_or(day);
    (start, end)
}

/// The last `count` weekdays up to `today`, oldest first; those that would
/// fall before `not_before` are `None`, so the newest lines are kept.
fn last_weekdays(today: Date, not_before: Date, count: usize) -> Vec<Option<Date>> {
    let mut days = Vec::new();
    let mut day = today;
    while days.len() < count && day >= not_before {
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            days.push(Some(day));
        }
        match day.yesterday() {
            Ok(d) => day = d,
            Err(_) => break,
        }
    }
    days.resize(count, None);
    days.reverse();
    days
}

pub fn run(args: InitArgs) -> ExitCode {
    let lang = super::resolve_lang(args.lang.as_deref());
    let today = args
        .today
        .unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    let files = files(
        lang,
        args.template,
        today,
        args.ci == Some(Ci::Github),
        args.pre_commit,
    );

    // Every file is checked before any is written: a refused init leaves
    // the folder as it was.
    if !args.force {
        let existing: Vec<String> = files
            .iter()
            .map(|(name, _)| dir.join(name))
            .filter(|path| path.exists())
            .map(|path| path.display().to_string())
            .collect();
        if !existing.is_empty() {
            let list = existing.join(", ");
            let m = msg!(cli_error_already_exists_nothing, list = list.to_string());
            eprintln!("{}", m.render(lang));
            return ExitCode::from(2);
        }
    }

    // Ids are global across a folder: plans already there may use the
    // starter plan's ids. Said, not refused: the user may want both.
    let plan = dir.join(&files[0].0);
    let others = crate::host::find_goals_files(std::slice::from_ref(&dir))
        .map(|found| found.into_iter().filter(|f| *f != plan).count())
        .unwrap_or(0);
    if others > 0 {
        let m = msg!(
            cli_note_already_holds_goals,
            path = dir.display().to_string(),
            others = others
        );
        eprintln!("{}", m.render(lang));
    }

    // Folders first: a path that cannot hold a folder (a file named
    // `.github`, a read-only parent) fails before any file is written.
    for (name, _) in &files {
        let path = dir.join(name);
        let Some(parent) = path.parent() else {
            continue;
        };
        if let Err(e) = std::fs::create_dir_all(parent) {
            let m = msg!(
                cli_error_cannot_create_folder,
                path = parent.display().to_string(),
                error = e.to_string()
            );
            eprintln!("{}", m.render(lang));
            return ExitCode::from(2);
        }
    }
    for (name, content) in &files {
        let path = dir.join(name);
        if let Err(e) = write_atomically(&path, content.as_bytes()) {
            let m = msg!(
                cli_error_cannot_write,
                path = path.display().to_string(),
                error = e.to_string()
            );
            eprintln!("{}", m.render(lang));
            return ExitCode::from(2);
        }
        let m = msg!(cli_created, path = path.display().to_string());
        if let Err(e) = super::emit(format!("{}\n", m.render(lang))) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let shown = dir.display();
    let m = msg!(cli_next_goalie_check_finds, shown = shown.to_string());
    super::emit_then(format!("{}\n", m.render(lang)), ExitCode::SUCCESS)
}
