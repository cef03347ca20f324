#!/usr/bin/env python3
"""A stand-in for `goalie lsp` in the Neovim configuration test.

It answers `initialize` and `shutdown`, asks the client for the `goalie`
configuration section, and writes what it received (one JSON object a line)
to the file named by its first argument, so the test can check what the
Neovim module sends. The real server is tested against Neovim on main.
"""
import json
import sys

log = open(sys.argv[1], "a", encoding="utf-8")


def record(kind, data):
    log.write(json.dumps({"kind": kind, "data": data}) + "\n")
    log.flush()


def read():
    length = None
    while True:
        line = sys.stdin.buffer.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(sys.stdin.buffer.read(length))


def send(message):
    body = json.dumps(message).encode("utf-8")
    sys.stdout.buffer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    sys.stdout.buffer.flush()


while True:
    msg = read()
    if msg is None:
        break
    method = msg.get("method")
    if method == "initialize":
        record("initialize", msg["params"])
        options = msg["params"].get("initializationOptions") or {}
        record("init_types", {k: type(v).__name__ for k, v in options.items()})
        send({"jsonrpc": "2.0", "id": msg["id"], "result": {
            "capabilities": {
                "textDocumentSync": 1,
                "executeCommandProvider": {"commands": ["goalie.server.logProgress"]},
            },
            "serverInfo": {"name": "fake-goalie"},
        }})
    elif method == "initialized":
        send({"jsonrpc": "2.0", "id": 900, "method": "workspace/configuration",
              "params": {"items": [{"section": "goalie"}]}})
    elif "id" in msg and method is None and msg["id"] == 900:
        record("configuration", msg.get("result"))
        section = (msg.get("result") or [None])[0] or {}
        record("configuration_types", {k: type(v).__name__ for k, v in section.items()})
    elif method == "textDocument/didOpen":
        record("didOpen", msg["params"]["textDocument"]["uri"])
    elif method == "workspace/executeCommand":
        record("executeCommand", msg["params"])
        args = (msg["params"].get("arguments") or [{}])[0]
        send({"jsonrpc": "2.0", "id": msg["id"], "result": {"id": "organic-mqls", "uri": args.get("uri")}})
    elif method == "shutdown":
        send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
    elif method == "exit":
        break
