//! Finds `.goals` files and reads them into a [`Workspace`].

use std::path::{Path, PathBuf};

use crate::analysis::Workspace;
use crate::i18n::{Arg, Message, msg};
use crate::text::TextRange;

/// A path that could not be read at all: the run cannot go on.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct LoadError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

/// The largest `.goals` file goalie reads: 64 MiB. A larger file is added
/// as unreadable, with a diagnostic naming the limit, and is never read.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Loads explicit files as given and every `.goals` file under directories
/// (see [`find_goals_files`]). Files that are not UTF-8 text are added as
/// unreadable, with a diagnostic; missing paths and I/O failures are errors.
/// Returns the paths of the files added, in the order of their file ids.
pub fn load_paths(paths: &[PathBuf], workspace: &mut Workspace) -> Result<Vec<PathBuf>, LoadError> {
    let files = find_goals_files(paths)?;
    load_files(&files, workspace)?;
    Ok(files)
}

/// Loads files found by [`find_goals_files`] or [`goals_files_and_near_misses`].
pub fn load_files(files: &[PathBuf], workspace: &mut Workspace) -> Result<(), LoadError> {
    for path in files {
        let loaded = read_goals_file(path).map_err(|source| LoadError {
            path: display(path),
            source,
        })?;
        add_loaded(workspace, display(path), loaded);
    }
    Ok(())
}

/// One `.goals` file as read from disk: its text, or why it is not text
/// (not UTF-8, binary, over [`MAX_FILE_SIZE`]: never read then), with the
/// diagnostic to show in its place.
pub enum Loaded {
    Text(String),
    Unreadable(Undecodable),
}

/// Reads one `.goals` file: the one reader of the CLI and the language
/// server. Only I/O failures (a missing file, no permission) are errors.
pub fn read_goals_file(path: &Path) -> std::io::Result<Loaded> {
    let unreadable = |message| {
        Loaded::Unreadable(Undecodable {
            shown: String::new(),
            range: TextRange::empty(0),
            message,
        })
    };
    Ok(match super::read_bounded(path, MAX_FILE_SIZE)? {
        super::Bounded::Bytes(bytes) => match decode(bytes) {
            Ok(text) => Loaded::Text(text),
            Err(u) => Loaded::Unreadable(u),
        },
        super::Bounded::TooLarge(size) => unreadable(too_large(size)),
        super::Bounded::NotAFile => unreadable(not_a_file()),
    })
}

/// Adds a file as [`read_goals_file`] read it.
pub fn add_loaded(
    workspace: &mut Workspace,
    name: String,
    loaded: Loaded,
) -> crate::diagnostic::FileId {
    match loaded {
        Loaded::Text(text) => workspace.add_file(name, text),
        Loaded::Unreadable(u) => workspace.add_unreadable(name, u.shown, u.range, u.message),
    }
}

/// Replaces a file's content with what [`read_goals_file`] read.
pub fn set_loaded(workspace: &mut Workspace, id: crate::diagnostic::FileId, loaded: Loaded) {
    match loaded {
        Loaded::Text(text) => workspace.set_text(id, text),
        Loaded::Unreadable(u) => workspace.set_unreadable(id, u.shown, u.range, u.message),
    }
}

/// Explicit files as given and every `.goals` file under directories
/// (honouring .gitignore, .ignore and hidden files), in a stable order,
/// each once.
pub fn find_goals_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    find_goals_files_to_depth(paths, None)
}

/// [`find_goals_files`], at most `depth` folders down (`Some(1)`: a
/// folder's own files, for a folder that may be a home folder).
pub fn find_goals_files_to_depth(
    paths: &[PathBuf],
    depth: Option<usize>,
) -> Result<Vec<PathBuf>, LoadError> {
    walk(paths, depth).map(|(files, _)| files)
}

/// Whether a file name ends in `.goals`, in any case (`PLAN.GOALS`).
pub fn is_goals_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("goals"))
}

