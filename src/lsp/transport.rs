//! The server's side of the wire: frames read by `framing.rs` go to the
//! tower-lsp-server service, its answers and its own requests go out, one
//! writer for all. In place of tower-lsp-server's `Server`, whose transport
//! stops at the first malformed message: here a malformed message is
//! answered (-32700 or -32600, with its id when it has one), logged on
//! stderr and in the editor's log, and reading goes on.
//!
//! The service is driven as tower-lsp-server drives it: messages are handed
//! to it one by one in arrival order, and up to four handlers run at once;
//! only `initialize` and `shutdown` are answered before the next message is
//! read.

use std::time::Duration;

use futures::channel::mpsc;
use futures::{FutureExt, SinkExt, StreamExt, future};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tower::Service;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Request, Response};
use tower_lsp_server::{ClientSocket, LspService};

use super::framing::{Frame, HeaderError, Reader};
use super::server::Backend;
use crate::i18n::{Message, msg};

/// Handlers running at once (tower-lsp-server's default).
const CONCURRENCY: usize = 4;
/// Messages read ahead of the handlers.
const QUEUE: usize = 100;
/// How long a client may pause in the middle of a message before what came
/// is taken as the whole (malformed) message.
pub const STALL: Duration = Duration::from_secs(5);
/// After `exit`: the longest pending answers may take to go out.
const DRAIN: Duration = Duration::from_secs(2);

/// Why serving stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// `exit` after `shutdown`.
    Exit,
    /// `exit` without `shutdown`: the protocol asks for exit code 1.
    ExitWithoutShutdown,
    /// The client closed the stream.
    EndOfInput,
}

/// A message read: for the service, for a pending request of ours, or
/// to be answered with an error.
enum Incoming {
    Request(Request),
    Response(Response),
    Malformed {
        id: Id,
        code: ErrorCode,
        what: Message,
        /// Whether to answer it (never a response: that would start a
        /// ping-pong).
        answer: bool,
    },
}

fn invalid(id: Id, what: Message) -> Incoming {
    Incoming::Malformed {
        id,
        code: ErrorCode::InvalidRequest,
        what,
        answer: true,
    }
}

fn parse_error(id: Id, what: Message) -> Incoming {
    Incoming::Malformed {
        id,
        code: ErrorCode::ParseError,
        what,
        answer: true,
    }
}

/// The id of a message, when it has a usable one.
fn id_of(value: &Value) -> Id {
    match value.get("id") {
        Some(Value::Number(n)) if n.is_i64() => Id::Number(n.as_i64().unwrap_or_default()),
        Some(Value::String(s)) => Id::String(s.clone()),
        _ => Id::Null,
    }
}

fn header_error(e: &HeaderError) -> Message {
    match e {
        HeaderError::Garbage => msg!(lsp_bytes_where_content_length),
        HeaderError::BareLineFeed => msg!(lsp_header_line_ends_lf),
        HeaderError::NoLength => msg!(lsp_no_content_length_header),
        HeaderError::BadLength(v) => msg!(lsp_content_length_not_length, value = v.to_string()),
        HeaderError::TooLarge(_) => msg!(
            lsp_content_length_over_limit,
            mib = (super::framing::MAX_BODY >> 20).to_string()
        ),
        HeaderError::Unterminated => msg!(lsp_header_block_with_no),
        HeaderError::NotAscii => msg!(lsp_header_that_not_ascii),
    }
}

/// What a frame holds, checked against JSON-RPC 2.0.
fn classify(frame: Frame) -> Incoming {
    let value = match frame {
        Frame::Json(value) => value,
        Frame::NotJson(e) => {
            return parse_error(Id::Null, msg!(lsp_not_json, e = e.to_string()));
        }
        Frame::Short { announced, body } => {
            let id = serde_json::from_slice::<Value>(&body)
                .map(|v| id_of(&v))
                .unwrap_or(Id::Null);
            return parse_error(
                id,
                msg!(
                    lsp_body_bytes_where_content,
                    len = body.len().to_string(),
                    announced = announced.to_string()
                ),
            );
        }
        Frame::BadHeader(e) => return parse_error(Id::Null, header_error(&e)),
    };
    let Value::Object(fields) = &value else {
        let what = if value.is_array() {
            msg!(lsp_batch_json_array_language)
        } else {
            msg!(lsp_message_that_not_json)
        };
        return invalid(Id::Null, what);
    };
    let id = id_of(&value);
    if fields.get("jsonrpc") != Some(&json!("2.0")) {
        return invalid(id, msg!(lsp_jsonrpc_must_be_2));
    }
    if let Some(raw) = fields.get("id")
        && !raw.is_null()
        && id == Id::Null
    {
        return invalid(Id::Null, msg!(lsp_id_must_be_integer));
    }
    if let Some(method) = fields.get("method") {
        if !method.is_string() {
            return invalid(id, msg!(lsp_method_must_be_string));
        }
        return match serde_json::from_value::<Request>(value) {
            Ok(request) => Incoming::Request(request),
            Err(e) => invalid(id, msg!(lsp_not_request, e = e.to_string())),
        };
    }
    if fields.contains_key("id") && (fields.contains_key("result") || fields.contains_key("error"))
    {
        return match serde_json::from_value::<Response>(value) {
            Ok(response) => Incoming::Response(response),
            Err(e) => Incoming::Malformed {
                id: Id::Null,
                code: ErrorCode::InvalidRequest,
                what: msg!(lsp_not_response, e = e.to_string()),
                answer: false,
            },
        };
    }
    invalid(id, msg!(lsp_neither_request_notification_nor))
}

