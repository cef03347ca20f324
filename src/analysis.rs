//! The analysis API that every shell (CLI, language server, watcher) calls:
//! a workspace of files in memory, and what can be said about it on a
//! given day.

use jiff::civil::Date;

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, FileId, Severity, codes};
use crate::i18n::Message;
use crate::model::{FileModel, ItemIdx, Model, lower_file, relower};
use crate::rules::{self, suppress::Suppressions};
use crate::syntax::{Parse, parse};
use crate::text::{LineIndex, TextRange};

/// One file of a workspace, parsed and lowered.
#[derive(Debug)]
pub struct SourceFile {
    /// How the file is named in diagnostics (a path relative to where the
    /// user ran goalie, or a URI).
    pub name: String,
    pub text: String,
    pub parse: Parse,
    pub line_index: LineIndex,
    pub lowered: FileModel,
    /// Per distinct id its log lines name (`lowered.log_names`), the item
    /// written into those lines' `target.target` (see
    /// [`Workspace::resolve_logs`]).
    resolved: Vec<Option<ItemIdx>>,
}

impl SourceFile {
    fn new(id: FileId, name: String, text: String) -> Self {
        let parse = parse(&text);
        let lowered = lower_file(id, &text, &parse);
        SourceFile {
            name,
            line_index: LineIndex::new(&text),
            text,
            parse,
            lowered,
            resolved: Vec::new(),
        }
    }
}

/// Every file goalie knows about. File ids are indices and stay valid.
#[derive(Debug, Default)]
pub struct Workspace {
    files: Vec<SourceFile>,
    /// What titles say, kept between analyses.
    titles: std::sync::Mutex<rules::TitleCache>,
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and parses it.
    pub fn add_file(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files
            .push(SourceFile::new(id, name.into(), text.into()));
        self.resolve_logs(Some((id, None)));
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
        self.files.push(file);
        self.resolve_logs(Some((id, None)));
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
        let name = std::mem::take(&mut self.files[id.0 as usize].name);
        let mut file = SourceFile::new(id, name, String::new());
        file.line_index = LineIndex::new(&shown);
        file.text = shown;
        file.lowered
            .diagnostics
            .push(Diagnostic::new(codes::UNREADABLE_FILE, id, range, message));
        self.files[id.0 as usize] = file;
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
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
        let file = &mut self.files[id.0 as usize];
        file.text.replace_range(range.clone(), replacement);
        let region = file
            .parse
            .edit_region(&file.text, range.clone(), replacement.len());
        file.line_index.edit(&file.text, range, replacement.len());
        let fresh = relower(&mut file.lowered, id, &file.text, &file.parse, &region);
        self.resolve_logs(Some((id, fresh)));
    }

    /// Replaces a file's whole text.
    pub fn set_text(&mut self, id: FileId, text: impl Into<String>) {
        let name = std::mem::take(&mut self.files[id.0 as usize].name);
        self.files[id.0 as usize] = SourceFile::new(id, name, text.into());
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
        let mut ids: rustc_hash::FxHashMap<&str, ItemIdx> = rustc_hash::FxHashMap::default();
        let mut offset = 0u32;
        for file in &self.files {
            for (i, item) in file.lowered.items.iter().enumerate() {
                ids.entry(item.id.as_str())
                    .or_insert(ItemIdx(offset + i as u32));
            }
            offset += file.lowered.items.len() as u32;
        }
        let targets: Vec<Vec<Option<ItemIdx>>> = self
            .files
            .iter()
            .map(|f| {
                let names = &f.lowered.log_names.names;
                names.iter().map(|n| ids.get(n.as_str()).copied()).collect()
            })
            .collect();
        for (n, (file, targets)) in self.files.iter_mut().zip(targets).enumerate() {
            let unchanged = file.resolved.len() <= targets.len()
                && file.resolved[..] == targets[..file.resolved.len()];
            let lines = match &touched {
                Some((id, fresh)) if id.0 as usize == n => match fresh {
                    // Names were only added: the other lines are right.
                    Some(fresh) if unchanged => fresh.clone(),
                    _ => 0..file.lowered.logs.len(),
                },
                _ if unchanged && file.lowered.logs_resolved => continue,
                _ => 0..file.lowered.logs.len(),
            };
            let lowered = &mut file.lowered;
            let of_log = &lowered.log_names.of_log[lines.clone()];
            let stale = lowered.logs[lines.clone()]
                .iter()
                .zip(of_log)
                .any(|(l, &k)| l.target.target != targets[k as usize]);
            if stale {
                let logs = std::sync::Arc::make_mut(&mut lowered.logs);
                for (l, &k) in logs[lines].iter_mut().zip(of_log) {
                    l.target.target = targets[k as usize];
                }
            }
            lowered.logs_resolved = true;
            file.resolved = targets;
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
        let lowered: Vec<(FileId, &FileModel)> =
            self.files().map(|(id, f)| (id, &f.lowered)).collect();
        let model = Model::build(&lowered, today);

        let errors: Vec<(FileId, TextRange)> = self
            .files
            .iter()
            .flat_map(|f| &f.lowered.diagnostics)
            .filter(|d| d.severity == Severity::Error)
            .map(|d| (d.file, d.range))
            .collect();
        // The lexicon and the titles read with it, kept between analyses.
        let lexicon = self
            .titles
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .for_words(&settings.words);
        let cx = rules::Context::new(&model, today, settings, &lexicon, &errors)
            .with_title_cache(&self.titles);
        let found = rules::run(&cx);
        let suppressions: Vec<Suppressions> = self.files.iter().map(Suppressions::of).collect();
        let mut diagnostics: Vec<Diagnostic> = self
            .files
            .iter()
            .flat_map(|f| f.lowered.diagnostics.iter().cloned())
            .chain(model.diagnostics.iter().cloned())
            .chain(found)
            .filter_map(|mut d| {
                d.severity = settings.severity(d.code)?;
                let file = &self.files[d.file.0 as usize];
                (!suppressions[d.file.0 as usize].silences(file, &d)).then_some(d)
            })
            .collect();
        // A total order (the message breaks ties), so the result does not
        // depend on the order diagnostics were found in.
        diagnostics.sort_by(|a, b| {
            (
                a.file,
                a.range.start,
                a.range.end,
                a.code.code,
                &a.message.en,
            )
                .cmp(&(
                    b.file,
                    b.range.start,
                    b.range.end,
                    b.code.code,
                    &b.message.en,
                ))
        });
        Analysis { model, diagnostics }
    }
}

/// What the analysis found.
#[derive(Debug)]
pub struct Analysis {
    pub model: Model,
    /// Sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}
