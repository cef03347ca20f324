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
