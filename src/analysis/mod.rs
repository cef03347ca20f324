//! The analysis API that every shell (CLI, language server, watcher) calls:
//! a workspace of files in memory, and what can be said about it on a
//! given day.

use std::sync::{Arc, Mutex};

use jiff::civil::Date;

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, FileId, Severity, codes};
use crate::i18n::Message;
use crate::model::{FileModel, ItemIdx, Model, lower_file, relower};
use crate::rules;
use suppress::Suppressions;

pub mod statement;
mod suppress;
use crate::syntax::{Parse, parse};
use crate::text::{LineIndex, TextRange};

/// One file of a workspace, parsed and lowered.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// How the file is named in diagnostics (a path relative to where the
    /// user ran goalie, or a URI).
    pub name: String,
    pub text: String,
    pub parse: Parse,
    pub line_index: LineIndex,
    pub lowered: FileModel,
    /// Where the text holds bidirectional control characters (`E017`).
    bidi: Vec<TextRange>,
    /// How many suppression directives (`goalie:`) the text holds, kept
    /// through edits: most files have none, and then the analysis need
    /// not search their text for one.
    directives: usize,
    /// Per distinct id its log lines name (`lowered.log_names`), the item
    /// written into those lines' `target.target` (see
    /// [`Workspace::resolve_logs`]).
    resolved: Vec<Option<ItemIdx>>,
}

impl SourceFile {
    fn new(id: FileId, name: String, text: String) -> Self {
        let parse = parse(&text);
        let lowered = lower_file(id, &text, &parse);
        let bidi = rules::structure::bidi_control::scan(&text);
        SourceFile {
            directives: suppress::count_directives(text.as_bytes()),
            name,
            line_index: LineIndex::new(&text),
            text,
            parse,
            lowered,
            bidi,
            resolved: Vec::new(),
        }
    }
}

/// Every file goalie knows about. File ids are indices and stay valid.
#[derive(Debug, Default)]
pub struct Workspace {
    /// Shared with [`Snapshot`]s: a file is copied only when it changes
    /// while a snapshot still holds it.
    files: Vec<Arc<SourceFile>>,
    /// What titles say, kept between analyses (snapshots' too).
    titles: Arc<Mutex<rules::TitleCache>>,
    /// Every id, to the item the model numbers so (first definition,
    /// files in order), and how many items there are: kept so that adding
    /// a file costs what the file holds.
    ids: rustc_hash::FxHashMap<String, ItemIdx>,
    item_count: u32,
    /// Files some of whose log lines name no item (yet).
    unresolved: std::collections::BTreeSet<u32>,
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and parses it.
    pub fn add_file(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files
            .push(Arc::new(SourceFile::new(id, name.into(), text.into())));
        self.resolve_added(id);
        id
    }

    /// Adds a file that could not be read as text: it takes part in no
    /// analysis but carries one diagnostic at `range` of `shown`, a lossy
    /// rendering of its content used to point at the problem.
    pub fn add_unreadable(
        &mut self,
        name: impl Into<String>,
        shown: String,
        range: TextRange,
        message: Message,
    ) -> FileId {
        let id = FileId(self.files.len() as u32);
        let mut file = SourceFile::new(id, name.into(), String::new());
        file.line_index = LineIndex::new(&shown);
        file.text = shown;
        // Among the file's own diagnostics, not its log lines'.
        file.lowered.diagnostics.insert(
            0,
            Diagnostic::new(codes::UNREADABLE_FILE, id, range, message),
        );
        file.lowered.log_diagnostics += 1;
        self.files.push(Arc::new(file));
        self.resolve_added(id);
        id
    }

