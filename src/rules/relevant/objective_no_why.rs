//! `R403` objective-no-why: an objective that does not say why it matters.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

pub const CODE: Code = Code {
    code: "R403",
    name: "objective-no-why",
    family: Family::Relevant,
    severity: Severity::Info,
    summary: Text {
        en: "An objective that does not say why it matters.",
        fr: "Un objectif qui ne dit pas pourquoi il compte.",
    },
    what: Text {
        en: "Reports an objective with no `why:` line (`pourquoi:` in French).",
        fr: "Signale un objectif sans ligne `pourquoi:` (`why:` en anglais).",
    },
    why: Text {
        en: "The reason behind an objective is what people fall back on when a choice is not covered by the plan. Written down, it also lets you tell, at the end of the period, whether the objective still made sense.",
        fr: "La raison d'un objectif est ce à quoi on se raccroche quand un choix n'est pas prévu par le plan. Écrite, elle permet aussi de dire, en fin de période, si l'objectif avait toujours du sens.",
    },
    bad: "objective referrals: Customers who recommend us\n  period: 2026-Q4\n  kr referred: Get 15 new customers through referrals\n    metric: 0 -> 15 customers\n",
    good: "objective referrals: Customers who recommend us\n  period: 2026-Q4\n  why: Referred customers churn half as much as the others\n  kr referred: Get 15 new customers through referrals\n    metric: 0 -> 15 customers\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        if item.why.is_some() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            Message::new(
                format!(
                    "`{}` does not say why it matters: add a `why:` line",
                    item.id
                ),
                format!(
                    "`{}` ne dit pas pourquoi il compte : ajoutez une ligne `pourquoi:`",
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
    fn objectives_without_a_reason() {
        let text = "objective a: Grow\n  period: 2026-Q4\nobjective b: Keep\n  why: Cash\nobjectif c: Oser\n  pourquoi: Parce que\nkr k: Alone\n";
        assert_eq!(spans(text, "R403"), ["a"]);
    }

    #[test]
    fn an_empty_or_broken_why_line_gives_no_reason() {
        let text = "objective a: Grow\n  why:\n";
        assert_eq!(spans(text, "R403"), ["a"]);
    }
}
