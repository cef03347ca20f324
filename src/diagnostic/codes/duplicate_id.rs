//! `E002` duplicate-id: Two items share an id; ids are global across the workspace. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
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
}
