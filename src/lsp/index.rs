//! The workspace index: every `.goals` file under the workspace folders
//! (ids are global and log lines often live in other files) and the
//! goalie.toml in force, read from disk and kept fresh by file events.
//! The server's one place of disk I/O, through the CLI's loader
//! (`host::load`: .gitignore honoured, files over the size limit an `E010`
//! diagnostic): everything is read here, outside the state's lock, and
//! then applied to the state in memory.

use std::path::{Path, PathBuf};

use super::snapshot::ConfigFile;
use super::state::State;
use crate::host::config::{FILE_NAME, Source, load};
use crate::host::{Loaded, find_goals_files_to_depth, read_goals_file};

/// Reads every `.goals` file under the roots: done outside the lock, the
/// files are added afterwards (skipping those the editor opened meanwhile).
/// The problems are folders that cannot be walked and files that cannot be
/// read at all (for the log); unreadable and oversized files are files,
/// with their diagnostic.
pub fn scan(roots: &[PathBuf]) -> (Vec<(PathBuf, Loaded)>, Vec<String>) {
    scan_to_depth(roots, None)
}

fn scan_to_depth(roots: &[PathBuf], depth: Option<usize>) -> (Vec<(PathBuf, Loaded)>, Vec<String>) {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for root in roots {
        let found = match find_goals_files_to_depth(std::slice::from_ref(root), depth) {
            Ok(found) => found,
            Err(e) => {
                problems.push(format!("{}: {}", e.path, e.source));
                continue;
            }
        };
        for path in found {
            match read_goals_file(&path) {
                Ok(loaded) => files.push((std::path::absolute(&path).unwrap_or(path), loaded)),
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
    }
    (files, problems)
}

/// What a file opened alone brings: its folder's goalie.toml and `.goals`
/// files (not those of subfolders: the folder may be a home folder).
pub fn adopt(dir: &Path) -> (ConfigFile, Vec<(PathBuf, Loaded)>) {
    let roots = [dir.to_path_buf()];
    (load_config(&roots), scan_to_depth(&roots, Some(1)).0)
}

/// One file as the disk holds it now; `None` when it cannot be read
/// (deleted, a folder, no permission).
pub fn read(path: &Path) -> Option<Loaded> {
    read_goals_file(path).ok()
}

/// The goalie.toml for the first root (goalie reads one configuration per
/// workspace): GOALIE_CONFIG, else the nearest one at or above the root.
pub fn load_config(roots: &[PathBuf]) -> ConfigFile {
    match load(Source::Search(roots)) {
        Ok((settings, path)) => ConfigFile {
            path,
            settings,
            error: None,
        },
        Err(e) => ConfigFile {
            path: Some(e.path.clone()),
            settings: Default::default(),
            error: Some((e.path, e.error.line, e.error.column, e.error.message)),
        },
    }
}

pub fn is_config(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == FILE_NAME)
}

/// A file event, with what the disk holds, read before taking the lock.
pub enum Event {
    Config(Box<ConfigFile>),
    Changed(PathBuf, Option<Loaded>),
    /// A file or folder that no longer exists.
    Removed(PathBuf),
    Ignored,
}

/// Reads what a file event from the client or from notify brought.
pub fn read_event(roots: &[PathBuf], path: &Path, exists: bool) -> Event {
    if is_config(path) {
        Event::Config(Box::new(load_config(roots)))
    } else if exists {
        Event::Changed(path.to_path_buf(), read(path))
    } else if !path.exists() {
        Event::Removed(path.to_path_buf())
    } else {
        Event::Ignored
    }
}

/// Applies a file event, in memory.
pub fn apply(state: &mut State, event: Event) {
    match event {
        Event::Config(config) => {
            state.config = *config;
            state.touch();
        }
        Event::Changed(path, loaded) => state.disk_changed(&path, loaded),
        Event::Removed(path) => {
            // A deleted folder takes its files with it.
            let gone: Vec<PathBuf> = state
                .entries
                .iter()
                .filter(|e| !e.gone && !e.open)
                .filter_map(|e| e.path.clone())
                .filter(|p| p.starts_with(&path))
                .collect();
            for p in gone {
                state.disk_removed(&p);
            }
        }
        Event::Ignored => {}
    }
}
