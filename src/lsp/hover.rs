//! Hover: where the item under the cursor stands (progress, status band,
//! pace, forecast, last check-in, a sparkline of its log), and the rule's
//! doc for a diagnostic under the cursor.

use tower_lsp_server::ls_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use super::lookup::pointed_at;
use super::snapshot::Snapshot;
use crate::describe::numbers::{date, number, percent, quantity};
use crate::describe::{
    check_in, days_ago, failing_text, funnel_forecast, measure_facts, pace, periods_text,
    rate_text, sparkline, trend,
};
use crate::i18n::{Lang, msg};
use crate::model::{ItemIdx, ItemKind, Model};
use crate::progress::{self, Progress, Status};

pub fn hover(state: &Snapshot, params: HoverParams) -> Option<Hover> {
    let at = params.text_document_position_params;
    let file = state.file(&at.text_document.uri)?;
    let offset = state.lines(file).offset(at.position);
    let analysis = state.analysis();
    let lang = state.lang();
    let today = state.today();
    let settings = state.settings();
    let mut sections = Vec::new();
    let mut range = None;
    if let Some((idx, hovered)) = pointed_at(&analysis.model, state.text(file), file, offset) {
        // Only the hovered item (and what holds it), not the workspace.
        let progress = progress::compute_for(&analysis.model, today, &settings.progress, &[idx]);
        sections.push(item(&analysis.model, idx, &progress, lang, today));
        // What was hovered, in this file (not the item's header elsewhere).
        range = Some(hovered);
    }
    for d in analysis
        .diagnostics
        .iter()
        .filter(|d| d.file == file && d.range.start as usize <= offset)
        .filter(|d| offset <= d.range.end as usize)
    {
        let code = d.code;
        sections.push(format!(
            "**{} {}** — {}\n\n{}\n\n_{}_ {}",
            code.code,
            code.name,
            code.summary(lang),
            code.what(lang),
            lang.pick("Why:", "Pourquoi :"),
            code.why(lang),
        ));
    }
    if sections.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: range.map(|r| state.lines(file).range(r)),
    })
}

fn status(s: Status, lang: Lang) -> String {
    s.message().render(lang).to_string()
}

fn title(model: &Model, idx: ItemIdx, lang: Lang) -> String {
    let item = model.item(idx);
    let kind = if lang == Lang::Fr {
        item.kind.name().1
    } else {
        item.kind.name().0
    };
    if item.title.is_empty() {
        format!("{kind} `{}`", item.id)
    } else {
        format!("{kind} `{}` — {}", item.id, item.title)
    }
}

/// "last log line: 20 Nov 2026, 4 days ago".
fn last_log(model: &Model, idx: ItemIdx, lang: Lang, today: jiff::civil::Date) -> Option<String> {
    let last = model
        .logs_of(idx)
        .filter(|l| l.date.value <= today)
        .map(|l| l.date.value)
        .max()?;
    let days = progress::days_between(last, today);
    crate::i18n::msg!(
        lsp_hover_last_log_line,
        date = date(last, lang),
        ago = days_ago(days, lang)
    )
    .render(lang)
    .into()
}

