//! The shell around the core that touches the file system.

mod load;
mod write;

pub use load::{LoadError, add_bytes, display, find_goals_files, load_paths};
pub use write::write_atomically;
