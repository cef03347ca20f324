//! `goalie status`: where every goal stands today, as a terminal view
//! (objectives with their key results, then activities, then funnels) or
//! as JSON with the same numbers.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::style::{Style, bar, pad, truncate};
use super::{Common, default_paths};
use crate::describe::numbers::{date, number, percent, quantity, short_date};
use crate::describe::{
    failing_text, funnel_forecast, measure_facts, pace, periods_text, rate_text, trend,
};
use crate::i18n::{Lang, Message, msg};
use crate::model::Unit;
use crate::progress::{
    ActivityProgress, CheckIn, FunnelProgress, KeyResultProgress, ObjectiveProgress, Progress,
    StageProgress, Status,
};

#[derive(clap::Args, Debug)]
pub struct StatusArgs {
    /// Files or directories to read [default: .].
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    common: Common,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: StatusArgs) -> ExitCode {
    let (cx, super::Loaded { analysis, .. }, progress) =
        match super::load_progress(default_paths(args.paths), &args.common) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let lang = cx.lang;
    let out = std::io::stdout();
    let mut out = out.lock();
    let written = match args.format {
        Format::Json => write_json(&mut out, &progress),
        Format::Text => {
            let terminal = std::io::stdout().is_terminal();
            let style = Style {
                color: args.common.color(terminal),
            };
            let mut view = Vec::new();
            write_text(&mut view, &progress, lang, style).and_then(|()| {
                let view = String::from_utf8_lossy(&view);
                let fitted = super::fit::fit(&view, super::fit::width(terminal), !terminal);
                out.write_all(fitted.as_bytes())
            })
        }
    };
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    super::note_problems(&analysis, lang);
    ExitCode::SUCCESS
}

/// The progress as pretty JSON, numbers rounded to 4 decimals so that
/// floating-point noise does not show.
pub fn write_json(out: &mut impl Write, progress: &Progress) -> std::io::Result<()> {
    // Streamed, not built as a `serde_json::Value` first: the page of a
    // hundred thousand key results is written in the memory of its numbers.
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, Rounded::default());
    serde::Serialize::serialize(progress, &mut serializer).map_err(std::io::Error::other)?;
    writeln!(out)
}

/// Pretty JSON with every number rounded to four decimals, and written as
/// an integer when the rounding leaves a whole number.
#[derive(Default)]
struct Rounded(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for Rounded {
    fn write_f64<W: ?Sized + Write>(&mut self, writer: &mut W, value: f64) -> std::io::Result<()> {
        let rounded = (value * 1e4).round() / 1e4;
        if !rounded.is_finite() {
            // What serde_json writes for a number JSON cannot hold.
            return writer.write_all(b"null");
        }
        if rounded == rounded.trunc() && rounded.abs() < 1e15 {
            return write!(writer, "{}", rounded as i64);
        }
        write!(writer, "{rounded}")
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

const BAR: usize = 20;

/// The terminal view.
pub fn write_text(
    out: &mut impl Write,
    progress: &Progress,
    lang: Lang,
    style: Style,
) -> std::io::Result<()> {
    // Titles, ids and notes are the files' text: shown, never obeyed.
    let out = &mut super::style::EscapeBidi(out);
    let today = progress.today;
    let title = msg!(report_progress_on, date = date(today, lang)).render(lang);
    writeln!(out, "{}", style.bold(&title))?;
    let empty = progress.objectives.is_empty()
        && progress.key_results.is_empty()
        && progress.activities.is_empty()
        && progress.funnels.is_empty();
    if empty {
        writeln!(out, "{}", msg!(cli_status_no_goals).render(lang))?;
        return Ok(());
    }
    let width = id_width(progress);
    if !progress.objectives.is_empty() || !progress.key_results.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            style.bold(&msg!(cli_status_objectives).render(lang))
        )?;
        for o in &progress.objectives {
            writeln!(out)?;
            objective(out, o, width, lang, style)?;
        }
        if !progress.key_results.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                style.bold(&msg!(cli_status_orphan_key_results).render(lang))
            )?;
            for k in &progress.key_results {
                key_result(out, k, width, lang, style)?;
            }
        }
    }
    if !progress.activities.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            style.bold(&msg!(cli_status_activities).render(lang))
        )?;
        writeln!(out)?;
        for a in &progress.activities {
            activity(out, a, width, lang, style)?;
        }
    }
    if !progress.funnels.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            style.bold(&msg!(cli_status_funnels).render(lang))
        )?;
        for f in &progress.funnels {
            writeln!(out)?;
            funnel(out, f, width, lang, style)?;
        }
    }
    Ok(())
}

