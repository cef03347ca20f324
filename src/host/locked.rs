//! Changes a text file safely, the one way goalie writes a file it did not
//! create: under an exclusive lock on the file (so `log`, `fmt` and
//! `check --fix` wait for each other), after re-reading it under that lock,
//! through a temporary file in the same directory renamed over the
//! original, so a crash never leaves half a file and concurrent writers
//! never lose a line. Read-only files are refused.
//!
//! `append_line` keeps every byte already in the file (a file that does not
//! end with a line break gets one before the new line); `rewrite` replaces
//! the content only if the file is still what the caller read.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::i18n::{Message, msg};

#[derive(Debug)]
pub enum WriteError {
    /// The file is read-only: nothing was written.
    ReadOnly(PathBuf),
    /// The file changed since the caller read it (another goalie, an
    /// editor's save): it was left as it is.
    Changed(PathBuf),
    /// Reading, locking or writing failed: the file is as it was.
    Io(PathBuf, std::io::Error),
}

impl WriteError {
    pub fn message(&self) -> Message {
        match self {
            WriteError::ReadOnly(path) => {
                let path = path.display();
                msg!(host_error_read_only_nothing, path = path.to_string())
            }
            WriteError::Changed(path) => {
                let path = path.display();
                msg!(host_error_changed_while_goalie, path = path.to_string())
            }
            WriteError::Io(path, e) => {
                let path = path.display();
                msg!(
                    host_error_cannot_write_file,
                    path = path.to_string(),
                    error = e.to_string()
                )
            }
        }
    }
}

/// How many times to retry when another writer replaced the file while we
/// waited for its lock.
const RETRIES: usize = 1000;

/// Appends `line` (without its line break) to the file at `path`.
pub fn append_line(path: &Path, line: &str) -> Result<(), WriteError> {
    update(path, |mut text| {
        let eol: &[u8] = if uses_crlf(&text) { b"\r\n" } else { b"\n" };
        if !text.is_empty() && !text.ends_with(b"\n") {
            text.extend_from_slice(eol);
        }
        text.extend_from_slice(line.as_bytes());
        text.extend_from_slice(eol);
        Ok(text)
    })
}

/// Replaces the content of the file at `path` with `content`, provided it
/// still holds `read`, the bytes the caller read and worked from; otherwise
/// `WriteError::Changed` and the file is untouched.
pub fn rewrite(path: &Path, read: &[u8], content: &[u8]) -> Result<(), WriteError> {
    update(path, |text| {
        if text == read {
            Ok(content.to_vec())
        } else {
            Err(WriteError::Changed(path.to_path_buf()))
        }
    })
}

/// Locks the file, reads it, and writes what `change` makes of its bytes.
fn update(
    path: &Path,
    change: impl FnOnce(Vec<u8>) -> Result<Vec<u8>, WriteError>,
) -> Result<(), WriteError> {
    let locked = LockedFile::open(path)?;
    let text = change(locked.text.clone())?;
    locked.replace(&text)
}

/// A file held under its exclusive lock with the bytes read under it, for
/// a writer that decides what to write from them (`goalie import`): the
/// lock lasts until [`LockedFile::replace`] or the value is dropped.
pub struct LockedFile {
    real: PathBuf,
    path: PathBuf,
    file: File,
    text: Vec<u8>,
}

impl LockedFile {
    /// Opens, locks and reads the file at `path` (through symbolic links);
    /// read-only files are refused.
    pub fn open(path: &Path) -> Result<LockedFile, WriteError> {
        let io = |e| WriteError::Io(path.to_path_buf(), e);
        // Write through symbolic links, to the file they name.
        let real = std::fs::canonicalize(path).map_err(io)?;
        for _ in 0..RETRIES {
            let mut file = match OpenOptions::new().read(true).write(true).open(&real) {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                    return Err(WriteError::ReadOnly(path.to_path_buf()));
                }
                Err(e) => return Err(io(e)),
            };
            let meta = file.metadata().map_err(io)?;
            // Even where the system would let us (as root), a read-only
            // file says "do not change me".
            if meta.permissions().readonly() {
                return Err(WriteError::ReadOnly(path.to_path_buf()));
            }
            if !meta.is_file() {
                return Err(io(std::io::Error::other("not a regular file")));
            }
            file.lock().map_err(io)?;
            // Another writer may have renamed a new file over this one while
            // we waited: then our lock guards a file nobody reads any more.
            if !is_current(&file, &real).map_err(io)? {
                continue;
            }
            let mut text = Vec::new();
            (&mut file)
                .take(super::MAX_FILE_SIZE + 1)
                .read_to_end(&mut text)
                .map_err(io)?;
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

    /// The bytes read under the lock.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// Replaces the file's content atomically, then lets go of the lock.
    pub fn replace(self, content: &[u8]) -> Result<(), WriteError> {
        super::write_atomically(&self.real, content)
            .map_err(|e| WriteError::Io(self.path.clone(), e))?;
        // Closing the file releases the lock, after the rename.
        drop(self.file);
        Ok(())
    }
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
        assert!(matches!(err, WriteError::ReadOnly(_)));
        assert!(
            err.message()
                .render(crate::i18n::Lang::Fr)
                .contains("lecture seule")
        );
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
