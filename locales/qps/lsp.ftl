# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# The language server.

lsp-cannot-start = ⟦göálîé lšp: çáññöt štárt: { $error }⟧

## src/lsp/transport.rs

lsp-bytes-where-content-length = ⟦býtéš whéré á `Content-Length` héádér šhöûld štárt⟧
lsp-header-line-ends-lf = ⟦á héádér lîñé éñdš îñ LF álöñé, ñöt ÇRLF⟧
lsp-no-content-length-header = ⟦ñö `Content-Length` héádér⟧
lsp-content-length-not-length = ⟦`Content-Length: { $value }` îš ñöt á léñgth⟧
lsp-content-length-over-limit = ⟦`Content-Length` övér thé lîmît öf { $mib } MîB⟧
lsp-header-block-with-no = ⟦á héádér blöçk wîth ñö émptý lîñé áftér ît⟧
lsp-header-that-not-ascii = ⟦á héádér thát îš ñöt ÅŠÇÎÎ⟧
lsp-not-json = ⟦ñöt JŠÖÑ: { $e }⟧
lsp-body-bytes-where-content = ⟦á bödý öf { $len } býtéš whéré `Content-Length` áññöûñçéd { $announced }⟧
lsp-batch-json-array-language = ⟦á bátçh (JŠÖÑ árráý): thé láñgûágé šérvér prötöçöl háš ñöñé⟧
lsp-message-that-not-json = ⟦á méššágé thát îš ñöt á JŠÖÑ öbjéçt⟧
lsp-jsonrpc-must-be-2 = ⟦`jsonrpc` mûšt bé "2.0"⟧
lsp-id-must-be-integer = ⟦`id` mûšt bé áñ îñtégér ör á štrîñg⟧
lsp-method-must-be-string = ⟦`method` mûšt bé á štrîñg⟧
lsp-not-request = ⟦ñöt á réqûéšt: { $e }⟧
lsp-not-response = ⟦ñöt á réšpöñšé: { $e }⟧
lsp-neither-request-notification-nor = ⟦ñéîthér á réqûéšt, á ñötîfîçátîöñ ñör á réšpöñšé⟧

## src/lsp/settings.rs

lsp-goalie-settings-ignored = ⟦göálîé šéttîñgš îgñöréd: { $e }⟧
lsp-goalie-rules-expected-map = ⟦göálîé.rûléš: éxpéçtéd á máp öf rûlé → lévél, ñöt { $other }⟧
lsp-goalie-rules-no-rule = ⟦göálîé.rûléš: ñö rûlé îš çálléd `{ $key }`⟧
lsp-goalie-rules-unknown-level = ⟦göálîé.rûléš.{ $key }: ûñkñöwñ lévél `{ $other }`⟧
lsp-goalie-lang-not-auto = ⟦göálîé.láñg: `{ $other }` îš ñöt `auto`, `en` ör `fr`⟧
lsp-goalie-today-not-date = ⟦göálîé.tödáý: `{ $day }` îš ñöt á dáté (ÝÝÝÝ-MM-DD)⟧

## src/lsp/commands.rs

lsp-not-date-yyyy-mm = ⟦`{ $d }` îš ñöt á dáté (ÝÝÝÝ-MM-DD)⟧
lsp-after-today-log-what = ⟦{ $date } îš áftér tödáý ({ $today }); lög whát háš háppéñéd⟧
lsp-this-file-not-open = ⟦thîš fîlé îš ñöt öpéñ⟧
lsp-no-item-here-put = ⟦ñö îtém héré: pût thé çûršör öñ á kéý réšûlt, áñ áçtîvîtý ör á fûññél štágé⟧

## src/lsp/server.rs


## src/lsp/rename.rs


## src/lsp/code_action.rs


## Rename, hover and inlay hints.

lsp-rename-invalid-id = ⟦`{ $name }` îš ñöt á válîd îd (léttérš, dîgîtš, `_`, `-` áñd îññér dötš, ñö špáçéš)⟧
lsp-rename-taken = ⟦áñöthér îtém álréádý háš thé îd `{ $name }`⟧
lsp-inlay-tooltip = ⟦göálîé: áš öf tödáý (hövér för détáîlš)⟧
# $date is written already; $ago is describe-days-ago.
lsp-hover-last-log-line = ⟦lášt lög lîñé: { $date } ({ $ago })⟧
# $spark is a sparkline of the last 28 days.
lsp-hover-last-days = ⟦`{ $spark }` thé lášt dáýš⟧
lsp-ignored-malformed = ⟦göálîé: îgñöréd á málförméd méššágé: { $detail }⟧
# $reason is empty, or ": " and the editor's own reason.
lsp-editor-did-not-add = ⟦thé édîtör dîd ñöt ádd `{ $line }`{ $reason }⟧
lsp-internal-error = ⟦göálîé: îñtérñál érrör îñ { $what }: { $message }⟧
lsp-internal-error-diagnostics = ⟦göálîé: îñtérñál érrör îñ dîágñöštîçš⟧
lsp-cannot-watch = ⟦göálîé: çáññöt wátçh fîléš: { $error }⟧
# An inlay hint beside a funnel stage; $count is written already.
lsp-inlay-needs = ⟦ñéédš { $count }⟧
# $percent, $day and $days are written already.
lsp-hover-expected = ⟦éxpéçtéd bý tödáý: { $percent } (dáý { $day } öf { $days })⟧

## Completion: what a proposed log line, period or date is.

lsp-complete-log-today = ⟦á lög lîñé för tödáý⟧
lsp-complete-this-quarter = ⟦thîš qûártér⟧
lsp-complete-next-quarter = ⟦ñéxt qûártér⟧
lsp-complete-this-month = ⟦thîš möñth⟧
lsp-complete-this-year = ⟦thîš ýéár⟧
lsp-complete-today = tödáý
lsp-complete-in-a-week = ⟦îñ á wéék⟧
lsp-complete-end-of-month = ⟦éñd öf thé möñth⟧
lsp-complete-end-of-quarter = ⟦éñd öf thé qûártér⟧

## Hovers: a rule's page, an item's progress.

lsp-hover-why = Whý:
lsp-hover-measurements =
    { $count ->
        [one] { $count } méášûréméñt
       *[other] { $count } méášûréméñtš
    }
# $score and $expected are written already.
lsp-hover-score = ⟦šçöré { $score }⟧
lsp-hover-score-expected = ⟦šçöré { $score } (éxpéçtéd { $expected } bý tödáý)⟧
lsp-hover-goal = ⟦göál: { $goal }⟧
# A funnel's stage: $mark is ** around the stage hovered, or empty;
# $needed is a number, or — when unknown.
lsp-hover-stage = ⟦{ $mark }`{ $id }`{ $mark } { $actual } öf { $needed } ñéédéd ({ $percent }, { $status })⟧
lsp-hover-stage-needed = ⟦{ $mark }`{ $id }`{ $mark } { $needed } ñéédéd⟧
# A quick fix that adds `# goalie: ignore CODE` above the line.
lsp-ignore-here = ⟦Îgñöré { $code } ({ $name }) héré⟧
