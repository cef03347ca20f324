# import

## src/import/number.rs

import-not-number = `{ $text }` is not a number

## src/import/source.rs

import-say-which-import-table = say which { $flag ->
        [id] item to log
        [date] column holds the day
       *[value] column holds the value
    }: --{ $flag } (or `{ $flag }` in an [[import]] table)
import-count-sum-cannot-go = --count and --sum cannot go together
import-scale-number-other-than = --scale is a number other than 0
import-name-holds-letters-digits = the name `{ $name }` holds letters, digits, `-`, `_` and `.` only
import-not-condition-write-column = `{ $text }` is not a condition: write COLUMN=VALUE
import-import-each-table-has = [[import]]: each table has a `name`, for `goalie import --source NAME`
import-import-two-tables-are = [[import]]: two tables are named `{ $name }`

## src/import/rows.rs

import-row-has-fields-header = the row has { $len } fields, the header { $len2 }
import-date-empty = the date is empty
import-value-empty = the value is empty
import-line = `{ $trim }` is in { $written }, line { $seen-line } in { $written2 }

## src/import/date.rs

import-not-date-write-2026 = `{ $text }` is not a date (write 2026-11-03, 20261103 or 03/11/2026)
import-does-not-match-date = `{ $text }` does not match the date format `{ $format }`
import-not-day-calendar = `{ $text }` is not a day of the calendar
import-dates-are-written-day = the dates are written day first on row { $d } and month first on row { $m }; pass --date-format
import-every-date-such-as = every date such as 03/11/2026 reads day first (3 November) as well as month first (March 11): pass --date-format %d/%m/%Y or %m/%d/%Y, or --lang fr for day first

## src/import/plan.rs

import-after-today-import-what = { $date } is after today ({ $today }); import what has happened
import-negative-log-line-value = { $value } is negative: a log line's value cannot be
import-before-starts = { $date } is before `{ $id }` starts ({ $start })
# A column --date, --value or --id names; $list is the file's columns, quoted.
import-no-column = no column is named "{ $name }" (the columns are { $list })
import-no-column-did-you-mean = no column is named "{ $name }" (the columns are { $list }); did you mean "{ $suggestion }"?
# $order: `day` or `month`, which the file's other dates put first.
import-not-a-day = `{ $written }`, read { $order ->
        [day] day first
       *[month] month first
    } as the file's other dates, is not a day of the calendar
# A `[[import]]` table of goalie.toml and what is wrong with it.
import-table-problem = [[import]] { $name }: { $problem }
