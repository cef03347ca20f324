# log

## src/log_line.rs


## src/log_line.rs

log-note-holds-one-line = a note holds one line
log-note-cannot-contain = a note cannot contain ", » or ”
log-not-one-log-line = `{ $line }` is not one log line
log-done-completes-milestone-not = `done` completes a milestone; `{ $id }` is not one (log its value instead)
log-milestone-log-done-dropped = `{ $id }` is a milestone: log `done` or `dropped`
log-objective-key-results-carry = `{ $id }` is an objective: its key results carry the numbers
log-activity-count-cannot-be = an activity's count cannot be negative
log-measured-not = `{ $id }` is measured in { $unit }, not { $written }
log-invalid-line = `{ $line }` is not a valid log line: { $error }
log-line-problem = `{ $line }`: { $error }
