//! `S107` topic-title: an objective titled with a topic, not a goal.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective email: Q1 email marketing
    ///   period: 2027-Q1
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective email: Make the newsletter bring back lapsed customers
    ///   period: 2027-Q1
    /// ```
    code: S107,
    name: "topic-title",
    family: Specific,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let min = cx.thresholds().min_title_words;
    for (_, item) in cx.items(ItemKind::Objective) {
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        // Shorter titles are S102's (numbers count as words there).
        let words = crate::rules::language::split(&item.title)
            .iter()
            .filter(|w| w.folded.chars().any(char::is_alphanumeric))
            .count();
        if !facts.topic || words < min || (item.french && facts.infinitive) {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(rule_S107_message),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn topics_in_both_languages() {
        check(
            "S107",
            r#"
                objective a: Q1 email marketing
                #            ^^^^^^^^^^^^^^^^^^ S107
                objectif b: Réseaux sociaux 2027
                #           ^^^^^^^^^^^^^^^^^^^^ S107
                objective c: Partner channel in Benelux
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^^ S107
            "#,
        );
    }

    #[test]
    fn goals_with_a_verb_or_a_number() {
        check(
            "S107",
            r#"
                objective a: Win the Lyon clinics
                objectif b: Fidéliser les clients de 2026
                objective c: 40 clinics in Lyon
                objectif d: Que les familles reviennent
                objective e: Sales
            "#,
        );
    }
}
