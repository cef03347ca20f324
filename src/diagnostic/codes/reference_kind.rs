//! `E012` reference-kind: A link to an item of the wrong kind, such as `parent:` naming an activity. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// activity calls: Call prospects
    ///   target: 20 per weekday
    /// objective o: Win new customers
    ///   parent: calls
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective company: Grow the company
    ///   period: 2026
    /// objective o: Win new customers
    ///   parent: company
    /// ```
    code: E012,
    name: "reference-kind",
    family: Structure,
    severity: Error,
}
