//! Reads a file whole, but only a regular file and only up to a limit: a
//! path naming a device, a pipe or a socket (a `.goals` symlink to
//! /dev/zero, a FIFO) is refused before a byte is read, and a file that
//! grows past the limit while it is read stops at the limit plus one byte.

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// What reading a file gave.
#[derive(Debug)]
pub enum Bounded {
    /// The whole content, at most the limit.
    Bytes(Vec<u8>),
    /// More than the limit: its size as far as it was read or announced.
    TooLarge(u64),
    /// A device, a pipe, a socket or a folder: not read.
    NotAFile,
}

/// Reads the regular file at `path` (symbolic links followed), refusing
/// anything else and anything over `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Bounded> {
    // Looked at before opening: opening a FIFO for reading waits for a
    // writer, possibly forever.
    if !std::fs::metadata(path)?.is_file() {
        return Ok(Bounded::NotAFile);
    }
    let file = open_nonblocking(path)?;
    // The path may have been swapped between the two looks.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(Bounded::NotAFile);
    }
    if meta.len() > limit {
        return Ok(Bounded::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Bounded::TooLarge(bytes.len() as u64));
    }
    Ok(Bounded::Bytes(bytes))
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_regular_files_up_to_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.goals");
        std::fs::write(&path, "12345").unwrap();
        assert!(matches!(read_bounded(&path, 5).unwrap(), Bounded::Bytes(b) if b == b"12345"));
        assert!(matches!(
            read_bounded(&path, 4).unwrap(),
            Bounded::TooLarge(5)
        ));
        assert!(matches!(
            read_bounded(dir.path(), 4).unwrap(),
            Bounded::NotAFile
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_fifos_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("zero.goals");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(
            read_bounded(&link, 1024).unwrap(),
            Bounded::NotAFile
        ));
        let fifo = dir.path().join("pipe.goals");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        assert!(matches!(
            read_bounded(&fifo, 1024).unwrap(),
            Bounded::NotAFile
        ));
    }
}
