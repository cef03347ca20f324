# `goalie --help`, `goalie COMMAND --help` and the man pages. Ids follow
# the command tree: help-COMMAND (one line), help-COMMAND-long (the
# paragraph under it), help-COMMAND-arg-OPTION, help-arg-OPTION (an option
# several commands share); tests check each names a real command or option.

help-heading-usage = Usage:
help-heading-options = Options:
help-heading-arguments = Arguments:
help-heading-commands = Commands:
help-arg-help = Print help
help-arg-version = Print version

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

# clap's own words around the options.
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
help-possible-values-heading = Possible values:
help-possible-value = - { $value }: { $help }
help-help = Print this message or the help of the given command(s)

help-check-arg-paths = Files or directories to check [default: .]. Directories are searched for *.goals files, honouring .gitignore
help-check-arg-format = Output format
help-check-arg-format-text = miette-rendered diagnostics with source snippets
help-check-arg-format-json = An array of objects with `file`, `line`, `column`, `end_line`, `end_column`, `severity`, `code`, `name`, `message`
help-check-arg-format-sarif = SARIF 2.1.0, for GitHub code scanning and other tools
help-check-arg-format-github = GitHub Actions workflow commands (annotations on the lines)
help-check-arg-stdin = Check what is typed on standard input instead of files: a `.goals` text, or one goal statement ("Grow MQLs from 300 to 450 by March"), judged on its wording by the same rules as a key result
help-check-arg-root = The repository root SARIF paths are relative to [default: the git top level of the current folder, else the current folder]
help-rules-arg-lang = Language of the summaries
help-explain-arg-code = A rule's code (`S101`) or name (`vague-wording`)
help-explain-arg-lang = Language of the documentation
help-status-arg-paths = Files or directories to read [default: .]
help-status-arg-format = Output format
help-report-arg-paths = Files or directories to read [default: .]
help-report-arg-html = The HTML file to write (replaced if it exists)
help-log-arg-id = The id of the item (objective, key result, activity, funnel or stage)
help-log-arg-value = What happened, as on a log line: a value (`24%`, `12 500 €`), a count (`17`), an increment (`+3`, `-2`), `done`, `dropped`, `confidence 60%` or `retro`. Several words may follow without quotes; write `--` before a value such as `-0,5` that is not a plain number
help-log-arg-date = The day of the line [default: today]
help-log-arg-note = A note to add to the line
help-log-arg-paths = Files or directories holding the goals [default: .]. May be repeated
help-import-arg-csv = The CSV export to read (`,`, `;` or tab separated)
help-import-arg-paths = Files or directories holding the goals [default: .]
help-import-arg-source = Use the `[[import]]` table of goalie.toml with this name; the options below override its keys
help-import-arg-id = The item the lines are for
help-import-arg-date = The column holding the day
help-import-arg-value = The column holding the value (not needed with --count)
help-import-arg-count = Count the rows of each day, written as an increment (`+N`)
help-import-arg-sum = Add up the value column per day, written as an increment (`+N`)
help-import-arg-filters = Keep only the rows whose COLUMN holds VALUE (case and accents ignored). May be repeated: all must hold
help-import-arg-scale = Multiply every value by this (an analytics rate of 0.412 is 41.2% with --scale 100 --unit %)
help-import-arg-unit = The unit written after each number (`%`, `EUR`, `sessions`…) [default: the one the cells carry, if any]
help-import-arg-to = The file to add new lines to [default: where `goalie log` would write for the item]
help-import-arg-date-format = How the date column writes days, in strftime form (`%d/%m/%Y`, `%m/%d/%Y %H:%M`…) [default: detected]
help-import-arg-name = The name in the marker comment (`# import NAME`) [default: the --source name]
help-import-arg-dry-run = Write nothing; print the changes as a diff
help-import-arg-skip-bad = Import the good rows and list the bad ones, instead of stopping at the first
help-fmt-arg-paths = Files or directories to format [default: .]. Directories are searched for *.goals files, honouring .gitignore
help-fmt-arg-check = Write nothing; list the files that are not formatted and exit with 1 if there are any
help-fmt-arg-diff = Write nothing; print the changes as a unified diff
help-fmt-arg-lang = Language of messages [default: from GOALIE_LANG, LC_ALL, LC_MESSAGES or LANG, else English]
help-fmt-arg-color = When to colour the diff; NO_COLOR is honoured
help-watch-arg-paths = Files or directories to watch [default: .]. Directories are watched with everything below them; *.goals files are read as `check` reads them
help-init-arg-dir = Folder to write the files in [default: .]; created when missing
help-init-arg-lang = Language of the plan and of messages [default: from GOALIE_LANG, LC_ALL, LC_MESSAGES or LANG, else English]
help-init-arg-template = What the starter plan is about
help-init-arg-template-okr = A team objective with key results of every kind
help-init-arg-template-sales = A sales plan: revenue, pipeline and prospecting
help-init-arg-template-habits = Personal habits, with a goal they serve
help-init-arg-today = The day the plan's dates are computed from, YYYY-MM-DD [default: the system's date]
help-init-arg-ci = Also write a CI workflow that checks the plans
help-init-arg-ci-github = { ".github/workflows/goalie.yml" }, with goalie's GitHub Action
help-init-arg-pre-commit = Also write a .pre-commit-config.yaml with goalie's hooks
help-init-arg-force = Overwrite files that already exist
help-lsp-arg-stdio = Accepted and ignored: stdio is the only transport (some clients, such as vscode-languageclient, pass it)
help-completions-arg-shell = The shell to complete for
help-man-arg-out = Folder to write every page in (goalie.1 and one goalie-COMMAND.1 per command); created when missing. Without it, goalie.1 is printed on stdout
help-man-arg-lang = Language of messages

# The sections of a man page.
help-man-section-name = NAME
help-man-section-synopsis = SYNOPSIS
help-man-section-description = DESCRIPTION
help-man-section-options = OPTIONS
help-man-section-commands = COMMANDS
help-man-section-version = VERSION

# What the usage line calls a command: goalie <COMMAND>.
help-value-command = COMMAND
