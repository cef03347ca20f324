"""The language server `goalie lsp`, driven by pytest-lsp as three clients.

Profiles: VS Code (UTF-16, snippets, dynamic registration), Neovim 0.11
(UTF-8 offered) and a plain client: VS Code's capabilities with no snippets
and no dynamic registration. pygls structures every message from the server
into lsprotocol's types: a mismatch is a fatal client error, which ends the
session and fails the test (the fixture checks `client.error` at teardown).
pytest-lsp checks results against the client's capabilities (snippets to a
client without them, requests it did not declare): its warnings are errors
(pytest.ini).

Run: `bash tests/lsp-conformance.sh` (GOALIE_BIN picks the binary).
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import typing

import pytest
import pytest_lsp
from lsprotocol import types
from lsprotocol.converters import get_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import make_test_lsp_client

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOALIE = os.environ.get("GOALIE_BIN", str(ROOT / "target" / "debug" / "goalie"))
TODAY = "2026-11-24"

PLAN = """\
objective growth: Win 100 new clinic customers in Q4 2026
  period: 2026-Q4
  owner: @sylvie

  kr new-customers: Win 100 new customers by December
    metric: 0 -> 100 customers
    due: 2026-12-31
  kr churn: Keep monthly churn at or below 2%
    keep: <= 2%

activity calls: Call five prospects every weekday
  target: 5 calls per weekday
  supports: new-customers

funnel sales: What 50 000 € of revenue takes
  goal: 50 000 € by 2026-12-31
  start: 2026-10-01
  supports: growth
  stage deals: 500 € each
"""

LOG = """\
2026-10-15 new-customers 20
2026-11-01 new-customers 35
2026-11-20 new-customers 42 "été"
2026-11-24 calls 3
2026-11-21 new-custmers 1
"""

converter = get_converter()


def _plain() -> types.ClientCapabilities:
    """VS Code's capabilities without snippets or any dynamic registration."""

    def strip(value: typing.Any) -> typing.Any:
        if isinstance(value, dict):
            return {
                k: (False if k in ("dynamicRegistration", "snippetSupport") else strip(v))
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    raw = converter.unstructure(client_capabilities("visual-studio-code@v1.65.2"))
    return converter.structure(strip(raw), types.ClientCapabilities)


PROFILES = {
    "vscode": lambda: client_capabilities("visual-studio-code@v1.65.2"),
    "neovim-0.11": lambda: client_capabilities("neovim@v0.11.0"),
    "plain": _plain,
}
ENCODING = {"vscode": "utf-16", "neovim-0.11": "utf-8", "plain": "utf-16"}


def make_client() -> LanguageClient:
    """pytest-lsp's client, also answering and recording the server's
    requests that pytest-lsp leaves alone."""
    client = make_test_lsp_client()
    client.server_requests = []  # type: ignore[attr-defined]
    client.applied = []  # type: ignore[attr-defined]

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        client.server_requests.append(types.CLIENT_REGISTER_CAPABILITY)

    @client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def inlay_refresh(params: None):
        client.server_requests.append(types.WORKSPACE_INLAY_HINT_REFRESH)

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        client.server_requests.append(types.WORKSPACE_APPLY_EDIT)
        client.applied.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    return client


def uri(path: pathlib.Path) -> str:
    return path.as_uri()


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "plan.goals").write_text(PLAN, encoding="utf-8")
    (tmp_path / "log.goals").write_text(LOG, encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[GOALIE, "lsp"], client_factory=make_client),
    params=list(PROFILES),
)
async def client(lsp_client: LanguageClient, request, workspace: pathlib.Path):
    profile = request.param
    capabilities = PROFILES[profile]()
    lsp_client.profile = profile  # type: ignore[attr-defined]
    lsp_client.set_configuration({"today": TODAY}, section="goalie")
    folder = uri(workspace)
    result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=folder,
            workspace_folders=[types.WorkspaceFolder(uri=folder, name="plans")],
            initialization_options={"today": TODAY},
            locale="en",
        )
    )
    lsp_client.init_result = result  # type: ignore[attr-defined]
    lsp_client.encoding = result.capabilities.position_encoding  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()
    assert lsp_client.error is None, lsp_client.error


# ---- positions in the negotiated encoding ----------------------------------


def width(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    return len(text.encode("utf-16-le")) // 2


def position(text: str, needle: str, encoding: str, skip: int = 0) -> types.Position:
    """Where `needle` starts in `text` (plus `skip` characters)."""
    at = text.index(needle) + skip
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return types.Position(line=line, character=width(text[start:at], encoding))


def offset(text: str, pos: types.Position, encoding: str) -> int:
    """The string index of an LSP position."""
    lines = text.split("\n")
    at = sum(len(l) + 1 for l in lines[: pos.line])
    line = lines[pos.line]
    units = 0
    for i, ch in enumerate(line):
        if units >= pos.character:
            return at + i
        units += width(ch, encoding)
    return at + len(line)


def apply(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    """Applies text edits (last first, as they do not overlap)."""
    spans = sorted(
        (
            (offset(text, e.range.start, encoding), offset(text, e.range.end, encoding), e.new_text)
            for e in edits
        ),
        reverse=True,
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def wait_until(check: typing.Callable[[], bool], what: str, seconds: float = 20) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
