//! `S105` vague-objective: an objective with key results, worded vaguely.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::lexicon::LexiconKind;
use crate::rules::specific::vague_wording::{names_measure, quoted};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective presence: Boost our presence
    ///   period: 2026-Q4
    ///   kr demos: Book 40 demos with clinics in Lyon
    ///     metric: 12 -> 40 demos
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective presence: Become the first call of clinics in Lyon
    ///   period: 2026-Q4
    ///   kr demos: Book 40 demos with clinics in Lyon
    ///     metric: 12 -> 40 demos
    /// ```
    code: S105,
    name: "vague-objective",
    family: Specific,
    severity: Info,
}

/// Words that never make a title concrete on their own.
fn only_vague(cx: &Context<'_>, item: &crate::model::Item) -> bool {
    // Besides the vague words, at most one content word: "Boost our
    // presence online" and "Booster notre présence sur TikTok" are vague,
    // "Boost renewals with Lyon clinics" is not.
    // Words that never make it concrete either: which way (grow, more),
    // when (before Valentine's, Q1); a hyphenated compound is one word
    // ("centre-ville").
    let words = crate::rules::language::words(&item.title);
    let mut plain = vec![true; words.len()];
    for kind in [
        LexiconKind::Vague,
        LexiconKind::Directions,
        LexiconKind::Comparison,
        LexiconKind::TimeWords,
    ] {
        for found in cx.lexicon.find_all(kind, &words) {
            plain[found.at..found.end].fill(false);
        }
    }
    // Where or on which channel (`sur TikTok`, `on Instagram`, `à Lyon`)
    // does not say what changes there: the preposition and the word it
    // introduces are left out.
    let mut after_link = false;
    for (i, w) in words.iter().enumerate() {
        if crate::rules::text::TOPIC_LINKS.contains(&w.folded.as_str()) {
            plain[i] = false;
            after_link = true;
        } else if after_link && !w.is_function() {
            plain[i] = false;
            after_link = false;
        }
    }
    let content = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            plain[i]
                && !w.is_function()
                && w.folded.chars().any(char::is_alphabetic)
                && !(i > 0 && item.title[..w.span.start].ends_with('-'))
        })
        .count();
    content <= 1
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        if item.children.is_empty() {
            continue; // S101's
        }
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        if facts.vague.is_empty() || names_measure(cx, item) || facts.has_quantity() {
            continue;
        }
        if !only_vague(cx, item) {
            continue;
        }
        let words = quoted(&facts.vague);
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(rule_S105_message, words = words),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, with_code};

    #[test]
    fn vague_objectives_with_key_results_are_information() {
        let text = "objective a: Boost our presence\n  kr k: Book 40 demos\n    metric: 12 -> 40 demos\nobjectif b: Consolider notre notoriété\n  rc r: Passer de 8 % à 14 % de notoriété spontanée\n    mesure: 8 % -> 14 %\n";
        check(
            "S105",
            r#"
                objective a: Boost our presence
                #            ^^^^^^^^^^^^^^^^^^ S105
                  kr k: Book 40 demos
                    metric: 12 -> 40 demos
                objectif b: Consolider notre notoriété
                #           ^^^^^^^^^^^^^^^^^^^^^^^^^^ S105
                  rc r: Passer de 8 % à 14 % de notoriété spontanée
                    mesure: 8 % -> 14 %
            "#,
        );
        check(
            "S105",
            r#"
                objectif tiktok: Booster notre présence sur TikTok
                #                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S105
                  rc r: Passer de 12 400 à 20 000 abonnés TikTok
                    mesure: 12 400 abonnés -> 20 000 abonnés
                objective o: Boost renewals with Lyon clinics
                  kr k: Renew 30 clinics
                    metric: 10 -> 30 clinics
            "#,
        );
        assert_eq!(
            with_code(text, "S105")[0].severity,
            crate::diagnostic::Severity::Info
        );
    }

    #[test]
    fn concrete_objectives_or_none_without_key_results() {
        check(
            "S105",
            r#"
                objective a: Boost renewals with the Lyon clinics
                  kr k: Renew 30 contracts
                    metric: 0 -> 30 contracts
                objective b: Boost our presence
            "#,
        );
    }
}
