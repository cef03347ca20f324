//! `E007` log-unknown-id: A log line names an id that no item has. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A log line names an id that no item has.
    ///
    /// ## What it checks
    ///
    /// Reports a log line whose id is defined nowhere in the workspace, with the
    /// closest existing id as a suggestion.
    ///
    /// ## Why it matters
    ///
    /// A progress entry that lands nowhere is lost work: the goal it was meant for
    /// looks behind when it is not.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// 2026-11-02 cals 17
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// 2026-11-02 calls 17
    /// ```
    code: E007,
    name: "log-unknown-id",
    family: Structure,
    severity: Error,
    fr: {
        /// Une ligne de journal nomme un identifiant qu'aucun élément ne porte.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale une ligne de journal dont l'identifiant n'est défini nulle part dans
        /// l'espace de travail, avec l'identifiant existant le plus proche en
        /// suggestion.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Un progrès qui n'atterrit nulle part est un travail perdu : l'objectif visé
        /// paraît en retard alors qu'il ne l'est pas.
    },
}
