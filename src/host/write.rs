//! Writes files the way editors save them: all or nothing.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// goalie's temporary files: `.goalie-XXXXXX.tmp`, hidden, and never a
/// `.goals` file, so no search ever takes one for a plan.
const TEMP_PREFIX: &str = ".goalie-";
const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM: usize = 6;

/// A temporary file older than this was left by a goalie that was killed:
/// a live one renames its file within seconds.
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

fn folder_of(target: &Path) -> &Path {
    target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Whether a file name is one goalie's own temporary files take.
fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|r| r.len() == TEMP_RANDOM && r.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Removes goalie's own stale temporary files from `dir`: regular files
/// named as goalie names them and untouched for a while. Best effort: a
/// file that cannot be removed stays.
fn clean_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temp_name) {
            continue;
        }
        // Not followed: a link or a folder with that name is not ours.
        let Ok(meta) = entry.metadata() else { continue };
        let stale = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.is_file() && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Replaces a file's content atomically: the bytes go to a temporary file
/// in the same directory, which then takes the file's place by a rename, so
/// a reader (or a crash) sees the old content or the new, never half of it.
/// The file keeps its permissions (and owner, where the system allows); a
/// new file gets those the umask allows. A symbolic link is followed and
/// stays a link. Temporary files a killed goalie left in that directory are
/// removed first.
pub fn write_atomically(path: &Path, content: &[u8]) -> std::io::Result<()> {
    let target: PathBuf = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = folder_of(&target);
    clean_leftovers(dir);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM);
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
