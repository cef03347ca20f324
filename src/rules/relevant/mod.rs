//! R — relevant: every goal serves a higher one.

pub mod activity_supports_nothing;
pub mod funnel_supports_nothing;
pub mod kr_outside_objective;
pub mod objective_no_parent;
pub mod objective_no_why;
pub mod only_financial;
pub mod why_no_reason;
