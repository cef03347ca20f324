//! Reads `Content-Length` frames from the client's byte stream, and never
//! gives up on it: a header or body that cannot be read becomes one
//! [`Frame`] saying what was wrong, and reading resumes at the next
//! `Content-Length` header. A body shorter than announced ends at the next
//! header found in it, or after a pause of the client (`stall`), so one
//! miscounted message cannot swallow the stream.

use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt};

/// Longest header block accepted (real clients send under 100 bytes).
const MAX_HEADER: usize = 8 * 1024;
/// Largest body accepted: well above a 64 MiB file sent as JSON.
pub const MAX_BODY: usize = 256 << 20;
/// The header every frame starts with; resynchronising looks for it.
const LENGTH: &[u8] = b"Content-Length";

/// One thing read from the stream.
#[derive(Debug)]
pub enum Frame {
    /// A body of the announced length, as JSON.
    Json(Value),
    /// A body of the announced length that is not JSON (or not UTF-8).
    NotJson(String),
    /// A body cut short: the next header or a pause came first. Holds what
    /// came, which may still name the request's id.
    Short { announced: usize, body: Vec<u8> },
    /// A header block that cannot be read.
    BadHeader(HeaderError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// Bytes where a header should start.
    Garbage,
    /// A header line ending in LF alone (the protocol says CRLF).
    BareLineFeed,
    /// No `Content-Length` header.
    NoLength,
    /// A `Content-Length` that is not a number.
    BadLength(String),
    /// A `Content-Length` over [`MAX_BODY`].
    TooLarge(usize),
    /// A header block that does not end (no empty line) within
    /// [`MAX_HEADER`] bytes or before the client paused.
    Unterminated,
    /// A header that is not ASCII text.
    NotAscii,
}

/// What parsing the start of the buffer as a header block gave.
enum Header {
    /// The body length and where the body starts.
    Complete { length: usize, body: usize },
    /// More bytes are needed.
    Partial,
    /// Bad: the error, and where to look for the next header from.
    Bad(HeaderError, usize),
}

pub struct Reader<R> {
    input: R,
    buf: Vec<u8>,
    /// After an error: look for the next `Content-Length` from this offset.
    resync: Option<usize>,
    /// How long a partial frame waits for more bytes.
    stall: Duration,
    eof: bool,
}

impl<R: AsyncRead + Unpin> Reader<R> {
    pub fn new(input: R, stall: Duration) -> Self {
        Reader {
            input,
            buf: Vec::new(),
            resync: None,
            stall,
            eof: false,
        }
    }

    /// Reads more bytes: `false` at end of input, or when `timed` and no
    /// byte came within the stall delay.
    async fn fill(&mut self, timed: bool) -> bool {
        if self.eof {
            return false;
        }
        // Room for a large read: a big body comes in few reads.
        self.buf.reserve(64 * 1024);
        let read = if timed {
            match tokio::time::timeout(self.stall, self.input.read_buf(&mut self.buf)).await {
                Ok(read) => read,
                Err(_) => return false,
            }
        } else {
            self.input.read_buf(&mut self.buf).await
        };
        match read {
            Ok(0) | Err(_) => {
                self.eof = true;
                false
            }
            Ok(_) => true,
        }
    }

    /// The next frame, or `None` at the end of the input.
    pub async fn next(&mut self) -> Option<Frame> {
        loop {
            if let Some(from) = self.resync {
                let from = from.min(self.buf.len());
                match find_length(&self.buf[from..]) {
                    Some(at) => {
                        self.buf.drain(..from + at);
                        self.resync = None;
                    }
                    None => {
                        // Keep a tail that may be the start of the header.
                        let keep = (self.buf.len() - from).min(LENGTH.len() - 1);
                        self.buf.drain(..self.buf.len() - keep);
                        self.resync = Some(0);
                        if !self.fill(false).await {
                            return None;
                        }
                        continue;
                    }
                }
            }
            // Blank lines between messages are harmless: skipped.
            let blank = self.buf.iter().take_while(|&&b| b == b'\r' || b == b'\n');
            let blank = blank.count();
            self.buf.drain(..blank);
            match header(&self.buf) {
                Header::Bad(error, resume) => {
                    self.resync = Some(resume);
                    return Some(Frame::BadHeader(error));
                }
                Header::Partial => {
                    let waiting = !self.buf.is_empty();
                    if !self.fill(waiting).await {
                        if self.buf.is_empty() {
                            return None;
                        }
                        // A header that never ends: drop it.
                        self.buf.clear();
                        return Some(Frame::BadHeader(HeaderError::Unterminated));
                    }
                }
                Header::Complete { length, body } => return Some(self.body(length, body).await),
            }
        }
    }

