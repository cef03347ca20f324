# model

## src/model/lower.rs

model-weight-must-be-above = a weight must be above zero
model-conversion-percentage-above-0 = a conversion is a percentage above 0% and at most 100%
model-each-unit-must-be = each unit must be worth more than zero
model-value-has-one-unit = a value has one unit, not `{ $a }` and `{ $b }`
model-interval-must-be-whole = the interval must be a whole number above zero
model-rate-must-be-above = a rate must be above zero
model-write-confidence-as-percentage = write a confidence as a percentage (`60%`) or a fraction (`6/10`)
model-confidence-lies-between-0 = a confidence lies between 0% and 100%

## src/model/resolve.rs

model-already-id-another-item = `{ $id }` is already the id of another item; ids must be unique across the workspace
model-first-defined-here = first defined here
model-replace-with = Replace with `{ $suggestion }`
model-this-log-line-dated = this log line is dated { $value }, after today ({ $today })

## src/model/number.rs

model-not-number-digit-groups = `{ $text }` is not a number: digit groups must have three digits
model-too-large = `{ $text }` is too large

## src/model/date.rs


## src/model/date.rs

model-there-no-year-0 = `{ $text }`: there is no year 0
model-not-date-there-no = `{ $text }` is not a date: there is no month { $month }
model-not-date-that-month = `{ $text }` is not a date: that month has { $last } days
model-not-month-months-go = `{ $text }` is not a month: months go from 01 to 12
model-not-week-has-weeks = `{ $text }` is not a week: { $year } has weeks 1 to { $weeks }
model-not-quarter-quarters-go = `{ $text }` is not a quarter: quarters go from 1 to 4
model-not-half-year-halves = `{ $text }` is not a half-year: halves are 1 and 2
model-ends-before-it-starts = `{ $text }` ends before it starts
## Item kinds in sentences (src/model/item.rs).

item-a-objective = an objective
item-a-key-result = a key result
item-a-activity = an activity
item-a-funnel = a funnel
item-a-stage = a funnel stage
model-does-not-apply = `{ $keyword }` does not apply to { $item }; it is ignored
model-committed-or-aspirational = an objective is either committed or aspirational; this flag is ignored
model-one-measure = a key result has one measure (`metric:`, `keep:` or `milestone`); this one is ignored
model-given-twice = `{ $word }` is given twice; this one is ignored
model-no-such-id = no item has the id `{ $name }`
model-no-such-id-did-you-mean = no item has the id `{ $name }`; did you mean `{ $suggestion }`?
model-reference-kind = `{ $name }` is { $item }; { $takes }
model-parent-takes = `parent:` takes an objective or a key result
model-supports-takes = `supports:` takes a key result, an objective, a funnel or a funnel stage
model-cycle-more = { $shown } → … ({ $hidden } more)
model-parent-cycle = `parent:` links go round in a circle: { $ids } → { $back }
# $ends: which date comes first: `due`, `goal` or `period`.
model-start-after-end = `{ $id }` starts on { $start } but { $ends ->
        [due] is due on
        [goal] its goal is due on
       *[period] its period ends on
    } { $end }
# `1,500` or `1.500`: $int the digits before the separator, $frac the
# three after it, $decimals those without trailing zeros, $suffix `k`, `M`
# or nothing. Each language proposes its own two writings.
model-ambiguous-number = `{ $text }` is ambiguous: write `{ $int }{ $frac }{ $suffix }` or `{ $int }.{ $decimals }{ $suffix }`
model-ambiguous-number-whole = `{ $text }` is ambiguous: write `{ $int }{ $frac }{ $suffix }` or `{ $int }{ $suffix }`
