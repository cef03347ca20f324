//! Structural rules: the file cannot mean what it says. The parser and the
//! model find these; each file documents one code.

pub mod bidi_control;
pub mod due_outside_period;
pub mod duplicate_id;
pub mod future_log;
pub mod invalid_date;
pub mod invalid_number;
pub mod invalid_value;
pub mod log_before_start;
pub mod log_unit_mismatch;
pub mod log_unknown_id;
pub mod misplaced_property;
pub mod parent_cycle;
pub mod reference_kind;
pub mod start_after_due;
pub mod syntax_error;
pub mod unknown_reference;
pub mod unreadable_file;
