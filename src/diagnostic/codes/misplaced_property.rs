//! `E009` misplaced-property: A property that does not apply to its item, or is given twice. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    ///   target: 20 per day
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    /// ```
    code: E009,
    name: "misplaced-property",
    family: Structure,
    severity: Warning,
}
