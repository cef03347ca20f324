//! `E004` parent-cycle: Following `parent:` links leads back to where it started. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// Following `parent:` links leads back to where it started.
    ///
    /// ## What it checks
    ///
    /// Follows each objective's `parent:` link (and each key result up to its
    /// objective) and reports each loop once, on the `parent:` link of its first
    /// item in the workspace; the message names the first five ids of the loop and
    /// counts the others.
    ///
    /// ## Why it matters
    ///
    /// Alignment is a tree from the company's goals down to each team's; a loop has
    /// no top, so nothing in it rolls up anywhere.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective a: Win the French market
    ///   parent: b
    /// objective b: Grow in Europe
    ///   parent: a
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective a: Win the French market
    ///   parent: b
    /// objective b: Grow in Europe
    /// ```
    code: E004,
    name: "parent-cycle",
    family: Structure,
    severity: Error,
    fr: {
        /// Les liens `parent:` ramènent à leur point de départ.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Suit le lien `parent:` de chaque objectif (et chaque résultat clé jusqu'à
        /// son objectif) et signale chaque boucle une fois, sur le lien `parent:` de
        /// son premier élément dans l'espace de travail ; le message nomme les cinq
        /// premiers identifiants de la boucle et compte les autres.
        ///
        /// ## Pourquoi c'est important
        ///
        /// L'alignement est un arbre qui descend des objectifs de l'entreprise vers
        /// ceux de chaque équipe ; une boucle n'a pas de sommet, rien n'y remonte nulle
        /// part.
    },
}
