; An item folds with the lines under it (an objective with its key results).
[
  (objective)
  (key_result)
  (activity)
  (funnel)
] @fold
