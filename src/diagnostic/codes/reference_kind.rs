//! `E012` reference-kind: A link to an item of the wrong kind, such as `parent:` naming an activity. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A link to an item of the wrong kind, such as `parent:` naming an activity.
    ///
    /// ## What it checks
    ///
    /// Reports a `parent:` that names something other than an objective or a key
    /// result, and a `supports:` that names an activity.
    ///
    /// ## Why it matters
    ///
    /// Alignment goes from work to results: an objective cannot roll up into an
    /// activity.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// objective o: Win new customers
    ///   parent: calls
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective company: Grow the company
    ///   period: 2026
    /// objective o: Win new customers
    ///   parent: company
    /// ```
    code: E012,
    name: "reference-kind",
    family: Structure,
    severity: Error,
    fr: {
        /// Un lien vers un élément du mauvais type, comme `parent:` qui nomme une
        /// activité.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un `parent:` qui nomme autre chose qu'un objectif ou un résultat
        /// clé, et un `soutient:` qui nomme une activité.
        ///
        /// ## Pourquoi c'est important
        ///
        /// L'alignement va du travail vers les résultats : un objectif ne peut pas
        /// remonter vers une activité.
    },
}
