//! Finds `.goals` files and reads them into a [`Workspace`].

use std::path::{Path, PathBuf};

use crate::analysis::Workspace;
use crate::i18n::Message;
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
        let read = super::read_bounded(path, MAX_FILE_SIZE).map_err(|source| LoadError {
            path: display(path),
            source,
        })?;
        match read {
            super::Bounded::Bytes(bytes) => add_bytes(workspace, display(path), bytes),
            super::Bounded::TooLarge(size) => add_too_large(workspace, display(path), size),
            super::Bounded::NotAFile => add_not_a_file(workspace, display(path)),
        }
    }
    Ok(())
}

/// Explicit files as given and every `.goals` file under directories
/// (honouring .gitignore, .ignore and hidden files), in a stable order,
/// each once.
pub fn find_goals_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    goals_files_and_near_misses(paths).map(|(files, _)| files)
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
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    let (size, limit) = (mib(size), mib(MAX_FILE_SIZE));
    workspace.add_unreadable(
        name,
        String::new(),
        TextRange::empty(0),
        Message::new(
            format!(
                "this file is {size:.1} MiB, over the {limit:.0} MiB limit for a .goals file: split it (a log file per year, for instance)"
            ),
            format!(
                "ce fichier fait {size:.1} Mio, au-delà de la limite de {limit:.0} Mio pour un fichier .goals : découpez-le (un journal par année, par exemple)"
            ),
        ),
    );
}

/// Adds a path that names a device, a pipe or a socket, unread.
pub fn add_not_a_file(workspace: &mut Workspace, name: String) {
    workspace.add_unreadable(
        name,
        String::new(),
        TextRange::empty(0),
        Message::new(
            "this is not a regular file (a device, a pipe or a socket): goalie reads only regular .goals files",
            "ce n'est pas un fichier ordinaire (un périphérique, un tube ou une socket) : goalie ne lit que des fichiers .goals ordinaires",
        ),
    );
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
            message: Message::new(
                "this is a binary file, not a .goals text file (it contains a NUL byte here)",
                "ce fichier est binaire, pas un fichier texte .goals (il contient ici un octet NUL)",
            ),
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
            message: Message::new(
                "this file is not valid UTF-8 text; save it as UTF-8",
                "ce fichier n'est pas du texte UTF-8 valide ; enregistrez-le en UTF-8",
            ),
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
