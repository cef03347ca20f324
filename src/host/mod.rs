//! The shell around the core that touches the file system.

mod append;
mod load;

pub use append::{AppendError, append_line};
pub use load::add_bytes;

pub use load::{LoadError, load_paths};
