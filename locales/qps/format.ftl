# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# What `goalie fmt` says about lines it could not lay out.

format-lines-kept =
    { $count ->
        [one] { $count } lîñé léft áš wrîttéñ béçáûšé öf á šýñtáx érrör (`goalie check` šhöwš ît)
       *[other] { $count } lîñéš léft áš wrîttéñ béçáûšé öf šýñtáx érrörš (`goalie check` šhöwš thém)
    }
