//! Inlay hints at the end of header lines: a key result's progress and
//! status, an activity's count for today, the volume a funnel stage needs.

use tower_lsp_server::ls_types::{
    InlayHint, InlayHintKind, InlayHintLabel, InlayHintParams, InlayHintTooltip,
};

use super::snapshot::Snapshot;
use crate::describe::numbers::{number, percent};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind};
use crate::progress;

pub fn hints(state: &Snapshot, params: InlayHintParams) -> Option<Vec<InlayHint>> {
    if !state.client.inlay_hints {
        return Some(Vec::new());
    }
    let file = state.file(&params.text_document.uri)?;
    let lines = state.lines(file);
    let wanted = lines.byte_range(params.range);
    let analysis = state.analysis();
    let lang = state.lang();
    // The headers in the asked range, and the progress of those only.
    let shown: Vec<ItemIdx> = (0..analysis.model.items.len() as u32)
        .map(ItemIdx)
        .filter(|&idx| {
            let item = analysis.model.item(idx);
            let start = item.head_range.start as usize;
            item.file == file && (wanted.start..=wanted.end).contains(&start)
        })
        .collect();
    let progress = progress::compute_for(
        &analysis.model,
        state.today(),
        &state.settings().progress,
        &shown,
    );
    let text = state.text(file);
    let lines = state.lines(file);
    let mut out = Vec::new();
    for &idx in &shown {
        let item = analysis.model.item(idx);
        let start = item.head_range.start as usize;
        let label = match item.kind {
            ItemKind::KeyResult => progress.key_result(&item.id).map(|k| {
                let pct = k
                    .percent
                    .map_or_else(|| "—".to_string(), |p| percent(p.floor(), lang));
                format!("{pct} · {}", k.status.message().render(lang))
            }),
            ItemKind::Activity => progress
                .activities
                .iter()
                .find(|a| a.id == item.id)
                .map(|a| msg!(describe_today, total = number(a.today, lang)).render(lang)),
            ItemKind::Stage => progress
                .funnels
                .iter()
                .flat_map(|f| &f.stages)
                .find(|s| s.id == item.id)
                .and_then(|s| s.needed)
                .map(|n| msg!(lsp_inlay_needs, count = number(n, lang)).render(lang)),
            ItemKind::Objective => progress
                .objectives
                .iter()
                .find(|o| o.id == item.id)
                .and_then(|o| o.percent)
                .map(|p| percent(p.floor(), lang)),
            ItemKind::Funnel => progress
                .funnels
                .iter()
                .find(|f| f.id == item.id)
                .and_then(|f| crate::describe::funnel_forecast_short(f, lang)),
        };
        let Some(label) = label else { continue };
        let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
        let line_end = if text[..line_end].ends_with('\r') {
            line_end - 1
        } else {
            line_end
        };
        out.push(InlayHint {
            position: lines.position(line_end),
            label: InlayHintLabel::String(label),
            kind: Some(InlayHintKind::TYPE),
            text_edits: None,
            tooltip: Some(InlayHintTooltip::String(
                crate::i18n::msg!(lsp_inlay_tooltip).render(lang),
            )),
            padding_left: Some(true),
            padding_right: None,
            data: None,
        });
    }
    Some(out)
}
