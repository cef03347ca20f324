//! An LSP client for tests: real JSON-RPC framing (`Content-Length`
//! headers) over an in-process duplex pipe to `goalie::lsp::serve`. It
//! answers the server's own requests (configuration, registrations,
//! applyEdit) and records its notifications.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};
use tokio::task::JoinHandle;

/// The fixed day tests run on.
pub const TODAY: &str = "2026-11-24";

pub const PLAN: &str = "\
objective growth: Win 100 new clinic customers in Q4 2026
  period: 2026-Q4
  owner: @sylvie
  why: Finance two hires in 2027

  kr new-customers: Win 100 new customers by December
    metric: 0 -> 100 customers
    due: 2026-12-31
  kr churn: Keep monthly churn at or below 2%
    keep: <= 2%

activity calls: Call five prospects every weekday
  target: 5 calls per weekday
  supports: new-customers

funnel sales: What 50 000 EUR of revenue takes
  goal: 50 000 € by 2026-12-31
  start: 2026-10-01
  supports: growth
  stage deals: 500 € each
";

pub const LOG: &str = "\
2026-10-15 new-customers 20
2026-11-01 new-customers 35
2026-11-20 new-customers 42 \"good week\"
2026-11-24 calls 3
2026-11-10 churn 1.5%
2026-11-21 new-custmers 1
";

/// What the client offers at `initialize`.
pub struct Options {
    pub utf8: bool,
    pub locale: Option<&'static str>,
    pub dynamic_watch: bool,
    pub configuration: bool,
    /// Answer to `workspace/configuration` (and `initializationOptions`).
    pub settings: Value,
    /// Name the temporary folder as the workspace (else: no folder, as
    /// when one file is opened alone).
    pub folder: bool,
    /// The client declares `completion.completionItem.snippetSupport`.
    pub snippets: bool,
    /// How long the server waits on a message cut short.
    pub stall: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            utf8: false,
            locale: Some("en"),
            dynamic_watch: true,
            configuration: true,
            settings: json!({ "today": TODAY }),
            folder: true,
            snippets: true,
            stall: Duration::from_secs(5),
        }
    }
}

pub struct Client {
    writer: WriteHalf<DuplexStream>,
    reader: BufReader<ReadHalf<DuplexStream>>,
    next_id: i64,
    pub settings: Arc<Mutex<Value>>,
    /// Latest `publishDiagnostics` params by URI.
    pub diagnostics: HashMap<String, Value>,
    /// Every `publishDiagnostics`, in order.
    pub published: Vec<Value>,
    pub shown: Vec<Value>,
    pub logged: Vec<Value>,
    /// Every error response with a `null` id (an answer to a message whose
    /// id could not be read).
    pub null_errors: Vec<Value>,
    pub registrations: Vec<Value>,
    pub applied: Vec<Value>,
    /// What we answer to `workspace/applyEdit`.
    pub apply_answer: Value,
    /// The methods of the server's requests to us, in order.
    pub requests: Vec<String>,
    pub server: JoinHandle<goalie::lsp::Ending>,
    pub root: tempfile::TempDir,
    pub state: Arc<Mutex<goalie::lsp::state::State>>,
    /// The `initialize` result.
    pub init: Value,
}

pub fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