fn bullets(lines: impl IntoIterator<Item = Option<String>>) -> String {
    lines
        .into_iter()
        .flatten()
        .map(|l| format!("- {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn item(
    model: &Model,
    idx: ItemIdx,
    progress: &Progress,
    lang: Lang,
    today: jiff::civil::Date,
) -> String {
    let item = model.item(idx);
    let head = format!("**{}**", title(model, idx, lang));
    let pct = |p: Option<f64>| p.map_or_else(|| "—".to_string(), |p| percent(p.floor(), lang));
    let expected = |t: Option<progress::Timeline>| {
        t.map(|t| {
            msg!(
                lsp_hover_expected,
                percent = percent(t.expected_percent.floor(), lang),
                day = t.elapsed_days.to_string(),
                days = t.days.to_string()
            )
            .render(lang)
        })
    };
    let body = match item.kind {
        ItemKind::KeyResult => {
            let Some(k) = progress.key_result(&item.id) else {
                return head;
            };
            let spark = (k.series.len() >= 2).then(|| {
                let values: Vec<f64> = k.series.iter().map(|p| p.value).collect();
                format!(
                    "`{}` {}",
                    sparkline(&values),
                    match lang {
                        Lang::En => format!("{} measurements", k.series.len()),
                        Lang::Fr => format!("{} mesures", k.series.len()),
                    }
                )
            });
            format!(
                "**{} · {}** — {}\n\n{}",
                pct(k.percent),
                status(k.status, lang),
                measure_facts(k, lang),
                bullets([
                    expected(k.timeline),
                    k.pace.map(|p| pace(p.per_day, p.days_left, &k.unit, lang)),
                    trend(k, lang),
                    periods_text(k, lang),
                    k.check_in.as_ref().map(|c| check_in(c, lang)),
                    last_log(model, idx, lang, today),
                    spark,
                ])
            )
        }
        ItemKind::Objective => {
            let Some(o) = progress.objectives.iter().find(|o| o.id == item.id) else {
                return head;
            };
            let krs = o
                .key_results
                .iter()
                .map(|k| {
                    Some(format!(
                        "`{}` {} · {}",
                        k.id,
                        pct(k.percent),
                        status(k.status, lang)
                    ))
                })
                .collect::<Vec<_>>();
            let score = o.score.map(|s| match (lang, o.expected_score) {
                (Lang::En, Some(e)) => format!(
                    "score {} (expected {} by today)",
                    crate::describe::numbers::score(s, lang),
                    crate::describe::numbers::score(e, lang)
                ),
                (Lang::Fr, Some(e)) => format!(
                    "score {} ({} attendu à ce jour)",
                    crate::describe::numbers::score(s, lang),
                    crate::describe::numbers::score(e, lang)
                ),
                (_, None) => format!("score {}", crate::describe::numbers::score(s, lang)),
            });
            format!(
                "**{} · {}**\n\n{}\n\n{}",
                pct(o.percent),
                status(o.status, lang),
                bullets([
                    score,
                    failing_text(o, lang),
                    expected(o.timeline),
                    o.check_in.as_ref().map(|c| check_in(c, lang))
                ]),
                bullets(krs)
            )
        }
        ItemKind::Activity => {
            let Some(a) = progress.activities.iter().find(|a| a.id == item.id) else {
                return head;
            };
            let n = |v: f64| number(v, lang);
            let recent: Vec<f64> = a
                .days
                .iter()
                .rev()
                .take(28)
                .rev()
                .map(|d| d.count)
                .collect();
            // The status view's words: one phrase, one place.
            let week = crate::describe::this_week(a).render(lang);
            let streak = match lang {
                Lang::En => format!("streak {} (longest {})", a.streak.current, a.streak.longest),
                Lang::Fr => format!("série {} (record {})", a.streak.current, a.streak.longest),
            };
            let consistency = a
                .consistency
                .map(|c| crate::describe::consistency_text(&c, lang));
            let spark = (!recent.is_empty()).then(|| {
                crate::i18n::msg!(lsp_hover_last_days, spark = sparkline(&recent)).render(lang)
            });
            format!(
                "**{} · {}** — {}\n\n{}",
                match lang {
                    Lang::En => format!("today {}", n(a.today)),
                    Lang::Fr => format!("aujourd'hui {}", n(a.today)),
                },
                status(a.status, lang),
                rate_text(a, lang),
                bullets([
                    Some(week),
                    Some(streak),
                    consistency,
                    last_log(model, idx, lang, today),
                    spark
                ])
            )
        }
        ItemKind::Funnel | ItemKind::Stage => {
            let funnel_id = match item.kind {
                ItemKind::Stage => item.container.map(|c| model.item(c).id.clone()),
                _ => Some(item.id.clone()),
            };
            let Some(f) = progress
                .funnels
                .iter()
                .find(|f| Some(&f.id) == funnel_id.as_ref())
            else {
                return head;
            };
            let goal = f.goal.map(|g| {
                format!(
                    "{} {}",
                    lang.pick("goal:", "but :"),
                    quantity(g, &f.unit, lang)
                )
            });
            let stages = f.stages.iter().map(|s| {
                let needed = s
                    .needed
                    .map_or_else(|| "—".to_string(), |v| number(v, lang));
                let mark = if s.id == item.id { "**" } else { "" };
                Some(match (s.actual, lang) {
                    (Some(a), Lang::En) => format!(
                        "{mark}`{}`{mark} {} of {needed} needed ({}, {})",
                        s.id,
                        number(a, lang),
                        pct(s.percent),
                        status(s.status, lang)
                    ),
                    (Some(a), Lang::Fr) => format!(
                        "{mark}`{}`{mark} {} sur {needed} nécessaires ({}, {})",
                        s.id,
                        number(a, lang),
                        pct(s.percent),
                        status(s.status, lang)
                    ),
                    (None, Lang::En) => format!("{mark}`{}`{mark} {needed} needed", s.id),
                    (None, Lang::Fr) => format!("{mark}`{}`{mark} {needed} nécessaires", s.id),
                })
            });
            bullets([goal, funnel_forecast(f, lang)].into_iter().chain(stages))
        }
    };
    format!("{head}\n\n{body}")
}
