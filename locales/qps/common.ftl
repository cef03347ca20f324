# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# Words shared by every area.

# "a, b or c": list-comma joins all but the last, list-or adds the last.
list-comma = ⟦{ $list }, { $next }⟧
list-or = ⟦{ $list } ör { $last }⟧
list-and = ⟦{ $list } áñd { $last }⟧
# How numbers are written: 12,345.6.
number-group-separator = ,
number-decimal-separator = .
