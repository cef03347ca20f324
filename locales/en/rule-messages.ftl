# The rules' diagnostics, as a check reports them. Ids: rule-CODE-message,
# or rule-CODE-<case> for a rule that words several cases. Values in units
# ($value, $baseline…) arrive written the reader's way (`1,500 €`).

## structure

rule-E014-message = this value is in `{ $got }`, but `{ $id }` is measured in `{ $want }`: fix the unit, or log it against the right id
rule-E015-dates-of = the dates of `{ $objective }`
rule-E015-due-after-end = `{ $id }` is due on { $date }, after its objective `{ $objective }` ends ({ $end }): it cannot count for it
rule-E015-due-before-start = `{ $id }` is due on { $date }, before its objective `{ $objective }` starts ({ $start })
rule-E015-starts-before-start = `{ $id }` starts on { $date }, before its objective `{ $objective }` starts ({ $start })
rule-E015-starts-after-end = `{ $id }` starts on { $date }, after its objective `{ $objective }` ends ({ $end })
rule-E016-message = progress dated { $date }, before `{ $id }` starts ({ $start }): is the date right?
rule-E017-message = an invisible bidirectional control character ({ $codepoint }) is here: it can make this line display differently from what it says; remove it

## review

rule-C701-message = `{ $id }` has had no log line or check-in since { $since } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
}): log where it stands, or mark it `done` or `dropped`
rule-C701-with-key-results = `{ $id }` and its key results have had no log line or check-in since { $since } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
}): log where it stands, or mark it `done` or `dropped`
