//! What one request reads: the files, settings and analysis of one
//! generation, immutable and shared (`Arc`). The state's lock is held only
//! to take a snapshot (cheap: the files are shared, not copied); requests
//! then run without it, concurrently with the next edit, and the analysis
//! is computed once per snapshot, by the first request that needs it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use jiff::civil::Date;
use tower_lsp_server::ls_types::Uri;

use super::position::{Encoding, Lines};
use super::settings::ClientSettings;
use crate::analysis::{self, Analysis, SourceFile};
use crate::config::Settings;
use crate::diagnostic::FileId;
use crate::i18n::{Lang, Message};

/// One file the server knows, by its [`FileId`].
#[derive(Clone, Debug)]
pub struct Entry {
    /// The URI the client uses (or one made from the path).
    pub uri: Uri,
    pub path: Option<PathBuf>,
    /// The editor's version while open.
    pub version: Option<i32>,
    pub open: bool,
    /// Deleted: kept empty so file ids stay valid.
    pub gone: bool,
}

/// The goalie.toml in force, and what was wrong with it.
#[derive(Clone, Debug, Default)]
pub struct ConfigFile {
    pub path: Option<PathBuf>,
    pub settings: Settings,
    /// 1-based line and column (when known) and the message.
    pub error: Option<(PathBuf, Option<u32>, Option<u32>, Message)>,
}

pub(super) fn normalize(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

#[derive(Debug)]
pub struct Snapshot {
    /// The state's generation it was taken at.
    pub generation: u64,
    pub(super) files: analysis::Snapshot,
    pub(super) entries: Vec<Entry>,
    pub(super) by_uri: HashMap<Uri, FileId>,
    pub(super) by_path: HashMap<PathBuf, FileId>,
    pub encoding: Encoding,
    pub(super) lang: Lang,
    pub(super) settings: Settings,
    pub client: ClientSettings,
    pub(super) today: Date,
    pub config: ConfigFile,
    pub(super) analysis: OnceLock<Arc<Analysis>>,
}

impl Snapshot {
    /// The settings in force: goalie.toml with the editor's on top.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The day progress is judged on, fixed when the snapshot was taken.
    pub fn today(&self) -> Date {
        self.today
    }

    /// The analysis of this snapshot's texts, computed on first use.
    pub fn analysis(&self) -> Arc<Analysis> {
        self.analysis
            .get_or_init(|| Arc::new(self.files.analyze_with(self.today, &self.settings)))
            .clone()
    }

    pub fn file(&self, uri: &Uri) -> Option<FileId> {
        if let Some(&id) = self.by_uri.get(uri) {
            return Some(id);
        }
        let path = uri.to_file_path()?;
        self.by_path.get(&normalize(&path)).copied()
    }

    pub fn entry(&self, id: FileId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    pub fn source(&self, id: FileId) -> &SourceFile {
        self.files.file(id)
    }

    pub fn text(&self, id: FileId) -> &str {
        &self.files.file(id).text
    }

    pub fn lines(&self, id: FileId) -> Lines<'_> {
        let file = self.files.file(id);
        Lines::new(&file.text, &file.line_index, self.encoding)
    }

    /// Files that take part in the analysis.
    pub fn live_files(&self) -> impl Iterator<Item = FileId> + '_ {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.gone)
            .map(|(i, _)| FileId(i as u32))
    }
}
