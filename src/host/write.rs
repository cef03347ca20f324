//! Writes files the way editors save them: all or nothing.

use std::io::Write;
use std::path::Path;

/// Replaces a file's content atomically: the text goes to a temporary file
/// in the same directory, which then takes the file's place by a rename, so
/// a reader (or a crash) sees the old content or the new, never half of
/// it. The file keeps its permissions; a symbolic link is followed and
/// stays a link.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let permissions = std::fs::metadata(&target)?.permissions();
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".goalie-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    std::fs::set_permissions(temp.path(), permissions)?;
    temp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}
