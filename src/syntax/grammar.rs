//! The pest parser generated from `grammar/goals.pest`.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/goals.pest"]
pub struct GoalsParser;
