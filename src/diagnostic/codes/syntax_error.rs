//! `E001` syntax-error: A line does not follow the .goals grammar. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective revenue: Grow revenue
    ///   perod: 2026-Q4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective revenue: Grow revenue
    ///   period: 2026-Q4
    /// ```
    code: E001,
    name: "syntax-error",
    family: Structure,
    severity: Error,
}
