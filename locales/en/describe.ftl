# Progress in words, shared by `goalie status`, the language server's
# hovers and the HTML report.

describe-today = today { $total }
describe-this-week = this week { $total }
describe-this-week-of = this week { $total } / { $target }

# An activity's rate: $count is written already, $unit is empty or starts
# with a space, $period is day, weekday, week, month, quarter or year.
describe-rate = { $every ->
    [one] { $count }{ $unit } per { $period }
   *[other] { $count }{ $unit } every { $every } { $period }s
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
