//! `S104` business-as-usual: an objective that keeps things as they are.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// An objective that keeps things as they are.
    ///
    /// ## What it checks
    ///
    /// Reports an objective whose title starts with business-as-usual wording:
    /// maintain, continue, keep, sustain, carry on; maintenir, continuer,
    /// poursuivre, garder, conserver… Key results are not checked: a guardrail (`kr
    /// nps: Keep NPS at 40` with `keep: >= 40`) is the right place to hold a level.
    /// The list is in `src/rules/lexicon/business_as_usual.txt` and can be extended
    /// with `[lexicon] business-as-usual = [...]` in goalie.toml.
    ///
    /// ## Why it matters
    ///
    /// An objective says where the team should go next. Keeping things running is
    /// the job itself; written as an objective, it takes the place of a change and
    /// hides that nothing is meant to improve.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective support: Maintain customer support quality
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective support: Make support a reason clinics stay
    ///   period: 2026-Q4
    ///   kr nps: Keep NPS at 40 or more
    ///     keep: >= 40
    ///   kr first-reply: Cut the first reply time from 8 to 2 hours
    ///     metric: 8 hours -> 2 hours
    /// ```
    code: S104,
    name: "business-as-usual",
    family: Specific,
    severity: Warning,
    fr: {
        /// Un objectif qui garde les choses en l'état.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un objectif dont le titre commence par une formule de routine :
        /// maintain, continue, keep ; maintenir, continuer, poursuivre, garder,
        /// conserver… Les résultats clés ne sont pas vérifiés : un garde-fou (`rc nps:
        /// Garder le NPS à 40` avec `garder: >= 40`) est le bon endroit pour tenir un
        /// niveau. La liste est dans `src/rules/lexicon/business_as_usual.txt` et
        /// s'étend avec `[lexicon] business-as-usual = [...]` dans goalie.toml.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Un objectif dit où l'équipe doit aller. Faire tourner l'existant, c'est le
        /// travail lui-même ; écrit comme un objectif, il prend la place d'un
        /// changement et cache que rien ne doit s'améliorer.
    },
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        let Some(range) = item.title_range else {
            continue;
        };
        let Some(entry) = &cx.title(item).business_as_usual else {
            continue;
        };
        let word = entry.trim_end_matches('*');
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            Message::new(
                format!("`{word}…`: keeping things as they are is business as usual, not an objective; say what should change, and hold the level with a `keep:` key result"),
                format!("`{word}…` : garder les choses en l'état relève de la routine, pas d'un objectif ; dites ce qui doit changer, et tenez le niveau avec un résultat clé `garder:`"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn objectives_starting_as_usual_are_reported() {
        check(
            "S104",
            r#"
                objective a: Maintain our NPS above 40
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objectif b: Continuer la prospection des artisans
                #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ S104
                objective c: To keep the blog running
                #            ^^^^^^^^^^^^^^^^^^^^^^^^ S104
            "#,
        );
    }

    #[test]
    fn guardrail_key_results_and_later_words_are_fine() {
        check(
            "S104",
            r#"
                objective a: Win clinics and keep them
                  kr nps: Keep NPS at 40 or more
                    keep: >= 40
                  kr churn: Maintain churn under 2%
                    metric: 2% -> 1.5%
                activity b: Keep posting on LinkedIn
                  target: 3 per week
            "#,
        );
    }
}
