; The lines under an item are indented one level more than its header, as
; `goalie fmt` writes them: 2 spaces under an objective, 4 under its key
; results. Log lines and item headers at the top level start at column 0.
[
  (objective)
  (key_result)
  (activity)
  (funnel)
] @indent.begin

(comment) @indent.auto
