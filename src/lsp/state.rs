//! What the server knows: every `.goals` file of the workspace (open in the
//! editor or read from disk), the settings in force, and the latest
//! analysis. Mutated only under the backend's lock, in the order messages
//! arrive.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

use super::position::{Encoding, Lines};
use super::settings::ClientSettings;
use crate::analysis::{Analysis, Workspace};
use crate::config::Settings;
use crate::diagnostic::FileId;
use crate::i18n::{Lang, Message};

/// One file the server knows, by its [`FileId`].
#[derive(Debug)]
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
#[derive(Debug, Default)]
pub struct ConfigFile {
    pub path: Option<PathBuf>,
    pub settings: Settings,
    /// 1-based line and column (when known) and the message.
    pub error: Option<(PathBuf, Option<u32>, Option<u32>, Message)>,
}

#[derive(Debug)]
pub struct State {
    pub workspace: Workspace,
    pub entries: Vec<Entry>,
    by_uri: HashMap<Uri, FileId>,
    by_path: HashMap<PathBuf, FileId>,
    pub encoding: Encoding,
    /// The client's UI language, from `initialize`.
    pub locale: Option<Lang>,
    pub roots: Vec<PathBuf>,
    pub config: ConfigFile,
    pub client: ClientSettings,
    /// Bumped by every change that can alter an analysis.
    pub generation: u64,
    cache: Option<(u64, Date, Arc<Analysis>)>,
}

impl Default for State {
    fn default() -> Self {
        State {
            workspace: Workspace::new(),
            entries: Vec::new(),
            by_uri: HashMap::new(),
            by_path: HashMap::new(),
            encoding: Encoding::default(),
            locale: None,
            roots: Vec::new(),
            config: ConfigFile::default(),
            client: ClientSettings::new(),
            generation: 0,
            cache: None,
        }
    }
}

