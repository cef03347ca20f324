"""Every capability goalie advertises, through each client profile."""

from __future__ import annotations

import asyncio
import pathlib

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import ENCODING, LOG, PLAN, apply, position, uri, wait_until, width

ADVERTISED = [
    "hover_provider",
    "completion_provider",
    "definition_provider",
    "references_provider",
    "rename_provider",
    "document_symbol_provider",
    "workspace_symbol_provider",
    "folding_range_provider",
    "semantic_tokens_provider",
    "document_formatting_provider",
    "code_action_provider",
    "inlay_hint_provider",
    "execute_command_provider",
]


def open_doc(client: LanguageClient, path: pathlib.Path, text: str, version: int = 1) -> str:
    u = uri(path)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=u, language_id="goals", version=version, text=text)
        )
    )
    return u


def doc(u: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=u)


def holds(r: types.Range, p: types.Position) -> bool:
    return (r.start.line, r.start.character) <= (p.line, p.character) <= (r.end.line, r.end.character)


def in_text(r: types.Range, text: str, encoding: str) -> bool:
    lines = text.split("\n")
    return all(
        p.line < len(lines) and p.character <= width(lines[p.line], encoding) for p in (r.start, r.end)
    )


async def test_initialize_advertises_every_capability_and_negotiates_the_encoding(client: LanguageClient):
    caps = client.init_result.capabilities
    for name in ADVERTISED:
        assert getattr(caps, name) not in (None, False), name
    assert client.encoding == ENCODING[client.profile]
    sync = caps.text_document_sync
    assert isinstance(sync, types.TextDocumentSyncOptions)
    assert sync.change == types.TextDocumentSyncKind.Incremental
    assert list(caps.execute_command_provider.commands) == ["goalie.server.logProgress"]


async def test_diagnostics_and_their_quick_fix(client: LanguageClient, workspace: pathlib.Path):
    log = open_doc(client, workspace / "log.goals", LOG)

    def e007() -> list[types.Diagnostic]:
        return [d for d in client.diagnostics.get(log, []) if d.code == "E007"]

    await wait_until(lambda: bool(e007()), "E007 on the misspelt id")
    (d,) = e007()
    enc = client.encoding
    start = position(LOG, "new-custmers", enc)
    assert d.range.start == start
    assert d.range.end == types.Position(line=start.line, character=start.character + len("new-custmers"))
    for diags in client.diagnostics.values():
        for each in diags:
            assert each.source == "goalie"
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=doc(log),
            range=d.range,
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    fixes = [a for a in actions or [] if isinstance(a, types.CodeAction) and a.kind == types.CodeActionKind.QuickFix]
    fix = next(a for a in fixes if "new-customers" in a.title)
    (edit,) = fix.edit.changes[log]
    assert edit.new_text == "new-customers"
    assert apply(LOG, [edit], enc).count("new-custmers") == 0


async def test_hover_range_is_what_was_hovered_in_the_hovered_document(
    client: LanguageClient, workspace: pathlib.Path
):
    enc = client.encoding
    log = open_doc(client, workspace / "log.goals", LOG)
    plan = open_doc(client, workspace / "plan.goals", PLAN)
    # An id in a log line (the item lives in plan.goals).
    at = position(LOG, "new-customers 42", enc, skip=3)
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc(log), position=at))
    assert hover is not None and "new-customers" in hover.contents.value
    start = position(LOG, "new-customers 42", enc)
    assert hover.range == types.Range(
        start=start, end=types.Position(line=start.line, character=start.character + len("new-customers"))
    )
    # After a euro sign: the line of the funnel's goal, counted in the
    # negotiated encoding.
    line = "  goal: 50 000 € by 2026-12-31"
    at = position(PLAN, "2026-12-31\n  start", enc)
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc(plan), position=at))
    assert hover is not None
    assert hover.range == types.Range(
        start=types.Position(line=at.line, character=0),
        end=types.Position(line=at.line, character=width(line, enc)),
    )
    # Everywhere: a range on the hovered line, holding the position.
    for text, u in ((LOG, log), (PLAN, plan)):
        for n, content in enumerate(text.split("\n")):
            for character in range(0, width(content, enc) + 1, 4):
                p = types.Position(line=n, character=character)
                h = await client.text_document_hover_async(types.HoverParams(text_document=doc(u), position=p))
                if h is None or h.range is None:
                    continue
                assert h.range.start.line == n == h.range.end.line, (u, p, h.range)
                assert holds(h.range, p), (u, p, h.range)
                assert in_text(h.range, text, enc), (u, p, h.range)


async def test_completion_sends_snippets_only_to_clients_that_take_them(
    client: LanguageClient, workspace: pathlib.Path
):
    u = open_doc(client, workspace / "new.goals", "")
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc(u), position=types.Position(line=0, character=0))
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    objective = next(i for i in items if i.label == "objective")
    snippets = client.profile != "plain"
    if snippets:
        assert objective.insert_text_format == types.InsertTextFormat.Snippet
        assert "${1:id}" in objective.text_edit.new_text
    else:
        for item in items:
            assert item.insert_text_format != types.InsertTextFormat.Snippet, item
            assert "$" not in (item.text_edit.new_text if item.text_edit else item.label), item
        assert objective.text_edit.new_text == "objective "
    # Ids after a log line's date.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=u, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="2026-11-24 ne")],
        )
    )
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc(u), position=types.Position(line=0, character=13))
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    assert "new-customers" in [i.label for i in items]


