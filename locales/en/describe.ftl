# Progress in words, shared by `goalie status`, the language server's
# hovers and the HTML report.

describe-today = today { $total }
describe-this-week = this week { $total }
describe-this-week-of = this week { $total } / { $target }

# An activity's rate: $count is written already, $unit is empty or starts
# with a space, $period is day, weekday, week, month, quarter or year.
describe-rate = { $every ->
    [one] { $count }{ $unit } per { $period ->
        [day] day
        [weekday] weekday
        [week] week
        [month] month
        [quarter] quarter
       *[year] year
    }
   *[other] { $count }{ $unit } every { $every } { $period ->
        [day] days
        [weekday] weekdays
        [week] weeks
        [month] months
        [quarter] quarters
       *[year] years
    }
}
describe-consistency = { $met } of { $periods } { $periods ->
    [one] period
   *[other] periods
} met in the last { $days } days ({ $share })
describe-days-ago = { $days ->
    [0] today
    [1] yesterday
   *[other] { $days } days ago
}

## A key result's facts

# $value, $baseline, $target, $threshold: quantities, written already.
describe-now = { $value } now
describe-nothing-measured = nothing measured yet
describe-from-to = from { $baseline } to { $target }
describe-target-passed = (target passed)
# $change: the relative target (`+300 MQLs`); $start, $end: short dates.
describe-awaiting-previous = { $change }: awaiting the total of { $start } – { $end }, logged or written as `BASELINE ->`
describe-awaiting-from = { $change }: awaiting a first measurement (from { $start } on) to start from
describe-awaiting = { $change }: awaiting a first measurement to start from
# $rule: a comparison and a quantity (`≥ 95%`).
describe-keep-holds = { $value } holds { $rule }
describe-keep-breaks = { $value } breaks { $rule }
describe-keep-no-value = keep { $rule }: no value yet
describe-done-on = done on { $date }
describe-not-done-due = not done · due { $date }
describe-not-done = not done
describe-no-measure = no valid measure

## Relative targets

# $period is day, weekday, week, month, quarter or year.
describe-per-period = per { $period ->
    [day] day
    [weekday] weekday
    [week] week
    [month] month
    [quarter] quarter
   *[year] year
}
describe-this-period = { $period ->
    [day] today
    [weekday] today
    [week] this week
    [month] this month
    [quarter] this quarter
   *[year] this year
}
describe-from-baseline = from the baseline
describe-from-increments = counting the increments from 0
describe-from-period-start = from the value at the period's start
describe-from-value-of = from the value of { $date }
describe-from-first = from the first measurement
describe-on-total = on the total of { $start } – { $end }, { $total }
# A closed period of a recurring target.
describe-period-met = { $start } – { $end } met ({ $value } of { $target })
describe-period-missed = { $start } – { $end } missed ({ $value } of { $target })
describe-closed-periods = closed periods: { $periods }

## Objectives, funnels, trends

# $ids: key result ids in backquotes, joined by commas.
describe-success-despite = success despite { $ids }
describe-failing = failing: { $ids }
# A funnel's most upstream logged stage and where it leads by the due date.
describe-funnel-start = `{ $stage }` { $actual } in { $days ->
    [one] { $days } day
   *[other] { $days } days
} → { $projected } by { $due }
describe-share-of-goal = { $percent } of the goal
describe-forecast = forecast: { $chain }
# $amount: a quantity per day.
describe-pace = { $days ->
    [1] needs { $amount } today, the last day
   *[other] needs { $amount } per day for the { $days } days left
}
describe-trend-too-few = trend: fewer than 2 measurements in the last 28 days
describe-by-date = { $value } by { $date } ({ $percent })
describe-target-reached-on = target reached on { $date }
describe-never-reaches = never reaches the target
describe-trend = trend: { $facts }
# $when: how long ago (describe-days-ago); $date: a short date.
describe-check-in = confidence { $percent } ({ $when }, { $date })

## Numbers and dates

# A value with its unit. $number is written the reader's way; $sign is
# empty or a minus sign before a currency symbol.
describe-number = { $number }
describe-percent = { $number }%
describe-points = { $number }{ "\u00A0" }pt
describe-money = { $sign }{ $symbol }{ $number }
describe-money-code = { $number }{ "\u00A0" }{ $code }
# $unit is the unit word as written, $one the same word in the singular.
describe-counted = { $number ->
    [one] { $number }{ "\u00A0" }{ $one }
   *[other] { $number }{ "\u00A0" }{ $unit }
}
# A number as the .goals format reads it back: no grouping.
describe-written-decimal = { $whole }.{ $fraction }
describe-written-percent = { $number }%
describe-written-with-unit = { $number } { $unit }
# $day and $year are written as digits; $month is 1 to 12.
describe-date = { $day }{ "\u00A0" }{ describe-month-short }{ "\u00A0" }{ $year }
describe-short-date = { $day }{ "\u00A0" }{ describe-month-short }
describe-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## Funnels

# $goal: a quantity; $date: a date.
describe-funnel-goal = goal { $goal } by { $date }
describe-funnel-goal-undated = goal { $goal }
describe-so-far = { $value } so far

## What an item is (hovers, completion)

describe-kind-objective = objective
describe-kind-key-result = key result
describe-kind-activity = activity
describe-kind-funnel = funnel
describe-kind-stage = funnel stage
