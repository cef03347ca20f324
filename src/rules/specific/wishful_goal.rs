//! `S103` wishful-goal: a wish such as "get rich" instead of a goal.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

pub const CODE: Code = Code {
    code: "S103",
    name: "wishful-goal",
    family: Family::Specific,
    severity: Severity::Warning,
    summary: Text {
        en: "A wish such as \"get rich\" instead of a goal.",
        fr: "Un souhait comme « devenir riche » au lieu d'un objectif.",
    },
    what: Text {
        en: "Reports a title that states a wish — get rich, be successful, be the best, make money, do better; devenir riche, réussir, être le meilleur, gagner de l'argent, faire mieux… — with no number in it. The list is in `src/rules/lexicon/wishes.txt` and can be extended with `[lexicon] wishes = [...]` in goalie.toml.",
        fr: "Signale un titre qui exprime un souhait — get rich, be successful, be the best ; devenir riche, réussir, être le meilleur, gagner de l'argent, faire mieux… — sans aucun nombre. La liste est dans `src/rules/lexicon/wishes.txt` et s'étend avec `[lexicon] wishes = [...]` dans goalie.toml.",
    },
    why: Text {
        en: "Nobody can tell when a wish is fulfilled, so it cannot be planned or reviewed. Say what would show it: an amount, a count, a rank.",
        fr: "Personne ne peut dire quand un souhait est exaucé : il ne se planifie pas et ne se suit pas. Dites ce qui le montrerait : un montant, un nombre, un classement.",
    },
    bad: "objective money: Get rich with the shop\n  period: 2026\n",
    good: "objective money: Reach 8 000 EUR of monthly profit with the shop\n  period: 2026\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for item in &cx.model.items {
        if item.kind == ItemKind::Stage {
            continue;
        }
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        // "Make money: 10k EUR a month" names its measure.
        let Some(wish) = facts.wishes.first().filter(|_| !facts.has_measure()) else {
            continue;
        };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            Message::new(
                format!("`{wish}` is a wish, not a goal: say what would show it (an amount, a count, a rank)"),
                format!("`{wish}` est un souhait, pas un objectif : dites ce qui le montrerait (un montant, un nombre, un classement)"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn wishes_are_reported_in_both_languages() {
        let text = "objective a: Get rich\nobjective b: Devenir riche grâce à la boutique\nkr c: Être le meilleur cabinet de Lyon\n  milestone\n";
        assert_eq!(
            spans(text, "S103"),
            [
                "Get rich",
                "Devenir riche grâce à la boutique",
                "Être le meilleur cabinet de Lyon"
            ]
        );
        assert!(
            with_code(text, "S103")[1]
                .message
                .fr
                .contains("`Devenir riche`")
        );
    }

    #[test]
    fn a_number_or_no_wish_is_fine() {
        let text = "objective a: Make money: 10k EUR a month from the shop\nobjective b: Win 40 clinics in Lyon\nobjective c: Richer onboarding for clinics\n";
        assert!(spans(text, "S103").is_empty());
    }
}
