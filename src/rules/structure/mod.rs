//! Structural rules: the file cannot mean what it says. The parser and the
//! model find most of these, and their codes live with the diagnostics
//! (`diagnostic::codes`, re-exported here); the files below are checks
//! over the model.

pub use crate::diagnostic::codes::{
    duplicate_id, future_log, invalid_date, invalid_number, invalid_value, log_unknown_id,
    misplaced_property, parent_cycle, reference_kind, start_after_due, syntax_error,
    unknown_reference, unreadable_file,
};

pub mod bidi_control;
pub mod due_outside_period;
pub mod log_before_start;
pub mod log_unit_mismatch;
