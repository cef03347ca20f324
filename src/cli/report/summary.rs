//! The strip at the top of the report: how many objectives are on track,
//! at risk or off track, and what falls due next — the page's answer in
//! one line, before the charts.

use std::fmt::Write;

use super::html::{badge, escape};
use crate::describe::numbers::date;
use crate::i18n::Lang;
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
    ];
    let _ = write!(
        out,
        "<div class=\"tally\"><span class=\"label\">{}</span>",
        escape(lang.pick("Objectives", "Objectifs"))
    );
    for (status, n) in groups {
        let _ = write!(
            out,
            "<span class=\"count\"><b>{n}</b> {}</span>",
            badge(status, lang)
        );
    }
    out.push_str("</div>");
    // What falls due next: objectives, key results and funnels whose due
    // date is today or later, soonest first.
    let today = progress.today;
    let key_results = progress
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .chain(&progress.key_results);
    let mut dues: Vec<(jiff::civil::Date, &str)> = progress
        .objectives
        .iter()
        .map(|o| (o.timeline, o.id.as_str()))
        .chain(key_results.map(|k| (k.timeline, k.id.as_str())))
        .chain(progress.funnels.iter().map(|f| (f.timeline, f.id.as_str())))
        .filter_map(|(t, id)| t.map(|t| (t.due, id)))
        .filter(|&(due, _)| due >= today)
        .collect();
    dues.sort();
    dues.dedup();
    let _ = write!(
        out,
        "<div class=\"next\"><span class=\"label\">{}</span>",
        escape(lang.pick("Next due", "Prochaines échéances"))
    );
    if dues.is_empty() {
        let _ = write!(
            out,
            "<span class=\"due\">{}</span>",
            escape(lang.pick("nothing falls due", "aucune échéance à venir"))
        );
    }
    for (due, id) in dues.iter().take(NEXT_DUES) {
        let _ = write!(
            out,
            "<span class=\"due\">{} <span class=\"id\">{}</span></span>",
            escape(&date(*due, lang)),
            escape(id)
        );
    }
    out.push_str("</div></section>\n");
    out
}
