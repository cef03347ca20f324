# `goalie --help`, `goalie COMMAND --help` and the man pages. Ids follow
# the command tree: help-COMMAND (one line), help-COMMAND-long (the
# paragraph under it), help-COMMAND-arg-OPTION, help-arg-OPTION (an option
# several commands share); tests check each names a real command or option.

help-heading-usage = Usage:
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commands
help-heading-help = Print help
help-heading-version = Print version

help-goalie = Goals kept in plain text, checked like code.
help-check = Check .goals files and report problems
help-check-long =
    Check .goals files and report problems.

    Exits with 0 when no error is found, 1 when errors are found (or findings at the --deny level), and 2 on a usage, configuration or I/O failure.
help-rules = List every rule with its code, family and default severity
help-explain = Print a rule's documentation: what it checks, why, and examples
help-status = Show where every goal stands: progress, status, pace and forecast
help-report = Write an HTML report: burn-up charts, activity grids, funnels and objective roll-ups in one self-contained file
help-log = Append a log line for an item, to the file where its log lines live
help-import = Add log lines from a CSV export (analytics, CRM, payments, a spreadsheet): one line per day, never twice
help-fmt = Rewrite .goals files in their canonical layout
help-watch = Check .goals files again each time one changes, until Ctrl-C
help-init = Write a starter plan, a commented goalie.toml and, on request, CI and pre-commit files
help-lsp = Run the language server on stdin and stdout (for editors)
help-completions = Print a shell completion script on stdout
help-man = Print the goalie(1) man page, or with --out write goalie.1 and one goalie-COMMAND.1 per command into a folder

help-arg-today = The day to check against, YYYY-MM-DD [default: `today` in goalie.toml, else the system's date]
help-arg-lang = Language of messages [default: `lang` in goalie.toml, else from GOALIE_LANG, LC_ALL, LC_MESSAGES or LANG, else English]
help-arg-color = When to use colours; NO_COLOR is honoured
help-arg-config = Use this configuration file instead of searching for goalie.toml (GOALIE_CONFIG names one too)
help-arg-no-config = Ignore goalie.toml files: use the defaults
help-check-arg-fix = Apply the mechanical fixes diagnostics offer, then report what is left. Only the fixed spans of text change
help-check-arg-deny = Lowest severity that makes the exit code 1
