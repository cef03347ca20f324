//! `E008` invalid-number: A number that is ambiguous (1,500) or malformed. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A number that is ambiguous (1,500) or malformed.
    ///
    /// ## What it checks
    ///
    /// Reports numbers that could be read two ways — a single `,` or `.` followed
    /// by exactly three digits, as in `1,500` (1500 in English, 1.5 in French) —
    /// digit groups that are not of three digits, and numbers too large to
    /// represent. A leading currency symbol (`$1,500`) settles the English reading.
    ///
    /// ## Why it matters
    ///
    /// Guessing wrong would silently change a target a thousandfold.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// kr deals: Sign big deals
    ///   metric: 0 -> 1,500 EUR
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// kr deals: Sign big deals
    ///   metric: 0 -> 1 500 EUR
    /// ```
    code: E008,
    name: "invalid-number",
    family: Structure,
    severity: Error,
    fr: {
        /// Un nombre ambigu (1,500) ou mal formé.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale les nombres qui se lisent de deux façons — une seule `,` ou un seul
        /// `.` suivi d'exactement trois chiffres, comme `1,500` (1500 en anglais, 1,5
        /// en français) —, les groupes de chiffres qui n'en ont pas trois et les
        /// nombres trop grands. Un symbole monétaire en tête (`$1,500`) tranche pour la
        /// lecture anglaise.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Se tromper changerait la cible d'un facteur mille, sans bruit.
    },
}
