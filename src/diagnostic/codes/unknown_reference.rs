//! `E003` unknown-reference: `parent:` or `supports:` names an id that no item has. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective company-growth: Grow the company
    ///   period: 2026
    /// objective team: Grow the team's revenue
    ///   period: 2026-Q4
    ///   parent: company-grwoth
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective company-growth: Grow the company
    ///   period: 2026
    /// objective team: Grow the team's revenue
    ///   period: 2026-Q4
    ///   parent: company-growth
    /// ```
    code: E003,
    name: "unknown-reference",
    family: Structure,
    severity: Error,
}
