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
            crate::i18n::msg!(lsp_hover_why).render(lang),
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
    let kind = crate::describe::item_kind(item.kind).render(lang);
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
                    crate::i18n::msg!(lsp_hover_measurements, count = k.series.len()).render(lang)
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
            let score = o.score.map(|s| {
                let score = crate::describe::numbers::score(s, lang);
                match o.expected_score {
                    Some(e) => crate::i18n::msg!(
                        lsp_hover_score_expected,
                        score = score,
                        expected = crate::describe::numbers::score(e, lang)
                    ),
                    None => crate::i18n::msg!(lsp_hover_score, score = score),
                }
                .render(lang)
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
            let streak = crate::i18n::msg!(
                report_streak,
                current = a.streak.current.to_string(),
                longest = a.streak.longest.to_string()
            )
            .render(lang);
            let consistency = a
                .consistency
                .map(|c| crate::describe::consistency_text(&c, lang));
            let spark = (!recent.is_empty()).then(|| {
                crate::i18n::msg!(lsp_hover_last_days, spark = sparkline(&recent)).render(lang)
            });
            format!(
                "**{} · {}** — {}\n\n{}",
                crate::i18n::msg!(describe_today, total = a.today).render(lang),
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
                let goal = quantity(g, &f.unit, lang);
                crate::i18n::msg!(lsp_hover_goal, goal = goal).render(lang)
            });
            let stages = f.stages.iter().map(|s| {
                // A number selects the plural (`1 nécessaire`); — when unknown.
                let needed = s
                    .needed
                    .map_or_else(|| crate::i18n::Arg::from("—"), crate::i18n::Arg::from);
                let mark = if s.id == item.id { "**" } else { "" };
                let m = match s.actual {
                    Some(a) => crate::i18n::msg!(
                        lsp_hover_stage,
                        mark = mark,
                        id = &s.id,
                        actual = number(a, lang),
                        needed = needed,
                        percent = pct(s.percent),
                        status = status(s.status, lang)
                    ),
                    None => crate::i18n::msg!(
                        lsp_hover_stage_needed,
                        mark = mark,
                        id = &s.id,
                        needed = needed
                    ),
                };
                Some(m.render(lang))
            });
            bullets([goal, funnel_forecast(f, lang)].into_iter().chain(stages))
        }
    };
    format!("{head}\n\n{body}")
}
