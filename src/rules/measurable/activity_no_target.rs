//! `M206` activity-no-target: an activity with no rate to keep up.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

pub const CODE: Code = Code {
    code: "M206",
    name: "activity-no-target",
    family: Family::Measurable,
    severity: Severity::Warning,
    summary: Text {
        en: "An activity with no `target:` rate.",
        fr: "Une activité sans rythme `cible:`.",
    },
    what: Text {
        en: "Reports an activity that has no `target:` saying how often it is done: `target: 20 calls per weekday`, `target: 1 per 2 weeks`.",
        fr: "Signale une activité sans `cible:` qui dise à quel rythme elle se fait : `cible: 20 appels par jour ouvré`, `cible: 1 toutes les 2 semaines`.",
    },
    why: Text {
        en: "An activity is a habit kept at a pace. Without the pace, the log cannot say whether you are keeping up or falling behind.",
        fr: "Une activité est une habitude tenue à un rythme. Sans rythme, le journal ne peut pas dire si vous suivez ou si vous prenez du retard.",
    },
    bad: "activity calls: Call prospects every weekday\n  owner: @karim\n",
    good: "activity calls: Call prospects every weekday\n  owner: @karim\n  target: 20 calls per weekday\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Activity) {
        if item.rate.is_some() || cx.is_broken(item) {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            Message::new(
                "this activity has no pace: add a `target:` such as `target: 3 per week`",
                "cette activité n'a pas de rythme : ajoutez une `cible:` comme `cible: 3 par semaine`",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn an_activity_without_a_target_is_reported() {
        let text = "activity a: Call prospects daily\nactivité b: Relancer les devis\n  responsable: @lea\n";
        assert_eq!(
            spans(text, "M206"),
            ["Call prospects daily", "Relancer les devis"]
        );
    }

    #[test]
    fn a_target_in_any_language_is_fine() {
        let text = "activity a: Call prospects daily\n  target: 20 per weekday\nactivité b: Relancer les devis\n  rythme: 1 toutes les 2 semaines\nkr c: Not an activity\n  milestone\n";
        assert!(spans(text, "M206").is_empty());
    }
}
