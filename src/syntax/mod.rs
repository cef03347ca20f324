//! Syntax: the pest grammar, the chunked concrete syntax tree and the
//! never-failing, incremental parser.

mod error;
mod grammar;
pub mod id;
pub mod keywords;
mod parser;
mod tree;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use grammar::{GoalsParser, Rule};
pub use parser::{Reparsed, parse};
pub(crate) use parser::{concat, fast_log_nodes};
pub use tree::{Chunk, ChunkKind, Parse, Siblings, SyntaxNode};
