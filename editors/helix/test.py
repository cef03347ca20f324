#!/usr/bin/env python3
"""Checks editors/helix/languages.toml: valid TOML, the keys Helix reads, a
`goals` language wired to `goalie lsp` and to the tree-sitter grammar of
editors/tree-sitter-goals, and the queries under the layout Helix reads
(runtime/queries/goals/). Run: python3 editors/helix/test.py"""
import pathlib
import re
import sys
import tomllib

path = pathlib.Path(__file__).with_name("languages.toml")
doc = tomllib.loads(path.read_text(encoding="utf-8"))
errors = []

# Keys of [[language]] and [language-server.*] in Helix's languages.toml
# (book/src/languages.md); an unknown key makes Helix refuse the file.
LANGUAGE_KEYS = {
    "name", "scope", "injection-regex", "file-types", "shebangs", "roots",
    "comment-token", "comment-tokens", "block-comment-tokens", "auto-format",
    "formatter", "diagnostic-severity", "grammar", "language-servers", "indent",
    "auto-pairs", "text-width", "soft-wrap", "workspace-lsp-roots",
    "persistent-diagnostic-sources", "language-id", "rulers", "path-completion",
    "word-completion",
}
SERVER_KEYS = {"command", "args", "config", "timeout", "environment", "required-root-patterns"}
GRAMMAR_KEYS = {"name", "source"}
GIT_SOURCE_KEYS = {"git", "rev", "subpath"}
# Query files Helix reads from runtime/queries/<language>/, and the captures
# each may use (its themes' scopes, book/src/themes.md; text objects and
# indents, book/src/guides/).
QUERY_CAPTURES = {
    "highlights.scm": {
        "attribute", "comment", "constant.builtin", "constant.numeric", "keyword",
        "keyword.function", "label", "markup.heading", "operator",
        "punctuation.delimiter", "string", "string.special", "string.special.symbol",
        "type", "type.builtin", "variable.other.member",
    },
    "indents.scm": {"indent", "outdent"},
    "locals.scm": {"local.scope", "local.definition", "local.reference"},
    "textobjects.scm": {
        "function.around", "function.inside", "comment.around", "comment.inside",
    },
}

langs = [l for l in doc.get("language", []) if l.get("name") == "goals"]
if len(langs) != 1:
    errors.append("exactly one [[language]] named goals")
else:
    lang = langs[0]
    for key in lang:
        if key not in LANGUAGE_KEYS:
            errors.append(f"[[language]] has a key Helix does not know: {key}")
    if lang.get("file-types") != ["goals"]:
        errors.append("file-types must be ['goals']")
    if lang.get("comment-token") != "#":
        errors.append("comment-token must be '#'")
    if lang.get("indent") != {"tab-width": 2, "unit": "  "}:
        errors.append("indent must be 2 spaces")
    for name in lang.get("language-servers", []):
        server = doc.get("language-server", {}).get(name)
        if server is None:
            errors.append(f"language server {name} is not defined")
            continue
        for key in server:
            if key not in SERVER_KEYS:
                errors.append(f"[language-server.{name}] has a key Helix does not know: {key}")
        if server.get("command") != "goalie" or server.get("args") != ["lsp"]:
            errors.append("the server must be `goalie lsp`")
        config = server.get("config", {})
        settings = {k: v for k, v in config.items() if k != "goalie"}
        if config.get("goalie") != settings:
            errors.append("config.goalie must repeat the settings (workspace/configuration)")
        if set(settings) != {"rules", "lang", "today", "inlayHints"}:
            errors.append(f"settings keys: {sorted(settings)}")
    if lang.get("language-servers") != ["goalie"]:
        errors.append("language-servers must be ['goalie']")

grammars = [g for g in doc.get("grammar", []) if g.get("name") == "goals"]
if len(grammars) != 1:
    errors.append("exactly one [[grammar]] named goals")
else:
    grammar = grammars[0]
    for key in grammar:
        if key not in GRAMMAR_KEYS:
            errors.append(f"[[grammar]] has a key Helix does not know: {key}")
    source = grammar.get("source", {})
    if set(source) - GIT_SOURCE_KEYS or not {"git", "rev"} <= set(source):
        errors.append(f"the grammar source takes git, rev and subpath: {sorted(source)}")
    subpath = path.parent.parent.parent / source.get("subpath", "")
    if source.get("subpath") != "editors/tree-sitter-goals" or not (subpath / "src" / "parser.c").is_file():
        errors.append("the grammar's subpath must be editors/tree-sitter-goals, with its parser")
if langs and langs[0].get("grammar") != "goals":
    errors.append("the goals language must use the goals grammar")

queries = path.parent / "runtime" / "queries" / "goals"
for name, allowed in QUERY_CAPTURES.items():
    query = queries / name
    if not query.is_file():
        errors.append(f"missing runtime/queries/goals/{name}")
        continue
    text = "\n".join(line.split(";")[0] for line in query.read_text(encoding="utf-8").splitlines())
    captures = set(re.findall(r"@([\w.]+)", text))
    if not captures:
        errors.append(f"{name} captures nothing")
    for capture in sorted(captures - allowed):
        errors.append(f"{name}: @{capture} is not a capture Helix uses there")

for e in errors:
    print("FAIL", e)
print("helix languages.toml:", "ok" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
