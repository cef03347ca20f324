//! Review: goals are checked in on regularly.

pub mod stale;
