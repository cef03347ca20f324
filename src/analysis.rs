//! The analysis API that every shell (CLI, language server, watcher) calls:
//! a workspace of files in memory, and what can be said about it on a
//! given day.

use jiff::civil::Date;

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, FileId, Severity, codes};
use crate::i18n::Message;
use crate::model::{FileModel, Model, lower_file};
use crate::rules::{self, Lexicon, suppress::Suppressions};
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
        }
    }
}

/// Every file goalie knows about. File ids are indices and stay valid.
#[derive(Debug, Default)]
pub struct Workspace {
    files: Vec<SourceFile>,
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
        file.lowered
            .diagnostics
            .push(Diagnostic::new(codes::UNREADABLE_FILE, id, range, message));
        self.files.push(file);
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
    /// only the chunks the edit touches.
    pub fn edit(&mut self, id: FileId, range: std::ops::Range<usize>, replacement: &str) {
        let file = &mut self.files[id.0 as usize];
        file.text.replace_range(range.clone(), replacement);
        file.parse.edit(&file.text, range, replacement.len());
        file.line_index = LineIndex::new(&file.text);
        file.lowered = lower_file(id, &file.text, &file.parse);
    }

    /// Replaces a file's whole text.
    pub fn set_text(&mut self, id: FileId, text: impl Into<String>) {
        let name = std::mem::take(&mut self.files[id.0 as usize].name);
        self.files[id.0 as usize] = SourceFile::new(id, name, text.into());
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
        let lexicon = Lexicon::new(&settings.words);
        let errors: Vec<(FileId, TextRange)> = self
            .files
            .iter()
            .flat_map(|f| &f.lowered.diagnostics)
            .filter(|d| d.severity == Severity::Error)
            .map(|d| (d.file, d.range))
            .collect();
        let cx = rules::Context {
            model: &model,
            today,
            settings,
            lexicon: &lexicon,
            errors: &errors,
        };
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
        diagnostics.sort_by(|a, b| {
            (a.file, a.range.start, a.range.end, a.code.code).cmp(&(
                b.file,
                b.range.start,
                b.range.end,
                b.code.code,
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
