//! `E011` invalid-value: A value that cannot mean anything here, such as a 150% confidence. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A value that cannot mean anything here, such as a 150% confidence.
    ///
    /// ## What it checks
    ///
    /// Reports values outside what their place allows: a confidence outside 0–100%
    /// or not written as a percentage or fraction, a conversion rate outside
    /// 0–100%, a zero or negative rate, interval, weight or per-unit value, and two
    /// different units in one value (`€50%`).
    ///
    /// ## Why it matters
    ///
    /// Such a value would make every computation built on it wrong without a
    /// visible sign.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    /// 2026-11-06 o confidence 150%
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    /// 2026-11-06 o confidence 50%
    /// ```
    code: E011,
    name: "invalid-value",
    family: Structure,
    severity: Error,
    fr: {
        /// Une valeur qui ne peut rien signifier ici, comme une confiance de 150 %.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale les valeurs hors de ce que leur place permet : une confiance hors de
        /// 0–100 % ou écrite autrement qu'en pourcentage ou en fraction, un taux de
        /// conversion hors de 0–100 %, un rythme, intervalle, poids ou valeur unitaire
        /// nul ou négatif, et deux unités dans une valeur (`€50%`).
        ///
        /// ## Pourquoi c'est important
        ///
        /// Une telle valeur fausserait sans signe visible tous les calculs qui en
        /// dépendent.
    },
}
