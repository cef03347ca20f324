//! The shell around the core that touches the file system.

pub mod config;
mod load;
mod locked;
mod read;
mod watch;
mod write;

pub use load::{
    LoadError, MAX_FILE_SIZE, Undecodable, add_bytes, add_too_large, decode, display,
    find_goals_files, goals_files_and_near_misses, is_goals_path, load_files, load_paths,
    near_miss,
};
pub use locked::{LockedFile, WriteError, append_line, rewrite};
pub use read::{Bounded, read_bounded};
pub use watch::{Change, Watcher, watch};
pub use write::write_atomically;
