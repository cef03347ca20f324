//! S — specific: a goal names what concretely changes.

pub mod business_as_usual;
pub mod guardrails_only;
pub mod short_title;
pub mod topic_title;
pub mod vague_objective;
pub mod vague_wording;
pub mod wishful_goal;
