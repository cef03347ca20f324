//! `E005` invalid-date: A date that does not exist, such as 2026-02-30. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A date that does not exist, such as 2026-02-30.
    ///
    /// ## What it checks
    ///
    /// Reports days, months, ISO weeks, quarters and half-years that do not exist:
    /// 30 February, month 13, week 53 of a year that has 52, quarter 5.
    ///
    /// ## Why it matters
    ///
    /// An impossible deadline cannot be planned against; goalie refuses to guess
    /// what was meant.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective o: Close the year strong
    ///   due: 2026-02-30
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective o: Close the year strong
    ///   due: 2026-02-28
    /// ```
    code: E005,
    name: "invalid-date",
    family: Structure,
    severity: Error,
    fr: {
        /// Une date qui n'existe pas, comme le 2026-02-30.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale les jours, mois, semaines ISO, trimestres et semestres qui
        /// n'existent pas : le 30 février, le mois 13, la semaine 53 d'une année qui en
        /// a 52, le trimestre 5.
        ///
        /// ## Pourquoi c'est important
        ///
        /// Une échéance impossible ne se planifie pas ; goalie refuse de deviner ce qui
        /// était voulu.
    },
}
