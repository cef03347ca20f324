//! `M209` unnamed-measure: bare numbers that nothing says the meaning of.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::specific::vague_wording::names_measure;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective ads: Make Google Ads pay for the new studio
    ///   period: 2027-Q1
    ///   kr ads: Get more out of our Google Ads
    ///     metric: 2 -> 3
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective ads: Make Google Ads pay for the new studio
    ///   period: 2027-Q1
    ///   kr ads: Raise the ROAS of our Google Ads from 2 to 3
    ///     metric: 2 -> 3
    /// ```
    code: M209,
    name: "unnamed-measure",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        let Some(metric) = &item.metric else {
            continue;
        };
        let Metric::Change { baseline, target } = &metric.value else {
            continue;
        };
        let bare =
            target.unit == Unit::None && baseline.as_ref().is_none_or(|b| b.unit == Unit::None);
        if !bare || names_measure(cx, item) {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(rule_M209_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn bare_numbers_under_a_title_that_names_nothing() {
        let text = "rc a: Optimiser nos Google Ads\n  mesure: 2 -> 3\nkr b: NPS from 31 to 70\n  metric: 31 -> 70\nkr c: Raise ROAS from 1.8 to 3.5\n  metric: 1.8 -> 3.5\nkr d: Win 40 clinics\n  metric: 0 -> 40\n";
        assert_eq!(spans(text, "M209"), ["mesure: 2 -> 3"]);
    }
}
