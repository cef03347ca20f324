//! `E004` parent-cycle: Following `parent:` links leads back to where it started. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective a: Win the French market
    ///   parent: b
    /// objective b: Grow in Europe
    ///   parent: a
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective a: Win the French market
    ///   parent: b
    /// objective b: Grow in Europe
    /// ```
    code: E004,
    name: "parent-cycle",
    family: Structure,
    severity: Error,
}
