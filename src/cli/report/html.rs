//! The report page: one self-contained HTML file (inline CSS and SVG, no
//! script, no font or image from the network) that reads on a laptop screen
//! and prints cleanly.

use std::fmt::Write;

use super::svg;
use crate::cli::status::check_in;
use crate::cli::style::Style;
use crate::describe::numbers::{approx, date, number, percent, short_date};
use crate::describe::{
    failing_text, funnel_forecast, measure_facts, pace, periods_text, rate_text, trend,
};
use crate::i18n::{Lang, msg};
use crate::model::Unit;
use crate::progress::{
    ActivityProgress, Expectation, FunnelProgress, KeyResultProgress, ObjectiveProgress, Progress,
    Status,
};
use crate::rules::structure::bidi_control::is_bidi_control;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Shown, not obeyed: E017 reports these in the file.
            c if is_bidi_control(c) => {
                let _ = write!(out, "&lt;U+{:04X}&gt;", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Text from the files (an id, a title) as page content: escaped and
/// isolated, so right-to-left words or stray controls in it cannot reorder
/// the text around it.
pub(super) fn user(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

const PLAIN: Style = Style { color: false };

const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8fa; color: #24292f;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
header h1 { margin: 0 0 4px; font-size: 26px; }
header p { margin: 0; color: #57606a; }
h2 { margin: 32px 0 12px; font-size: 19px; border-bottom: 1px solid #d0d7de; padding-bottom: 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 16px; }
.card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 16px 18px; break-inside: avoid; }
.card h3 { margin: 0; font-size: 16px; }
.card .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: #57606a; }
.objective { grid-column: 1 / -1; }
.summary { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; margin: 8px 0 4px; }
.summary .bar { width: 240px; height: 12px; }
.big { font-size: 22px; font-weight: 600; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
.facts { color: #57606a; font-size: 13px; margin: 2px 0; }
.warn { color: #9a6700; }
.krs { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; margin-top: 12px; }
.kr { border-top: 1px solid #eaeef2; padding-top: 10px; break-inside: avoid; }
.kr h4 { margin: 0 0 2px; font-size: 14px; }
.chart { display: block; width: 100%; height: auto; margin-top: 6px; }
.grid { max-width: 260px; }
bdi, .facts { unicode-bidi: isolate; }
h1, h3, h4, .facts, .id, bdi { overflow-wrap: anywhere; }
.funnel { max-width: 680px; }
.stages { border-collapse: collapse; width: 100%; margin-top: 10px; font-size: 13px; }
.stages th { text-align: left; font-weight: 600; color: #57606a; border-bottom: 1px solid #d0d7de; padding: 4px 10px 4px 0; }
.stages td { border-bottom: 1px solid #eaeef2; padding: 5px 10px 5px 0; vertical-align: top; }
.stages .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.stages .pace { color: #57606a; }
.stages td:first-child { white-space: nowrap; }
.legend { display: flex; gap: 18px; flex-wrap: wrap; color: #57606a; font-size: 12px; margin-top: 8px; }
.legend i { display: inline-block; width: 18px; height: 0; border-top: 2px solid #57606a; vertical-align: middle; margin-right: 4px; }
.legend i.dashed { border-top-style: dashed; }
.legend i.thin { border-top: 1.5px solid #8c959f; }
.legend b { display: inline-block; width: 11px; height: 11px; border-radius: 2px; vertical-align: middle; margin-right: 4px; border: 1px solid #d0d7de; }
.strip { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: center; margin: 16px 0 0;
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 18px; }
.strip .tally, .strip .next { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 14px; }
.strip .label { font-weight: 600; white-space: nowrap; }
.strip .count { white-space: nowrap; }
.strip .count b { font-size: 20px; margin-right: 4px; vertical-align: middle; }
.strip .due { white-space: nowrap; color: inherit; text-decoration: none; }
.strip a.due:hover { text-decoration: underline; }
.strip .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: #57606a; }
footer { margin-top: 36px; color: #57606a; font-size: 12px; }
@media (max-width: 700px) { .cards, .krs { grid-template-columns: 1fr; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .cards { display: block; }
  #activities .cards { display: grid; grid-template-columns: 1fr 1fr; gap: 10pt; }
  #activities .card { margin: 0; }
  .card { border: 1px solid #d0d7de; margin: 0 0 10pt; page-break-inside: avoid; }
  /* An objective may run over pages; each key result with its chart,
     each activity and each funnel's chart and table stay whole. */
  .card.objective { page-break-inside: auto; }
  .card.funnel-card { page-break-inside: avoid; }
  .kr, .chart, .stages tr { page-break-inside: avoid; }
  /* An objective's heading and facts stay with its first key result. */
  .card.objective > h3, .card.objective > .summary, .card.objective > .facts { break-after: avoid; }
  .krs { break-before: avoid; }
  .krs { grid-template-columns: 1fr 1fr; }
  h2 { page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Renders the whole page.
pub fn render(progress: &Progress, lang: Lang) -> String {
    let today = progress.today;
    let mut page = String::new();
    let title = &msg!(report_goals_report).render(lang);
    let subtitle = msg!(report_progress_on, date = date(today, lang)).render(lang);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n\
         <header><h1>{}</h1><p>{}</p></header>\n",
        lang.tag(),
        escape(title),
        escape(&date(today, lang)),
        escape(title),
        escape(&subtitle)
    );
    page.push_str(&super::summary::strip(progress, lang));
    if !progress.objectives.is_empty() || !progress.key_results.is_empty() {
        let _ = write!(
            page,
            "<section id=\"objectives\">\n<h2>{}</h2>\n{}\n<div class=\"cards\">\n",
            msg!(report_objectives).render(lang),
            chart_legend(lang)
        );
        for o in &progress.objectives {
            objective(&mut page, o, today, lang);
        }
        if !progress.key_results.is_empty() {
            let _ = write!(
                page,
                "<article class=\"card objective\"><h3>{}</h3><div class=\"krs\">",
                msg!(report_key_results_without_an_objective).render(lang)
            );
            for k in &progress.key_results {
                key_result(&mut page, k, today, lang);
            }
            page.push_str("</div></article>\n");
        }
        page.push_str("</div>\n</section>\n");
    }
    if !progress.activities.is_empty() {
        let _ = write!(
            page,
            "<section id=\"activities\">\n<h2>{}</h2>\n{}\n<div class=\"cards\">\n",
            msg!(report_activities).render(lang),
            grid_legend(lang)
        );
        for a in &progress.activities {
            activity(&mut page, a, today, lang);
        }
        page.push_str("</div>\n</section>\n");
    }
    if !progress.funnels.is_empty() {
        let _ = write!(
            page,
            "<section id=\"funnels\">\n<h2>{}</h2>\n<div class=\"cards\">\n",
            msg!(report_funnels).render(lang)
        );
        for f in &progress.funnels {
            funnel(&mut page, f, lang);
        }
        page.push_str("</div>\n</section>\n");
    }
    let _ = write!(
        page,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        escape(&msg!(report_footer).render(lang))
    );
    page
}

pub(super) fn badge(status: Status, lang: Lang) -> String {
    format!(
        "<span class=\"badge status-{}\" style=\"background:{}\">{}</span>",
        status_slug(status),
        svg::status_color(status),
        escape(&status.message().render(lang))
    )
}

fn status_slug(status: Status) -> &'static str {
    match status {
        Status::Achieved => "achieved",
        Status::OnTrack => "on-track",
        Status::AtRisk => "at-risk",
        Status::OffTrack => "off-track",
        Status::Missed => "missed",
        Status::NotStarted => "not-started",
        Status::Unknown => "unknown",
        Status::Dropped => "dropped",
    }
}

fn percent_text(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_string(), |p| percent(p.floor(), lang))
}

fn chart_legend(lang: Lang) -> String {
    format!(
        "<div class=\"legend\"><span><i></i>{}</span><span><i class=\"thin\"></i>{}</span>\
         <span><i class=\"dashed\"></i>{}</span>\
         <span><b style=\"background:{}\"></b>{}</span></div>",
        escape(&msg!(report_actual).render(lang)),
        escape(&msg!(report_expected).render(lang)),
        escape(&msg!(report_trend_least_squares_last_28).render(lang)),
        svg::BAND,
        escape(&msg!(report_acceptable_side_of_a_guardrail).render(lang))
    )
}

fn grid_legend(lang: Lang) -> String {
    format!(
        "<div class=\"legend\"><span><b style=\"background:#2da44e\"></b>{}</span>\
         <span><b style=\"background:#a6e3b2\"></b>{}</span>\
         <span><b style=\"background:#e5e8eb\"></b>{}</span>\
         <span><b style=\"background:#f6f8fa\"></b>{}</span></div>",
        escape(&msg!(report_target_met_for_the_day).render(lang)),
        escape(&msg!(report_some_done).render(lang)),
        escape(&msg!(report_nothing_logged).render(lang)),
        escape(&msg!(report_weekend_weekday_rate).render(lang))
    )
}

fn objective(page: &mut String, o: &ObjectiveProgress, today: jiff::civil::Date, lang: Lang) {
    let expectation = match o.expectation {
        Expectation::Committed => msg!(report_committed).render(lang),
        Expectation::Aspirational => msg!(report_aspirational).render(lang),
    };
    let _ = write!(
        page,
        "<article class=\"card objective\" id=\"o-{}\">\n<h3>{} <span class=\"id\">{}</span></h3>\n\
         <div class=\"summary\"><span class=\"big\">{}</span>{}{}",
        escape(&o.id),
        user(&o.title),
        user(&o.id),
        escape(&percent_text(o.percent, lang)),
        svg::bar(o.percent, o.status),
        badge(o.status, lang)
    );
    if let Some(worst) = o.worst_status {
        let _ = write!(
            page,
            "<span class=\"facts\">{} {}</span>",
            escape(&msg!(report_worst_key_result).render(lang)),
            badge(worst, lang)
        );
    }
    page.push_str("</div>\n");
    let mut facts = Vec::new();
    if let Some(score) = o.score {
        facts.push(
            msg!(
                report_score,
                score = crate::describe::numbers::score(score, lang),
                expectation = expectation.as_str(),
                success = number(o.success_score, lang)
            )
            .render(lang),
        );
    }
    if let Some(failing) = failing_text(o, lang) {
        facts.push(failing);
    }
    if let (Some(expected), Some(_)) = (o.expected_score, o.score) {
        facts.push(
            msg!(
                report_expected_today,
                score = crate::describe::numbers::score(expected, lang)
            )
            .render(lang),
        );
    }
    if !facts.is_empty() {
        let _ = writeln!(
            page,
            "<p class=\"facts\">{}</p>",
            escape(&facts.join(" · "))
        );
    }
    if let Some(c) = &o.check_in {
        let class = if c.disagreement.is_some() {
            "facts warn"
        } else {
            "facts"
        };
        let _ = writeln!(
            page,
            "<p class=\"{class}\">{}</p>",
            escape(&check_in(c, lang, PLAIN))
        );
    }
    page.push_str("<div class=\"krs\">\n");
    for k in &o.key_results {
        key_result(page, k, today, lang);
    }
    page.push_str("</div>\n</article>\n");
}

fn key_result(page: &mut String, k: &KeyResultProgress, today: jiff::civil::Date, lang: Lang) {
    let _ = write!(
        page,
        "<div class=\"kr\" id=\"kr-{}\"><h4>{} <span class=\"id\">{}</span></h4>\
         <div class=\"summary\"><b>{}</b>{}{}</div><p class=\"facts\">{}</p>",
        escape(&k.id),
        user(&k.title),
        user(&k.id),
        escape(&percent_text(k.percent, lang)),
        svg::bar(k.percent, k.status),
        badge(k.status, lang),
        escape(&measure_facts(k, lang))
    );
    for line in [
        k.pace.map(|p| pace(p.per_day, p.days_left, &k.unit, lang)),
        trend(k, lang),
        periods_text(k, lang),
        k.check_in.as_ref().map(|c| check_in(c, lang, PLAIN)),
    ]
    .into_iter()
    .flatten()
    {
        let _ = write!(page, "<p class=\"facts\">{}</p>", escape(&line));
    }
    if let Some(chart) = svg::burn_up(k, today, lang) {
        page.push_str(&chart);
    }
    page.push_str("</div>\n");
}

fn activity(page: &mut String, a: &ActivityProgress, today: jiff::civil::Date, lang: Lang) {
    let _ = write!(
        page,
        "<article class=\"card activity\" id=\"a-{}\"><h3>{} <span class=\"id\">{}</span></h3>\
         <div class=\"summary\">{}<span class=\"facts\">{}</span></div>",
        escape(&a.id),
        user(&a.title),
        user(&a.id),
        badge(a.status, lang),
        escape(&rate_text(a, lang))
    );
    let n = |v: f64| number(v, lang);
    let mut facts = Vec::new();
    // Today's count says something when there is one, or when today is a
    // day the rate asks for work; "today 0" on a Sunday, or for a weekly
    // rate, is noise.
    let weekend = matches!(
        today.weekday(),
        jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
    );
    let due_today =
        a.rate.every == 1 && (a.rate.period == "day" || (a.rate.period == "weekday" && !weekend));
    if a.today != 0.0 || due_today {
        facts.push(msg!(describe_today, total = n(a.today)).render(lang));
    }
    if let Some(t) = a.week.target {
        facts.push(
            msg!(
                describe_this_week_of,
                total = n(a.week.total),
                target = n(t)
            )
            .render(lang),
        );
    }
    facts.push(
        msg!(
            report_streak,
            current = a.streak.current.to_string(),
            longest = a.streak.longest.to_string()
        )
        .render(lang),
    );
    if let Some(c) = a.consistency {
        facts.push(crate::describe::consistency_text(&c, lang));
    }
    let _ = write!(
        page,
        "<p class=\"facts\">{}</p>",
        escape(&facts.join(" · "))
    );
    page.push_str(&svg::activity_grid(a, today, lang));
    page.push_str("</article>\n");
}

fn funnel(page: &mut String, f: &FunnelProgress, lang: Lang) {
    let _ = write!(
        page,
        "<article class=\"card objective funnel-card\" id=\"f-{}\"><h3>{} <span class=\"id\">{}</span></h3>",
        escape(&f.id),
        user(&f.title),
        user(&f.id)
    );
    if let Some(text) = crate::describe::funnel_goal(f, lang) {
        let _ = write!(page, "<p class=\"facts\">{}</p>", escape(&text));
    }
    if let Some(forecast) = funnel_forecast(f, lang) {
        let _ = write!(page, "<p class=\"facts\">{}</p>", escape(&forecast));
    }
    page.push_str(&svg::funnel_bars(&f.stages, lang));
    stages(page, f, lang);
    page.push_str("</article>\n");
}

/// A funnel's stages as a table: how far each is, its status, the pace it
/// needs to reach its volume by the goal date, and the volume the funnel's
/// forecast expects of it then.
fn stages(page: &mut String, f: &FunnelProgress, lang: Lang) {
    if f.stages.is_empty() {
        return;
    }
    let forecast_head = match (f.timeline, lang) {
        (Some(t), _) => msg!(report_forecast_by, date = short_date(t.due, lang)).render(lang),
        (None, _) => msg!(report_forecast).render(lang),
    };
    let _ = write!(
        page,
        "<table class=\"stages\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        escape(&msg!(report_stage).render(lang)),
        escape(&msg!(report_done_needed).render(lang)),
        escape(&msg!(report_status).render(lang)),
        escape(&msg!(report_pace).render(lang)),
        escape(&forecast_head)
    );
    for s in &f.stages {
        let needed = s
            .needed
            .map_or_else(|| "—".to_string(), |n| number(n, lang));
        let done = match s.actual {
            Some(a) => format!(
                "{} / {needed} ({})",
                number(a, lang),
                percent_text(s.percent, lang)
            ),
            None => format!("— / {needed}"),
        };
        let pace_text = match (s.actual, s.pace) {
            (None, _) => msg!(report_no_log_lines).render(lang),
            (Some(_), Some(p)) => pace(p.per_day, p.days_left, &Unit::None, lang),
            (Some(_), None) => "—".to_string(),
        };
        let projected = s
            .projected
            .map_or_else(|| "—".to_string(), |v| approx(v, lang));
        let _ = write!(
            page,
            "<tr class=\"stage\" id=\"s-{}-{}\"><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"pace\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&f.id),
            escape(&s.id),
            user(&s.id),
            escape(&done),
            badge(s.status, lang),
            escape(&pace_text),
            escape(&projected)
        );
    }
    page.push_str("</tbody></table>");
}