    /// Reads a body of `length` bytes starting at `start` in the buffer.
    async fn body(&mut self, length: usize, start: usize) -> Frame {
        // Where to look for a next header in the partial body from: bytes
        // already searched are not searched again.
        let mut searched = start;
        loop {
            let have = self.buf.len() - start;
            if have >= length {
                let end = start + length;
                let frame = match std::str::from_utf8(&self.buf[start..end]) {
                    Err(e) => Frame::NotJson(format!("not UTF-8: {e}")),
                    Ok(text) => match serde_json::from_str::<Value>(text) {
                        Ok(value) => Frame::Json(value),
                        Err(e) => Frame::NotJson(e.to_string()),
                    },
                };
                if let Frame::NotJson(_) = frame {
                    // A body of the wrong length: what follows it may be
                    // the end of this message, not the next header.
                    if let Some(at) = tail_header(&self.buf[start..end]) {
                        // Shorter than announced: the next message began.
                        let body = self.buf[start..start + at].to_vec();
                        self.buf.drain(..start + at);
                        return Frame::Short {
                            announced: length,
                            body,
                        };
                    }
                    self.resync = Some(0);
                }
                self.buf.drain(..end);
                return frame;
            }
            // Pipelined: the next message may already be here, after a body
            // shorter than announced that is JSON by itself.
            let from = searched.saturating_sub(LENGTH.len()).max(start);
            if let Some(at) = find_length(&self.buf[from..]).map(|at| from + at)
                && serde_json::from_slice::<serde::de::IgnoredAny>(&self.buf[start..at]).is_ok()
            {
                let body = self.buf[start..at].to_vec();
                self.buf.drain(..at);
                return Frame::Short {
                    announced: length,
                    body,
                };
            }
            searched = self.buf.len();
            if !self.fill(true).await {
                // The client paused (or left) mid-body: it is not coming.
                let at = find_length(&self.buf[start..]).map_or(self.buf.len(), |at| start + at);
                let body = self.buf[start..at].to_vec();
                self.buf.drain(..at);
                return Frame::Short {
                    announced: length,
                    body,
                };
            }
        }
    }
}

/// Offset of the first `Content-Length` (any case) in `bytes`.
fn find_length(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(LENGTH.len())
        .position(|w| w.eq_ignore_ascii_case(LENGTH))
}

/// In a body that is not JSON: where a next header starts, whole or cut
/// off by the end of the body (`Content-Le`), if anywhere after its start.
fn tail_header(body: &[u8]) -> Option<usize> {
    if let Some(at) = find_length(&body[1.min(body.len())..]) {
        return Some(at + 1);
    }
    (1..body.len()).find(|&at| LENGTH.starts_with(&body[at..]))
}

fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Reads the header block at the start of `buf`.
fn header(buf: &[u8]) -> Header {
    // The first line must open with a header name.
    match buf.iter().position(|&b| !is_token(b)) {
        None => {
            if buf.len() > MAX_HEADER {
                return Header::Bad(HeaderError::Unterminated, 1);
            }
            return Header::Partial;
        }
        Some(0) => return Header::Bad(HeaderError::Garbage, 0),
        Some(at) if buf[at] != b':' => return Header::Bad(HeaderError::Garbage, 0),
        Some(_) => {}
    }
    let mut length: Option<Result<usize, HeaderError>> = None;
    let mut line_start = 0;
    loop {
        let Some(nl) = buf[line_start..].iter().position(|&b| b == b'\n') else {
            return if buf.len() > MAX_HEADER {
                Header::Bad(HeaderError::Unterminated, 1)
            } else {
                Header::Partial
            };
        };
        let nl = line_start + nl;
        if nl == line_start || buf[nl - 1] != b'\r' {
            return Header::Bad(HeaderError::BareLineFeed, nl + 1);
        }
        let line = &buf[line_start..nl - 1];
        let next = nl + 1;
        if line.is_empty() {
            return match length {
                None => Header::Bad(HeaderError::NoLength, next),
                Some(Err(e)) => Header::Bad(e, next),
                Some(Ok(length)) => Header::Complete { length, body: next },
            };
        }
        if next > MAX_HEADER {
            return Header::Bad(HeaderError::Unterminated, next);
        }
        let Ok(line) = std::str::from_utf8(line) else {
            return Header::Bad(HeaderError::NotAscii, next);
        };
        if !line.is_ascii() {
            return Header::Bad(HeaderError::NotAscii, next);
        }
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            let value = value.trim();
            length = Some(match value.parse::<usize>() {
                Ok(n) if !value.starts_with('+') && n <= MAX_BODY => Ok(n),
                Ok(n) if n > MAX_BODY => Err(HeaderError::TooLarge(n)),
                _ if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                    Err(HeaderError::TooLarge(usize::MAX))
                }
                _ => Err(HeaderError::BadLength(value.to_string())),
            });
        }
        line_start = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    /// Every frame read from `bytes` (a short stall: the input ends).
    async fn frames(bytes: &[u8]) -> Vec<Frame> {
        let mut reader = Reader::new(bytes, Duration::from_millis(50));
        let mut out = Vec::new();
        while let Some(f) = reader.next().await {
            out.push(f);
        }
        out
    }