    /// Makes an existing file unreadable (see [`Workspace::add_unreadable`]):
    /// its bytes on disk stopped being text.
    pub fn set_unreadable(
        &mut self,
        id: FileId,
        shown: String,
        range: TextRange,
        message: Message,
    ) {
        let name = self.files[id.0 as usize].name.clone();
        let mut file = SourceFile::new(id, name, String::new());
        file.line_index = LineIndex::new(&shown);
        file.text = shown;
        file.lowered
            .diagnostics
            .push(Diagnostic::new(codes::UNREADABLE_FILE, id, range, message));
        self.files[id.0 as usize] = Arc::new(file);
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), &**f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Replaces `range` of a file's text with `replacement`, re-parsing
    /// only the chunks the edit touches and lowering only their log lines
    /// (and the file's items). The result equals a fresh `set_text`.
    ///
    /// The file's log lines are shared with the last [`Analysis`]'s model:
    /// drop that first, or this edit copies them once.
    pub fn edit(&mut self, id: FileId, range: std::ops::Range<usize>, replacement: &str) {
        let file = Arc::make_mut(&mut self.files[id.0 as usize]);
        let old = suppress::around(file.text.len(), range.start, range.end);
        file.directives -= suppress::count_directives(&file.text.as_bytes()[old]);
        file.text.replace_range(range.clone(), replacement);
        let new = suppress::around(
            file.text.len(),
            range.start,
            range.start + replacement.len(),
        );
        file.directives += suppress::count_directives(&file.text.as_bytes()[new]);
        let region = file
            .parse
            .edit_region(&file.text, range.clone(), replacement.len());
        file.line_index
            .edit(&file.text, range.clone(), replacement.len());
        rules::structure::bidi_control::update(
            &mut file.bidi,
            &file.text,
            range.clone(),
            replacement.len(),
        );
        let fresh = relower(&mut file.lowered, id, &file.text, &file.parse, &region);
        self.resolve_logs(Some((id, fresh)));
    }

    /// Replaces a file's whole text.
    pub fn set_text(&mut self, id: FileId, text: impl Into<String>) {
        let name = self.files[id.0 as usize].name.clone();
        self.files[id.0 as usize] = Arc::new(SourceFile::new(id, name, text.into()));
        self.resolve_logs(Some((id, None)));
    }

    /// Points every log line at the item its id names (`target.target`),
    /// as the model numbers items: the first definition of an id, files in
    /// order. Done here, where files change, so that the model can share
    /// the lines instead of copying them. Each distinct id is looked up
    /// once; a file's lines are rewritten only when one of its ids now
    /// names another item, or for the `touched` file, whose lines may be
    /// new (only those in the given range, when its other lines' ids still
    /// name the same items), so an edit to one file seldom reads the others.
    fn resolve_logs(&mut self, touched: Option<(FileId, Option<std::ops::Range<usize>>)>) {
        self.ids.clear();
        self.item_count = 0;
        for file in &self.files {
            for (i, item) in file.lowered.items.iter().enumerate() {
                if !self.ids.contains_key(item.id.as_str()) {
                    self.ids
                        .insert(item.id.clone(), ItemIdx(self.item_count + i as u32));
                }
            }
            self.item_count += file.lowered.items.len() as u32;
        }
        for n in 0..self.files.len() {
            let fresh = match &touched {
                Some((id, fresh)) if id.0 as usize == n => Some(fresh.clone()),
                _ => None,
            };
            self.resolve_file(n, fresh);
        }
    }

    /// [`Workspace::resolve_logs`] after `id` was added at the end: its
    /// items only add ids, so only its own lines and those of files with
    /// lines naming no item can change.
    fn resolve_added(&mut self, id: FileId) {
        let n = id.0 as usize;
        let mut new_ids = false;
        for (i, item) in self.files[n].lowered.items.iter().enumerate() {
            if !self.ids.contains_key(item.id.as_str()) {
                self.ids
                    .insert(item.id.clone(), ItemIdx(self.item_count + i as u32));
                new_ids = true;
            }
        }
        self.item_count += self.files[n].lowered.items.len() as u32;
        self.resolve_file(n, Some(None));
        if new_ids {
            let waiting: Vec<u32> = self.unresolved.iter().copied().collect();
            for other in waiting.into_iter().filter(|&o| o as usize != n) {
                self.resolve_file(other as usize, None);
            }
        }
    }

