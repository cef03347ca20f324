//! `R407` funnel-supports-nothing: a funnel tied to no goal.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

pub const CODE: Code = Code {
    code: "R407",
    name: "funnel-supports-nothing",
    family: Family::Relevant,
    severity: Severity::Info,
    summary: Text {
        en: "A funnel that supports no objective or key result.",
        fr: "Un entonnoir qui ne contribue à aucun objectif ni résultat clé.",
    },
    what: Text {
        en: "Reports, as information, a funnel with no `supports:` line naming an objective or key result of the workspace, and no `why:` of its own. Ids that do not exist are reported as `E003` too.",
        fr: "Signale, pour information, un entonnoir sans ligne `soutient:` qui nomme un objectif ou un résultat clé de l'espace de travail, et sans `pourquoi:` à lui. Les identifiants qui n'existent pas sont aussi signalés en `E003`.",
    },
    why: Text {
        en: "A funnel says how much work a number takes: leads, demos, deals. Tied to the key result it feeds, its forecast tells whether that result will be met; on its own, nothing says why the number matters.",
        fr: "Un entonnoir dit combien de travail un chiffre demande : contacts, démos, ventes. Relié au résultat clé qu'il alimente, sa prévision dit si ce résultat sera atteint ; seul, rien ne dit pourquoi ce chiffre compte.",
    },
    bad: "funnel q4-sales: What 40 deals take\n  goal: 40 by 2026-12-31\n  stage demos: 25% convert\n",
    good: "objective q4: Make the new plan our best seller\n  period: 2026-Q4\n  kr deals: Sign 40 deals on the new plan\n    metric: 0 -> 40 deals\nfunnel q4-sales: What 40 deals take\n  goal: 40 by 2026-12-31\n  supports: deals\n  stage demos: 25% convert\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Funnel) {
        let goal = |r: &crate::model::Reference| {
            r.target.is_some_and(|t| {
                matches!(
                    cx.model.item(t).kind,
                    ItemKind::Objective | ItemKind::KeyResult
                )
            })
        };
        if item.supports.iter().any(goal) {
            continue;
        }
        if item.why.is_some() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            Message::new(
                format!(
                    "funnel `{}` supports no objective or key result: add `supports:` with the key result its goal feeds",
                    item.id
                ),
                format!(
                    "l'entonnoir `{}` ne contribue à aucun objectif ni résultat clé : ajoutez `soutient:` avec le résultat clé que son but alimente",
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
    fn a_funnel_without_a_goal_to_feed_is_reported() {
        let text = "entonnoir calendriers: Vente des calendriers\n  but: 9 000 € d'ici le 2026-12-10\n  étape vendus: 45 € chacun\n  étape visiteurs: 3 % convertissent\n";
        assert_eq!(spans(text, "R407"), ["calendriers"]);
    }

    #[test]
    fn a_funnel_feeding_a_key_result_or_with_a_why_is_not() {
        let text = "kr deals: Sign 40 deals\n  metric: 0 -> 40 deals\nfunnel a: Deals\n  goal: 40 by 2026-12-31\n  supports: deals\n  stage demos: 25% convert\nfunnel b: Deals\n  goal: 40 by 2026-12-31\n  why: the bank asks for a sales plan\n  stage demos: 25% convert\n";
        assert!(spans(text, "R407").is_empty());
    }
}
