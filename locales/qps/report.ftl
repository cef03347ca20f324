# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# goalie report: the HTML page, its charts and what the command says.

report-goals-report = ⟦Göálš répört⟧
report-objectives = Öbjéçtîvéš
report-key-results-without-an-objective = ⟦Kéý réšûltš wîthöût áñ öbjéçtîvé⟧
report-activities = Åçtîvîtîéš
report-funnels = Fûññélš
report-footer = ⟦Géñérátéd bý göálîé répört. Förmûláš: döçš/prögréšš.md.⟧
report-actual = áçtûál
report-expected = éxpéçtéd
report-trend-least-squares-last-28 = ⟦tréñd (léášt šqûáréš, lášt 28 dáýš)⟧
report-acceptable-side-of-a-guardrail = ⟦áççéptáblé šîdé öf á gûárdráîl⟧
report-target-met-for-the-day = ⟦tárgét mét för thé dáý⟧
report-some-done = ⟦šömé döñé⟧
report-nothing-logged = ⟦ñöthîñg löggéd⟧
report-weekend-weekday-rate = ⟦wéékéñd (wéékdáý ráté)⟧
report-committed = çömmîttéd
report-aspirational = ášpîrátîöñál
report-worst-key-result = ⟦wöršt kéý réšûlt:⟧
report-forecast = Föréçášt
report-stage = Štágé
report-done-needed = ⟦Döñé / ñéédéd⟧
report-status = Štátûš
report-pace = Páçé
report-no-log-lines = ⟦ñö lög lîñéš⟧
report-next-due = ⟦Ñéxt dûé⟧
report-nothing-falls-due = ⟦ñöthîñg fállš dûé⟧
report-today = tödáý
# One letter per day, Monday first: seven letters.
report-weekday-letters = MTWTFŠŠ
report-funnel-needed-and-actual-per = ⟦Fûññél: ñéédéd áñd áçtûál pér štágé⟧
report-progress-on = ⟦Prögréšš öñ { $date }⟧
report-score = ⟦šçöré { $score } · { $expectation }: { $success } çöûñtš áš šûççéšš⟧
report-expected-today = ⟦éxpéçtéd tödáý { $score }⟧
report-streak = ⟦štréák { $current } (löñgéšt { $longest })⟧
report-forecast-by = ⟦Föréçášt bý { $date }⟧
report-burnup-label = ⟦Bûrñ-ûp çhárt öf { $id }⟧
report-daily-log-label = ⟦Dáîlý lög öf { $id }⟧
report-written = ⟦répört wrîttéñ tö { $path }; öpéñ ît îñ á wéb bröwšér⟧
# A chart's horizontal line: $sign is ≥ or ≤, $value a quantity.
report-threshold-label = ⟦thréšhöld { $sign } { $value }⟧
report-target-label = ⟦tárgét { $value }⟧
# A funnel stage's bar: $needed is a number, or — when unknown.
report-stage-actual-of = ⟦{ $actual } öf { $needed }⟧
report-stage-needed = ⟦{ $needed } ñéédéd⟧
# The months on a chart's time axis, $month from 1 to 12.
report-month-axis =
    { $month ->
        [1] Jáñ
        [2] Féb
        [3] Már
        [4] Åpr
        [5] Máý
        [6] Jûñ
        [7] Jûl
        [8] Åûg
        [9] Šép
        [10] Öçt
        [11] Ñöv
       *[12] Déç
    }