    fn is_json(f: &Frame, v: Value) -> bool {
        matches!(f, Frame::Json(x) if *x == v)
    }

    const A: &str = r#"{"jsonrpc":"2.0","id":1,"method":"a"}"#;
    const B: &str = r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#;

    fn b() -> Value {
        json!({"jsonrpc":"2.0","id":2,"method":"b"})
    }

    #[tokio::test]
    async fn well_formed_frames_come_out_whole() {
        let input = format!(
            "{}\r\n\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n{}",
            frame(A),
            frame(B)
        );
        let out = frames(input.as_bytes()).await;
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(is_json(
            &out[0],
            json!({"jsonrpc":"2.0","id":1,"method":"a"})
        ));
        assert!(is_json(&out[1], b()));
    }

    #[tokio::test]
    async fn a_body_that_is_not_json_is_reported_and_the_next_frame_read() {
        let input = format!("{}{}", frame("{not json"), frame(B));
        let out = frames(input.as_bytes()).await;
        assert!(matches!(out[0], Frame::NotJson(_)), "{out:?}");
        assert!(is_json(&out[1], b()), "{out:?}");
        assert_eq!(out.len(), 2);
    }

    #[tokio::test]
    async fn invalid_utf8_is_not_json() {
        let mut input = b"Content-Length: 3\r\n\r\n\"\xff\"".to_vec();
        input.extend_from_slice(frame(B).as_bytes());
        let out = frames(&input).await;
        assert!(
            matches!(&out[0], Frame::NotJson(m) if m.contains("UTF-8")),
            "{out:?}"
        );
        assert!(is_json(&out[1], b()));
    }

    #[tokio::test]
    async fn a_length_a_few_bytes_short_skips_the_rest_of_its_body() {
        // The body's last 3 bytes lie outside the announced length.
        let input = format!("Content-Length: {}\r\n\r\n{A}{}", A.len() - 3, frame(B));
        let out = frames(input.as_bytes()).await;
        assert!(matches!(out[0], Frame::NotJson(_)), "{out:?}");
        assert!(is_json(&out[1], b()), "{out:?}");
        assert_eq!(out.len(), 2);
    }

    #[tokio::test]
    async fn a_body_shorter_than_announced_ends_at_the_next_header() {
        for extra in [1, 5, 13, 14, 30, 500] {
            let input = format!("Content-Length: {}\r\n\r\n{A}{}", A.len() + extra, frame(B));
            let out = frames(input.as_bytes()).await;
            assert!(
                matches!(&out[0], Frame::Short { body, .. } if body == A.as_bytes()),
                "{extra}: {out:?}"
            );
            assert!(is_json(&out[1], b()), "{extra}: {out:?}");
            assert_eq!(out.len(), 2, "{extra}");
        }
    }

