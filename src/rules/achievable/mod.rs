//! A — achievable and ambitious: out of reach is as bad as no stretch.

pub mod activity_too_small;
pub mod already_reached;
pub mod funnel_conversion;
pub mod implausible_target;
pub mod not_ambitious;
pub mod unrealistic_pace;
