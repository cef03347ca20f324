# The language server.

lsp-cannot-start = goalie lsp: cannot start: { $error }

## src/lsp/transport.rs

lsp-bytes-where-content-length = bytes where a `Content-Length` header should start
lsp-header-line-ends-lf = a header line ends in LF alone, not CRLF
lsp-no-content-length-header = no `Content-Length` header
lsp-content-length-not-length = `Content-Length: { $value }` is not a length
lsp-content-length-over-limit = `Content-Length` over the limit of { $mib } MiB
lsp-header-block-with-no = a header block with no empty line after it
lsp-header-that-not-ascii = a header that is not ASCII
lsp-not-json = not JSON: { $e }
lsp-body-bytes-where-content = a body of { $len } bytes where `Content-Length` announced { $announced }
lsp-batch-json-array-language = a batch (JSON array): the language server protocol has none
lsp-message-that-not-json = a message that is not a JSON object
lsp-jsonrpc-must-be-2 = `jsonrpc` must be "2.0"
lsp-id-must-be-integer = `id` must be an integer or a string
lsp-method-must-be-string = `method` must be a string
lsp-not-request = not a request: { $e }
lsp-not-response = not a response: { $e }
lsp-neither-request-notification-nor = neither a request, a notification nor a response

## src/lsp/settings.rs

lsp-goalie-settings-ignored = goalie settings ignored: { $e }
lsp-goalie-rules-expected-map = goalie.rules: expected a map of rule → level, not { $other }
lsp-goalie-rules-no-rule = goalie.rules: no rule is called `{ $key }`
lsp-goalie-rules-unknown-level = goalie.rules.{ $key }: unknown level `{ $other }`
lsp-goalie-lang-not-auto = goalie.lang: `{ $other }` is not `auto`, `en` or `fr`
lsp-goalie-today-not-date = goalie.today: `{ $day }` is not a date (YYYY-MM-DD)

## src/lsp/commands.rs

lsp-not-date-yyyy-mm = `{ $d }` is not a date (YYYY-MM-DD)
lsp-after-today-log-what = { $date } is after today ({ $today }); log what has happened
lsp-this-file-not-open = this file is not open
lsp-no-item-here-put = no item here: put the cursor on a key result, an activity or a funnel stage

## src/lsp/server.rs


## src/lsp/rename.rs


## src/lsp/code_action.rs

## Rename, hover and inlay hints.

lsp-rename-invalid-id = `{ $name }` is not a valid id (letters, digits, `_`, `-` and inner dots, no spaces)
lsp-rename-taken = another item already has the id `{ $name }`
lsp-inlay-tooltip = goalie: as of today (hover for details)
# $date is written already; $ago is describe-days-ago.
lsp-hover-last-log-line = last log line: { $date } ({ $ago })
# $spark is a sparkline of the last 28 days.
lsp-hover-last-days = `{ $spark }` the last days
lsp-ignored-malformed = goalie: ignored a malformed message: { $detail }
# $reason is empty, or ": " and the editor's own reason.
lsp-editor-did-not-add = the editor did not add `{ $line }`{ $reason }
lsp-internal-error = goalie: internal error in { $what }: { $message }
lsp-internal-error-diagnostics = goalie: internal error in diagnostics
lsp-cannot-watch = goalie: cannot watch files: { $error }
# An inlay hint beside a funnel stage; $count is written already.
lsp-inlay-needs = needs { $count }
# $percent, $day and $days are written already.
lsp-hover-expected = expected by today: { $percent } (day { $day } of { $days })

## Completion: what a proposed log line, period or date is.

lsp-complete-log-today = a log line for today
lsp-complete-this-quarter = this quarter
lsp-complete-next-quarter = next quarter
lsp-complete-this-month = this month
lsp-complete-this-year = this year
lsp-complete-today = today
lsp-complete-in-a-week = in a week
lsp-complete-end-of-month = end of the month
lsp-complete-end-of-quarter = end of the quarter

## Hovers: a rule's page, an item's progress.

lsp-hover-why = Why:
lsp-hover-measurements = { $count ->
    [one] { $count } measurement
   *[other] { $count } measurements
}
# $score and $expected are written already.
lsp-hover-score = score { $score }
lsp-hover-score-expected = score { $score } (expected { $expected } by today)
lsp-hover-goal = goal: { $goal }
# A funnel's stage: $mark is ** around the stage hovered, or empty;
# $needed is a number, or — when unknown.
lsp-hover-stage = { $mark }`{ $id }`{ $mark } { $actual } of { $needed } needed ({ $percent }, { $status })
lsp-hover-stage-needed = { $mark }`{ $id }`{ $mark } { $needed } needed
# A quick fix that adds `# goalie: ignore CODE` above the line.
lsp-ignore-here = Ignore { $code } ({ $name }) here
