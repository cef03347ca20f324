# Words shared by every area.

# "a, b or c": list-comma joins all but the last, list-or adds the last.
list-comma = { $list }, { $next }
list-or = { $list } or { $last }
list-and = { $list } and { $last }

# How numbers are written: 12,345.6.
number-group-separator = ,
number-decimal-separator = .
