//! A careless or hostile client: malformed messages are answered, logged,
//! and the server goes on serving from the next header; `exit` without
//! `shutdown` exits with code 1.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::*;

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn hover_body(id: i64, uri: &str) -> String {
    json!({
        "jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
        "params": { "textDocument": { "uri": uri }, "position": find(PLAN, "new-customers") }
    })
    .to_string()
}

/// The server still answers, from the right text.
async fn still_serving(client: &mut Client, uri: &str) {
    let hover = client
        .at("textDocument/hover", uri, find(PLAN, "new-customers"))
        .await
        .expect("a hover after a malformed message");
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.contains("new-customers"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_malformed_message_is_answered_logged_and_skipped() {
    let options = Options {
        stall: Duration::from_millis(300),
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN)], options).await;
    let uri = client.open("plan.goals", PLAN).await;
    let hover = hover_body(900, &uri);
    let mut cut = framed(&hover.as_bytes()[..hover.len() - 3]);
    cut.extend_from_slice(&hover.as_bytes()[hover.len() - 3..]);
    let cases: Vec<(&str, Vec<u8>, i64, Value)> = vec![
        (
            "bad JSON",
            framed(br#"{"jsonrpc":"2.0","id":5,"#),
            -32700,
            Value::Null,
        ),
        (
            "invalid UTF-8",
            framed(b"{\"jsonrpc\":\"2.0\",\"method\":\"\xff\xfe\"}"),
            -32700,
            Value::Null,
        ),
        (
            "a batch",
            framed(br#"[{"jsonrpc":"2.0","id":6,"method":"shutdown"}]"#),
            -32600,
            Value::Null,
        ),
        (
            "jsonrpc 1.0",
            framed(br#"{"jsonrpc":"1.0","id":7,"method":"shutdown"}"#),
            -32600,
            json!(7),
        ),
        (
            "an id that is an object",
            framed(br#"{"jsonrpc":"2.0","id":{},"method":"shutdown"}"#),
            -32600,
            Value::Null,
        ),
        (
            "no Content-Length",
            format!("Content-Type: application/json\r\n\r\n{hover}").into_bytes(),
            -32700,
            Value::Null,
        ),
        (
            "a Content-Length that is not a number",
            format!("Content-Length: twelve\r\n\r\n{hover}").into_bytes(),
            -32700,
            Value::Null,
        ),
        (
            "a header ending in LF only",
            format!("Content-Length: {}\n\n{hover}", hover.len()).into_bytes(),
            -32700,
            Value::Null,
        ),
        (
            "a Content-Length a few bytes short",
            cut,
            -32700,
            Value::Null,
        ),
        (
            "a body shorter than announced, then silence",
            format!("Content-Length: {}\r\n\r\n{hover}", hover.len() + 40).into_bytes(),
            -32700,
            json!(900),
        ),
    ];
    let mut nulls = 0;
    for (what, bytes, code, id) in cases {
        let logged = client.logged.len();
        client.send_raw(&bytes).await;
        let error = client.error_for(id.clone()).await;
        assert_eq!(error["code"], code, "{what}: {error}");
        assert!(
            error["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{what}"
        );
        nulls += usize::from(id.is_null());
        still_serving(&mut client, &uri).await;
        assert!(
            client.logged[logged..]
                .iter()
                .any(|l| l["message"].as_str().unwrap().contains("malformed")),
            "{what}: not logged: {:?}",
            &client.logged[logged..]
        );
    }
    // A body shorter than announced, with the next request right behind it:
    // both are read, the second answered normally.
    let short = hover_body(901, &uri);
    client
        .send_raw(format!("Content-Length: {}\r\n\r\n{short}", short.len() + 200).as_bytes())
        .await;
    let next = client
        .send_request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": find(PLAN, "churn") }),
        )
        .await;
    let error = client.error_for(json!(901)).await;
    assert_eq!(error["code"], -32700, "{error}");
    let hover = client.response(next).await.unwrap();
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("churn")
    );
    // One answer per malformed message, no more.
    assert_eq!(client.null_errors.len(), nulls, "{:?}", client.null_errors);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_answer_and_the_log_speak_the_users_language() {
    let options = Options {
        locale: Some("fr"),
        ..Options::default()
    };
    let mut client = Client::start(&[("plan.goals", PLAN)], options).await;
    client.send_raw(&framed(b"[]")).await;
    let error = client.error_for(Value::Null).await;
    assert_eq!(error["code"], -32600);
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .starts_with("un lot (tableau JSON)"),
        "{error}"
    );
    while !client.logged.iter().any(|l| {
        l["message"]
            .as_str()
            .unwrap()
            .contains("message mal formé ignoré")
    }) {
        client.recv().await;
    }
    client.shutdown().await;
}

/// `goalie lsp` itself: a stream of garbage, then a well-formed session.
fn goalie_lsp() -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_goalie"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The exit code, as soon as the process ends; a failure after 20 s.
fn wait(child: &mut std::process::Child) -> i32 {
    use wait_timeout::ChildExt;
    let status = child
        .wait_timeout(Duration::from_secs(20))
        .unwrap()
        .unwrap_or_else(|| {
            let _ = child.kill();
            panic!("goalie lsp did not exit within 20 s")
        });
    status.code().expect("an exit code")
}

const INITIALIZE: &str = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"#;

#[test]
fn exit_without_shutdown_exits_with_1_and_with_shutdown_with_0() {
    for (shutdown, code) in [(false, 1), (true, 0)] {
        let mut child = goalie_lsp();
        let mut stdin = child.stdin.take().unwrap();
        let mut input = framed(INITIALIZE.as_bytes());
        input.extend(framed(
            br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        ));
        if shutdown {
            input.extend(framed(br#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#));
        }
        input.extend(framed(br#"{"jsonrpc":"2.0","method":"exit"}"#));
        stdin.write_all(&input).unwrap();
        // stdin stays open, as editors keep it: exit alone must end the process.
        assert_eq!(wait(&mut child), code, "shutdown first: {shutdown}");
        drop(stdin);
    }
}

#[test]
fn the_process_survives_garbage_and_says_so_on_stderr() {
    let mut child = goalie_lsp();
    let mut stdin = child.stdin.take().unwrap();
    let mut input = b"hello\r\n\r\n".to_vec();
    input.extend(framed(b"{oops"));
    input.extend(framed(br#"[1,2]"#));
    input.extend(framed(INITIALIZE.as_bytes()));
    input.extend(framed(br#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#));
    input.extend(framed(br#"{"jsonrpc":"2.0","method":"exit"}"#));
    stdin.write_all(&input).unwrap();
    assert_eq!(wait(&mut child), 0);
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(err.matches("malformed").count(), 3, "{err}");
    // The three errors, then the answers to initialize and shutdown.
    assert_eq!(out.matches(r#""code":-32700"#).count(), 2, "{out}");
    assert_eq!(out.matches(r#""code":-32600"#).count(), 1, "{out}");
    assert!(out.contains(r#""serverInfo""#), "{out}");
    assert!(
        out.contains(r#""id":2,"result":null"#) || out.contains(r#""result":null,"id":2"#),
        "{out}"
    );
}
