#!/usr/bin/env python3
"""Checks editors/helix/languages.toml: valid TOML, the keys Helix reads,
and a `goals` language wired to `goalie lsp`. Run: python3 editors/helix/test.py"""
import pathlib
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

for e in errors:
    print("FAIL", e)
print("helix languages.toml:", "ok" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
