//! `E007` log-unknown-id: A log line names an id that no item has. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
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
}