/// The width of the id column: the longest id, within reason.
fn id_width(progress: &Progress) -> usize {
    let ids = progress
        .objectives
        .iter()
        .flat_map(|o| o.key_results.iter().map(|k| &k.id))
        .chain(progress.key_results.iter().map(|k| &k.id))
        .chain(progress.activities.iter().map(|a| &a.id))
        .chain(
            progress
                .funnels
                .iter()
                .flat_map(|f| f.stages.iter().map(|s| &s.id)),
        );
    ids.map(|id| id.chars().count()).max().unwrap_or(0).min(24)
}

pub(super) fn status_word(status: Status, lang: Lang, style: Style) -> String {
    let word = status.message();
    style.status(status, &word.render(lang))
}

fn progress_bar(percent_value: Option<f64>, status: Status, style: Style) -> String {
    let (filled, empty) = bar(percent_value.unwrap_or(0.0), BAR);
    format!("{}{}", style.status(status, &filled), style.dim(&empty))
}

fn percent_cell(value: Option<f64>, lang: Lang) -> String {
    let text = value.map_or_else(|| "—".to_string(), |p| percent(p.floor(), lang));
    format!("{text:>5}")
}

fn objective(
    out: &mut impl Write,
    o: &ObjectiveProgress,
    width: usize,
    lang: Lang,
    style: Style,
) -> std::io::Result<()> {
    writeln!(out, "{}  {}", style.bold(&o.id), truncate(&o.title, 70))?;
    let expectation = match o.expectation {
        crate::progress::Expectation::Committed => msg!(report_committed),
        crate::progress::Expectation::Aspirational => msg!(report_aspirational),
    };
    let mut facts = Vec::new();
    if let Some(score) = o.score {
        let success = number(o.success_score, lang);
        let m = msg!(
            cli_status_score,
            score = crate::describe::numbers::score(score, lang),
            expectation = expectation,
            success = success
        );
        facts.push(m.render(lang));
    }
    if let Some(expected) = o.expected_score.filter(|_| o.score.is_some()) {
        let score = crate::describe::numbers::score(expected, lang);
        facts.push(msg!(report_expected_today, score = score).render(lang));
    }
    if let Some(worst) = o.worst_status {
        let status = status_word(worst, lang, style);
        facts.push(msg!(cli_status_worst, status = status).render(lang));
    }
    if let Some(failing) = failing_text(o, lang) {
        facts.push(failing);
    }
    writeln!(
        out,
        "  {} {}  {}  {}",
        progress_bar(o.percent, o.status, style),
        percent_cell(o.percent, lang),
        status_word(o.status, lang, style),
        facts.join(" · ")
    )?;
    if let Some(c) = &o.check_in {
        writeln!(out, "  {}", check_in(c, lang, style))?;
    }
    for k in &o.key_results {
        key_result(out, k, width, lang, style)?;
    }
    Ok(())
}

pub(super) fn check_in(c: &CheckIn, lang: Lang, style: Style) -> String {
    let mut text = crate::describe::check_in(c, lang);
    if let Some(d) = c.disagreement {
        text.push_str(&style.warn(&format!("  ⚠ {}", d.message().render(lang))));
    }
    style.dim(&text)
}

fn key_result(
    out: &mut impl Write,
    k: &KeyResultProgress,
    width: usize,
    lang: Lang,
    style: Style,
) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "    {}  {}",
        pad(&k.id, width),
        style.dim(&truncate(&k.title, 60))
    )?;
    writeln!(
        out,
        "    {}  {} {}  {}  {}",
        " ".repeat(width),
        progress_bar(k.percent, k.status, style),
        percent_cell(k.percent, lang),
        status_word(k.status, lang, style),
        measure_facts(k, lang)
    )?;
    let indent = format!("    {}  ", " ".repeat(width));
    for line in [
        k.pace.map(|p| pace(p.per_day, p.days_left, &k.unit, lang)),
        trend(k, lang),
        periods_text(k, lang),
        k.check_in.as_ref().map(|c| check_in(c, lang, style)),
    ]
    .into_iter()
    .flatten()
    {
        writeln!(out, "{indent}{line}")?;
    }
    Ok(())
}

