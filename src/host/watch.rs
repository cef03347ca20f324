//! Tells when the `.goals` files (or `goalie.toml`) under some paths
//! change, through notify and its debouncer.

use std::path::{Path, PathBuf};
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

/// What the watcher reports, from its own thread.
#[derive(Debug)]
pub enum Change {
    /// Files or folders that matter changed, were created, renamed or
    /// deleted.
    Paths(Vec<PathBuf>),
    /// The watcher itself had a problem (too many files to watch…).
    Error(String),
}

/// Watches until dropped.
pub struct Watcher {
    _debouncer: Debouncer<notify_debouncer_full::notify::RecommendedWatcher, RecommendedCache>,
}

/// How long the file system must stay quiet before a change is reported:
/// an editor's save (write a temporary file, rename it over) is one change.
const QUIET: Duration = Duration::from_millis(200);

/// Starts watching: folders with everything below them, files through
/// their folder (an editor's save replaces the file, and a watch on the old
/// file would be lost). `report` is called after each burst of changes.
pub fn watch(
    paths: &[PathBuf],
    mut report: impl FnMut(Change) + Send + 'static,
) -> Result<Watcher, String> {
    let mut roots: Vec<(PathBuf, RecursiveMode)> = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for path in paths {
        let absolute = std::path::absolute(path).map_err(|e| e.to_string())?;
        if absolute.is_dir() {
            roots.push((absolute, RecursiveMode::Recursive));
        } else {
            let dir = absolute.parent().unwrap_or(Path::new("/")).to_path_buf();
            roots.push((dir, RecursiveMode::NonRecursive));
            files.push(absolute);
        }
    }
    let watched_dirs: Vec<PathBuf> = roots
        .iter()
        .filter(|(_, mode)| *mode == RecursiveMode::Recursive)
        .map(|(dir, _)| dir.clone())
        .collect();
    let handler = move |result: DebounceEventResult| match result {
        Ok(events) => {
            let changed: Vec<PathBuf> = events
                .into_iter()
                .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                .flat_map(|e| e.event.paths)
                .filter(|p| matters(p, &watched_dirs, &files))
                .collect();
            if !changed.is_empty() {
                report(Change::Paths(changed));
            }
        }
        Err(errors) => {
            let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
            report(Change::Error(text.join("; ")));
        }
    };
    let mut debouncer = new_debouncer(QUIET, None, handler).map_err(|e| e.to_string())?;
    for (dir, mode) in roots {
        debouncer
            .watch(&dir, mode)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    Ok(Watcher {
        _debouncer: debouncer,
    })
}

/// Whether a changed path can change what goalie reports: a `.goals` file,
/// a `goalie.toml`, or a folder (created, or gone with what it held).
fn matters(path: &Path, watched_dirs: &[PathBuf], files: &[PathBuf]) -> bool {
    if files.iter().any(|f| f == path) {
        return true;
    }
    if !watched_dirs.iter().any(|d| path.starts_with(d)) {
        // A sibling of a watched file, in a folder watched for its sake.
        return path.file_name().is_some_and(|n| n == "goalie.toml");
    }
    let ext = path.extension();
    ext.is_some_and(|e| e.eq_ignore_ascii_case("goals"))
        || path.file_name().is_some_and(|n| n == "goalie.toml")
        || path.is_dir()
        || (ext.is_none() && !path.exists())
}
