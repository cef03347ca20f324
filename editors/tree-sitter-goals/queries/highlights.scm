; Highlights of the .goals format, with nvim-treesitter's capture names.
; Each node gets one capture, so editors that let the first pattern win and
; editors that let the last one win colour alike.

(comment) @comment

; Items: a keyword, an id and a title, like a function's signature.
(objective
  keyword: (keyword) @keyword.function)
(key_result
  keyword: (keyword) @keyword.function)
(activity
  keyword: (keyword) @keyword.function)
(funnel
  keyword: (keyword) @keyword.function)
(stage
  keyword: (keyword) @keyword.function)

(id) @label
(reference) @label
(title) @markup.heading

; Properties and flags.
(key) @property
(text) @string
(owner) @string.special.symbol
[
  (committed)
  (aspirational)
  (milestone)
] @attribute

; Words inside values: per, each, convert, by, vs, previous, confidence.
(conversion
  (keyword) @keyword)
(per_unit
  (keyword) @keyword)
(goal_prop
  (keyword) @keyword)
(rate
  (keyword) @keyword)
(recurrence
  (keyword) @keyword)
(versus
  (keyword) @keyword)
(confidence
  (keyword) @keyword)
(time_unit) @type.builtin

; Values.
[
  (number)
  (interval)
  (fraction)
] @number
(percent) @type.builtin
(currency) @type.builtin
(unit) @type
[
  (arrow)
  (comparator)
  (sign)
  (minus)
  ".."
  "/"
] @operator
[
  ":"
  ","
] @punctuation.delimiter

; Dates.
[
  (day)
  (week)
  (month)
  (quarter)
  (half)
  (year)
] @string.special

; Log lines.
[
  (done)
  (dropped)
  (retro)
] @constant.builtin
(note) @string
