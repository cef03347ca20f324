//! T — time-bound: every goal has a date.

pub mod funnel_no_start;
pub mod no_date;
pub mod no_retrospective;
pub mod overdue;
