#!/usr/bin/env python3
"""Latency of `goalie lsp` measured from outside, over stdio, as an editor sees it.

    scripts/lsp-bench.sh [SIZE] [RUNS]     (builds, generates, then runs this)
    scripts/lsp-bench.py BINARY FOLDER [RUNS]
    scripts/lsp-bench.py --callgrind BINARY FOLDER [RUNS]

Starts the real binary on FOLDER (the benchmark workspace of
docs/performance.md), opens its largest file and times, RUNS times each
(fastest and median, in ms):

- didChange → publishDiagnostics: one digit typed into the middle log line,
  then removed, until the diagnostics of that version arrive;
- hover on a key result's id;
- inlay hints for a screen (the first 60 lines);
- semantic tokens: full, a range of 60 lines in the middle, and by delta
  after a one-digit edit.

A time runs from the first byte sent to the last byte of the answer read
(before the client parses it), so transfer counts, as it does in an editor.
Only the standard library: no client library between us and the wire.

With --callgrind, BINARY runs under `valgrind --tool=callgrind` and only
the keystrokes are profiled: the counters are zeroed once the file is open
and its diagnostics are in, RUNS digits are typed and removed, and the
profile is dumped (`target/callgrind.lsp.*`; `callgrind_annotate
--inclusive=yes` on the last part). Instruction counts do not depend on
the machine's load, as wall times do.
"""

from __future__ import annotations

import json
import os
import pathlib
import queue
import statistics
import subprocess
import sys
import threading
import time

TODAY = "2026-11-24"


