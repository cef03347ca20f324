//! `E013` future-log: A log line dated after today. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A log line dated after today.
    ///
    /// ## What it checks
    ///
    /// Reports a log line whose date comes after today (the day given by `--today`
    /// or the configuration, else the system's).
    ///
    /// ## Why it matters
    ///
    /// Progress logged in the future is a typo in the date, and it inflates today's
    /// numbers.
    ///
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// 2027-11-02 calls 17
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// 2026-11-02 calls 17
    /// ```
    code: E013,
    name: "future-log",
    family: Structure,
    severity: Warning,
    fr: {
        /// Une ligne de journal datée après aujourd'hui.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale une ligne de journal datée après aujourd'hui (le jour donné par
        /// `--today` ou la configuration, sinon celui du système).
        ///
        /// ## Pourquoi c'est important
        ///
        /// Un progrès noté dans le futur est une faute de frappe dans la date, et il
        /// gonfle les chiffres du jour.
    },
}
