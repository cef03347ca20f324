//! S — specific: a goal names what concretely changes.

pub mod business_as_usual;
pub mod short_title;
pub mod vague_wording;
pub mod wishful_goal;
