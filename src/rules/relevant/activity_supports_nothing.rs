//! `R402` activity-supports-nothing: an activity linked to no goal.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;

declare_rule! {
    /// An activity that supports no objective, key result or funnel.
    ///
    /// ## What it checks
    ///
    /// Reports an activity with no `supports:` line, or whose `supports:` names
    /// only ids that do not exist (those are also reported as `E003`). An activity
    /// that gives its own reason in a `why:` line (a habit kept for itself, say) is
    /// not reported.
    ///
    /// ## Why it matters
    ///
    /// Every call, post or meeting takes time from something else. Linking an
    /// activity to the result it should move says why it is worth that time, and
    /// lets its pace be compared with what the result needs.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective pipeline: Fill the Q4 pipeline
    ///   period: 2026-Q4
    ///   kr demos: Book 40 demos
    ///     metric: 0 -> 40 demos
    ///
    /// activity calls: Call 20 prospects every weekday
    ///   target: 20 calls per weekday
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective pipeline: Fill the Q4 pipeline
    ///   period: 2026-Q4
    ///   kr demos: Book 40 demos
    ///     metric: 0 -> 40 demos
    ///
    /// activity calls: Call 20 prospects every weekday
    ///   target: 20 calls per weekday
    ///   supports: demos
    /// ```
    code: R402,
    name: "activity-supports-nothing",
    family: Relevant,
    severity: Warning,
    fr: {
        /// Une activité qui ne contribue à aucun objectif, résultat clé ou entonnoir.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale une activité sans ligne `soutient:` (ou `contribue:`), ou dont le
        /// `soutient:` ne nomme que des identifiants qui n'existent pas (ceux-ci sont
        /// aussi signalés en `E003`). Une activité qui donne sa propre raison dans une
        /// ligne `pourquoi:` (une habitude tenue pour elle-même, par exemple) n'est pas
        /// signalée.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Chaque appel, publication ou rendez-vous prend du temps à autre chose.
        /// Relier une activité au résultat qu'elle doit faire bouger dit pourquoi elle
        /// vaut ce temps, et permet de comparer son rythme à ce que le résultat
        /// demande.
    },
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Activity) {
        if item.supports.iter().any(|s| s.target.is_some())
            || (item.supports.is_empty() && item.why.is_some())
        {
            continue;
        }
        let message = if item.supports.is_empty() {
            Message::new(
                format!(
                    "activity `{}` supports nothing: add `supports:` with the key result or objective it drives, or say `why:` it matters",
                    item.id
                ),
                format!(
                    "l'activité `{}` ne contribue à rien : ajoutez `soutient:` avec le résultat clé ou l'objectif qu'elle fait avancer, ou dites `pourquoi:` elle compte",
                    item.id
                ),
            )
        } else {
            Message::new(
                format!(
                    "activity `{}` supports nothing that exists: fix the ids in `supports:`",
                    item.id
                ),
                format!(
                    "l'activité `{}` ne contribue à rien qui existe : corrigez les identifiants de `soutient:`",
                    item.id
                ),
            )
        };
        out.push(Diagnostic::new(&CODE, item.file, item.id_range, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn no_supports_or_only_unknown_ids() {
        check(
            "R402",
            r#"
                activity a: Call
                #        ^ R402
                  target: 5 per day
                activité b: Publier
                #        ^ R402
                  soutient: rien
            "#,
        );
    }

    #[test]
    fn one_resolved_link_is_enough() {
        check(
            "R402",
            r#"
                objective o: Grow
                  kr k: Win 5 deals
                activity a: Call
                  supports: typo, k
                activity b: Post
                  supports: o
            "#,
        );
    }

    #[test]
    fn a_reason_of_its_own_is_enough_unless_its_links_are_broken() {
        check(
            "R402",
            r#"
                activité lecture: Lire 20 pages par jour
                  cible: 20 pages par jour
                  pourquoi: Moins d'écran le soir
                activity b: Post
                #        ^ R402
                  why: Stay visible
                  supports: typo
            "#,
        );
    }
}
