//! `M209` unnamed-measure: bare numbers that nothing says the meaning of.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::{ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::specific::vague_wording::names_measure;

pub const CODE: Code = Code {
    code: "M209",
    name: "unnamed-measure",
    family: Family::Measurable,
    severity: Severity::Warning,
    summary: Text {
        en: "A key result measured in bare numbers its title does not name.",
        fr: "Un résultat clé mesuré en nombres nus que son titre ne nomme pas.",
    },
    what: Text {
        en: "Reports a key result whose `metric:` has no unit (no `%`, currency or counted word: `2 -> 3`) while its title names nothing that is counted: no known measure (NPS, ROAS, leads, a rate…) and no noun after a number. `2 -> 3` could then be a return on ad spend, a cost per click or a rank.",
        fr: "Signale un résultat clé dont la `mesure:` n'a pas d'unité (ni `%`, ni monnaie, ni mot compté : `2 -> 3`) alors que son titre ne nomme rien de compté : aucune mesure connue (NPS, ROAS, prospects, un taux…) ni nom après un nombre. `2 -> 3` peut alors être un retour sur dépense publicitaire, un coût par clic ou un classement.",
    },
    why: Text {
        en: "A number means something only with what it counts. Whoever reads the plan next quarter, or logs progress against it, must know which figure to look up.",
        fr: "Un nombre ne dit quelque chose qu'avec ce qu'il compte. Qui relira le plan au prochain trimestre, ou y notera l'avancement, doit savoir quel chiffre aller chercher.",
    },
    bad: "objective ads: Make Google Ads pay for the new studio\n  period: 2027-Q1\n  kr ads: Get more out of our Google Ads\n    metric: 2 -> 3\n",
    good: "objective ads: Make Google Ads pay for the new studio\n  period: 2027-Q1\n  kr ads: Raise the ROAS of our Google Ads from 2 to 3\n    metric: 2 -> 3\n",
};

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
            Message::new(
                format!(
                    "`{}` is measured in bare numbers and its title does not say what they count: name the measure (a rate, ROAS, leads…) or write its unit",
                    item.id
                ),
                format!(
                    "`{}` se mesure en nombres nus et son titre ne dit pas ce qu'ils comptent : nommez la mesure (un taux, le ROAS, des prospects…) ou écrivez son unité",
                    item.id
                ),
            ),
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
