//! `A305` funnel-conversion: a funnel stage that converts at a rate few
//! funnels reach.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, StageSpec, Unit};
use crate::rules::Context;
use crate::rules::language::words;
use crate::rules::lexicon::LexiconKind;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// funnel dec: What 100 deals take
    ///   goal: 100 deals by 2026-12-31
    ///   stage demos: 80% convert
    ///   stage leads: 90% convert
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// funnel dec: What 100 deals take
    ///   goal: 100 deals by 2026-12-31
    ///   stage demos: 25% convert
    ///   stage leads: 40% convert
    /// ```
    code: A305,
    name: "funnel-conversion",
    family: Achievable,
    severity: Warning,
}

/// A stage converting at this share or more is reported, unless its name
/// says the buyer has already said yes (`accepted-offers`, `compromis`):
/// those mostly close.
pub const THRESHOLD: f64 = 0.75;

/// A funnel whose goal is money, or what buyers give one of (deals,
/// customers, meetings): a sales or marketing funnel. A funnel of planned
/// runs to kilometres keeps most of its stages.
fn sells(cx: &Context<'_>, funnel: &crate::model::Item) -> bool {
    match funnel.goal.as_ref().map(|g| &g.value.unit) {
        Some(Unit::Currency(_)) => true,
        Some(Unit::Word(w)) => !cx.lexicon.find_all(LexiconKind::Won, &words(w)).is_empty(),
        _ => false,
    }
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Stage) {
        let Some(StageSpec::Conversion { rate, range }) = &item.stage else {
            continue;
        };
        if !item.container.is_some_and(|f| sells(cx, cx.model.item(f))) {
            continue;
        }
        if *rate < THRESHOLD || *rate > 1.0 {
            continue;
        }
        // Accepted offers, signed contracts, compromis: the buyer has said
        // yes, and most of them close; a high rate there is the usual one.
        if !cx
            .lexicon
            .find_all(LexiconKind::Committed, &words(&item.id))
            .is_empty()
        {
            continue;
        }
        let percent = (rate * 100.0).round();
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            *range,
            msg!(rule_A305_message, id = &item.id, percent = percent),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn stages_converting_three_in_four_or_more_are_reported() {
        let text = "funnel dec: Deals\n  goal: 100 deals by 2026-12-31\n  stage demos: 80% convert\n  stage leads: 60% convert\n  stage visits: 75% convert\n";
        assert_eq!(spans(text, "A305"), ["80%", "75%"]);
    }

    #[test]
    fn usual_rates_are_not() {
        let text = "entonnoir a: Ventes\n  but: 9 000 € d'ici le 2026-12-10\n  étape ventes: 45 € chacun\n  étape visiteurs: 3 % convertissent\n  étape devis: 50 % convertissent\n";
        assert!(spans(text, "A305").is_empty());
        // Offers already accepted mostly close.
        let offers = "funnel gci: What $270k of GCI takes\n  goal: $270k by 2027-03-31\n  stage closings: $9k each\n  stage accepted-offers: 85% convert\n  stage viewings: 7% convert\n";
        assert!(spans(offers, "A305").is_empty());
        let compromis = "entonnoir v: Ventes\n  but: 300 000 € d'ici le 2027-06-30\n  étape ventes: 10 000 € chacun\n  étape compromis-signes: 90 % convertissent\n  étape visites: 5 % convertissent\n";
        assert!(spans(compromis, "A305").is_empty());
        // Planned runs mostly happen: not a sales funnel.
        let runs = "funnel d: What 300 km take\n  goal: 300 km by 2026-12-31\n  stage runs: 6 km each\n  stage planned: 80% convert\n";
        assert!(spans(runs, "A305").is_empty());
    }
}
