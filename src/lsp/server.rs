//! The backend: receives LSP messages and dispatches them to one module per
//! capability. Three rules keep it sound:
//!
//! - Document changes are applied synchronously, before the handler's first
//!   `.await`: the transport starts handlers in arrival order, so changes
//!   apply in that order whatever runs concurrently.
//! - Requests run on the blocking pool on a snapshot taken after the
//!   changes that arrived before them (the lock is held only to take it);
//!   a cancelled request is dropped.
//! - Disk I/O happens in `index.rs`, outside the lock, before its result
//!   is applied to the state.
//! - Every handler body runs inside `catch_unwind`: a panic becomes an
//!   error response (or a logged message for a notification), never a dead
//!   server.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde_json::Value;
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::settings::ClientSettings;
use super::snapshot::Snapshot;
use super::state::State;
use super::{
    code_action, commands, completion, definition, diagnostics, document_highlight,
    document_symbols, folding, formatting, hover, index, inlay_hints, references, rename,
    semantic_tokens, workspace_symbols,
};
use crate::i18n::{Lang, msg};

/// Cheap to clone: background tasks hold their own handle.
#[derive(Clone)]
pub struct Backend {
    client: Client,
    state: Arc<Mutex<State>>,
    /// Wakes the publisher after a change.
    dirty: Arc<Notify>,
    caps: Arc<Mutex<ClientCapabilities>>,
    watcher: Arc<Mutex<Option<crate::host::Watcher>>>,
    /// Set once the workspace's files have been read: requests wait for it,
    /// so a cross-file answer never misses a file not yet read.
    indexed: tokio::sync::watch::Sender<bool>,
    /// The client watches files for us (dynamic registration accepted).
    client_watches: Arc<std::sync::atomic::AtomicBool>,
    /// `shutdown` was accepted: `exit` may end the process with success.
    shut_down: Arc<std::sync::atomic::AtomicBool>,
    /// The semantic tokens last sent per document, for deltas.
    tokens: Arc<Mutex<semantic_tokens::Sent>>,
}

/// The longest a request waits on the client before going on without it.
const WAIT: std::time::Duration = std::time::Duration::from_secs(10);

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panic under the lock leaves the state as it was at the panic; the
    // next full text from the editor repairs it, so go on.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

fn internal(what: &str, message: String, lang: Lang) -> Error {
    Error {
        code: ErrorCode::InternalError,
        message: msg!(lsp_internal_error, what = what, message = message)
            .render(lang)
            .into(),
        data: None,
    }
}

impl Backend {
    pub fn new(client: Client) -> Self {
        Backend {
            client,
            state: Arc::new(Mutex::new(State::default())),
            dirty: Arc::new(Notify::new()),
            caps: Arc::new(Mutex::new(ClientCapabilities::default())),
            watcher: Arc::new(Mutex::new(None)),
            indexed: tokio::sync::watch::channel(false).0,
            client_watches: Arc::new(std::sync::atomic::AtomicBool::new(false)),
            shut_down: Arc::new(std::sync::atomic::AtomicBool::new(false)),
            tokens: Arc::default(),
        }
    }

