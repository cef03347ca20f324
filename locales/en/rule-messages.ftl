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

## S — specific

# $words: the vague words of the title, each in backquotes, comma-separated.
rule-S101-message = { $words }: vague wording with no measure; name what is counted (leads, customers, a rate…)
rule-S102-message = a title of { $count ->
    [one] { $count } word
   *[other] { $count } words
} names a topic, not a goal: say what changes (at least { $min ->
    [one] { $min } word
   *[other] { $min } words
})
rule-S103-hedge = `{ $hedge }` hedges the goal: commit to it as written, or write the level you do commit to
rule-S103-wish = `{ $wish }` is a wish, not a goal: say what would show it (an amount, a count, a rank)
rule-S104-message = `{ $word }…`: keeping things as they are is business as usual, not an objective; say what should change, and hold the level with a `keep:` key result
rule-S105-message = { $words }: this objective names nothing concrete; its key results may, but say in its title what should be different (for whom, where)
rule-S106-message = `{ $id }`: its { $count ->
    [one] { $count } key result only holds a level
   *[other] { $count } key results only hold levels
}, so nothing is meant to change; add a key result that moves something
rule-S107-message = this names a topic, not a goal: say what should be different at the end (who does what, how much)
