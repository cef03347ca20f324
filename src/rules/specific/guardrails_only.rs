//! `S106` guardrails-only: an objective whose key results only hold levels.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Metric};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective support: Give clinics support they praise
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    ///   kr reply: Keep first replies under 4 hours
    ///     keep: <= 4 hours
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective support: Give clinics support they praise
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    ///   kr reply: Cut first replies from 8 to 2 hours
    ///     metric: 8 hours -> 2 hours
    /// ```
    code: S106,
    name: "guardrails-only",
    family: Specific,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        let key_results: Vec<_> = item
            .children
            .iter()
            .map(|&c| cx.model.item(c))
            .filter(|c| c.kind == ItemKind::KeyResult)
            .collect();
        let all_keep = !key_results.is_empty()
            && key_results.iter().all(|k| {
                k.metric
                    .as_ref()
                    .is_some_and(|m| matches!(m.value, Metric::Keep { .. }))
            });
        if !all_keep || change_under_guard(cx, item) {
            continue;
        }
        let n = key_results.len();
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            msg!(rule_S106_message, id = &item.id, count = n),
        ));
    }
}

/// "Switch all sites to the new roaster without losing customers",
/// « Migrer vers le nouveau CRM sans perdre de données »: the objective
/// names the change itself, and its guardrails what the change must not
/// break.
fn change_under_guard(cx: &Context<'_>, item: &crate::model::Item) -> bool {
    let words = crate::rules::language::words(&item.title);
    let moves = words.first().is_some_and(|w| {
        matches!(
            w.folded.as_str(),
            "switch" | "move" | "transition" | "passer" | "basculer" | "demenager"
        )
    });
    (moves || cx.title(item).task_verb.is_some())
        && words
            .iter()
            .any(|w| matches!(w.folded.as_str(), "without" | "sans"))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn objectives_of_guardrails_only() {
        check(
            "S106",
            r#"
                objective a: Give clinics support they praise
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S106
                  kr n: Keep NPS at 40
                    keep: >= 40
                  kr r: Keep replies fast
                    keep: <= 4 hours
                objectif b: Tenir la marge
                #           ^^^^^^^^^^^^^^ S106
                  rc m: Garder la marge au-dessus de 30 %
                    garder: >= 30 %
            "#,
        );
    }

    #[test]
    fn one_moving_key_result_or_none_at_all() {
        check(
            "S106",
            r#"
                objective a: Give clinics support they praise
                  kr n: Keep NPS at 40
                    keep: >= 40
                  kr r: Cut replies from 8 to 2 hours
                    metric: 8 hours -> 2 hours
                objective b: Win Lyon
                objective c: Switch all sites to the new roaster without losing customers
                  kr k: Keep coffee complaints under 5 per site per month
                    keep: < 5
                objectif d: Migrer vers le nouveau CRM sans perdre de données
                  rc e: Garder les doublons sous 1 %
                    garder: <= 1 %
            "#,
        );
    }
}