    /// Whether `shutdown` was accepted (the transport's exit code).
    pub(crate) fn was_shut_down(&self) -> bool {
        self.shut_down.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The language the user reads (the transport's error messages).
    pub(crate) fn lang(&self) -> Lang {
        lock(&self.state).lang()
    }

    /// Runs a request on the blocking pool against a snapshot of the
    /// current state: the lock is held only to take the snapshot.
    async fn query<R, F>(&self, what: &'static str, f: F) -> Result<R>
    where
        R: Send + 'static,
        F: FnOnce(&Snapshot) -> R + Send + 'static,
    {
        let mut indexed = self.indexed.subscribe();
        let _ = tokio::time::timeout(WAIT, indexed.wait_for(|done| *done)).await;
        let state = self.state.clone();
        let joined = tokio::task::spawn_blocking(move || {
            let snapshot = lock(&state).snapshot();
            catch_unwind(AssertUnwindSafe(|| f(&snapshot)))
        })
        .await;
        match joined {
            Ok(Ok(result)) => Ok(result),
            Ok(Err(payload)) => Err(internal(what, panic_message(&*payload), self.lang())),
            Err(e) => Err(internal(what, e.to_string(), self.lang())),
        }
    }

    /// Applies a change now, before any `.await`, then wakes the publisher.
    fn update(&self, what: &'static str, f: impl FnOnce(&mut State)) {
        let result = {
            let mut guard = lock(&self.state);
            catch_unwind(AssertUnwindSafe(|| f(&mut guard)))
        };
        if let Err(payload) = result {
            let message = msg!(
                lsp_internal_error,
                what = what,
                message = panic_message(&*payload)
            )
            .render(self.lang());
            let client = self.client.clone();
            tokio::spawn(async move { client.log_message(MessageType::ERROR, message).await });
        }
        self.dirty.notify_one();
    }

    /// Publishes diagnostics after each burst of changes: computed on one
    /// generation's snapshot, dropped if a newer change arrived before
    /// they went out (its own round follows), and sent only for files whose
    /// diagnostics changed.
    fn start_publisher(&self) {
        let state = self.state.clone();
        let dirty = self.dirty.clone();
        let client = self.client.clone();
        let mut indexed = self.indexed.subscribe();
        let refresh = self.supports_inlay_refresh();
        tokio::spawn(async move {
            // Not before the workspace is read: every id in a log file
            // would look unknown until its definition's file is in.
            let _ = tokio::time::timeout(WAIT, indexed.wait_for(|done| *done)).await;
            // What each file last got: an open file hears again at each new
            // version (the client learns its diagnostics are current).
            let mut sent: HashMap<Uri, (Option<i32>, Vec<Diagnostic>)> = HashMap::new();
            loop {
                dirty.notified().await;
                let state2 = state.clone();
                let batch = tokio::task::spawn_blocking(move || {
                    let snapshot = lock(&state2).snapshot();
                    catch_unwind(AssertUnwindSafe(|| round(&snapshot)))
                })
                .await;
                let Ok(Ok((generation, files))) = batch else {
                    let lang = lock(&state).lang();
                    client
                        .log_message(
                            MessageType::ERROR,
                            msg!(lsp_internal_error_diagnostics).render(lang),
                        )
                        .await;
                    continue;
                };
                let mut complete = true;
                for (uri, version, diags) in files {
                    if lock(&state).generation != generation {
                        complete = false;
                        break; // stale: the next round has the newer text
                    }
                    let now = (version, diags);
                    if sent.get(&uri) == Some(&now) {
                        continue;
                    }
                    let diags = now.1.clone();
                    sent.insert(uri.clone(), now);
                    client.publish_diagnostics(uri, diags, version).await;
                }
                // A log line typed in one file moves the hints of another:
                // ask the client to fetch them again (without waiting).
                if complete && refresh {
                    let client = client.clone();
                    tokio::spawn(async move { client.inlay_hint_refresh().await });
                }
            }
        });
    }

    async fn pull_configuration(&self) {
        let supported = lock_caps(&self.caps)
            .workspace
            .as_ref()
            .and_then(|w| w.configuration)
            .unwrap_or(false);
        if !supported {
            return;
        }
        let items = vec![ConfigurationItem {
            scope_uri: None,
            section: Some("goalie".to_string()),
        }];
        if let Ok(values) = self.client.configuration(items).await
            && let Some(value) = values.into_iter().next()
        {
            self.set_client_settings(&value).await;
        }
    }

    async fn set_client_settings(&self, value: &Value) {
        let (settings, problems) = ClientSettings::read(value);
        let lang = {
            let mut guard = lock(&self.state);
            if guard.client != settings {
                guard.client = settings;
                guard.touch();
            }
            guard.lang()
        };
        for p in problems {
            self.client
                .show_message(MessageType::WARNING, p.render(lang))
                .await;
        }
        self.dirty.notify_one();
        // Hints depend on settings; ask the client to fetch them again.
        if self.supports_inlay_refresh() {
            let _ = self.client.inlay_hint_refresh().await;
        }
    }

    fn supports_inlay_refresh(&self) -> bool {
        lock_caps(&self.caps)
            .workspace
            .as_ref()
            .and_then(|w| w.inlay_hint.as_ref())
            .and_then(|h| h.refresh_support)
            .unwrap_or(false)
    }

    async fn watch_files(&self) {
        let dynamic = lock_caps(&self.caps)
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        if dynamic {
            let options = DidChangeWatchedFilesRegistrationOptions {
                watchers: ["**/*.goals", "**/goalie.toml"]
                    .into_iter()
                    .map(|glob| FileSystemWatcher {
                        glob_pattern: GlobPattern::String(glob.to_string()),
                        kind: None,
                    })
                    .collect(),
            };
            let registration = Registration {
                id: "goalie-watched-files".to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
                register_options: serde_json::to_value(options).ok(),
            };
            if self
                .client
                .register_capability(vec![registration])
                .await
                .is_ok()
            {
                self.client_watches
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                return;
            }
        }
        // The client cannot watch files for us: notify does.
        let roots = lock(&self.state).roots.clone();
        self.watch_with_notify(roots).await;
        // (A root adopted meanwhile by didOpen started its own watcher.)
    }

    async fn watch_with_notify(&self, roots: Vec<PathBuf>) {
        if roots.is_empty() {
            return;
        }
        let state = self.state.clone();
        let dirty = self.dirty.clone();
        let started = crate::host::watch(&roots, move |change| {
            if let crate::host::Change::Paths(paths) = change {
                let roots = lock(&state).roots.clone();
                for path in paths {
                    let exists = path.exists();
                    let Ok(event) = catch_unwind(|| index::read_event(&roots, &path, exists))
                    else {
                        continue;
                    };
                    let mut guard = lock(&state);
                    let _ = catch_unwind(AssertUnwindSafe(|| index::apply(&mut guard, event)));
                }
                dirty.notify_one();
            }
        });
        match started {
            Ok(watcher) => {
                *self.watcher.lock().unwrap_or_else(PoisonError::into_inner) = Some(watcher)
            }
            Err(e) => {
                self.client
                    .log_message(
                        MessageType::WARNING,
                        msg!(lsp_cannot_watch, error = e.to_string()).render(self.lang()),
                    )
                    .await
            }
        }
    }

    /// Reads the workspace, then pulls settings and sets up file watching.
    async fn start(&self, roots: Vec<PathBuf>) {
        let named = !roots.is_empty();
        let (files, config, problems) = tokio::task::spawn_blocking(move || {
            let (files, problems) = index::scan(&roots);
            (files, index::load_config(&roots), problems)
        })
        .await
        .unwrap_or_default();
        self.update("workspace index", |state| {
            if named {
                state.config = config;
            }
            state.add_disk_files(files);
        });
        for p in problems {
            self.client
                .log_message(MessageType::WARNING, format!("goalie: {p}"))
                .await;
        }
        // A client that never answers must not hold requests forever.
        let _ = tokio::time::timeout(WAIT, self.pull_configuration()).await;
        self.indexed.send_replace(true);
        self.dirty.notify_one();
        self.watch_files().await;
    }

    #[doc(hidden)]
    /// Tests lock the state to hold a request in flight (cancellation).
    pub fn state_for_tests(&self) -> Arc<Mutex<State>> {
        self.state.clone()
    }

    /// A request that panics, registered only by tests' service builder.
    #[doc(hidden)]
    pub async fn test_panic(&self, _: Value) -> Result<Value> {
        self.query("goalie/test/panic", |_| -> Value { panic!("on purpose") })
            .await
    }
}

fn lock_caps(caps: &Mutex<ClientCapabilities>) -> MutexGuard<'_, ClientCapabilities> {
    caps.lock().unwrap_or_else(PoisonError::into_inner)
}

type Round = (u64, Vec<(Uri, Option<i32>, Vec<Diagnostic>)>);

/// One publishing round: every live file's diagnostics (open ones first:
/// they are what the user looks at), and goalie.toml's problem if any.
fn round(state: &Snapshot) -> Round {
    let mut by_file = diagnostics::by_file(state);
    // Open files first: they are what the user looks at.
    by_file.sort_by_key(|(id, _)| !state.entry(*id).open);
    let mut files: Vec<(Uri, Option<i32>, Vec<Diagnostic>)> = by_file
        .into_iter()
        .map(|(id, diags)| {
            let entry = state.entry(id);
            (entry.uri.clone(), entry.version, diags)
        })
        .collect();
    // Deleted files: clear what was shown for them (sent once, then the
    // publisher's cache keeps quiet).
    let live: std::collections::HashSet<Uri> = files.iter().map(|f| f.0.clone()).collect();
    let gone: Vec<Uri> = state
        .entries
        .iter()
        .filter(|e| e.gone && !live.contains(&e.uri))
        .map(|e| e.uri.clone())
        .collect();
    files.extend(gone.into_iter().map(|uri| (uri, None, Vec::new())));
    if let Some(path) = &state.config.path
        && let Some(uri) = Uri::from_file_path(path)
    {
        let diags = match &state.config.error {
            Some((_, line, column, message)) => {
                let at = Position::new(
                    line.unwrap_or(1).saturating_sub(1),
                    column.unwrap_or(1).saturating_sub(1),
                );
                vec![Diagnostic {
                    range: Range::new(at, at),
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("goalie".to_string()),
                    message: message.render(state.lang()).to_string(),
                    ..Default::default()
                }]
            }
            None => Vec::new(),
        };
        files.push((uri, None, diags));
    }
    (state.generation, files)
}

fn roots_of(params: &InitializeParams) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = params
        .workspace_folders
        .iter()
        .flatten()
        .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
        .collect();
    #[allow(deprecated)]
    if roots.is_empty()
        && let Some(root) = params.root_uri.as_ref().and_then(|u| u.to_file_path())
    {
        roots.push(root.into_owned());
    }
    roots
}

pub fn capabilities(encoding: &PositionEncodingKind) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.clone()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(completion::options()),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(semantic_tokens::options()),
        document_formatting_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..Default::default()
        })),
        inlay_hint_provider: Some(OneOf::Left(true)),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![commands::LOG_PROGRESS.to_string()],
            ..Default::default()
        }),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..Default::default()
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = super::position::Encoding::negotiate(&params.capabilities);
        {
            let mut state = lock(&self.state);
            state.encoding = encoding;
            state.locale = params.locale.as_deref().and_then(Lang::from_locale);
            state.roots = roots_of(&params);
            if let Some(options) = &params.initialization_options {
                state.client = ClientSettings::read(options).0;
            }
        }
        *lock_caps(&self.caps) = params.capabilities;
        Ok(InitializeResult {
            capabilities: capabilities(&encoding.kind()),
            server_info: Some(ServerInfo {
                name: "goalie".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.start_publisher();
        // Reading the workspace and talking to the client take a while:
        // done in the background, so this notification does not hold up
        // the ones behind it (nor exit).
        // The folders named at initialize, read now: a file opened alone
        // later adopts its folder itself.
        let roots = lock(&self.state).roots.clone();
        let backend = self.clone();
        tokio::spawn(async move { backend.start(roots).await });
    }

    async fn shutdown(&self) -> Result<()> {
        self.shut_down
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.watcher
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        // No workspace folder (a file opened alone): its folder is the
        // workspace, as for `goalie check` run there, so log lines kept in
        // sibling files count. Read before the lock, still before any
        // `.await`, so the open keeps its place in the order of changes.
        let adopting = if lock(&self.state).roots.is_empty() {
            doc.uri
                .to_file_path()
                .and_then(|p| p.parent().map(PathBuf::from))
                .map(|dir| {
                    let (config, files) = index::adopt(&dir);
                    (dir, config, files)
                })
        } else {
            None
        };
        let mut adopted = None;
        self.update("didOpen", |state| {
            if let Some((dir, config, files)) = adopting
                && state.roots.is_empty()
            {
                state.adopt_root(dir.clone(), config, files);
                adopted = Some(dir);
            }
            state.open(doc.uri, doc.text, doc.version);
        });
        if let Some(dir) = adopted
            && !self
                .client_watches
                .load(std::sync::atomic::Ordering::SeqCst)
        {
            self.watch_with_notify(vec![dir]).await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let doc = params.text_document;
        self.update("didChange", |state| {
            state.change(&doc.uri, doc.version, params.content_changes);
        });
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let path = lock(&self.state).disk_path(&uri);
        let on_disk = path.as_deref().and_then(index::read);
        self.tokens
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .forget(&uri);
        self.update("didClose", |state| state.close(&uri, on_disk));
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let roots = lock(&self.state).roots.clone();
        let events: Vec<index::Event> = params
            .changes
            .iter()
            .filter_map(|change| {
                let path = change.uri.to_file_path()?;
                Some(index::read_event(
                    &roots,
                    &path,
                    change.typ != FileChangeType::DELETED,
                ))
            })
            .collect();
        self.update("didChangeWatchedFiles", |state| {
            for event in events {
                index::apply(state, event);
            }
        });
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        let added: Vec<PathBuf> = params
            .event
            .added
            .iter()
            .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
            .collect();
        let removed: Vec<PathBuf> = params
            .event
            .removed
            .iter()
            .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
            .collect();
        self.update("didChangeWorkspaceFolders", |state| {
            for r in &removed {
                state.remove_root(r);
            }
            state.roots.extend(added.iter().cloned());
        });
        let (files, _) = tokio::task::spawn_blocking(move || index::scan(&added))
            .await
            .unwrap_or_default();
        self.update("workspace index", |state| state.add_disk_files(files));
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let pull = lock_caps(&self.caps)
            .workspace
            .as_ref()
            .and_then(|w| w.configuration)
            .unwrap_or(false);
        // Asking the client is a round trip: not in the notification's way.
        let backend = self.clone();
        tokio::spawn(async move {
            if pull {
                backend.pull_configuration().await;
            } else {
                backend.set_client_settings(&params.settings).await;
            }
        });
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        self.query("hover", move |state| hover::hover(state, params))
            .await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.query("inlayHint", move |state| inlay_hints::hints(state, params))
            .await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let snippets = lock_caps(&self.caps)
            .text_document
            .as_ref()
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false);
        self.query("completion", move |state| {
            completion::complete(state, params, snippets)
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        self.query("codeAction", move |state| {
            code_action::actions(state, params)
        })
        .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        self.query("definition", move |state| {
            definition::definition(state, params)
        })
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        self.query("references", move |state| {
            references::references(state, params)
        })
        .await
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        self.query("prepareRename", move |state| rename::prepare(state, params))
            .await
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        self.query("rename", move |state| rename::rename(state, params))
            .await?
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        self.query("documentSymbol", move |state| {
            document_symbols::symbols(state, params)
        })
        .await
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        self.query("workspaceSymbol", move |state| {
            workspace_symbols::symbols(state, params)
        })
        .await
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        self.query("foldingRange", move |state| folding::ranges(state, params))
            .await
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let sent = self.tokens.clone();
        self.query("semanticTokens", move |state| {
            semantic_tokens::full(state, params, &sent)
        })
        .await
    }

    async fn semantic_tokens_full_delta(
        &self,
        params: SemanticTokensDeltaParams,
    ) -> Result<Option<SemanticTokensFullDeltaResult>> {
        let sent = self.tokens.clone();
        self.query("semanticTokens/delta", move |state| {
            semantic_tokens::delta(state, params, &sent)
        })
        .await
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        self.query("semanticTokens/range", move |state| {
            semantic_tokens::range(state, params)
        })
        .await
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        self.query("documentHighlight", move |state| {
            document_highlight::highlights(state, params)
        })
        .await
    }

    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        self.query("formatting", move |state| formatting::format(state, params))
            .await
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        let planned = self
            .query("executeCommand", move |state| commands::plan(state, params))
            .await??;
        let lang = lock(&self.state).lang();
        let line = planned.result["line"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let refused = |reason: String| Error {
            // LSP's RequestFailed.
            code: ErrorCode::ServerError(-32803),
            message: crate::i18n::msg!(
                lsp_editor_did_not_add,
                line = line.as_str(),
                reason = reason
            )
            .render(lang)
            .into(),
            data: None,
        };
        match self.client.apply_edit(planned.edit.edit.clone()).await {
            Ok(applied) if applied.applied => {}
            Ok(applied) => {
                return Err(refused(
                    applied
                        .failure_reason
                        .map_or_else(String::new, |r| format!(": {r}")),
                ));
            }
            Err(e) => return Err(refused(format!(": {}", e.message))),
        }
        Ok(Some(planned.result))
    }
}