    #[tokio::test]
    async fn a_body_shorter_than_announced_then_silence_ends_after_the_stall() {
        let (mut client, server) = tokio::io::duplex(1024);
        let mut reader = Reader::new(server, Duration::from_millis(100));
        use tokio::io::AsyncWriteExt;
        let head = format!("Content-Length: {}\r\n\r\n{A}", A.len() + 10);
        client.write_all(head.as_bytes()).await.unwrap();
        let first = reader.next().await.unwrap();
        assert!(
            matches!(&first, Frame::Short { announced, body } if *announced == A.len() + 10 && body == A.as_bytes()),
            "{first:?}"
        );
        client.write_all(frame(B).as_bytes()).await.unwrap();
        assert!(is_json(&reader.next().await.unwrap(), b()));
    }

    #[tokio::test]
    async fn bad_headers_are_reported_once_and_skipped() {
        let cases: Vec<(String, HeaderError)> = vec![
            (
                format!("Content-Length: {}\n\n{A}", A.len()),
                HeaderError::BareLineFeed,
            ),
            (format!("Content-Type: x\r\n\r\n{A}"), HeaderError::NoLength),
            (
                format!("Content-Length: abc\r\n\r\n{A}"),
                HeaderError::BadLength("abc".into()),
            ),
            (
                format!("Content-Length: -5\r\n\r\n{A}"),
                HeaderError::BadLength("-5".into()),
            ),
            (
                format!("Content-Length: \r\n\r\n{A}"),
                HeaderError::BadLength(String::new()),
            ),
            (
                format!("Content-Length: 99999999999999999999999\r\n\r\n{A}"),
                HeaderError::TooLarge(usize::MAX),
            ),
            (format!("{A}\r\n"), HeaderError::Garbage),
        ];
        for (bad, error) in cases {
            let input = format!("{bad}{}", frame(B));
            let out = frames(input.as_bytes()).await;
            assert!(
                matches!(&out[0], Frame::BadHeader(e) if *e == error),
                "{bad:?}: {out:?}"
            );
            assert!(is_json(&out[1], b()), "{bad:?}: {out:?}");
            assert_eq!(out.len(), 2, "{bad:?}");
        }
    }

    #[tokio::test]
    async fn a_header_that_never_ends_is_dropped() {
        let out = frames(b"Content-Length: 12").await;
        assert!(
            matches!(out[..], [Frame::BadHeader(HeaderError::Unterminated)]),
            "{out:?}"
        );
        let long = format!("X-{}: 1\r\n", "a".repeat(MAX_HEADER));
        let out = frames(format!("{long}{}", frame(B)).as_bytes()).await;
        assert!(
            matches!(out[0], Frame::BadHeader(HeaderError::Unterminated)),
            "{out:?}"
        );
        assert!(is_json(&out[1], b()), "{out:?}");
    }

    proptest::proptest! {
        /// Any bytes end (no panic, no endless loop), and after garbage
        /// with no `Content-Length` in it at most one good frame is lost.
        #[test]
        fn after_any_garbage_the_stream_recovers(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "Content-Type: x", "Content-Le", "content-length: 3", ":", " ", "\r\n",
                "\n", "\r", "{", "}", "[]", "\"", "x", "12", "\u{e9}", "\r\n\r\n",
            ]), 0..40),
        ) {
            // Random bytes, then pieces shaped like headers and bodies.
            let mut garbage = bytes;
            garbage.extend(pieces.concat().into_bytes());
            let mut input = garbage.clone();
            for _ in 0..2 {
                input.extend_from_slice(frame(B).as_bytes());
            }
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
                .unwrap();
            let out = runtime.block_on(frames(&input));
            if find_length(&garbage).is_none() {
                proptest::prop_assert!(matches!(out.last(), Some(f) if is_json(f, b())), "{:?}", out);
            }
        }
    }

    #[tokio::test]
    async fn a_body_naming_content_length_in_a_string_is_read_whole() {
        let body =
            r#"{"jsonrpc":"2.0","method":"x","params":{"text":"Content-Length: 5\r\n\r\n{}"}}"#;
        let out = frames(format!("{}{}", frame(body), frame(B)).as_bytes()).await;
        assert!(matches!(out[0], Frame::Json(_)), "{out:?}");
        assert!(is_json(&out[1], b()));
    }
}
