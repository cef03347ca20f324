//! Appends one line to a text file safely: under an exclusive lock, through
//! a temporary file in the same directory renamed over the original, so a
//! crash never leaves half a line and concurrent writers never lose one.
//!
//! Every byte already in the file is kept. The one change besides the new
//! line: a file that does not end with a line break gets one before it.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::i18n::Message;

#[derive(Debug)]
pub enum AppendError {
    /// The file is read-only: nothing was written.
    ReadOnly(PathBuf),
    /// Reading, locking or writing failed: the file is as it was.
    Io(PathBuf, std::io::Error),
}

impl AppendError {
    pub fn message(&self) -> Message {
        match self {
            AppendError::ReadOnly(path) => {
                let path = path.display();
                Message::new(
                    format!("error: {path} is read-only; nothing was written"),
                    format!("erreur : {path} est en lecture seule ; rien n'a été écrit"),
                )
            }
            AppendError::Io(path, e) => {
                let path = path.display();
                Message::new(
                    format!("error: cannot write to {path}: {e}; the file is unchanged"),
                    format!(
                        "erreur : impossible d'écrire dans {path} : {e} ; le fichier est inchangé"
                    ),
                )
            }
        }
    }
}

/// How many times to retry when another writer replaced the file while we
/// waited for its lock.
const RETRIES: usize = 1000;

/// A file held under an exclusive lock: its bytes as read under the lock,
/// and the means to replace them atomically before the lock is released.
/// `goalie log` appends through it and `goalie import` rewrites through it,
/// so the two never lose each other's lines.
pub struct LockedFile {
    /// The file the path names (symbolic links followed).
    real: PathBuf,
    /// As given, for messages.
    path: PathBuf,
    /// The open, locked file; closing it releases the lock.
    file: File,
    text: Vec<u8>,
}

impl LockedFile {
    /// Opens and locks the file at `path` and reads it. Refuses read-only
    /// files.
    pub fn open(path: &Path) -> Result<LockedFile, AppendError> {
        let io = |e| AppendError::Io(path.to_path_buf(), e);
        // Write through symbolic links, to the file they name.
        let real = std::fs::canonicalize(path).map_err(io)?;
        for _ in 0..RETRIES {
            let mut file = match OpenOptions::new().read(true).write(true).open(&real) {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                    return Err(AppendError::ReadOnly(path.to_path_buf()));
                }
                Err(e) => return Err(io(e)),
            };
            let meta = file.metadata().map_err(io)?;
            // Even where the system would let us (as root), a read-only file
            // says "do not change me".
            if meta.permissions().readonly() {
                return Err(AppendError::ReadOnly(path.to_path_buf()));
            }
            file.lock().map_err(io)?;
            // Another writer may have renamed a new file over this one while
            // we waited: then our lock guards a file nobody reads any more.
            if !is_current(&file, &real).map_err(io)? {
                continue;
            }
            let mut text = Vec::new();
            file.read_to_end(&mut text).map_err(io)?;
            return Ok(LockedFile {
                real,
                path: path.to_path_buf(),
                file,
                text,
            });
        }
        Err(io(std::io::Error::other(
            "the file kept being replaced by other writers",
        )))
    }

    /// The file's bytes, read under the lock.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// Replaces the file's content atomically, then releases the lock.
    pub fn replace(self, content: &[u8]) -> Result<(), AppendError> {
        super::write_atomically(&self.real, content).map_err(|e| AppendError::Io(self.path, e))?;
        // Closing the file releases the lock, after the rename.
        drop(self.file);
        Ok(())
    }
}

/// Appends `line` (without its line break) to the file at `path`.
pub fn append_line(path: &Path, line: &str) -> Result<(), AppendError> {
    let locked = LockedFile::open(path)?;
    let mut text = locked.text().to_vec();
    let eol: &[u8] = if uses_crlf(&text) { b"\r\n" } else { b"\n" };
    if !text.is_empty() && !text.ends_with(b"\n") {
        text.extend_from_slice(eol);
    }
    text.extend_from_slice(line.as_bytes());
    text.extend_from_slice(eol);
    locked.replace(&text)
}

fn is_current(file: &File, path: &Path) -> std::io::Result<bool> {
    let locked = same_file::Handle::from_file(file.try_clone()?)?;
    Ok(same_file::Handle::from_path(path)? == locked)
}

/// A file whose first line ends with CRLF gets CRLF.
fn uses_crlf(text: &[u8]) -> bool {
    text.iter()
        .position(|&b| b == b'\n')
        .is_some_and(|i| i > 0 && text[i - 1] == b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_keeping_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.goals");
        std::fs::write(&path, "objective o: O\n").unwrap();
        append_line(&path, "2026-11-24 o \"x\"").unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "objective o: O\n2026-11-24 o \"x\"\n"
        );
        // No final line break: one is added first.
        std::fs::write(&path, "objective o: O").unwrap();
        append_line(&path, "2026-11-24 o \"x\"").unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "objective o: O\n2026-11-24 o \"x\"\n"
        );
        // CRLF files stay CRLF.
        std::fs::write(&path, "objective o: O\r\n  period: 2026\r\n").unwrap();
        append_line(&path, "2026-11-24 o \"x\"").unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "objective o: O\r\n  period: 2026\r\n2026-11-24 o \"x\"\r\n"
        );
        // An empty file gets the line alone.
        std::fs::write(&path, "").unwrap();
        append_line(&path, "2026-11-24 o \"x\"").unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "2026-11-24 o \"x\"\n"
        );
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_and_read_only_files_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.goals");
        std::fs::write(&path, "objective o: O\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        append_line(&path, "2026-11-24 o \"x\"").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let err = append_line(&path, "2026-11-24 o \"y\"").unwrap_err();
        assert!(matches!(err, AppendError::ReadOnly(_)));
        assert!(err.message().fr.contains("lecture seule"));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "objective o: O\n2026-11-24 o \"x\"\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_are_followed() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.goals");
        let link = dir.path().join("link.goals");
        std::fs::write(&real, "objective o: O\n").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        append_line(&link, "2026-11-24 o \"x\"").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(
            std::fs::read_to_string(&real)
                .unwrap()
                .ends_with("o \"x\"\n")
        );
    }
}
