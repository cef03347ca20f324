//! The shell around the core that touches the file system.

mod append;
pub mod config;
mod load;
mod write;

pub use append::{AppendError, append_line};
pub use load::{LoadError, add_bytes, load_paths};
pub use write::write_atomically;
