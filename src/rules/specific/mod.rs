//! S — specific: a goal names what concretely changes.

pub mod vague_wording;
