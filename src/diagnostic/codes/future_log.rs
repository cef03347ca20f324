//! `E013` future-log: A log line dated after today. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
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
}
