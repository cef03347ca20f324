//! `E002` duplicate-id: Two items share an id; ids are global across the workspace. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// Two items share an id; ids are global across the workspace.
    ///
    /// ## What it checks
    ///
    /// Reports an item whose id is already used by another item, in the same file
    /// or in any other `.goals` file of the workspace, and points at the first
    /// definition. References and log lines go to the first one.
    ///
    /// ## Why it matters
    ///
    /// Log lines and links name items by id: with two items behind one id, progress
    /// is credited to the wrong goal.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// activity calls: Call customers
    ///   target: 5 per weekday
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// activity prospect-calls: Call prospects
    ///   target: 20 per weekday
    /// activity customer-calls: Call customers
    ///   target: 5 per weekday
    /// ```
    code: E002,
    name: "duplicate-id",
    family: Structure,
    severity: Error,
    fr: {
        /// Deux éléments ont le même identifiant ; les identifiants sont uniques dans
        /// tout l'espace de travail.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un élément dont l'identifiant est déjà pris par un autre élément,
        /// dans le même fichier ou dans un autre fichier `.goals` de l'espace de
        /// travail, et montre la première définition. Références et lignes de journal
        /// vont à la première.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Les lignes de journal et les liens désignent les éléments par leur
        /// identifiant : avec deux éléments derrière un identifiant, les progrès sont
        /// attribués au mauvais objectif.
    },
}
