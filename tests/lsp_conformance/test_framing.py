"""Framing abuse: `goalie lsp` answers every malformed message, logs it,
reads on from the next header and keeps serving; `exit` without `shutdown`
exits with 1. Raw bytes over the process's pipes, answers checked against
lsprotocol's types."""

from __future__ import annotations

import asyncio
import json

import pytest
from lsprotocol import types
from lsprotocol.converters import get_converter

from conftest import GOALIE, TODAY

converter = get_converter()


def frame(message: dict | bytes) -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


INITIALIZE = frame(
    {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": {"today": TODAY}},
    }
)
INITIALIZED = frame({"jsonrpc": "2.0", "method": "initialized", "params": {}})
SYMBOLS = {"jsonrpc": "2.0", "id": 99, "method": "workspace/symbol", "params": {"query": ""}}
SHUTDOWN = frame({"jsonrpc": "2.0", "id": 100, "method": "shutdown"})
EXIT = frame({"jsonrpc": "2.0", "method": "exit"})


class Server:
    def __init__(self, process: asyncio.subprocess.Process):
        self.process = process
        self.messages: list[dict] = []

    @classmethod
    async def start(cls) -> "Server":
        process = await asyncio.create_subprocess_exec(
            GOALIE,
            "lsp",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(process)

    async def send(self, data: bytes) -> None:
        self.process.stdin.write(data)
        await self.process.stdin.drain()

    async def read(self) -> dict:
        length = None
        while True:
            line = await self.process.stdout.readline()
            assert line, "the server closed its output"
            if line == b"\r\n":
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        body = await self.process.stdout.readexactly(length)
        message = json.loads(body)
        self.messages.append(message)
        return message

    async def answer(self, id_: int | str | None, timeout: float = 20) -> dict:
        """The next response with this id (server notifications set aside)."""

        async def wait() -> dict:
            while True:
                m = await self.read()
                if "method" not in m and m.get("id") == id_:
                    return m

        return await asyncio.wait_for(wait(), timeout)

    async def exit_code(self, timeout: float = 20) -> int:
        return await asyncio.wait_for(self.process.wait(), timeout)


def error_of(message: dict) -> types.ResponseError:
    """The message as lsprotocol's error response (fails if it is not one)."""
    response = converter.structure(message, types.ResponseErrorMessage)
    assert response.error is not None, message
    return response.error


SYMBOLS_BODY = json.dumps(SYMBOLS).encode()

CASES = {
    "garbage before a header": (b"\x00\x01hello\r\n", -32700, None),
    "bad JSON": (frame(b'{"jsonrpc":"2.0","id":5,'), -32700, None),
    "invalid UTF-8": (frame(b'{"jsonrpc":"2.0","method":"\xff\xfe"}'), -32700, None),
    "a batch": (frame(b'[{"jsonrpc":"2.0","id":6,"method":"shutdown"}]'), -32600, None),
    "jsonrpc 1.0": (frame(b'{"jsonrpc":"1.0","id":7,"method":"shutdown"}'), -32600, 7),
    "no Content-Length": (b"Content-Type: application/json\r\n\r\n" + SYMBOLS_BODY, -32700, None),
    "Content-Length not a number": (b"Content-Length: 1e3\r\n\r\n" + SYMBOLS_BODY, -32700, None),
    "header ending in LF only": (b"Content-Length: %d\n\n" % len(SYMBOLS_BODY) + SYMBOLS_BODY, -32700, None),
    "Content-Length a few bytes short": (
        b"Content-Length: %d\r\n\r\n" % (len(SYMBOLS_BODY) - 3) + SYMBOLS_BODY,
        -32700,
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_a_malformed_message_is_answered_logged_and_the_server_serves_on(case: str):
    data, code, id_ = CASES[case]
    server = await Server.start()
    await server.send(INITIALIZE + INITIALIZED)
    await server.answer(1)
    await server.send(data)
    error = error_of(await server.answer(id_))
    assert error.code == code, (case, error)
    assert error.message
    # Logged to the editor too.
    await server.send(frame(SYMBOLS))
    answer = await server.answer(99)
    assert "error" not in answer, answer
    logs = [
        converter.structure(m["params"], types.LogMessageParams)
        for m in server.messages
        if m.get("method") == "window/logMessage"
    ]
    assert any("malformed" in log.message for log in logs), logs
    # Exactly one answer to the malformed message.
    errors = [m for m in server.messages if "error" in m and "method" not in m]
    assert len(errors) == 1, errors
    await server.send(SHUTDOWN)
    await server.answer(100)
    await server.send(EXIT)
    assert await server.exit_code() == 0
    stderr = (await server.process.stderr.read()).decode()
    assert stderr.count("malformed") == 1, stderr


async def test_a_body_shorter_than_announced_does_not_stall_the_stream():
    server = await Server.start()
    await server.send(INITIALIZE + INITIALIZED)
    await server.answer(1)
    request = {"jsonrpc": "2.0", "id": 42, "method": "workspace/symbol", "params": {"query": ""}}
    body = json.dumps(request).encode()
    # Announces 40 bytes more than it sends, then waits for an answer.
    await server.send(b"Content-Length: %d\r\n\r\n" % (len(body) + 40) + body)
    error = error_of(await server.answer(42, timeout=15))
    assert error.code == -32700
    await server.send(frame(SYMBOLS))
    assert "result" in await server.answer(99)
    # And when the next message follows at once, both are read.
    await server.send(b"Content-Length: %d\r\n\r\n" % (len(body) + 300) + body + frame(SYMBOLS))
    assert error_of(await server.answer(42)).code == -32700
    assert "result" in await server.answer(99)
    await server.send(SHUTDOWN + EXIT)
    assert await server.exit_code() == 0


async def test_every_abuse_in_one_stream_then_a_normal_session():
    server = await Server.start()
    await server.send(INITIALIZE + INITIALIZED)
    await server.answer(1)
    # (Garbage right after a malformed message is skipped with it: it goes
    # first here, so that each case costs one answer.)
    await server.send(b"".join(data for data, _, _ in CASES.values()))
    await server.send(frame(SYMBOLS))
    assert "result" in await server.answer(99)
    errors = [m for m in server.messages if "error" in m and "method" not in m]
    assert sorted(m["error"]["code"] for m in errors) == sorted(code for _, code, _ in CASES.values())
    await server.send(SHUTDOWN + EXIT)
    assert await server.exit_code() == 0


@pytest.mark.parametrize("shutdown", [False, True])
async def test_exit_code_says_whether_shutdown_came_first(shutdown: bool):
    server = await Server.start()
    await server.send(INITIALIZE + INITIALIZED)
    await server.answer(1)
    if shutdown:
        await server.send(SHUTDOWN)
        await server.answer(100)
    # The client keeps its end of the pipe open: exit alone ends the server.
    await server.send(EXIT)
    assert await server.exit_code() == (0 if shutdown else 1)