fn activity(
    out: &mut impl Write,
    a: &ActivityProgress,
    width: usize,
    lang: Lang,
    style: Style,
) -> std::io::Result<()> {
    writeln!(
        out,
        "    {}  {}  {}",
        pad(&a.id, width),
        status_word(a.status, lang, style),
        style.dim(&format!(
            "{} · {}",
            truncate(&a.title, 50),
            rate_text(a, lang)
        ))
    )?;
    let indent = format!("    {}  ", " ".repeat(width));
    let n = |v: f64| number(v, lang);
    let mut counts = vec![msg!(describe_today, total = a.today).render(lang)];
    counts.push(crate::describe::this_week(a).render(lang));
    let single_day_or_week =
        a.rate.every == 1 && matches!(a.rate.period, "day" | "weekday" | "week");
    if let Some(p) = a.period.filter(|_| !single_day_or_week) {
        let m = msg!(
            cli_status_period_total,
            start = short_date(p.start, lang),
            end = short_date(p.end, lang),
            total = n(p.total),
            target = n(p.target)
        );
        counts.push(m.render(lang));
    }
    writeln!(out, "{indent}{}", counts.join(" · "))?;
    let streak = msg!(
        cli_status_streak,
        current = a.streak.current.to_string(),
        longest = a.streak.longest.to_string()
    )
    .render(lang);
    let consistency = match (a.consistency, lang) {
        (Some(c), _) => crate::describe::consistency_text(&c, lang),
        (None, _) => msg!(cli_status_no_finished_period).render(lang),
    };
    writeln!(out, "{indent}{streak} · {consistency}")?;
    Ok(())
}

fn funnel(
    out: &mut impl Write,
    f: &FunnelProgress,
    width: usize,
    lang: Lang,
    style: Style,
) -> std::io::Result<()> {
    writeln!(out, "{}  {}", style.bold(&f.id), truncate(&f.title, 70))?;
    if let Some(line) = crate::describe::funnel_goal(f, lang) {
        let actual = f.actual.map_or(String::new(), |a| {
            let m = msg!(describe_so_far, value = quantity(a, &f.unit, lang));
            format!(" · {}", m.render(lang))
        });
        writeln!(out, "  {line}{actual}")?;
    }
    if let Some(forecast) = funnel_forecast(f, lang) {
        writeln!(out, "  {forecast}")?;
    }
    for s in &f.stages {
        stage(out, s, width, lang, style)?;
    }
    Ok(())
}

fn stage(
    out: &mut impl Write,
    s: &StageProgress,
    width: usize,
    lang: Lang,
    style: Style,
) -> std::io::Result<()> {
    let n = |v: f64| number(v, lang);
    let needed = s.needed.map_or_else(|| "—".to_string(), n);
    match s.actual {
        Some(actual) => writeln!(
            out,
            "    {}  {} {}  {}  {}",
            pad(&s.id, width),
            progress_bar(s.percent, s.status, style),
            percent_cell(s.percent, lang),
            status_word(s.status, lang, style),
            msg!(
                cli_status_stage_of_needed,
                actual = n(actual),
                needed = needed
            )
            .render(lang)
        )?,
        None => writeln!(
            out,
            "    {}  {}",
            pad(&s.id, width),
            style.dim(&msg!(cli_status_stage_needed_no_logs, needed = needed).render(lang))
        )?,
    }
    if let Some(p) = s.pace {
        writeln!(
            out,
            "    {}  {}",
            " ".repeat(width),
            pace(p.per_day, p.days_left, &Unit::None, lang)
        )?;
    }
    Ok(())
}

/// The language-neutral message for progress leaving out broken lines.
pub fn problems_note(errors: usize) -> Message {
    msg!(cli_status_problems_note, errors = errors)
}
