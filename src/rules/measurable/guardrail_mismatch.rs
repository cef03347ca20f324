//! `M208` guardrail-mismatch: a guardrail whose title and `keep:` disagree.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::{Comparison, ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{quantity, same_unit};

pub const CODE: Code = Code {
    code: "M208",
    name: "guardrail-mismatch",
    family: Family::Measurable,
    severity: Severity::Warning,
    summary: Text {
        en: "A guardrail whose title and `keep:` line disagree on the bound or the level.",
        fr: "Un garde-fou dont le titre et la ligne `garder:` ne disent pas la même borne ou le même niveau.",
    },
    what: Text {
        en: "Reports a key result with `keep:` whose title bounds the other way — the title says under, below, at most, max; sous, au plus, moins de… while the guardrail says `>=` or `>`, or the reverse (above, at least; au moins, plus de… over `<=`) — or whose title names a level, in the guardrail's unit, that is not its threshold (`Keep CPA under €20` over `keep: <= €25`). The bound words are `src/rules/lexicon/bounds.txt`.",
        fr: "Signale un résultat clé avec `garder:` dont le titre borne dans l'autre sens — le titre dit sous, au plus, moins de ; under, at most… quand le garde-fou dit `>=` ou `>`, ou l'inverse (au moins, plus de ; above, at least… sur `<=`) — ou dont le titre donne un niveau, dans l'unité du garde-fou, qui n'est pas son seuil (`Garder le CPA sous 20 €` avec `garder: <= 25 €`). Les mots de borne sont dans `src/rules/lexicon/bounds.txt`.",
    },
    why: Text {
        en: "A guardrail is checked against its `keep:` line; people read its title. When they disagree, the alarm rings at a level nobody agreed on, or never.",
        fr: "Un garde-fou se vérifie sur sa ligne `garder:` ; les gens lisent son titre. Quand les deux divergent, l'alarme sonne à un niveau que personne n'a choisi, ou jamais.",
    },
    bad: "objective paid: Make paid social pay for itself\n  period: 2027-Q1\n  kr cpa: Keep CPA under €20\n    keep: <= €25\n",
    good: "objective paid: Make paid social pay for itself\n  period: 2027-Q1\n  kr cpa: Keep CPA under €20\n    keep: <= €20\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        let Some(metric) = &item.metric else { continue };
        let Metric::Keep {
            comparison,
            threshold,
        } = &metric.value
        else {
            continue;
        };
        let facts = cx.title(item);
        let at_most = matches!(comparison, Comparison::AtMost | Comparison::Below);
        if let Some((word, title_at_most)) = &facts.bound
            && *title_at_most != at_most
        {
            let (en, fr) = if at_most {
                ("at most", "au plus")
            } else {
                ("at least", "au moins")
            };
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                metric.range,
                Message::new(
                    format!("the title says `{word}`, but the guardrail keeps the value {en}: which side is the limit?"),
                    format!("le titre dit `{word}`, mais le garde-fou tient la valeur {fr} : de quel côté est la limite ?"),
                ),
            ));
            continue;
        }
        // A level in the guardrail's own unit that is not its threshold.
        let comparable =
            |u: &Unit| same_unit(u, &threshold.unit) && !matches!(threshold.unit, Unit::None);
        let levels: Vec<f64> = facts
            .numbers
            .iter()
            .filter(|n| comparable(&n.unit))
            .map(|n| n.value)
            .collect();
        let t = threshold.value;
        if levels.is_empty()
            || levels
                .iter()
                .any(|&n| (n - t).abs() <= 0.01 * n.abs().max(t.abs()))
        {
            continue;
        }
        let (len, lfr) = quantity(levels[0], &threshold.unit);
        let (ten, tfr) = quantity(t, &threshold.unit);
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            Message::new(
                format!("the title says {len}, but the guardrail is set at {ten}: which is the limit?"),
                format!("le titre dit {lfr}, mais le garde-fou est fixé à {tfr} : quelle est la limite ?"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn bounds_and_levels_that_disagree() {
        let text = "kr a: Keep CPA under €20\n  keep: <= €25\nrc b: Garder le taux de litiges sous 2 %\n  garder: >= 2 %\nkr c: Keep NPS at least 40\n  keep: <= 40\n";
        assert_eq!(
            spans(text, "M208"),
            ["keep: <= €25", "garder: >= 2 %", "keep: <= 40"]
        );
        let d = &with_code(text, "M208")[1];
        assert!(
            d.message
                .render(crate::i18n::Lang::Fr)
                .starts_with("le titre dit `sous`"),
            "{}",
            d.message.render(crate::i18n::Lang::Fr)
        );
    }

    #[test]
    fn agreeing_guardrails() {
        let text = "kr a: Keep CPA under €20\n  keep: <= €20\nrc b: Garder au moins 96 % de contrôles conformes\n  garder: >= 96 %\nkr c: Keep churn below 2% with a team of 3\n  keep: < 2%\nkr d: Keep NPS at 40\n  keep: >= 40\n";
        assert!(spans(text, "M208").is_empty());
    }
}
