//! The shell around the core that touches the file system.

mod load;

pub use load::add_bytes;

pub use load::{LoadError, load_paths};