/// The name a file was probably meant to have when it is not read but
/// looks like a plan: `plan.goals.txt`, `objectifs.goals.md` (an editor
/// added an extension) or `plan.goal` give `plan.goals`,
/// `objectifs.goals`.
pub fn near_miss(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let lower = name.to_ascii_lowercase();
    if let Some(at) = lower.find(".goals.") {
        return Some(name[..at + ".goals".len()].to_string());
    }
    lower
        .strip_suffix(".goal")
        .map(|_| format!("{}.goals", &name[..name.len() - ".goal".len()]))
}

/// [`find_goals_files`], and the files under the directories that look
/// like plans but are not read ([`near_miss`]), in the same walk.
pub fn goals_files_and_near_misses(
    paths: &[PathBuf],
) -> Result<(Vec<PathBuf>, Vec<PathBuf>), LoadError> {
    walk(paths, None)
}

fn walk(
    paths: &[PathBuf],
    depth: Option<usize>,
) -> Result<(Vec<PathBuf>, Vec<PathBuf>), LoadError> {
    let mut near_misses = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|source| LoadError {
            path: display(path),
            source,
        })?;
        if meta.is_dir() {
            let walker = ignore::WalkBuilder::new(path)
                .require_git(false)
                .max_depth(depth)
                .sort_by_file_name(|a, b| a.cmp(b))
                .build();
            for entry in walker {
                let entry = entry.map_err(|e| LoadError {
                    path: display(path),
                    source: e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("cannot walk the directory")),
                })?;
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && is_goals_path(entry.path()) {
                    files.push(entry.into_path());
                } else if is_file && near_miss(entry.path()).is_some() {
                    near_misses.push(entry.into_path());
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    files.retain(|path| seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())));
    Ok((files, near_misses))
}

/// Adds a file too large to read, with a diagnostic naming the limit.
pub fn add_too_large(workspace: &mut Workspace, name: String, size: u64) {
    workspace.add_unreadable(name, String::new(), TextRange::empty(0), too_large(size));
}

/// What a file over [`MAX_FILE_SIZE`] gets instead of being read.
fn too_large(size: u64) -> Message {
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    // One decimal, written the reader's way (`65.0`, `65,0`).
    msg!(
        host_file_too_large,
        size = Arg::Fixed(mib(size), 1),
        limit = mib(MAX_FILE_SIZE)
    )
}

/// What a path that is not a regular file gets instead of being read.
fn not_a_file() -> Message {
    msg!(host_this_not_regular_file)
}

/// A file's bytes that are not UTF-8 text: a lossy rendering to point
/// into, the place of the problem, and what it is.
pub struct Undecodable {
    pub shown: String,
    pub range: TextRange,
    pub message: Message,
}

/// A file's bytes as text, when they are UTF-8 text without NUL bytes.
pub fn decode(bytes: Vec<u8>) -> Result<String, Undecodable> {
    if let Some(nul) = memchr::memchr(0, &bytes) {
        let shown = String::from_utf8_lossy(&bytes[..nul]).into_owned();
        let at = shown.len();
        return Err(Undecodable {
            shown,
            range: TextRange::empty(at),
            message: msg!(host_this_binary_file_not),
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let shown = String::from_utf8_lossy(&bytes).into_owned();
        // The lossy text matches the original up to the first bad byte.
        let at = valid;
        let end = shown[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        Undecodable {
            shown,
            range: TextRange::new(at, end),
            message: msg!(host_this_file_not_valid),
        }
    })
}

/// Adds a file's bytes, as text when they are UTF-8 text.
pub fn add_bytes(workspace: &mut Workspace, name: String, bytes: Vec<u8>) {
    match decode(bytes) {
        Ok(text) => {
            workspace.add_file(name, text);
        }
        Err(u) => {
            workspace.add_unreadable(name, u.shown, u.range, u.message);
        }
    }
}

/// How a path is named in messages: as given, without a leading `./`.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy();
    s.strip_prefix("./")
        .map(str::to_string)
        .unwrap_or_else(|| s.into_owned())
}
