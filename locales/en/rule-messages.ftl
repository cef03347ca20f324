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
rule-S106-message = `{ $id }`: { $count ->
    [one] its one key result only holds a level
   *[other] its { $count } key results only hold levels
}, so nothing is meant to change; add a key result that moves something
rule-S107-message = this names a topic, not a goal: say what should be different at the end (who does what, how much)

## fixes

# A fix that adds a line: `period: 2026-Q4`, `owner: @marie`, `committed`.
rule-fix-add-line = Add `{ $line }`

## R — relevant

rule-R401-message = key result `{ $id }` belongs to no objective: write it below the objective it measures, in the same file
rule-R402-no-supports = activity `{ $id }` supports nothing: add `supports:` with the key result or objective it drives, or say `why:` it matters
rule-R402-unknown-supports = activity `{ $id }` supports nothing that exists: fix the ids in `supports:`
rule-R403-message = `{ $id }` does not say why it matters: add a `why:` line
rule-R404-message = `{ $id }` has no `parent:`, while `{ $parent }` ({ $start }..{ $end }) covers its period: say which higher objective it serves
rule-R404-higher-objective = the higher objective
rule-R405-message = every key result of `{ $id }` is about money: add one on what customers get (satisfaction, retention, usage, referrals…)
rule-R406-message = the why of `{ $id }` gives no reason: say what reaching it pays for, or what it changes for customers
rule-R407-message = funnel `{ $id }` supports no objective or key result: add `supports:` with the key result its goal feeds

## T — time-bound

# $kind: the kind of item with its article ("a key result").
rule-T501-message = `{ $id }` is { $kind } with no end date; add `due:` or `period:`
# $state: one of the rule-T502-* phrases below.
rule-T502-message = `{ $id }` was due on { $due } and { $state }: log `done`, a `retro` or `dropped`, or move the date
rule-T502-not-done = is not done
rule-T502-stands-at = stands at { $current } of { $target }
rule-T502-no-measurement = has no measurement to start from
rule-T503-message = `{ $id }` ended on { $end } with no retrospective: log what worked and what did not (`{ $today } { $id } retro "…"`)
rule-T504-message = `{ $id }` has no start: add `start:` or `period:`, or `supports:` a dated key result, so its stages can be judged and projected

## OKR shape

rule-O601-none = `{ $id }` has no key result: add at least { $min } to say how you will know it is met
rule-O601-too-few = `{ $id }` has { $count ->
    [one] { $count } key result
   *[other] { $count } key results
}; at least { $min } are expected
rule-O601-too-many = `{ $id }` has { $count } key results; keep at most { $max } so that each gets attention
# $ids: the first ids, or rule-O602-and-more.
rule-O602-message = { $who } carries { $count } objectives at the same time ({ $ids }); keep at most { $max }, or share them out
rule-O602-and-more = { $ids } and { $more } more
rule-O603-message = `{ $id }` starts with `{ $verb }`, a task: say what result it brings (a milestone names the state reached, not the errand), or make it an activity
rule-O603-fix = Make it an activity
rule-O604-message = `{ $id }` has no owner: add `owner:` with the person who answers for it
rule-O605-message = `{ $id }` does not say whether it is `committed` (100% expected) or `aspirational` (about 70% is a success)
rule-O606-message = `{ $id }` is a number to reach: say in the objective what you are after, and leave the number to a key result

## M — measurable

