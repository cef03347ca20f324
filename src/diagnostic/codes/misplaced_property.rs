//! `E009` misplaced-property: A property that does not apply to its item, or is given twice. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A property that does not apply to its item, or is given twice.
    ///
    /// ## What it checks
    ///
    /// Reports a property on an item kind that does not take it (`target:` on an
    /// objective, `metric:` on an activity), a property given twice (the first one
    /// counts), a second measure on a key result, and an objective both committed
    /// and aspirational. The ignored line has no effect.
    ///
    /// ## Why it matters
    ///
    /// An ignored line looks like it means something; the warning says it does not.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    ///   target: 20 per day
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    /// ```
    code: E009,
    name: "misplaced-property",
    family: Structure,
    severity: Warning,
    fr: {
        /// Une propriété qui ne s'applique pas à son élément, ou donnée deux fois.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale une propriété sur un type d'élément qui ne la prend pas (`cible:`
        /// sur un objectif, `mesure:` sur une activité), une propriété donnée deux fois
        /// (la première compte), une seconde mesure sur un résultat clé, et un objectif
        /// à la fois engagé et ambitieux. La ligne ignorée n'a aucun effet.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Une ligne ignorée a l'air de compter ; l'avertissement dit qu'elle ne compte
        /// pas.
    },
}