    /// Points file `n`'s log lines at their items with `self.ids`.
    /// `touched`: `Some(Some(range))` for an edited file whose other lines
    /// may still be right, `Some(None)` for a file whose lines are all new,
    /// `None` for a file that only the items of others may have changed.
    fn resolve_file(&mut self, n: usize, touched: Option<Option<std::ops::Range<usize>>>) {
        // Read first, write only what changed: a snapshot may share the file.
        let file = &self.files[n];
        let targets: Vec<Option<ItemIdx>> = file
            .lowered
            .log_names
            .names
            .iter()
            .map(|name| self.ids.get(name.as_str()).copied())
            .collect();
        if targets.iter().any(Option::is_none) {
            self.unresolved.insert(n as u32);
        } else {
            self.unresolved.remove(&(n as u32));
        }
        let unchanged = file.resolved.len() <= targets.len()
            && file.resolved[..] == targets[..file.resolved.len()];
        let lines = match touched {
            // Names were only added: the other lines are right.
            Some(Some(fresh)) if unchanged => fresh,
            Some(_) => 0..file.lowered.logs.len(),
            None if unchanged && file.lowered.logs_resolved => return,
            None => 0..file.lowered.logs.len(),
        };
        let of_log = &file.lowered.log_names.of_log[lines.clone()];
        let stale = file.lowered.logs[lines.clone()]
            .iter()
            .zip(of_log)
            .any(|(l, &k)| l.target.target != targets[k as usize]);
        if !stale && file.lowered.logs_resolved && file.resolved == targets {
            return;
        }
        let file = Arc::make_mut(&mut self.files[n]);
        let lowered = &mut file.lowered;
        if stale {
            let of_log = &lowered.log_names.of_log[lines.clone()];
            let logs = Arc::make_mut(&mut lowered.logs);
            for (l, &k) in logs[lines].iter_mut().zip(of_log) {
                l.target.target = targets[k as usize];
            }
        }
        lowered.logs_resolved = true;
        file.resolved = targets;
    }

    /// An immutable view of the files as they are now, cheap to take (the
    /// files are shared, not copied) and to send to another thread.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            files: self.files.clone(),
            titles: self.titles.clone(),
        }
    }

    /// Builds the model and collects every diagnostic, as of `today`, with
    /// the default settings.
    pub fn analyze(&self, today: Date) -> Analysis {
        self.analyze_with(today, &Settings::default())
    }

    /// Builds the model, runs the rules and collects every diagnostic, as of
    /// `today`: severities as configured, silenced ones left out.
    pub fn analyze_with(&self, today: Date, settings: &Settings) -> Analysis {
        analyze(&self.files, &self.titles, today, settings)
    }
}

/// The files of a [`Workspace`] at one moment, immutable: what the language
/// server's requests read while the next edit is applied.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    files: Vec<Arc<SourceFile>>,
    titles: Arc<Mutex<rules::TitleCache>>,
}

impl Snapshot {
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// See [`Workspace::analyze_with`].
    pub fn analyze_with(&self, today: Date, settings: &Settings) -> Analysis {
        analyze(&self.files, &self.titles, today, settings)
    }
}

fn analyze(
    files: &[Arc<SourceFile>],
    titles: &Mutex<rules::TitleCache>,
    today: Date,
    settings: &Settings,
) -> Analysis {
    let lowered: Vec<(FileId, &FileModel)> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (FileId(i as u32), &f.lowered))
        .collect();
    let model = Model::build(&lowered, today);

    let errors: Vec<(FileId, TextRange)> = files
        .iter()
        .flat_map(|f| &f.lowered.diagnostics)
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.file, d.range))
        .collect();
    // The lexicon and the titles read with it, kept between analyses.
    let lexicon = titles
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .for_words(&settings.words);
    let cx =
        rules::Context::new(&model, today, settings, &lexicon, &errors).with_title_cache(titles);
    let found = rules::run(&cx);
    let suppressions: Vec<Suppressions> = files.iter().map(|f| Suppressions::of(f)).collect();
    let mut diagnostics: Vec<Diagnostic> = files
        .iter()
        .flat_map(|f| f.lowered.diagnostics.iter().cloned())
        .chain(files.iter().enumerate().flat_map(|(i, f)| {
            rules::structure::bidi_control::diagnostics(FileId(i as u32), &f.text, &f.bidi)
        }))
        .chain(model.diagnostics.iter().cloned())
        .chain(found)
        .filter_map(|mut d| {
            d.severity = settings.severity(d.code)?;
            let file = &files[d.file.0 as usize];
            (!suppressions[d.file.0 as usize].silences(file, &d)).then_some(d)
        })
        .collect();
    // A total order (the message breaks ties), so the result does not
    // depend on the order diagnostics were found in. Messages are rendered
    // only to break a tie: rendering them for every comparison cost more
    // than the rest of the sort (a keystroke's analysis, 100,000 lines).
    diagnostics.sort_by(|a, b| {
        (a.file, a.range.start, a.range.end, a.code.code)
            .cmp(&(b.file, b.range.start, b.range.end, b.code.code))
            .then_with(|| {
                a.message
                    .render(crate::i18n::Lang::En)
                    .cmp(&b.message.render(crate::i18n::Lang::En))
            })
    });
    Analysis { model, diagnostics }
}

/// What the analysis found.
#[derive(Debug)]
pub struct Analysis {
    pub model: Model,
    /// Sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}
