//! M — measurable: a goal can be checked against a number.

pub mod activity_no_target;
pub mod change_without_number;
pub mod direction_contradiction;
pub mod guardrail_mismatch;
pub mod kr_no_measure;
pub mod no_baseline;
pub mod title_number_mismatch;
pub mod unit_mismatch;
pub mod unnamed_measure;
