# Messages of the command line.

## The line that ends `goalie check`.

cli-count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
cli-count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
cli-count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
cli-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
cli-summary-clean = No problems found in { $files }.
# $problems: cli-count-errors, -warnings and -notes joined by list-and.
cli-summary = Found { $problems } in { $files }.

## src/cli/fmt.rs

cli-error-cannot-read = error: cannot read { $error }
cli-error-cannot-write-output = error: cannot write the output: { $error }
cli-formatted = formatted { $name }
cli-error-cannot-read-2 = error: cannot read { $name }: { $error }
cli-error-over-64-mib = error: { $name } is over the 64 MiB limit for a .goals file; it was left as it is
cli-error-not-regular-file = error: { $name } is not a regular file (a device, a pipe or a socket); it was left as it is
cli-error-not-utf-8 = error: { $name } is not UTF-8 text; it was left as it is

## src/cli/watch.rs

cli-error-cannot-watch-no = error: cannot watch { $path }: no such file or directory
cli-error-cannot-catch-ctrl = error: cannot catch Ctrl-C: { $error }
cli-error-cannot-watch = error: cannot watch { $error }
cli-watching-for-changes-press = Watching for changes; press Ctrl-C to stop.
cli-warning-watcher-reported = warning: the watcher reported: { $error }

## src/cli/check.rs

cli-fixed-problem = { $total ->
    [one] fixed { $total } problem
   *[other] fixed { $total } problems
}
cli-error-cannot-use-root = error: cannot use the root folder: { $error }
cli-error-cannot-read-standard = error: cannot read standard input: { $error }

## src/cli/log.rs

cli-added = { $path }: added `{ $line }`

## src/cli/man.rs

cli-man-pages-written = { $len } man pages written to { $path }
cli-error-cannot-write-man = error: cannot write man pages to { $path }: { $error }

## src/cli/rules.rs

cli-error-no-rule-called = error: no rule is called `{ $code }`; `goalie rules` lists them

## src/cli/mod.rs

cli-error = error:{" "}
cli-warning-not-read-goalie = warning: { $shown } is not read: goalie reads files whose name ends in .goals; rename it { $meant }
cli-warning-no-goals-files = warning: no .goals files in { $places } (nor in its subfolders)

## src/cli/init.rs

cli-error-already-exists-nothing = error: { $list } already exists; nothing was written (--force overwrites)
cli-note-already-holds-goals = note: { $path } already holds { $others ->
    [one] { $others } .goals file
   *[other] { $others } .goals files
}; ids are shared across a folder, so `goalie check` will report any the starter plan repeats
cli-error-cannot-create-folder = error: cannot create the folder { $path }: { $error }; nothing was written
cli-error-cannot-write = error: cannot write { $path }: { $error }
cli-created = created { $path }
cli-next-goalie-check-finds = Next: `goalie check { $shown }` finds problems, `goalie status { $shown }` shows where goals stand.

## src/cli/import.rs

cli-error-cannot-create-nothing = error: cannot create { $path }: { $error }; nothing was written

# The error was printed where it happened: nothing more to say.
cli-already-reported = {""}

## goalie fmt's last line and notices.

cli-fmt-warning = warning: { $name }: { $notice }
cli-fmt-all-formatted = { $unchanged ->
    [one] { $unchanged } file already formatted.
   *[other] { $unchanged } files already formatted.
}
cli-fmt-to-format = { $changed ->
    [one] { $changed } file to format; `goalie fmt` formats it.
   *[other] { $changed } files to format; `goalie fmt` formats them.
}
cli-fmt-done = { $changed ->
    [one] { $changed } file formatted
   *[other] { $changed } files formatted
}, { $unchanged } already formatted.

cli-status-problems-note = note: { $errors ->
    [one] { $errors } error in these files leaves
   *[other] { $errors } errors in these files leave
} some goals out or incomplete; `goalie check` shows them
cli-log-after-today = { $date } is after today ({ $today }); log what has happened
cli-log-file-unknown = the item's file is unknown
cli-rules-did-you-mean = error: no rule is called `{ $code }`; did you mean { $names }? `goalie rules` lists them all
cli-count-objectives = { $count ->
    [one] { $count } objective
   *[other] { $count } objectives
}
cli-count-key-results = { $count ->
    [one] { $count } key result
   *[other] { $count } key results
}
cli-count-activities = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
cli-count-funnels = { $count ->
    [one] { $count } funnel
   *[other] { $count } funnels
}
cli-count-log-lines = { $count ->
    [one] { $count } log line
   *[other] { $count } log lines
}
# What `goalie watch` counts: every part, comma-joined.
cli-watch-summary = { $items }.
cli-error-line = error: { $error }

