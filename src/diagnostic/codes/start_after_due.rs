//! `E006` start-after-due: An item starts after it is due, or a range ends before it starts. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// An item starts after it is due, or a range ends before it starts.
    ///
    /// ## What it checks
    ///
    /// Reports an item whose `start:` comes after its `due:` (or after the end of
    /// its `period:`), and a date range written backwards
    /// (`2026-12-31..2026-10-01`).
    ///
    /// ## Why it matters
    ///
    /// A goal that ends before it starts has no time to happen: every pace and
    /// forecast computed on it is meaningless.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective launch: Launch the partner programme
    ///   start: 2026-12-15
    ///   due: 2026-12-01
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective launch: Launch the partner programme
    ///   start: 2026-11-15
    ///   due: 2026-12-01
    /// ```
    code: E006,
    name: "start-after-due",
    family: Structure,
    severity: Error,
    fr: {
        /// Un élément commence après son échéance, ou une plage finit avant de
        /// commencer.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un élément dont le `début:` vient après son `échéance:` (ou après la
        /// fin de sa `période:`), et une plage de dates écrite à l'envers
        /// (`2026-12-31..2026-10-01`).
        ///
        /// ## Pourquoi c'est important
        ///
        /// Un objectif qui finit avant de commencer n'a pas de temps pour se réaliser :
        /// tout rythme ou prévision calculé dessus n'a pas de sens.
    },
}
