//! `E010` unreadable-file: A file that is not UTF-8 text. Reported by the
//! parser or the model; this file declares it with its examples (its prose
//! is in `locales/*/rules.ftl`).

use crate::diagnostic::declare_rule;

declare_rule! {
    code: E010,
    name: "unreadable-file",
    family: Structure,
    severity: Error,
}
