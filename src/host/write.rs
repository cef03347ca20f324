//! Writes files the way editors save them: all or nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Replaces a file's content atomically: the bytes go to a temporary file
/// in the same directory, which then takes the file's place by a rename, so
/// a reader (or a crash) sees the old content or the new, never half of it.
/// The file keeps its permissions (and owner, where the system allows); a
/// new file gets those the umask allows. A symbolic link is followed and
/// stays a link.
pub fn write_atomically(path: &Path, content: &[u8]) -> std::io::Result<()> {
    let target: PathBuf = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".goalie-").suffix(".tmp");
    // A new file gets the usual permissions (0666 less the umask), not the
    // private 0600 of a temporary file; an existing one keeps its own below.
    #[cfg(unix)]
    if std::fs::metadata(&target).is_err() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(content)?;
    if let Ok(meta) = std::fs::metadata(&target) {
        temp.as_file().set_permissions(meta.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Only root can give a file away; anyone else keeps ownership.
            let _ = std::os::unix::fs::fchown(temp.as_file(), Some(meta.uid()), Some(meta.gid()));
        }
    }
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|e| e.error)?;
    #[cfg(unix)]
    {
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}
