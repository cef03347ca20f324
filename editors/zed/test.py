#!/usr/bin/env python3
"""Checks the Zed extension's structure: extension.toml (the grammar from
editors/tree-sitter-goals, the goalie language server), the language folder
(config.toml and its queries, with captures Zed uses) and the Rust code that
launches `goalie lsp` from PATH. Zed itself is not run.
Run: python3 editors/zed/test.py"""
import pathlib
import re
import sys
import tomllib

here = pathlib.Path(__file__).parent
repo = here.parent.parent
errors = []

ext = tomllib.loads((here / "extension.toml").read_text(encoding="utf-8"))
EXTENSION_KEYS = {
    "id", "name", "version", "schema_version", "authors", "description",
    "repository", "grammars", "language_servers", "lib",
}
for key in ext:
    if key not in EXTENSION_KEYS:
        errors.append(f"extension.toml has a key Zed does not know: {key}")
for key in ["id", "name", "version", "schema_version", "authors", "description", "repository"]:
    if key not in ext:
        errors.append(f"extension.toml lacks {key}")
if ext.get("schema_version") != 1:
    errors.append("schema_version must be 1")

grammar = ext.get("grammars", {}).get("goals")
if grammar is None:
    errors.append("no [grammars.goals]")
else:
    if set(grammar) - {"repository", "rev", "commit", "path"}:
        errors.append(f"[grammars.goals] keys: {sorted(grammar)}")
    if "repository" not in grammar or not ({"rev", "commit"} & set(grammar)):
        errors.append("[grammars.goals] needs a repository and a rev")
    if grammar.get("path") != "editors/tree-sitter-goals" or not (
        repo / grammar.get("path", "-") / "src" / "parser.c"
    ).is_file():
        errors.append("[grammars.goals] path must be editors/tree-sitter-goals, with its parser")

server = ext.get("language_servers", {}).get("goalie")
if server is None:
    errors.append("no [language_servers.goalie]")
elif server.get("languages") != ["Goals"]:
    errors.append("the goalie server must serve the Goals language")

lang_dir = here / "languages" / "goals"
config = tomllib.loads((lang_dir / "config.toml").read_text(encoding="utf-8"))
if config.get("name") != "Goals" or config.get("grammar") != "goals":
    errors.append("config.toml: name Goals, grammar goals")
if config.get("path_suffixes") != ["goals"]:
    errors.append("config.toml: path_suffixes must be ['goals']")
if config.get("line_comments") != ["# "]:
    errors.append("config.toml: line_comments must be ['# ']")

# Captures Zed reads in each query file (its themes' syntax names and the
# outline, indent and text object captures).
QUERY_CAPTURES = {
    "highlights.scm": {
        "attribute", "comment", "constant", "keyword", "label", "number", "operator",
        "property", "punctuation.delimiter", "string", "string.special",
        "string.special.symbol", "title", "type",
    },
    "indents.scm": {"indent", "end", "outdent"},
    "outline.scm": {"item", "name", "context"},
    "textobjects.scm": {"function.around", "function.inside", "comment.around", "comment.inside"},
}
for name, allowed in QUERY_CAPTURES.items():
    query = lang_dir / name
    if not query.is_file():
        errors.append(f"missing languages/goals/{name}")
        continue
    text = "\n".join(line.split(";")[0] for line in query.read_text(encoding="utf-8").splitlines())
    captures = set(re.findall(r"@([\w.]+)", text))
    if not captures:
        errors.append(f"{name} captures nothing")
    for capture in sorted(captures - allowed):
        errors.append(f"{name}: @{capture} is not a capture Zed uses there")

cargo = tomllib.loads((here / "Cargo.toml").read_text(encoding="utf-8"))
if cargo.get("lib", {}).get("crate-type") != ["cdylib"]:
    errors.append("Cargo.toml: the extension is a cdylib")
if "zed_extension_api" not in cargo.get("dependencies", {}):
    errors.append("Cargo.toml: zed_extension_api is a dependency")
lib = (here / "src" / "lib.rs").read_text(encoding="utf-8")
for needle in ['worktree.which("goalie")', '"lsp"', "register_extension!"]:
    if needle not in lib:
        errors.append(f"src/lib.rs does not contain {needle}")

for e in errors:
    print("FAIL", e)
print("zed extension:", "ok" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