fn normalize(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

impl State {
    /// The settings in force: goalie.toml with the editor's on top.
    pub fn settings(&self) -> Settings {
        self.client.over(&self.config.settings)
    }

    /// The editor's language setting, else goalie.toml's, else the
    /// client's locale, else English.
    pub fn lang(&self) -> Lang {
        self.client
            .lang
            .or(self.config.settings.lang)
            .or(self.locale)
            .unwrap_or_default()
    }

    /// The day progress is judged on; the system's date unless set.
    pub fn today(&self) -> Date {
        self.settings()
            .today
            .unwrap_or_else(|| jiff::ZonedDateTime::now().date())
    }

    pub fn touch(&mut self) {
        self.generation += 1;
    }

    /// The analysis of the current texts, computed at most once per
    /// generation and day.
    pub fn analysis(&mut self) -> Arc<Analysis> {
        let today = self.today();
        if let Some((generation, day, analysis)) = &self.cache
            && *generation == self.generation
            && *day == today
        {
            return analysis.clone();
        }
        let analysis = Arc::new(self.workspace.analyze_with(today, &self.settings()));
        self.cache = Some((self.generation, today, analysis.clone()));
        analysis
    }

    pub fn file(&self, uri: &Uri) -> Option<FileId> {
        if let Some(&id) = self.by_uri.get(uri) {
            return Some(id);
        }
        let path = uri.to_file_path()?;
        self.by_path.get(&normalize(&path)).copied()
    }

    pub fn file_by_path(&self, path: &Path) -> Option<FileId> {
        self.by_path.get(&normalize(path)).copied()
    }

    pub fn entry(&self, id: FileId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    pub fn text(&self, id: FileId) -> &str {
        &self.workspace.file(id).text
    }

    pub fn lines(&self, id: FileId) -> Lines<'_> {
        let file = self.workspace.file(id);
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

    fn add(&mut self, uri: Uri, path: Option<PathBuf>, text: String) -> FileId {
        let name = path
            .as_deref()
            .map_or_else(|| uri.as_str().to_string(), crate::host::display);
        let id = self.workspace.add_file(name, text);
        self.register(id, uri, path);
        id
    }

    fn register(&mut self, id: FileId, uri: Uri, path: Option<PathBuf>) {
        self.by_uri.insert(uri.clone(), id);
        if let Some(p) = &path {
            self.by_path.insert(normalize(p), id);
        }
        let entry = Entry {
            uri,
            path,
            version: None,
            open: false,
            gone: false,
        };
        if (id.0 as usize) < self.entries.len() {
            self.entries[id.0 as usize] = entry;
        } else {
            self.entries.push(entry);
        }
    }

    /// `didOpen`: the editor's text replaces the disk's.
    pub fn open(&mut self, uri: Uri, text: String, version: i32) -> FileId {
        let id = match self.file(&uri) {
            Some(id) => {
                self.workspace.set_text(id, text);
                let path = self.entries[id.0 as usize].path.clone();
                self.register(id, uri, path);
                id
            }
            None => {
                let path = uri.to_file_path().map(|p| p.into_owned());
                self.add(uri, path, text)
            }
        };
        let entry = &mut self.entries[id.0 as usize];
        entry.open = true;
        entry.version = Some(version);
        self.touch();
        id
    }

    /// `didChange`: each change applies to the text the previous one left.
    /// Ranged changes re-parse only the chunks they touch.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Option<FileId> {
        let id = self.file(uri)?;
        // The last analysis shares the file's log lines: let it go first, so
        // the edit changes them in place instead of copying them.
        self.cache = None;
        for change in changes {
            match change.range {
                Some(range) => {
                    let bytes = self.lines(id).byte_range(range);
                    self.workspace.edit(id, bytes, &change.text);
                }
                None => self.workspace.set_text(id, change.text),
            }
        }
        self.entries[id.0 as usize].version = Some(version);
        self.touch();
        Some(id)
    }

    /// `didClose`: the file goes back to what the disk holds (the editor may
    /// have dropped unsaved changes), or away when it is not on disk.
    pub fn close(&mut self, uri: &Uri) {
        let Some(id) = self.file(uri) else { return };
        let entry = &mut self.entries[id.0 as usize];
        entry.open = false;
        entry.version = None;
        let path = entry.path.clone();
        match path.filter(|p| p.is_file() && self.under_roots(p)) {
            Some(p) => self.reload(id, &p),
            None => self.forget(id),
        }
        self.touch();
    }

    fn under_roots(&self, path: &Path) -> bool {
        let path = normalize(path);
        self.roots.iter().any(|r| path.starts_with(normalize(r)))
    }

    fn reload(&mut self, id: FileId, path: &Path) {
        match std::fs::read(path).map(crate::host::decode) {
            Ok(Ok(text)) => self.workspace.set_text(id, text),
            Ok(Err(u)) => self
                .workspace
                .set_unreadable(id, u.shown, u.range, u.message),
            Err(_) => self.forget(id),
        }
    }

    fn forget(&mut self, id: FileId) {
        self.workspace.set_text(id, String::new());
        let entry = &mut self.entries[id.0 as usize];
        entry.gone = true;
        entry.open = false;
        let uri = entry.uri.clone();
        let path = entry.path.clone();
        self.by_uri.remove(&uri);
        if let Some(p) = path {
            self.by_path.remove(&normalize(&p));
        }
    }

    /// A file on disk was created or changed. Open files keep the editor's
    /// text: the editor tells us about them itself.
    pub fn disk_changed(&mut self, path: &Path) {
        if !crate::host::is_goals_path(path) || !self.under_roots(path) {
            return;
        }
        match self.file_by_path(path) {
            Some(id) if self.entries[id.0 as usize].open => return,
            Some(id) => self.reload(id, path),
            None => {
                let Ok(bytes) = std::fs::read(path) else {
                    return;
                };
                let Some(uri) = Uri::from_file_path(path) else {
                    return;
                };
                match crate::host::decode(bytes) {
                    Ok(text) => {
                        self.add(uri, Some(path.to_path_buf()), text);
                    }
                    Err(u) => {
                        let id = self.add(uri, Some(path.to_path_buf()), String::new());
                        self.workspace
                            .set_unreadable(id, u.shown, u.range, u.message);
                    }
                }
            }
        }
        self.touch();
    }

    /// A file on disk was deleted.
    pub fn disk_removed(&mut self, path: &Path) {
        if let Some(id) = self.file_by_path(path)
            && !self.entries[id.0 as usize].open
        {
            self.forget(id);
            self.touch();
        }
    }

    /// A workspace folder was removed: its files leave the analysis (open
    /// ones stay until closed).
    pub fn remove_root(&mut self, dir: &Path) {
        let dir = normalize(dir);
        self.roots.retain(|r| normalize(r) != dir);
        let leaving: Vec<FileId> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.gone && !e.open)
            .filter(|(_, e)| {
                e.path
                    .as_deref()
                    .is_some_and(|p| normalize(p).starts_with(&dir))
            })
            .map(|(i, _)| FileId(i as u32))
            .collect();
        for id in leaving {
            self.forget(id);
        }
        self.touch();
    }

    /// Makes `dir` the workspace when the client named none: its `.goals`
    /// files (not those of subfolders: `dir` may be a home folder) and its
    /// goalie.toml.
    pub fn adopt_root(&mut self, dir: PathBuf) {
        let files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && crate::host::is_goals_path(p))
            .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= crate::host::MAX_FILE_SIZE))
            .filter_map(|p| std::fs::read(&p).ok().map(|bytes| (p, bytes)))
            .collect();
        self.roots.push(dir);
        self.config = super::index::load_config(&self.roots);
        self.add_disk_files(files);
    }

    /// Adds the files found under the roots that the editor has not
    /// opened meanwhile.
    pub fn add_disk_files(&mut self, files: Vec<(PathBuf, Vec<u8>)>) {
        for (path, bytes) in files {
            if self.file_by_path(&path).is_some() {
                continue;
            }
            let Some(uri) = Uri::from_file_path(&path) else {
                continue;
            };
            match crate::host::decode(bytes) {
                Ok(text) => {
                    self.add(uri, Some(path), text);
                }
                Err(u) => {
                    let id = self.add(uri, Some(path), String::new());
                    self.workspace
                        .set_unreadable(id, u.shown, u.range, u.message);
                }
            }
        }
        self.touch();
    }
}
