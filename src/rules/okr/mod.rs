//! OKR shape: an objective with a few measurable key results, owned and declared.

pub mod kr_count;
pub mod no_commitment;
pub mod no_owner;
pub mod numeric_objective;
pub mod task_like_kr;
pub mod too_many_objectives;
