# What `goalie fmt` says about lines it could not lay out.

format-lines-kept = { $count ->
    [one] { $count } line left as written because of a syntax error (`goalie check` shows it)
   *[other] { $count } lines left as written because of syntax errors (`goalie check` shows them)
}
