//! `E011` invalid-value: A value that cannot mean anything here, such as a 150% confidence. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    /// 2026-11-06 o confidence 150%
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective o: Grow revenue
    ///   period: 2026-Q4
    /// 2026-11-06 o confidence 50%
    /// ```
    code: E011,
    name: "invalid-value",
    family: Structure,
    severity: Error,
}