fn frame(message: &impl serde::Serialize) -> Vec<u8> {
    let body = serde_json::to_vec(message).unwrap_or_default();
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(&body);
    out
}

/// Serves one client over a byte stream until `exit` or the end of input.
pub async fn serve<I, O>(
    input: I,
    output: O,
    service: (LspService<Backend>, ClientSocket),
    stall: Duration,
) -> Ending
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let (mut service, socket) = service;
    let backend = service.inner().clone();
    let (requests, mut responses) = socket.split();
    let (requests, abort) = futures::stream::abortable(requests);
    let (out_tx, mut out_rx) = tokio::sync::mpsc::channel::<Vec<u8>>(QUEUE);
    let (mut tasks_tx, tasks_rx) = mpsc::channel(QUEUE);

    let answers = {
        let out = out_tx.clone();
        tasks_rx
            .buffer_unordered(CONCURRENCY)
            .filter_map(future::ready)
            .for_each(move |response: Response| {
                let out = out.clone();
                async move {
                    let _ = out.send(frame(&response)).await;
                }
            })
    };
    let ours = {
        let out = out_tx.clone();
        requests.for_each(move |request: Request| {
            let out = out.clone();
            async move {
                let _ = out.send(frame(&request)).await;
            }
        })
    };
    let write = async move {
        let mut output = std::pin::pin!(output);
        while let Some(bytes) = out_rx.recv().await {
            if output.write_all(&bytes).await.is_err() || output.flush().await.is_err() {
                break; // the client is gone
            }
        }
    };
    let read = async {
        let mut reader = Reader::new(input, stall);
        let mut initialized = false;
        let mut ending = Ending::EndOfInput;
        while let Some(frame_read) = reader.next().await {
            match classify(frame_read) {
                Incoming::Request(request) => {
                    if future::poll_fn(|cx| service.poll_ready(cx)).await.is_err() {
                        break;
                    }
                    if matches!(request.method(), "initialize" | "shutdown") {
                        // Nothing is read before the answer: a client that
                        // does not wait for it still sees an initialized
                        // server answer what it sent next, and an `exit`
                        // right behind `shutdown` does not cancel it.
                        initialized |= request.method() == "initialize";
                        if let Ok(Some(answer)) = service.call(request).await {
                            let _ = out_tx.send(frame(&answer)).await;
                        }
                        continue;
                    }
                    let exit = request.method() == "exit";
                    let answer = service.call(request).map(Result::ok).map(Option::flatten);
                    let _ = tasks_tx.send(answer.boxed()).await;
                    if exit {
                        // Whether `shutdown` was accepted is known once
                        // the handlers before this one have run (below).
                        ending = Ending::Exit;
                        break;
                    }
                }
                Incoming::Response(response) => {
                    let _ = responses.send(response).await;
                }
                Incoming::Malformed {
                    id,
                    code,
                    what,
                    answer,
                } => {
                    let lang = backend.lang();
                    let detail = what.render(lang);
                    let line = msg!(lsp_ignored_malformed, detail = &detail).render(lang);
                    eprintln!("{line}");
                    if answer {
                        let error = Error {
                            code,
                            message: detail.to_string().into(),
                            data: None,
                        };
                        let _ = out_tx.send(frame(&Response::from_error(id, error))).await;
                    }
                    if initialized {
                        let log = json!({
                            "jsonrpc": "2.0",
                            "method": "window/logMessage",
                            "params": { "type": 1, "message": line }
                        });
                        let _ = out_tx.send(frame(&log)).await;
                    }
                }
            }
        }
        tasks_tx.disconnect();
        abort.abort();
        drop(out_tx);
        ending
    };
    let rest = async {
        futures::join!(answers, ours, write);
    };
    let mut read = std::pin::pin!(read);
    let mut rest = std::pin::pin!(rest);
    let ending = tokio::select! {
        ending = &mut read => ending,
        _ = &mut rest => read.await,
    };
    // Answers still pending go out, unless a handler hangs.
    let _ = tokio::time::timeout(DRAIN, rest).await;
    if ending == Ending::Exit && !backend.was_shut_down() {
        return Ending::ExitWithoutShutdown;
    }
    ending
}
