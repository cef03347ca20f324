//! `R406` why-no-reason: a `why:` that gives no reason.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::language::words;
use crate::rules::lexicon::LexiconKind;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective q1: Grow revenue from the installed base
    ///   period: 2027-Q1
    ///   why: Hit the number
    ///   kr upsell: Upsell 20 accounts to the Pro plan
    ///     metric: 0 -> 20 accounts
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective q1: Grow revenue from the installed base
    ///   period: 2027-Q1
    ///   why: Accounts on the Pro plan churn half as often as the others
    ///   kr upsell: Upsell 20 accounts to the Pro plan
    ///     metric: 0 -> 20 accounts
    /// ```
    code: R406,
    name: "why-no-reason",
    family: Relevant,
    severity: Info,
}

/// Content words a why may hold besides the listed ones and still give no
/// reason: "Hit the Q4 number" is no reason.
const SPARE_WORDS: usize = 1;

/// Whether a why gives no reason of its own.
pub(crate) fn gives_no_reason(cx: &Context<'_>, why: &str) -> bool {
    let words = words(why);
    let mut covered = vec![false; words.len()];
    for kind in [
        LexiconKind::NoReason,
        LexiconKind::Financial,
        LexiconKind::Vague,
        LexiconKind::TimeWords,
        LexiconKind::Directions,
        LexiconKind::Comparison,
    ] {
        for found in cx.lexicon.find_all(kind, &words) {
            covered[found.at..found.end].fill(true);
        }
    }
    let content = words
        .iter()
        .zip(&covered)
        .filter(|(w, covered)| {
            !**covered
                && !w.is_function()
                && !w.is_number()
                && w.folded.chars().filter(|c| c.is_alphabetic()).count() > 1
        })
        .count();
    content <= SPARE_WORDS
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        let Some(why) = &item.why else {
            continue;
        };
        if !gives_no_reason(cx, &why.value) {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            why.range,
            msg!(rule_R406_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn the_number_or_a_mandate_is_no_reason() {
        let text = "objective a: Grow\n  why: We need to hit the annual revenue number\nobjective b: Retail\n  why: It came up at the offsite and everyone liked it\nobjectif c: Vendre\n  pourquoi: C'est l'objectif demandé par le national\nobjectif d: Marge\n  pourquoi: améliorer notre marge nette\n";
        assert_eq!(
            spans(text, "R406"),
            [
                "We need to hit the annual revenue number",
                "It came up at the offsite and everyone liked it",
                "C'est l'objectif demandé par le national",
                "améliorer notre marge nette"
            ]
        );
    }

    #[test]
    fn a_fact_is_a_reason() {
        let text = "objective a: Grow\n  why: Referred customers churn half as much as the others\nobjectif b: Vendre\n  pourquoi: Les commandes d'entreprises lissent la production avant Noël\nobjective c: Grow\n  why: At $20k I can hire a full-time support person\n";
        assert!(spans(text, "R406").is_empty());
    }
}
