//! The shell around the core that touches the file system.

mod append;
pub mod config;
mod load;
mod watch;
mod write;

pub use append::{AppendError, LockedFile, append_line};
pub use load::{
    LoadError, MAX_FILE_SIZE, Undecodable, add_bytes, add_too_large, decode, display,
    find_goals_files, goals_files_and_near_misses, is_goals_path, load_files, load_paths,
    near_miss,
};
pub use watch::{Change, Watcher, watch};
pub use write::write_atomically;
