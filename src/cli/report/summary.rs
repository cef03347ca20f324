//! The strip at the top of the report: how many objectives are on track,
//! at risk or off track, and what falls due next — the page's answer in
//! one line, before the charts.

use std::fmt::Write;

use super::html::{badge, escape, user};
use crate::describe::numbers::date;
use crate::i18n::{Lang, msg};
use crate::progress::{Progress, Status};

/// How many due dates the strip lists.
const NEXT_DUES: usize = 3;

pub fn strip(progress: &Progress, lang: Lang) -> String {
    let mut out = String::from("<section class=\"strip\" id=\"summary\">");
    let count = |wanted: &[Status]| {
        progress
            .objectives
            .iter()
            .filter(|o| wanted.contains(&o.status))
            .count()
    };
    let groups = [
        (Status::OnTrack, count(&[Status::OnTrack, Status::Achieved])),
        (Status::AtRisk, count(&[Status::AtRisk])),
        (Status::OffTrack, count(&[Status::OffTrack, Status::Missed])),
        // Not judged: shown when there are some, so the counts add up.
        (Status::NotStarted, count(&[Status::NotStarted])),
        (Status::Unknown, count(&[Status::Unknown])),
        (Status::Dropped, count(&[Status::Dropped])),
    ];
    let _ = write!(
        out,
        "<div class=\"tally\"><span class=\"label\">{}</span>",
        escape(&msg!(report_objectives).render(lang))
    );
    for (i, (status, n)) in groups.into_iter().enumerate() {
        if i >= 3 && n == 0 {
            continue;
        }
        let _ = write!(
            out,
            "<span class=\"count\"><b>{n}</b> {}</span>",
            badge(status, lang)
        );
    }
    out.push_str("</div>");
    // What falls due next: objectives, key results and funnels whose due
    // date is today or later and that still have work to do (not achieved,
    // not dropped), soonest first.
    let today = progress.today;
    let key_results = progress
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .chain(&progress.key_results);
    // (due, id, the anchor of its card in the page)
    let mut dues: Vec<(jiff::civil::Date, &str, &str)> = progress
        .objectives
        .iter()
        .map(|o| (o.timeline, o.status, o.id.as_str(), "o"))
        .chain(key_results.map(|k| (k.timeline, k.status, k.id.as_str(), "kr")))
        .chain(progress.funnels.iter().map(|f| {
            // A funnel has no status of its own: done once its goal is met.
            let done = matches!((f.actual, f.goal), (Some(a), Some(g)) if a >= g);
            let status = if done {
                Status::Achieved
            } else {
                Status::Unknown
            };
            (f.timeline, status, f.id.as_str(), "f")
        }))
        .filter(|&(_, status, _, _)| !matches!(status, Status::Achieved | Status::Dropped))
        .filter_map(|(t, _, id, kind)| t.map(|t| (t.due, id, kind)))
        .filter(|&(due, _, _)| due >= today)
        .collect();
    dues.sort();
    dues.dedup();
    let _ = write!(
        out,
        "<div class=\"next\"><span class=\"label\">{}</span>",
        escape(&msg!(report_next_due).render(lang))
    );
    if dues.is_empty() {
        let _ = write!(
            out,
            "<span class=\"due\">{}</span>",
            escape(&msg!(report_nothing_falls_due).render(lang))
        );
    }
    for (due, id, kind) in dues.iter().take(NEXT_DUES) {
        let _ = write!(
            out,
            "<a class=\"due\" href=\"#{kind}-{}\">{} <span class=\"id\">{}</span></a>",
            escape(id),
            escape(&date(*due, lang)),
            user(id)
        );
    }
    out.push_str("</div></section>\n");
    out
}