# $metric: the keyword of the item's file (`metric` or `mesure`).
rule-M201-message = this key result has no measure: add `{ $metric }: 0 -> 40`, `keep: >= 40` or `milestone`
# $target: the target as the format writes it.
rule-M202-message = no baseline: write where you start from (`BASELINE -> { $target }`) so progress and ambition can be measured
# $value: as the item's file writes it; $date: the day of that measurement.
rule-M202-fix = Start from the first measurement in the log: { $value } ({ $date })
rule-M203-currency = the title counts in `{ $title }` and the metric in `{ $metric }`: which currency is the target in?
rule-M203-unit = the baseline is in `{ $baseline }` and the target in `{ $target }`: a metric measures one thing, in one unit
# $direction: up or down, what the title says; $moves: up or down, what the metric does.
rule-M204-change = the title says this should { $direction ->
    [up] go up
   *[down] go down
}, but the metric { $moves ->
    [up] goes up
   *[down] goes down
} from { $baseline } to { $target }: are the two sides swapped?
rule-M204-relative = the title says this should { $direction ->
    [up] go up
   *[down] go down
}, but the metric { $moves ->
    [up] rises by
   *[down] falls by
} { $amount } (`{ $sign }`): is the sign right?
# $numbers: the title's numbers, each in backquotes (rule-quoted-number).
rule-M205-relative = the title says { $numbers }, but the metric changes by { $sign }{ $change }: update one of them
rule-M205-factor = the title says ×{ $factor }, but the metric goes from { $baseline } to { $target }: update one of them
rule-M205-change = the title says { $numbers }, but the metric goes from { $baseline } to { $target } (a change of { $difference }): update one of them
rule-quoted-number = `{ $number }`
rule-M206-message = this activity has no pace: add a `target:` such as `target: 3 per week`
# $words: what the title says (each in backquotes); $measure: the measure it names.
rule-M207-message = { $words } `{ $measure }`, but by how much? No number says it: write the target (`from 120 to 200`, `400 a month`)
# $bound: at-most or at-least, what the guardrail keeps.
rule-M208-bound = the title says `{ $word }`, but the guardrail keeps the value { $bound ->
    [at-most] at most
   *[at-least] at least
}: which side is the limit?
rule-M208-level = the title says { $title }, but the guardrail is set at { $threshold }: which is the limit?
rule-M209-message = `{ $id }` is measured in bare numbers and its title does not say what they count: name the measure (a rate, ROAS, leads…) or write its unit

## A — achievable

# $count: the activity's count; $unit: its unit with a leading space, or
# nothing; $per: rule-A301-per; $observed: the pace the log shows.
rule-A301-activity = { $count }{ $unit } { $per } needed, the log shows { $observed } { $per } since { $since }: set a pace you can keep, or change how the work is done
# $period: day, weekday, week, month, quarter or year.
rule-A301-per = { $every ->
    [one] per { $period ->
        [day] day
        [weekday] weekday
        [week] week
        [month] month
        [quarter] quarter
       *[year] year
    }
   *[other] per { $every } { $period ->
        [day] days
        [weekday] weekdays
        [week] weeks
        [month] months
        [quarter] quarters
       *[year] years
    }
}
# $aim: rule-A301-aspirational, or nothing; $required and $observed: weekly amounts.
rule-A301-key-result = reaching { $goal } by { $due }{ $aim } takes { $required } per week, the log shows { $observed } per week from { $from } to { $to }: lower the target, or change how the work is done
rule-A301-aspirational = { " " }(70% of the way to { $target }: the objective is aspirational)
rule-A302-equal = the target equals the baseline ({ $value }): nothing changes; to hold a level, write it as a guardrail (`keep: >= { $written }`)
rule-A302-small-change = a change of { $change }% of the baseline is below the { $min }% that makes a target ambitious: aim further, or hold the level with `keep:`
rule-A302-small-relative = a change of { $change }% of the start value is below the { $min }% that makes a target ambitious: aim further, or hold the level with `keep:`
rule-A303-phrase = `{ $phrase }` is out of reach on its face: aim at a share, a rank or a count you can credibly win in the time
rule-A303-whole-market = all of a market is out of reach: aim at a share you can credibly win
rule-A303-to-all = from a share to 100%: nobody wins every one; aim at a share you can credibly reach
rule-A303-to-none = down to 0%: nobody loses none at all; aim at a level you can credibly hold
rule-A303-no-time = ×{ $factor }, with no history to show it can be done: no plan's time is long enough for a business to grow that much; aim at a step you can credibly reach
rule-A303-too-fast = ×{ $factor } in { $days ->
    [one] { $days } day
   *[other] { $days } days
}, with no history to show it can be done: a business seldom grows that fast; lower the target, give it more time, or log the progress that makes it credible
rule-A304-message = the log already shows { $current }, at or past the target of { $target }: raise the target from where you stand, or mark `{ $id }` done
rule-A305-message = stage `{ $id }` converts { $percent }%: few funnels keep that much of a stage; plan for the volume a realistic rate needs
rule-A306-message = the activities that support `{ $id }` plan about { $planned ->
    [one] { $planned } action
   *[other] { $planned } actions
} by { $due }, fewer than the { $gain } it must gain: each action would have to bring in more than one; raise the pace, or say what else brings the rest
