//! `E003` unknown-reference: `parent:` or `supports:` names an id that no item has. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// `parent:` or `supports:` names an id that no item has.
    ///
    /// ## What it checks
    ///
    /// Reports a `parent:` or `supports:` link to an id defined nowhere in the
    /// workspace, with the closest existing id as a suggestion.
    ///
    /// ## Why it matters
    ///
    /// A broken link breaks alignment: the objective looks aligned in the file but
    /// rolls up to nothing.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective company-growth: Grow the company
    ///   period: 2026
    /// objective team: Grow the team's revenue
    ///   period: 2026-Q4
    ///   parent: company-grwoth
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective company-growth: Grow the company
    ///   period: 2026
    /// objective team: Grow the team's revenue
    ///   period: 2026-Q4
    ///   parent: company-growth
    /// ```
    code: E003,
    name: "unknown-reference",
    family: Structure,
    severity: Error,
    fr: {
        /// `parent:` ou `soutient:` nomme un identifiant qu'aucun élément ne porte.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un lien `parent:` ou `soutient:` vers un identifiant défini nulle
        /// part dans l'espace de travail, avec l'identifiant existant le plus proche en
        /// suggestion.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Un lien cassé casse l'alignement : l'objectif semble aligné dans le fichier
        /// mais ne se rattache à rien.
    },
}
