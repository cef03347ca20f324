//! Finds and reads `goalie.toml`: `--config FILE`, else `GOALIE_CONFIG`,
//! else the nearest `goalie.toml` in the checked path's folder or above.

use std::path::{Path, PathBuf};

use crate::config::{ConfigError, Settings};
use crate::i18n::{Message, msg};

pub const FILE_NAME: &str = "goalie.toml";

/// The largest `goalie.toml` read: 1 MiB, a thousand times a generous one.
const MAX_CONFIG_SIZE: u64 = 1024 * 1024;

/// Why the configuration could not be used.
#[derive(Debug)]
pub struct ConfigLoadError {
    pub path: PathBuf,
    pub error: ConfigError,
}

impl ConfigLoadError {
    /// `path:line:col: message`, in the given language.
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        let mut at = self.path.display().to_string();
        if let Some(line) = self.error.line {
            at.push_str(&format!(":{line}"));
            if let Some(col) = self.error.column {
                at.push_str(&format!(":{col}"));
            }
        }
        format!("{at}: {}", self.error.message.render(lang))
    }
}

/// Where the configuration comes from.
pub enum Source<'a> {
    /// `--no-config`: the defaults.
    None,
    /// `--config FILE`.
    Explicit(&'a Path),
    /// Search from these paths (the first one decides).
    Search(&'a [PathBuf]),
}

/// The settings in force and the file they came from.
pub fn load(source: Source<'_>) -> Result<(Settings, Option<PathBuf>), ConfigLoadError> {
    let path = match source {
        Source::None => None,
        Source::Explicit(path) => Some(path.to_path_buf()),
        Source::Search(paths) => {
            match std::env::var_os("GOALIE_CONFIG").filter(|v| !v.is_empty()) {
                Some(env) => Some(PathBuf::from(env)),
                None => paths.first().and_then(|p| find_upward(p)),
            }
        }
    };
    let Some(path) = path else {
        return Ok((Settings::default(), None));
    };
    let fail = |message: Message| ConfigLoadError {
        path: path.clone(),
        error: ConfigError {
            line: None,
            column: None,
            message,
        },
    };
    let cannot = |reason: Message| fail(msg!(host_cannot_read_configuration, reason = reason));
    // Bounded like a plan: a goalie.toml that is a FIFO or /dev/zero is
    // refused, not read until memory runs out.
    let bytes = match super::read_bounded(&path, MAX_CONFIG_SIZE)
        .map_err(|e| cannot(Message::verbatim(e.to_string())))?
    {
        super::Bounded::Bytes(bytes) => bytes,
        super::Bounded::TooLarge(_) => {
            return Err(cannot(msg!(
                host_configuration_over_limit,
                limit = MAX_CONFIG_SIZE / 1024
            )));
        }
        super::Bounded::NotAFile => {
            return Err(fail(msg!(host_configuration_not_regular_file)));
        }
    };
    let text = String::from_utf8(bytes).map_err(|_| fail(msg!(host_configuration_not_utf_8)))?;
    let settings = Settings::from_toml(&text).map_err(|error| ConfigLoadError {
        path: path.clone(),
        error,
    })?;
    Ok((settings, Some(path)))
}

/// The nearest `goalie.toml` in `start`'s folder or any folder above.
pub fn find_upward(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let mut dir = if absolute.is_dir() {
        absolute.as_path()
    } else {
        absolute.parent()?
    };
    loop {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = dir.parent()?;
    }
}
