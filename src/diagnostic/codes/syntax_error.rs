//! `E001` syntax-error: A line does not follow the .goals grammar. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A line does not follow the .goals grammar.
    ///
    /// ## What it checks
    ///
    /// Reports a line the parser cannot read: a missing `:`, a misspelt keyword, a
    /// value that is not a number. Each bad line gives exactly one diagnostic, at
    /// the first word that does not fit, with what was expected there and, when the
    /// word is close to a keyword, a suggestion; the next lines are read as if
    /// nothing happened.
    ///
    /// ## Why it matters
    ///
    /// A line goalie cannot read is a goal nobody can check: its dates, targets and
    /// links are silently missing from every report.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective revenue: Grow revenue
    ///   perod: 2026-Q4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective revenue: Grow revenue
    ///   period: 2026-Q4
    /// ```
    code: E001,
    name: "syntax-error",
    family: Structure,
    severity: Error,
    fr: {
        /// Une ligne ne suit pas la grammaire des fichiers .goals.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale une ligne que l'analyseur ne sait pas lire : un `:` manquant, un
        /// mot-clé mal orthographié, une valeur qui n'est pas un nombre. Chaque ligne
        /// fautive donne exactement un diagnostic, au premier mot qui ne convient pas,
        /// avec ce qui était attendu et, si le mot ressemble à un mot-clé, une
        /// suggestion ; les lignes suivantes sont lues normalement.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Une ligne illisible est un objectif que personne ne peut vérifier : ses
        /// dates, cibles et liens manquent en silence dans tous les rapports.
    },
}
