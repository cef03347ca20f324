//! `S107` topic-title: an objective titled with a topic, not a goal.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// An objective titled with a topic (a few nouns, no verb), not a goal.
    ///
    /// ## What it checks
    ///
    /// Reports an objective whose title has three content words or fewer besides
    /// dates, no number and no verb: `Q1 email marketing`, `Réseaux sociaux 2027`.
    /// Verbs are recognised from the word lists (`src/rules/lexicon/verbs.txt` and
    /// the others) and, in French, from the infinitive. Titles of fewer than
    /// `min-title-words` words are `S102`'s.
    ///
    /// ## Why it matters
    ///
    /// A topic says what the team will work on, not what should be different at the
    /// end: "Q1 email marketing" is met by sending any email.
    ///
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
    fr: {
        /// Un objectif intitulé par un sujet (quelques noms, sans verbe), pas par un
        /// but.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un objectif dont le titre a trois mots de contenu ou moins hors
        /// dates, sans nombre ni verbe : `Réseaux sociaux 2027`, `Q1 email marketing`.
        /// Les verbes sont reconnus par les listes de mots
        /// (`src/rules/lexicon/verbs.txt` et les autres) et, en français, par
        /// l'infinitif. Les titres de moins de `min-title-words` mots relèvent de
        /// `S102`.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Un sujet dit sur quoi l'équipe va travailler, pas ce qui doit avoir changé à
        /// la fin : « Réseaux sociaux 2027 » est tenu en publiant n'importe quoi.
    },
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
            Message::new(
                "this names a topic, not a goal: say what should be different at the end (who does what, how much)",
                "ceci nomme un sujet, pas un but : dites ce qui doit avoir changé à la fin (qui fait quoi, combien)",
            ),
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