## goalie status

cli-status-no-goals = No goals found.
cli-status-objectives = OBJECTIVES
cli-status-activities = ACTIVITIES
cli-status-funnels = FUNNELS
cli-status-orphan-key-results = Key results without an objective
cli-status-no-finished-period = no finished period yet
# $needed and $actual are written already (a number, or — when unknown).
cli-status-stage-needed-no-logs = { $needed } needed · no log lines
cli-status-stage-of-needed = { $actual } of { $needed } needed
cli-status-streak = streak { $current } (longest { $longest })

## src/cli/import.rs

cli-import-no-tables = goalie.toml has no [[import]] table
cli-import-tables-are = the tables are: { $list }
# $tables is cli-import-no-tables or cli-import-tables-are.
cli-import-no-table-named = no [[import]] table is named `{ $name }`; { $tables }
cli-import-files-kept-changing = the goals files kept changing while importing; nothing was written
cli-import-no-item = no item has the id `{ $id }`
cli-import-no-item-did-you-mean = no item has the id `{ $id }`; did you mean `{ $closest }`?
# $line is a line number, written already.
cli-import-bad-row = { $csv }:{ $line }: column "{ $column }": { $message }; nothing was written (--skip-bad imports the other rows)
cli-import-no-header = { $name } has no header line
cli-import-at-line = { $name }:{ $line }: { $error }
cli-import-in-file = { $name }: { $error }
cli-import-cannot-write = error: cannot write to { $path }: { $error }; nothing was written
# $dry is "yes" for a dry run, else "no".
cli-import-summary = { $files }: { $added } { $added ->
    [one] line
   *[other] lines
} added, { $restated } restated, { $unchanged } unchanged, { $conflicts } { $conflicts ->
    [one] conflict
   *[other] conflicts
} ({ $read } { $read ->
    [one] row
   *[other] rows
} of { $csv }, { $kept } kept){ $dry ->
    [yes] {" "}(dry run: nothing written)
   *[no] {""}
}
cli-import-restated = restated { $date }: `{ $was }` is now `{ $line }`
# $file is empty or " (path:line)".
cli-import-conflict = conflict { $date }: `{ $line }`{ $file } is not an import of this source and is left alone; the export says { $says }
# $row is a line number, written already.
cli-import-several-rows = { $date }: { $rows } rows; the last one (line { $row }) is kept
cli-import-more-days = and { $more } more { $more ->
    [one] day
   *[other] days
} with several rows
cli-import-skipped = skipped { $csv }:{ $line }: column "{ $column }": { $message }

## --today

cli-not-a-day = `{ $value }` is not a day in the form YYYY-MM-DD

# goalie status: an objective's facts. $expectation is report-committed
# or report-aspirational; $score and $success are written already.
cli-status-score = score { $score } ({ $expectation }: { $success } is success)
cli-status-worst = worst: { $status }
# An activity's current period: $start and $end are short dates.
cli-status-period-total = { $start } – { $end }: { $total } / { $target }

## A command line clap refuses (after cli-error).

cli-usage-unknown-argument = unexpected argument '{ $arg }'
cli-usage-unknown-command = unknown command '{ $command }'
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-usage-value-missing = '{ $arg }' needs a value
# $values: the possible values, quoted, joined by list-or.
cli-usage-possible-values = possible values: { $values }
# $args: the missing arguments as the usage writes them.
cli-usage-missing-argument = missing: { $args }
cli-usage-given-twice = '{ $arg }' cannot be given twice
cli-usage-conflict = '{ $arg }' cannot be used with '{ $other }'
# $kind is command, argument or value.
cli-usage-did-you-mean = tip: { $kind ->
    [command] a similar command exists
    [argument] a similar argument exists
   *[value] a similar value exists
}: '{ $name }'
cli-usage-did-you-mean-one-of = tip: { $kind ->
    [command] similar commands exist
    [argument] similar arguments exist
   *[value] similar values exist
}: { $names }
cli-usage-exists = tip: '{ $name }' exists
cli-usage-more = For more information, try '{ $help }'.
# $reason: what goalie found wrong with the value.
cli-usage-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
