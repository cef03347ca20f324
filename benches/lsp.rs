//! `cargo bench --bench lsp`: the language server's edit-to-diagnostics
//! latency. A client in the same process speaks JSON-RPC to `goalie lsp`
//! over a pipe, opens a generated file of 1k, 10k, 100k or 1M log lines,
//! and each iteration sends one `didChange` (a digit typed into, then
//! removed from, a log line in the middle) and waits for the
//! `publishDiagnostics` of that version.

#[path = "support/generate.rs"]
mod generate;

use divan::Bencher;
use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];
const URI: &str = "file:///bench/bench.goals";

fn main() {
    divan::main();
}

struct Client {
    writer: WriteHalf<DuplexStream>,
    reader: BufReader<ReadHalf<DuplexStream>>,
}

impl Client {
    async fn send(&mut self, message: Value) {
        let body = serde_json::to_vec(&message).unwrap();
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        self.writer.write_all(header.as_bytes()).await.unwrap();
        self.writer.write_all(&body).await.unwrap();
    }

    async fn read(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).await.unwrap();
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                length = v.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).await.unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    /// Reads until the diagnostics of `version` arrive; returns how many.
    async fn diagnostics_of(&mut self, version: i64) -> usize {
        loop {
            let m = self.read().await;
            if m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["version"] == json!(version)
            {
                return m["params"]["diagnostics"].as_array().unwrap().len();
            }
        }
    }
}

async fn start(text: &str) -> Client {
    let (client_end, server_end) = tokio::io::duplex(1 << 22);
    let (server_read, server_write) = tokio::io::split(server_end);
    tokio::spawn(goalie::lsp::serve(
        server_read,
        server_write,
        goalie::lsp::service(false),
    ));
    let (read, writer) = tokio::io::split(client_end);
    let mut client = Client {
        writer,
        reader: BufReader::new(read),
    };
    let (y, m, d) = generate::TODAY;
    let today = format!("{y:04}-{m:02}-{d:02}");
    client
        .send(
            json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                "capabilities": {}, "initializationOptions": { "today": today }
            }}),
        )
        .await;
    while client.read().await["id"] != 1 {}
    client
        .send(json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }))
        .await;
    client
        .send(
            json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                "textDocument": { "uri": URI, "languageId": "goals", "version": 1, "text": text }
            }}),
        )
        .await;
    client.diagnostics_of(1).await;
    client
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn did_change_to_diagnostics(bencher: Bencher, size: usize) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let text = generate::single_file(size, 42);
    // A log line in the middle: its value's first digit.
    let middle = text.len() / 2;
    let line_start = text[..middle].rfind('\n').unwrap() + 1;
    let line = text[line_start..].lines().next().unwrap();
    let line_no = text[..line_start].matches('\n').count();
    let col = line.rfind(|c: char| c.is_ascii_digit()).unwrap();
    let mut client = runtime.block_on(start(&text));
    let mut version = 1;
    bencher.bench_local(|| {
        version += 1;
        // Odd versions remove the digit the even ones type.
        let (end, insert) = if version % 2 == 0 {
            (col, "7")
        } else {
            (col + 1, "")
        };
        runtime.block_on(async {
            client
                .send(
                    json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                        "textDocument": { "uri": URI, "version": version },
                        "contentChanges": [{
                            "range": {
                                "start": { "line": line_no, "character": col },
                                "end": { "line": line_no, "character": end }
                            },
                            "text": insert
                        }]
                    }}),
                )
                .await;
            client.diagnostics_of(version).await
        })
    });
}
