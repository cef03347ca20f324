# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# Progress in words, shared by `goalie status`, the language server's
# hovers and the HTML report.

describe-today = ⟦tödáý { $total }⟧
describe-this-week = ⟦thîš wéék { $total }⟧
describe-this-week-of = ⟦thîš wéék { $total } / { $target }⟧
# An activity's rate: $count is written already, $unit is empty or starts
# with a space, $period is day, weekday, week, month, quarter or year.
describe-rate =
    { $every ->
        [one]
            { $count }{ $unit } pér { $period ->
                [day] dáý
                [weekday] wéékdáý
                [week] wéék
                [month] möñth
                [quarter] qûártér
               *[year] ýéár
            }
       *[other]
            { $count }{ $unit } évérý { $every } { $period ->
                [day] dáýš
                [weekday] wéékdáýš
                [week] wéékš
                [month] möñthš
                [quarter] qûártérš
               *[year] ýéárš
            }
    }
describe-consistency =
    ⟦{ $met } öf { $periods } { $periods ->
        [one] pérîöd
       *[other] pérîödš
    } mét îñ thé lášt { $days } dáýš ({ $share })⟧
describe-days-ago =
    { $days ->
        [0] tödáý
        [1] ýéštérdáý
       *[other] { $days } dáýš ágö
    }

## A key result's facts

# $value, $baseline, $target, $threshold: quantities, written already.
describe-now = ⟦{ $value } ñöw⟧
describe-nothing-measured = ⟦ñöthîñg méášûréd ýét⟧
describe-from-to = ⟦fröm { $baseline } tö { $target }⟧
describe-target-passed = ⟦(tárgét páššéd)⟧
# $change: the relative target (`+300 MQLs`); $start, $end: short dates.
describe-awaiting-previous = ⟦{ $change }: áwáîtîñg thé tötál öf { $start } – { $end }, löggéd ör wrîttéñ áš `BASELINE ->`⟧
describe-awaiting-from = ⟦{ $change }: áwáîtîñg á fîršt méášûréméñt (fröm { $start } öñ) tö štárt fröm⟧
describe-awaiting = ⟦{ $change }: áwáîtîñg á fîršt méášûréméñt tö štárt fröm⟧
# $rule: a comparison and a quantity (`≥ 95%`).
describe-keep-holds = ⟦{ $value } höldš { $rule }⟧
describe-keep-breaks = ⟦{ $value } bréákš { $rule }⟧
describe-keep-no-value = ⟦kéép { $rule }: ñö válûé ýét⟧
describe-done-on = ⟦döñé öñ { $date }⟧
describe-not-done-due = ⟦ñöt döñé · dûé { $date }⟧
describe-not-done = ⟦ñöt döñé⟧
describe-no-measure = ⟦ñö válîd méášûré⟧

## Relative targets

# $period is day, weekday, week, month, quarter or year.
describe-per-period =
    ⟦pér { $period ->
        [day] dáý
        [weekday] wéékdáý
        [week] wéék
        [month] möñth
        [quarter] qûártér
       *[year] ýéár
    }⟧
describe-this-period =
    { $period ->
        [day] tödáý
        [weekday] tödáý
        [week] thîš wéék
        [month] thîš möñth
        [quarter] thîš qûártér
       *[year] thîš ýéár
    }
describe-from-baseline = ⟦fröm thé bášélîñé⟧
describe-from-increments = ⟦çöûñtîñg thé îñçréméñtš fröm 0⟧
describe-from-period-start = ⟦fröm thé válûé át thé pérîöd'š štárt⟧
describe-from-value-of = ⟦fröm thé válûé öf { $date }⟧
describe-from-first = ⟦fröm thé fîršt méášûréméñt⟧
describe-on-total = ⟦öñ thé tötál öf { $start } – { $end }, { $total }⟧
# A closed period of a recurring target.
describe-period-met = ⟦{ $start } – { $end } mét ({ $value } öf { $target })⟧
describe-period-missed = ⟦{ $start } – { $end } mîššéd ({ $value } öf { $target })⟧
describe-closed-periods = ⟦çlöšéd pérîödš: { $periods }⟧

## Objectives, funnels, trends

# $ids: key result ids in backquotes, joined by commas.
describe-success-despite = ⟦šûççéšš déšpîté { $ids }⟧
describe-failing = ⟦fáîlîñg: { $ids }⟧
# A funnel's most upstream logged stage and where it leads by the due date.
describe-funnel-start =
    ⟦`{ $stage }` { $actual } îñ { $days ->
        [one] { $days } dáý
       *[other] { $days } dáýš
    } → { $projected } bý { $due }⟧
describe-share-of-goal = ⟦{ $percent } öf thé göál⟧
describe-forecast = ⟦föréçášt: { $chain }⟧
# $amount: a quantity per day.
describe-pace =
    { $days ->
        [1] ñéédš { $amount } tödáý, thé lášt dáý
       *[other] ñéédš { $amount } pér dáý för thé { $days } dáýš léft
    }
describe-trend-too-few = ⟦tréñd: féwér tháñ 2 méášûréméñtš îñ thé lášt 28 dáýš⟧
describe-by-date = ⟦{ $value } bý { $date } ({ $percent })⟧
describe-target-reached-on = ⟦tárgét réáçhéd öñ { $date }⟧
describe-never-reaches = ⟦ñévér réáçhéš thé tárgét⟧
describe-trend = ⟦tréñd: { $facts }⟧
# $when: how long ago (describe-days-ago); $date: a short date.
describe-check-in = ⟦çöñfîdéñçé { $percent } ({ $when }, { $date })⟧

## Numbers and dates

# A value with its unit. $number is written the reader's way; $sign is
# empty or a minus sign before a currency symbol.
describe-number = { $number }
describe-percent = { $number }%
describe-points = { $number }{ "\u00A0" }pt
describe-money = { $sign }{ $symbol }{ $number }
describe-money-code = { $number }{ "\u00A0" }{ $code }
# $unit is the unit word as written, $one the same word in the singular.
describe-counted =
    { $number ->
        [one] { $number }{ "\u00A0" }{ $one }
       *[other] { $number }{ "\u00A0" }{ $unit }
    }
# A number as the .goals format reads it back: no grouping.
describe-written-decimal = { $whole }.{ $fraction }
describe-written-percent = { $number }%
describe-written-with-unit = ⟦{ $number } { $unit }⟧
# $day and $year are written as digits; $month is 1 to 12.
describe-date = { $day }{ "\u00A0" }{ describe-month-short }{ "\u00A0" }{ $year }
describe-short-date = { $day }{ "\u00A0" }{ describe-month-short }
describe-month-short =
    { $month ->
        [1] Jáñ
        [2] Féb
        [3] Már
        [4] Åpr
        [5] Máý
        [6] Jûñ
        [7] Jûl
        [8] Åûg
        [9] Šép
        [10] Öçt
        [11] Ñöv
       *[12] Déç
    }

## Funnels

# $goal: a quantity; $date: a date.
describe-funnel-goal = ⟦göál { $goal } bý { $date }⟧
describe-funnel-goal-undated = ⟦göál { $goal }⟧
describe-so-far = ⟦{ $value } šö fár⟧

## What an item is (hovers, completion)

describe-kind-objective = öbjéçtîvé
describe-kind-key-result = ⟦kéý réšûlt⟧
describe-kind-activity = áçtîvîtý
describe-kind-funnel = fûññél
describe-kind-stage = ⟦fûññél štágé⟧
