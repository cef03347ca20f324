# Syntax errors (E001) and how a list of alternatives is written.

syntax-unexpected = unexpected `{ $found }`
syntax-unexpected-eol = unexpected end of line
# $error is syntax-unexpected or syntax-unexpected-eol.
syntax-expected = { $error }; expected { $expected }
syntax-did-you-mean = { $error } (did you mean `{ $keyword }`?)
syntax-id-not-one-word = an id is one word, without spaces or apostrophes: write `{ $proposal }` instead of `{ $written }`, here and in its log lines
syntax-outside-item = this line belongs to no item: write an `objective`, `kr`, `activity` or `funnel` line above it
syntax-under-log = a log line takes no properties: move this line under its item

## What the parser expected, in "expected …".

syntax-expect-id = an id
syntax-expect-title = a title
syntax-expect-text = some text
syntax-expect-owner = an owner such as @sylvie
syntax-expect-colon = `:`
syntax-expect-arrow = `->`
syntax-expect-day = a day (YYYY-MM-DD)
syntax-expect-period = a date or period (2026-12-31, 2026-11, 2026-W45, 2026-Q4, 2026)
syntax-expect-number = a number
syntax-expect-unit = a unit
syntax-expect-comparator = a comparison (>=, <=, at least…)
syntax-expect-rate = a rate such as `20 per weekday`
syntax-expect-period-word = a period word (day, weekday, week, month…)
syntax-expect-kw-per = `per`
syntax-expect-change-sign = a change such as `+300` or `-20%`
syntax-expect-kw-each = `each`
syntax-expect-versus = `vs previous` and a period
syntax-expect-kw-convert = `convert`
syntax-expect-kw-by = `by` and a date
syntax-expect-log-entry = a value, `+N`, `done`, `dropped`, `confidence N%` or `retro`
syntax-expect-note = a note in quotes
syntax-expect-item = an item (objective, kr, activity, funnel)
syntax-expect-stage = a stage
syntax-expect-property = a property such as `due:` or `metric:`
syntax-expect-committed = a flag (committed, aspirational, milestone)
syntax-expect-eol = the end of the line
syntax-expect-header-line = an item header such as `objective id: title`
syntax-expect-log = a log line such as `2026-11-02 calls 17`