impl Client {
    /// Starts a server on a folder holding `files` and initializes it.
    pub async fn start(files: &[(&str, &str)], options: Options) -> Client {
        let root = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = root.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_end);
        let service = goalie::lsp::service(true);
        let state = service.0.inner().state_for_tests();
        let server = tokio::spawn(goalie::lsp::serve_with_stall(
            server_read,
            server_write,
            service,
            options.stall,
        ));
        let (client_read, client_write) = tokio::io::split(client_end);
        let mut client = Client {
            writer: client_write,
            reader: BufReader::new(client_read),
            next_id: 1,
            settings: Arc::new(Mutex::new(options.settings.clone())),
            diagnostics: HashMap::new(),
            published: Vec::new(),
            shown: Vec::new(),
            logged: Vec::new(),
            null_errors: Vec::new(),
            registrations: Vec::new(),
            applied: Vec::new(),
            requests: Vec::new(),
            apply_answer: json!({ "applied": true }),
            server,
            root,
            state,
            init: Value::Null,
        };
        let (root_uri, folders) = if options.folder {
            let u = uri(client.root.path());
            (json!(u), json!([{ "uri": u, "name": "plans" }]))
        } else {
            (Value::Null, Value::Null)
        };
        let mut general = json!({});
        if options.utf8 {
            general = json!({ "positionEncodings": ["utf-8", "utf-16"] });
        }
        let result = client
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": root_uri,
                    "workspaceFolders": folders,
                    "locale": options.locale,
                    "initializationOptions": options.settings,
                    "capabilities": {
                        "general": general,
                        "workspace": {
                            "configuration": options.configuration,
                            "didChangeWatchedFiles": { "dynamicRegistration": options.dynamic_watch },
                            "applyEdit": true,
                            "inlayHint": { "refreshSupport": true }
                        },
                        "textDocument": {
                            "hover": { "contentFormat": ["markdown", "plaintext"] },
                            "completion": {
                                "completionItem": { "snippetSupport": options.snippets }
                            }
                        }
                    }
                }),
            )
            .await
            .expect("initialize");
        assert_eq!(result["serverInfo"]["name"], "goalie");
        client.init = result;
        client.notify("initialized", json!({})).await;
        client
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    pub fn uri(&self, name: &str) -> String {
        uri(&self.path(name))
    }

    async fn send(&mut self, message: Value) {
        let body = serde_json::to_vec(&message).unwrap();
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        self.writer.write_all(header.as_bytes()).await.unwrap();
        self.writer.write_all(&body).await.unwrap();
        self.writer.flush().await.unwrap();
    }

    /// Bytes as they are, framed or not.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).await.unwrap();
        self.writer.flush().await.unwrap();
    }

    /// The next error response whose id is `id` (`null` for a message
    /// whose id could not be read).
    pub async fn error_for(&mut self, id: Value) -> Value {
        loop {
            let message = self.recv().await;
            if message.get("method").is_none() && message["id"] == id {
                return message
                    .get("error")
                    .cloned()
                    .unwrap_or_else(|| panic!("not an error: {message}"));
            }
        }
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }))
            .await;
    }

    /// Sends a request without waiting; returns its id.
    pub async fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }))
            .await;
        id
    }

    /// Sends a request and waits for its response: `Ok(result)` or
    /// `Err(error)`.
    pub async fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let id = self.send_request(method, params).await;
        self.response(id).await
    }

    pub async fn response(&mut self, id: i64) -> Result<Value, Value> {
        loop {
            let message = self.recv().await;
            if message.get("method").is_none() && message["id"] == json!(id) {
                return match message.get("error") {
                    Some(error) => Err(error.clone()),
                    None => Ok(message["result"].clone()),
                };
            }
        }
    }

    async fn read_message(&mut self) -> Value {
        self.try_read_message()
            .await
            .expect("the server closed the stream")
    }

    async fn try_read_message(&mut self) -> Option<Value> {
        read_frame(&mut self.reader).await
    }

    /// The next message, after answering it if it is a request to us and
    /// recording it if it is a notification.
    pub async fn recv(&mut self) -> Value {
        let message = tokio::time::timeout(Duration::from_secs(20), self.read_message())
            .await
            .expect("no message from the server within 20 s");
        let method = message
            .get("method")
            .and_then(Value::as_str)
            .map(str::to_string);
        match (method.as_deref(), message.get("id")) {
            (Some(m), Some(id)) => {
                self.requests.push(m.to_string());
                let result = match m {
                    "workspace/configuration" => {
                        let n = message["params"]["items"].as_array().map_or(1, Vec::len);
                        let settings = self.settings.lock().unwrap().clone();
                        json!(vec![settings; n])
                    }
                    "client/registerCapability" => {
                        self.registrations.push(message["params"].clone());
                        Value::Null
                    }
                    "workspace/applyEdit" => {
                        self.applied.push(message["params"].clone());
                        self.apply_answer.clone()
                    }
                    _ => Value::Null,
                };
                let id = id.clone();
                self.send(json!({ "jsonrpc": "2.0", "id": id, "result": result }))
                    .await;
            }
            (Some("textDocument/publishDiagnostics"), None) => {
                let uri = message["params"]["uri"].as_str().unwrap().to_string();
                self.diagnostics.insert(uri, message["params"].clone());
                self.published.push(message["params"].clone());
            }
            (Some("window/showMessage"), None) => self.shown.push(message["params"].clone()),
            (Some("window/logMessage"), None) => self.logged.push(message["params"].clone()),
            (None, Some(Value::Null)) if message.get("error").is_some() => {
                self.null_errors.push(message["error"].clone())
            }
            _ => {}
        }
        message
    }

    /// Waits until the latest diagnostics of `uri` satisfy `ok`.
    pub async fn diagnostics_until(&mut self, uri: &str, ok: impl Fn(&Value) -> bool) -> Value {
        loop {
            if let Some(d) = self.diagnostics.get(uri)
                && ok(d)
            {
                return d.clone();
            }
            self.recv().await;
        }
    }

    /// Waits for diagnostics of `uri` holding `code`.
    pub async fn diagnostic_with(&mut self, uri: &str, code: &str) -> Value {
        let d = self
            .diagnostics_until(uri, |d| codes(d).contains(&code.to_string()))
            .await;
        d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["code"] == code)
            .unwrap()
            .clone()
    }

    pub async fn open(&mut self, name: &str, text: &str) -> String {
        let uri = self.uri(name);
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "goals", "version": 1, "text": text } }),
        )
        .await;
        uri
    }

    /// A request about a position of a document.
    pub async fn at(&mut self, method: &str, uri: &str, position: Value) -> Result<Value, Value> {
        self.request(
            method,
            json!({ "textDocument": { "uri": uri }, "position": position }),
        )
        .await
    }

    /// The inlay hints of a document's first 200 lines.
    pub async fn inlay_hints(&mut self, uri: &str) -> Vec<Value> {
        let hints = self
            .request(
                "textDocument/inlayHint",
                json!({
                    "textDocument": { "uri": uri },
                    "range": { "start": position(0, 0), "end": position(200, 0) }
                }),
            )
            .await
            .unwrap();
        hints.as_array().unwrap().clone()
    }

    /// The code actions offered for one diagnostic.
    pub async fn code_actions(&mut self, uri: &str, diagnostic: &Value) -> Vec<Value> {
        let actions = self
            .request(
                "textDocument/codeAction",
                json!({
                    "textDocument": { "uri": uri },
                    "range": diagnostic["range"],
                    "context": { "diagnostics": [diagnostic] }
                }),
            )
            .await
            .unwrap();
        actions.as_array().unwrap().clone()
    }

    /// `goalie.server.logProgress` with one argument object.
    pub async fn log_progress(&mut self, argument: Value) -> Result<Value, Value> {
        self.request(
            "workspace/executeCommand",
            json!({ "command": "goalie.server.logProgress", "arguments": [argument] }),
        )
        .await
    }

    /// Answers requests and records notifications for a while.
    pub async fn pump(&mut self, for_ms: u64) {
        let _ = tokio::time::timeout(Duration::from_millis(for_ms), async {
            loop {
                self.recv().await;
            }
        })
        .await;
    }

    pub async fn shutdown(mut self) {
        self.request("shutdown", Value::Null).await.unwrap();
        self.notify("exit", Value::Null).await;
        // Go on answering, as a client would, until the server is done.
        let done = tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                tokio::select! {
                    biased;
                    finished = &mut self.server => return finished,
                    more = read_frame(&mut self.reader) => {
                        if more.is_none() {
                            return (&mut self.server).await;
                        }
                    }
                }
            }
        })
        .await;
        done.expect("the server stops after exit").unwrap();
    }
}

/// The codes of a publishDiagnostics params.
pub fn codes(params: &Value) -> Vec<String> {
    params["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

pub fn position(line: u32, character: u32) -> Value {
    json!({ "line": line, "character": character })
}

/// The 0-based line and UTF-16 column of the first `needle` in `text`.
pub fn find(text: &str, needle: &str) -> Value {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in text"));
    let line = text[..at].matches('\n').count() as u32;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let col = text[start..at].encode_utf16().count() as u32;
    position(line, col)
}

/// One framed message, or `None` once the stream is closed.
async fn read_frame(reader: &mut BufReader<ReadHalf<DuplexStream>>) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line).await.ok()?;
        if n == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = Some(v.parse::<usize>().unwrap());
        }
    }
    let mut body = vec![0; length.expect("a Content-Length header")];
    reader.read_exact(&mut body).await.ok()?;
    Some(serde_json::from_slice(&body).unwrap())
}
