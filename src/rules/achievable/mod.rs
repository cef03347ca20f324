//! A — achievable and ambitious: out of reach is as bad as no stretch.

pub mod already_reached;
pub mod implausible_target;
pub mod not_ambitious;
pub mod unrealistic_pace;
