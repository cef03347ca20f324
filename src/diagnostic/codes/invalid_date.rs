//! `E005` invalid-date: A date that does not exist, such as 2026-02-30. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
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
}
