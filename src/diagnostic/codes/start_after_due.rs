//! `E006` start-after-due: An item starts after it is due, or a range ends before it starts. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective launch: Launch the partner programme
    ///   start: 2026-12-15
    ///   due: 2026-12-01
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective launch: Launch the partner programme
    ///   start: 2026-11-15
    ///   due: 2026-12-01
    /// ```
    code: E006,
    name: "start-after-due",
    family: Structure,
    severity: Error,
}
