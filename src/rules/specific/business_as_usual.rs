//! `S104` business-as-usual: an objective that keeps things as they are.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Item, ItemKind, Metric};
use crate::rules::Context;
use crate::rules::lexicon::fold;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective support: Maintain customer support quality
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective support: Make support a reason clinics stay
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    ///   kr first-reply: Cut the first reply time from 8 to 2 hours
    ///     metric: 8 hours -> 2 hours
    /// ```
    code: S104,
    name: "business-as-usual",
    family: Specific,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        let Some(range) = item.title_range else {
            continue;
        };
        let Some(entry) = &cx.title(item).business_as_usual else {
            continue;
        };
        if keeps_what_the_results_move(cx, item, entry) {
            continue;
        }
        let word = entry.trim_end_matches('*');
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(rule_S104_message, word = word),
        ));
    }
}

/// "Keep FitPlan subscribers around past the first month", "Keep the A
/// round on track with a strong quarter": `keep` over an object, under key
/// results that move a measure, is holding on to something by changing
/// what the key results measure (retention, a round's momentum), not
/// leaving things as they are. "Keep growing", "Maintain…", "Continue…"
/// stay business as usual, and so does any objective whose key results
/// only hold a level (S106 says that too).
fn keeps_what_the_results_move(cx: &Context<'_>, item: &Item, entry: &str) -> bool {
    let words = crate::rules::language::words(&item.title);
    let Some(at) = words.iter().position(|w| w.folded == fold(entry)) else {
        return false;
    };
    let keep = matches!(words[at].folded.as_str(), "keep" | "garder" | "conserver");
    // The word after: an object, not a verb (`Keep growing`, `garder
    // le cap` is an idiom of its own).
    let object = words.get(at + 1).is_some_and(|w| {
        let f = w.folded.as_str();
        !f.ends_with("ing") && !f.ends_with("er") && !f.ends_with("ir") && f != "le" && f != "up"
    });
    keep && object
        && item.children.iter().any(|&kr| {
            matches!(
                cx.model.item(kr).metric.as_ref().map(|m| &m.value),
                Some(Metric::Change { baseline: Some(b), target }) if b.value != target.value
            )
        })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn objectives_starting_as_usual_are_reported() {
        check(
            "S104",
            r#"
                objective a: Maintain our NPS above 40
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objectif b: Continuer la prospection des artisans
                #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objective c: To keep the blog running
                #            ^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objective d: Keep growing our TikTok
                #            ^^^^^^^^^^^^^^^^^^^^^^^ S104
                  kr f: Grow followers from 11 000 to 20 000
                    metric: 11 000 -> 20 000 followers
                objective e: Keep NPS where it is
                #            ^^^^^^^^^^^^^^^^^^^^ S104
                  kr nps: Keep NPS at 40 or more
                    keep: >= 40
            "#,
        );
    }

    #[test]
    fn guardrail_key_results_and_later_words_are_fine() {
        check(
            "S104",
            r#"
                objective a: Win clinics and keep them
                  kr nps: Keep NPS at 40 or more
                    keep: >= 40
                  kr churn: Maintain churn under 2%
                    metric: 2% -> 1.5%
                activity b: Keep posting on LinkedIn
                  target: 3 per week
                objective c: Keep FitPlan subscribers around past the first month
                  kr churn: Cut month-one churn from 28% to 22%
                    metric: 28% -> 22%
                objective d: Keep the A round on track with a strong new-business quarter
                  kr arr: New ARR from $0 to $300k
                    metric: $0 -> $300k
            "#,
        );
    }
}