async def test_definition_references_and_rename(client: LanguageClient, workspace: pathlib.Path):
    enc = client.encoding
    log = open_doc(client, workspace / "log.goals", LOG)
    plan = uri(workspace / "plan.goals")
    at = position(LOG, "new-customers 35", enc, skip=2)
    defined = position(PLAN, "new-customers:", enc)
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(log), position=at)
    )
    locations = definition if isinstance(definition, list) else [definition]
    assert [(l.uri, l.range.start) for l in locations] == [(plan, defined)]
    refs = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc(log), position=at, context=types.ReferenceContext(include_declaration=True)
        )
    )
    # Its definition, `supports:` in the activity, three log lines.
    assert sorted((r.uri, r.range.start.line) for r in refs) == sorted(
        [(plan, 4), (plan, 12), (log, 0), (log, 1), (log, 2)]
    )
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=doc(log), position=at)
    )
    assert prepared is not None
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(log), position=at, new_name="new-clients")
    )
    changes = edit.changes or {
        c.text_document.uri: c.edits for c in edit.document_changes or [] if isinstance(c, types.TextDocumentEdit)
    }
    assert sum(len(e) for e in changes.values()) == 5
    renamed = apply(LOG, list(changes[log]), enc)
    assert renamed.count("new-clients") == 3 and "new-customers" not in renamed


async def test_symbols_folding_and_semantic_tokens(client: LanguageClient, workspace: pathlib.Path):
    enc = client.encoding
    plan = open_doc(client, workspace / "plan.goals", PLAN)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=doc(plan))
    )
    names = [s.name for s in symbols]
    assert any("growth" in n for n in names), names
    for s in symbols:
        assert in_text(s.range, PLAN, enc) and in_text(s.selection_range, PLAN, enc), s
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="new-cust"))
    assert any("new-customers" in s.name for s in found)
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc(plan)))
    assert folds and all(0 <= f.start_line <= f.end_line < PLAN.count("\n") + 1 for f in folds)
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=doc(plan))
    )
    data = tokens.data
    assert data and len(data) % 5 == 0
    lines = PLAN.split("\n")
    line = col = 0
    legend = client.init_result.capabilities.semantic_tokens_provider.legend
    for i in range(0, len(data), 5):
        d_line, d_col, length, kind, _ = data[i : i + 5]
        line += d_line
        col = d_col if d_line else col + d_col
        assert kind < len(legend.token_types)
        # Every token lies within its line, in the negotiated encoding.
        assert col + length <= width(lines[line], enc), (line, col, length)


async def test_formatting_and_inlay_hints(client: LanguageClient, workspace: pathlib.Path):
    enc = client.encoding
    messy = "objective   été:    Réussir   l'été\n  owner:   @sylvie\n"
    u = open_doc(client, workspace / "messy.goals", messy)
    options = types.FormattingOptions(tab_size=2, insert_spaces=True)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=doc(u), options=options)
    )
    assert edits
    formatted = apply(messy, edits, enc)
    # Blanks between tokens only: the title keeps its own.
    assert formatted == "objective été: Réussir   l'été\n  owner: @sylvie\n"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=u, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=formatted)],
        )
    )
    again = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=doc(u), options=options)
    )
    assert not again, again
    plan = open_doc(client, workspace / "plan.goals", PLAN)
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=doc(plan),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=40, character=0)),
        )
    )
    assert hints
    for h in hints:
        assert in_text(types.Range(start=h.position, end=h.position), PLAN, enc), h


async def test_log_progress_command_and_workspace_notifications(
    client: LanguageClient, workspace: pathlib.Path
):
    enc = client.encoding
    plan = open_doc(client, workspace / "plan.goals", PLAN)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="goalie.server.logProgress",
            arguments=[{"uri": plan, "position": position(PLAN, "Win 100 new customers", enc), "value": "45"}],
        )
    )
    assert result["line"] == "2026-11-24 new-customers 45"
    assert client.applied, "the edit went through workspace/applyEdit"
    # Notifications of every kind; the server answers on.
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=doc(plan)))
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"goalie": {"today": "2026-11-24"}})
    )
    (workspace / "more.goals").write_text("objective more: Sell more in Q1 2027\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=uri(workspace / "more.goals"), type=types.FileChangeType.Created)]
        )
    )
    other = workspace / "other"
    other.mkdir()
    (other / "x.goals").write_text("objective x: Open the Lyon office by June 2027\n", encoding="utf-8")
    client.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(
            event=types.WorkspaceFoldersChangeEvent(
                added=[types.WorkspaceFolder(uri=uri(other), name="other")], removed=[]
            )
        )
    )
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=doc(plan)))

    async def names() -> list[str]:
        found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query=""))
        return [s.name for s in found or []]

    # The new file and the new folder's file are read.
    got: list[str] = []
    for _ in range(200):
        got = await names()
        if "more" in got and "x" in got:
            break
        await asyncio.sleep(0.05)
    assert "more" in got and "x" in got, got


async def test_the_server_asks_only_what_the_client_declared(client: LanguageClient, workspace: pathlib.Path):
    open_doc(client, workspace / "plan.goals", PLAN)
    await client.workspace_symbol_async(types.WorkspaceSymbolParams(query=""))
    caps = client.capabilities
    asked = set(client.server_requests)
    watch = caps.workspace and caps.workspace.did_change_watched_files
    if not (watch and watch.dynamic_registration):
        assert types.CLIENT_REGISTER_CAPABILITY not in asked, asked
    refresh = caps.workspace and caps.workspace.inlay_hint and caps.workspace.inlay_hint.refresh_support
    if not refresh:
        assert types.WORKSPACE_INLAY_HINT_REFRESH not in asked, asked
    if client.profile == "plain":
        assert types.CLIENT_REGISTER_CAPABILITY not in asked
