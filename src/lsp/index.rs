//! The workspace index: every `.goals` file under the workspace folders
//! (ids are global and log lines often live in other files) and the
//! goalie.toml in force, read from disk and kept fresh by file events.

use std::path::{Path, PathBuf};

use super::state::{ConfigFile, State};
use crate::host::config::{FILE_NAME, Source, load};

/// Reads every `.goals` file under the roots: done outside the lock, the
/// files are added afterwards (skipping those the editor opened meanwhile).
pub fn scan(roots: &[PathBuf]) -> (Vec<(PathBuf, Vec<u8>)>, Vec<String>) {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for root in roots {
        let found = match crate::host::find_goals_files(std::slice::from_ref(root)) {
            Ok(found) => found,
            Err(e) => {
                problems.push(format!("{}: {}", e.path, e.source));
                continue;
            }
        };
        for path in found {
            let size = std::fs::metadata(&path).map_or(0, |m| m.len());
            if size > crate::host::MAX_FILE_SIZE {
                problems.push(format!(
                    "{}: skipped, larger than {} MiB",
                    path.display(),
                    crate::host::MAX_FILE_SIZE / (1024 * 1024)
                ));
                continue;
            }
            match std::fs::read(&path) {
                Ok(bytes) => files.push((std::path::absolute(&path).unwrap_or(path), bytes)),
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
    }
    (files, problems)
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

/// Applies a file event from the client or from notify.
pub fn apply(state: &mut State, path: &Path, exists: bool) {
    if is_config(path) {
        state.config = load_config(&state.roots);
        state.touch();
    } else if exists {
        state.disk_changed(path);
    } else if path.is_dir() || !path.exists() {
        // A deleted folder takes its files with it.
        let gone: Vec<PathBuf> = state
            .entries
            .iter()
            .filter(|e| !e.gone && !e.open)
            .filter_map(|e| e.path.clone())
            .filter(|p| p.starts_with(path) && !p.exists())
            .collect();
        for p in gone {
            state.disk_removed(&p);
        }
    }
}
