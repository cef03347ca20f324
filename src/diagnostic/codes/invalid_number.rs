//! `E008` invalid-number: A number that is ambiguous (1,500) or malformed. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
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
}
