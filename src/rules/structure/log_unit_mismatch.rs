//! `E014` log-unit-mismatch: a log value in another unit than its item's
//! measure.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::{Item, ItemIdx, ItemKind, LogValue, Metric, Unit};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{metric_unit, same_unit, unit_name};

pub const CODE: Code = Code {
    code: "E014",
    name: "log-unit-mismatch",
    family: Family::Structure,
    severity: Severity::Warning,
    summary: Text {
        en: "A log value whose unit differs from its item's measure.",
        fr: "Une valeur du journal dans une autre unité que la mesure de son élément.",
    },
    what: Text {
        en: "Reports a measurement or an increment on a log line whose unit is not the unit of its item: the `metric:` or `keep:` of a key result, the unit word of an activity's `target:`, the `goal:` of a funnel. A log value with no unit is fine (it is read in the item's unit), and so is any unit when the item's measure has none. Unit words are compared ignoring case, accents and a plural `s`.",
        fr: "Signale une mesure ou un incrément d'une ligne de journal dont l'unité n'est pas celle de son élément : la `mesure:` ou le `seuil:` d'un résultat clé, le mot d'unité de la `cible:` d'une activité, le `but:` d'un entonnoir. Une valeur sans unité convient (elle se lit dans l'unité de l'élément), tout comme n'importe quelle unité quand la mesure de l'élément n'en a pas. Les mots d'unité se comparent sans tenir compte de la casse, des accents ni d'un `s` de pluriel.",
    },
    why: Text {
        en: "`bounce 24 EUR` on a rate measured in % is a typo or a line logged against the wrong id; either way, progress computed from it would be wrong.",
        fr: "`rebond 24 €` sur un taux mesuré en % est une faute de frappe ou une ligne notée sous le mauvais identifiant ; dans les deux cas, l'avancement calculé à partir d'elle serait faux.",
    },
    bad: "objective blog: Make the blog convert\n  period: 2026-Q4\n  kr bounce: Cut the bounce rate from 30% to 15%\n    metric: 30% -> 15%\n2026-11-03 bounce 24 EUR\n",
    good: "objective blog: Make the blog convert\n  period: 2026-Q4\n  kr bounce: Cut the bounce rate from 30% to 15%\n    metric: 30% -> 15%\n2026-11-03 bounce 24%\n",
};

/// The unit an item's log values are expected in, if it has one.
fn expected_unit(item: &Item) -> Option<Unit> {
    match item.kind {
        ItemKind::KeyResult => match &item.metric.as_ref()?.value {
            Metric::Change { baseline, target } => metric_unit(baseline.as_ref(), target),
            Metric::Relative(relative) => relative.unit().cloned(),
            Metric::Keep { threshold, .. } => {
                (threshold.unit != Unit::None).then(|| threshold.unit.clone())
            }
            Metric::Milestone => None,
        },
        ItemKind::Activity => item.rate.as_ref()?.value.unit.clone().map(Unit::Word),
        ItemKind::Funnel => {
            let unit = &item.goal.as_ref()?.value.unit;
            (*unit != Unit::None).then(|| unit.clone())
        }
        ItemKind::Objective | ItemKind::Stage => None,
    }
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        let Some(expected) = expected_unit(item) else {
            continue;
        };
        let want = unit_name(&expected);
        for log in cx.model.logs_of(ItemIdx(n as u32)) {
            let (LogValue::Value(q) | LogValue::Increment(q)) = &log.value else {
                continue;
            };
            if q.unit == Unit::None || same_unit(&q.unit, &expected) {
                continue;
            }
            let got = unit_name(&q.unit);
            let id = &item.id;
            out.push(Diagnostic::new(
                &CODE,
                log.file,
                q.range,
                Message::new(
                    format!("this value is in `{got}`, but `{id}` is measured in `{want}`: fix the unit, or log it against the right id"),
                    format!("cette valeur est en `{got}`, mais `{id}` se mesure en `{want}` : corrigez l'unité, ou notez-la sous le bon identifiant"),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn a_value_in_another_unit_is_reported_at_the_value() {
        let text = "kr bounce: Cut the bounce rate\n  metric: 30% -> 15%\nkr deals: Win deals\n  metric: 0 -> 20 deals\n2026-11-03 bounce 24 EUR\n2026-11-04 deals +2 leads\n";
        assert_eq!(spans(text, "E014"), ["24 EUR", "+2 leads"]);
        let d = &with_code(text, "E014")[0];
        assert!(
            d.message.render(crate::i18n::Lang::En).contains("`EUR`")
                && d.message.render(crate::i18n::Lang::En).contains("`%`")
        );
    }

    #[test]
    fn no_unit_or_the_same_unit_is_fine() {
        let text = "kr bounce: Cut the bounce rate\n  metric: 30% -> 15%\nkr followers: Grow followers\n  metric: 3420 -> 4104 followers\nkr nps: Keep NPS\n  keep: >= 40\n2026-11-03 bounce 24%\n2026-11-04 bounce 23\n2026-11-05 followers 3760 Followers\n2026-11-06 nps 41\n";
        assert!(spans(text, "E014").is_empty());
    }

    #[test]
    fn activities_compare_unit_words_only_when_both_are_given() {
        let text = "activity calls: Call prospects\n  target: 20 calls per weekday\nactivity posts: Post on LinkedIn\n  target: 3 per week\n2026-11-02 calls 17\n2026-11-03 calls 12 call\n2026-11-04 calls 9 emails\n2026-11-05 posts 2 reels\n";
        assert_eq!(spans(text, "E014"), ["9 emails"]);
    }

    #[test]
    fn funnel_goals_and_metrics_without_units() {
        let text = "funnel f: What Q4 revenue takes\n  goal: 50 000 EUR\n  stage sales: 500 EUR each\nkr k: Grow the score\n  metric: 10 -> 20\n2026-11-02 f 12 000 USD\n2026-11-02 f 12 000 EUR\n2026-11-03 k 12%\n2026-11-03 sales +3 deals\n";
        assert_eq!(spans(text, "E014"), ["12 000 USD"]);
    }
}
