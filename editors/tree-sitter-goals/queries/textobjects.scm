; An item is a function-like object: its header and the lines under it
; (outer), or those lines only (inner).
(objective) @function.outer
(objective
  body: (body) @function.inner)
(key_result) @function.outer
(key_result
  body: (body) @function.inner)
(activity) @function.outer
(activity
  body: (body) @function.inner)
(funnel) @function.outer
(funnel
  body: (body) @function.inner)

; A stage or a log line as a statement, a comment as a comment.
(stage) @statement.outer
(log_line) @statement.outer
(comment) @comment.outer
