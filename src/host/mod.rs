//! The shell around the core that touches the file system.

pub mod config;
mod load;
mod write;

pub use load::{LoadError, add_bytes, load_paths};
pub use write::write_atomically;
