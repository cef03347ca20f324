# Progress in words, shared by `goalie status`, the language server's
# hovers and the HTML report.

describe-today = today { $total }
describe-this-week = this week { $total }
describe-this-week-of = this week { $total } / { $target }