class Server:
    def __init__(self, command: list[str], root: pathlib.Path):
        self.proc = subprocess.Popen(
            [*command, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.next_id = 0
        self.responses: dict[int, queue.Queue] = {}
        self.diagnostics: queue.Queue = queue.Queue()
        self.lock = threading.Lock()
        self.root = root
        threading.Thread(target=self._read, daemon=True).start()

    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        with self.lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            at = time.perf_counter()
            message = json.loads(body)
            if "id" in message and "method" in message:
                self._answer(message)
            elif "id" in message:
                self.responses.setdefault(message["id"], queue.Queue()).put((at, message, len(body)))
            elif message.get("method") == "textDocument/publishDiagnostics":
                self.diagnostics.put((at, message["params"]))

    def _answer(self, request: dict) -> None:
        """The server's requests to the client: settings, registrations, refreshes."""
        if request["method"] == "workspace/configuration":
            result = [{"today": TODAY}]
        else:
            result = None
        self._send({"jsonrpc": "2.0", "id": request["id"], "result": result})

    def request(self, method: str, params) -> tuple[float, dict, int]:
        """(seconds from send to the answer's last byte, answer, bytes)."""
        self.next_id += 1
        rid = self.next_id
        box = self.responses.setdefault(rid, queue.Queue())
        start = time.perf_counter()
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        at, message, size = box.get(timeout=60)
        del self.responses[rid]
        if "error" in message:
            raise RuntimeError(f"{method}: {message['error']}")
        return at - start, message.get("result"), size

    def notify(self, method: str, params) -> float:
        start = time.perf_counter()
        self._send({"jsonrpc": "2.0", "method": method, "params": params})
        return start

    def diagnostics_of(self, uri: str, version: int) -> float:
        """When the diagnostics of `uri` at `version` arrived."""
        while True:
            at, params = self.diagnostics.get(timeout=60)
            if params["uri"] == uri and params.get("version") == version:
                return at

    def stop(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


def position(text: str, offset: int) -> dict:
    """LSP position (UTF-16) of a byte offset of ASCII-prefixed text."""
    before = text.encode()[:offset].decode()
    line = before.count("\n")
    column = before[before.rfind("\n") + 1 :]
    return {"line": line, "character": len(column.encode("utf-16-le")) // 2}


def ms(seconds: list[float]) -> str:
    return f"{min(seconds) * 1000:.2f} ({statistics.median(seconds) * 1000:.2f})"


def main() -> None:
    args = sys.argv[1:]
    profile = args[:1] == ["--callgrind"]
    if profile:
        args = args[1:]
    binary, folder = args[0], pathlib.Path(args[1]).resolve()
    runs = int(args[2]) if len(args) > 2 else 20
    files = sorted(folder.rglob("*.goals"), key=lambda p: p.stat().st_size)
    biggest = files[-1]
    text = biggest.read_text()
    uri = biggest.as_uri()
    command = [binary]
    if profile:
        out = pathlib.Path("target/callgrind.lsp.%p").resolve()
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary]
    server = Server(command, folder)
    load = time.perf_counter()
    server.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": folder.as_uri(),
            "workspaceFolders": [{"uri": folder.as_uri(), "name": folder.name}],
            "initializationOptions": {"today": TODAY},
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "workspace": {"configuration": True},
                "textDocument": {
                    "publishDiagnostics": {"versionSupport": True},
                    "semanticTokens": {
                        "requests": {"full": {"delta": True}, "range": True},
                        "tokenTypes": [],
                        "tokenModifiers": [],
                        "formats": ["relative"],
                    },
                },
            },
        },
    )
    server.notify("initialized", {})
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "goals", "version": 1, "text": text}},
    )
    opened = server.diagnostics_of(uri, 1) - load
    version = 1

    # The middle log line, and the end of its first word (the date).
    lines = text.split("\n")
    middle = len(lines) // 2
    while not lines[middle][:1].isdigit():
        middle += 1
    at = {"line": middle, "character": 4}
    after = {"line": middle, "character": 5}

    def change(edit: dict) -> float:
        nonlocal version
        version += 1
        start = server.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [edit]},
        )
        return server.diagnostics_of(uri, version) - start

    typed, removed = [], []
    if profile:
        time.sleep(2)  # the first round's stragglers (inlay hint refresh)
        subprocess.run(["callgrind_control", "--zero", str(server.proc.pid)], check=True, capture_output=True)
    for _ in range(runs):
        typed.append(change({"range": {"start": at, "end": at}, "text": "7"}))
        removed.append(change({"range": {"start": at, "end": after}, "text": ""}))
    if profile:
        subprocess.run(["callgrind_control", "--dump", str(server.proc.pid)], check=True, capture_output=True)
        server.stop()
        print(f"{2 * runs} keystrokes profiled: target/callgrind.lsp.{server.proc.pid}.*")
        return

    doc = {"uri": uri}
    kr = text.find("\nkr ")
    kr = text.find("\n  kr ") + 6 if kr < 0 else kr + 4
    hover, hints = [], []
    screen = {"start": {"line": 0, "character": 0}, "end": {"line": 60, "character": 0}}
    for _ in range(runs):
        took, result, _ = server.request("textDocument/hover", {"textDocument": doc, "position": position(text, kr)})
        assert result and "%" in result["contents"]["value"], result  # a key result's progress
        hover.append(took)
        took, result, _ = server.request("textDocument/inlayHint", {"textDocument": doc, "range": screen})
        assert result, "no inlay hints on the first screen"
        hints.append(took)

    full, full_bytes, result_id = [], 0, None
    for _ in range(runs):
        took, result, full_bytes = server.request("textDocument/semanticTokens/full", {"textDocument": doc})
        full.append(took)
        result_id = result["resultId"]
    middle_screen = {"start": {"line": middle - 30, "character": 0}, "end": {"line": middle + 30, "character": 0}}
    ranged, range_bytes = [], 0
    for _ in range(runs):
        took, _, range_bytes = server.request(
            "textDocument/semanticTokens/range", {"textDocument": doc, "range": middle_screen}
        )
        ranged.append(took)
    delta, delta_bytes = [], 0
    for i in range(runs):
        edit = {"range": {"start": at, "end": at}, "text": "7"} if i % 2 == 0 else {"range": {"start": at, "end": after}, "text": ""}
        change(edit)
        took, result, delta_bytes = server.request(
            "textDocument/semanticTokens/full/delta", {"textDocument": doc, "previousResultId": result_id}
        )
        delta.append(took)
        result_id = result["resultId"]
    server.stop()

    size = biggest.stat().st_size
    print(f"{biggest.name}: {len(lines) - 1:,} lines, {size:,} bytes; {runs} runs; fastest (median), ms")
    print()
    print("| measure | ms | answer |")
    print("| --- | --- | --- |")
    print(f"| open → first diagnostics (whole workspace read) | {opened * 1000:.0f} | |")
    print(f"| didChange (digit typed) → publishDiagnostics | {ms(typed)} | |")
    print(f"| didChange (digit removed) → publishDiagnostics | {ms(removed)} | |")
    print(f"| hover (key result) | {ms(hover)} | |")
    print(f"| inlay hints (60 lines) | {ms(hints)} | |")
    print(f"| semantic tokens, full | {ms(full)} | {full_bytes:,} B |")
    print(f"| semantic tokens, range (60 lines) | {ms(ranged)} | {range_bytes:,} B |")
    print(f"| semantic tokens, delta after one digit | {ms(delta)} | {delta_bytes:,} B |")


if __name__ == "__main__":
    main()
