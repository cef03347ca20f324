# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# Messages of the command line.


## The line that ends `goalie check`.

cli-count-files =
    { $count ->
        [one] { $count } fîlé
       *[other] { $count } fîléš
    }
cli-count-errors =
    { $count ->
        [one] { $count } érrör
       *[other] { $count } érrörš
    }
cli-count-warnings =
    { $count ->
        [one] { $count } wárñîñg
       *[other] { $count } wárñîñgš
    }
cli-count-notes =
    { $count ->
        [one] { $count } ñöté
       *[other] { $count } ñötéš
    }
cli-summary-clean = ⟦Ñö pröblémš föûñd îñ { $files }.⟧
# $problems: cli-count-errors, -warnings and -notes joined by list-and.
cli-summary = ⟦Föûñd { $problems } îñ { $files }.⟧

## src/cli/fmt.rs

cli-error-cannot-read = ⟦érrör: çáññöt réád { $error }⟧
cli-error-cannot-write-output = ⟦érrör: çáññöt wrîté thé öûtpût: { $error }⟧
cli-formatted = ⟦förmáttéd { $name }⟧
cli-error-cannot-read-2 = ⟦érrör: çáññöt réád { $name }: { $error }⟧
cli-error-over-64-mib = ⟦érrör: { $name } îš övér thé 64 MîB lîmît för á .göálš fîlé; ît wáš léft áš ît îš⟧
cli-error-not-regular-file = ⟦érrör: { $name } îš ñöt á régûlár fîlé (á dévîçé, á pîpé ör á šöçkét); ît wáš léft áš ît îš⟧
cli-error-not-utf-8 = ⟦érrör: { $name } îš ñöt ÛTF-8 téxt; ît wáš léft áš ît îš⟧

## src/cli/watch.rs

cli-error-cannot-watch-no = ⟦érrör: çáññöt wátçh { $path }: ñö šûçh fîlé ör dîréçtörý⟧
cli-error-cannot-catch-ctrl = ⟦érrör: çáññöt çátçh Çtrl-Ç: { $error }⟧
cli-error-cannot-watch = ⟦érrör: çáññöt wátçh { $error }⟧
cli-watching-for-changes-press = ⟦Wátçhîñg för çháñgéš; préšš Çtrl-Ç tö štöp.⟧
cli-warning-watcher-reported = ⟦wárñîñg: thé wátçhér répörtéd: { $error }⟧

## src/cli/check.rs

cli-fixed-problem =
    { $total ->
        [one] fîxéd { $total } pröblém
       *[other] fîxéd { $total } pröblémš
    }
cli-error-cannot-use-root = ⟦érrör: çáññöt ûšé thé rööt földér: { $error }⟧
cli-error-cannot-read-standard = ⟦érrör: çáññöt réád štáñdárd îñpût: { $error }⟧

## src/cli/log.rs

cli-added = ⟦{ $path }: áddéd `{ $line }`⟧

## src/cli/man.rs

cli-man-pages-written = ⟦{ $len } máñ págéš wrîttéñ tö { $path }⟧
cli-error-cannot-write-man = ⟦érrör: çáññöt wrîté máñ págéš tö { $path }: { $error }⟧

## src/cli/rules.rs

cli-error-no-rule-called = ⟦érrör: ñö rûlé îš çálléd `{ $code }`; `goalie rules` lîštš thém⟧

## src/cli/mod.rs

cli-error = érrör:{ " " }
cli-warning-not-read-goalie = ⟦wárñîñg: { $shown } îš ñöt réád: göálîé réádš fîléš whöšé ñámé éñdš îñ .göálš; réñámé ît { $meant }⟧
cli-warning-no-goals-files = ⟦wárñîñg: ñö .göálš fîléš îñ { $places } (ñör îñ îtš šûbföldérš)⟧

## src/cli/init.rs

cli-error-already-exists-nothing = ⟦érrör: { $list } álréádý éxîštš; ñöthîñg wáš wrîttéñ (--förçé övérwrîtéš)⟧
cli-note-already-holds-goals =
    ⟦ñöté: { $path } álréádý höldš { $others ->
        [one] { $others } .göálš fîlé
       *[other] { $others } .göálš fîléš
    }; îdš áré šháréd áçröšš á földér, šö `goalie check` wîll répört áñý thé štártér pláñ répéátš⟧
cli-error-cannot-create-folder = ⟦érrör: çáññöt çréáté thé földér { $path }: { $error }; ñöthîñg wáš wrîttéñ⟧
cli-error-cannot-write = ⟦érrör: çáññöt wrîté { $path }: { $error }⟧
cli-created = ⟦çréátéd { $path }⟧
cli-next-goalie-check-finds = ⟦Ñéxt: `goalie check { $shown }` fîñdš pröblémš, `goalie status { $shown }` šhöwš whéré göálš štáñd.⟧

## src/cli/import.rs

cli-error-cannot-create-nothing = ⟦érrör: çáññöt çréáté { $path }: { $error }; ñöthîñg wáš wrîttéñ⟧
# The error was printed where it happened: nothing more to say.
cli-already-reported = { "" }

## goalie fmt's last line and notices.

cli-fmt-warning = ⟦wárñîñg: { $name }: { $notice }⟧
cli-fmt-all-formatted =
    { $unchanged ->
        [one] { $unchanged } fîlé álréádý förmáttéd.
       *[other] { $unchanged } fîléš álréádý förmáttéd.
    }
cli-fmt-to-format =
    { $changed ->
        [one] { $changed } fîlé tö förmát; `goalie fmt` förmátš ît.
       *[other] { $changed } fîléš tö förmát; `goalie fmt` förmátš thém.
    }
cli-fmt-done =
    ⟦{ $changed ->
        [one] { $changed } fîlé förmáttéd
       *[other] { $changed } fîléš förmáttéd
    }, { $unchanged } álréádý förmáttéd.⟧
cli-status-problems-note =
    ⟦ñöté: { $errors ->
        [one] { $errors } érrör îñ théšé fîléš léávéš
       *[other] { $errors } érrörš îñ théšé fîléš léávé
    } šömé göálš öût ör îñçömplété; `goalie check` šhöwš thém⟧
cli-log-after-today = ⟦{ $date } îš áftér tödáý ({ $today }); lög whát háš háppéñéd⟧
cli-log-file-unknown = ⟦thé îtém'š fîlé îš ûñkñöwñ⟧
cli-rules-did-you-mean = ⟦érrör: ñö rûlé îš çálléd `{ $code }`; dîd ýöû méáñ { $names }? `goalie rules` lîštš thém áll⟧
cli-count-objectives =
    { $count ->
        [one] { $count } öbjéçtîvé
       *[other] { $count } öbjéçtîvéš
    }
cli-count-key-results =
    { $count ->
        [one] { $count } kéý réšûlt
       *[other] { $count } kéý réšûltš
    }
cli-count-activities =
    { $count ->
        [one] { $count } áçtîvîtý
       *[other] { $count } áçtîvîtîéš
    }
cli-count-funnels =
    { $count ->
        [one] { $count } fûññél
       *[other] { $count } fûññélš
    }
cli-count-log-lines =
    { $count ->
        [one] { $count } lög lîñé
       *[other] { $count } lög lîñéš
    }
# What `goalie watch` counts: every part, comma-joined.
cli-watch-summary = { $items }.
cli-error-line = ⟦érrör: { $error }⟧

## goalie status

cli-status-no-goals = ⟦Ñö göálš föûñd.⟧
cli-status-objectives = ÖBJÉÇTÎVÉŠ
cli-status-activities = ÅÇTÎVÎTÎÉŠ
cli-status-funnels = FÛÑÑÉLŠ
cli-status-orphan-key-results = ⟦Kéý réšûltš wîthöût áñ öbjéçtîvé⟧
cli-status-no-finished-period = ⟦ñö fîñîšhéd pérîöd ýét⟧
# $needed and $actual are written already (a number, or — when unknown).
cli-status-stage-needed-no-logs = ⟦{ $needed } ñéédéd · ñö lög lîñéš⟧
cli-status-stage-of-needed = ⟦{ $actual } öf { $needed } ñéédéd⟧
cli-status-streak = ⟦štréák { $current } (löñgéšt { $longest })⟧

## src/cli/import.rs

cli-import-no-tables = ⟦göálîé.töml háš ñö [[împört]] táblé⟧
cli-import-tables-are = ⟦thé tábléš áré: { $list }⟧
# $tables is cli-import-no-tables or cli-import-tables-are.
cli-import-no-table-named = ⟦ñö [[împört]] táblé îš ñáméd `{ $name }`; { $tables }⟧
cli-import-files-kept-changing = ⟦thé göálš fîléš képt çháñgîñg whîlé împörtîñg; ñöthîñg wáš wrîttéñ⟧
cli-import-no-item = ⟦ñö îtém háš thé îd `{ $id }`⟧
cli-import-no-item-did-you-mean = ⟦ñö îtém háš thé îd `{ $id }`; dîd ýöû méáñ `{ $closest }`?⟧
# $line is a line number, written already.
cli-import-bad-row = ⟦{ $csv }:{ $line }: çölûmñ "{ $column }": { $message }; ñöthîñg wáš wrîttéñ (--škîp-bád împörtš thé öthér röwš)⟧
cli-import-no-header = ⟦{ $name } háš ñö héádér lîñé⟧
cli-import-at-line = ⟦{ $name }:{ $line }: { $error }⟧
cli-import-in-file = ⟦{ $name }: { $error }⟧
cli-import-cannot-write = ⟦érrör: çáññöt wrîté tö { $path }: { $error }; ñöthîñg wáš wrîttéñ⟧
# $dry is "yes" for a dry run, else "no".
cli-import-summary =
    ⟦{ $files }: { $added } { $added ->
        [one] lîñé
       *[other] lîñéš
    } áddéd, { $restated } réštátéd, { $unchanged } ûñçháñgéd, { $conflicts } { $conflicts ->
        [one] çöñflîçt
       *[other] çöñflîçtš
    } ({ $read } { $read ->
        [one] röw
       *[other] röwš
    } öf { $csv }, { $kept } képt){ $dry ->
        [yes] { " " }(drý rûñ: ñöthîñg wrîttéñ)
       *[no] { "" }
    }⟧
cli-import-restated = ⟦réštátéd { $date }: `{ $was }` îš ñöw `{ $line }`⟧
# $file is empty or " (path:line)".
cli-import-conflict = ⟦çöñflîçt { $date }: `{ $line }`{ $file } îš ñöt áñ împört öf thîš šöûrçé áñd îš léft álöñé; thé éxpört šáýš { $says }⟧
# $row is a line number, written already.
cli-import-several-rows = ⟦{ $date }: { $rows } röwš; thé lášt öñé (lîñé { $row }) îš képt⟧
cli-import-more-days =
    ⟦áñd { $more } möré { $more ->
        [one] dáý
       *[other] dáýš
    } wîth šévérál röwš⟧
cli-import-skipped = ⟦škîppéd { $csv }:{ $line }: çölûmñ "{ $column }": { $message }⟧

## --today

cli-not-a-day = ⟦`{ $value }` îš ñöt á dáý îñ thé förm ÝÝÝÝ-MM-DD⟧
# goalie status: an objective's facts. $expectation is report-committed
# or report-aspirational; $score and $success are written already.
cli-status-score = ⟦šçöré { $score } ({ $expectation }: { $success } îš šûççéšš)⟧
cli-status-worst = ⟦wöršt: { $status }⟧
# An activity's current period: $start and $end are short dates.
cli-status-period-total = ⟦{ $start } – { $end }: { $total } / { $target }⟧

## A command line clap refuses (after cli-error).

cli-usage-unknown-argument = ⟦ûñéxpéçtéd árgûméñt '{ $arg }'⟧
cli-usage-unknown-command = ⟦ûñkñöwñ çömmáñd '{ $command }'⟧
cli-usage-invalid-value = ⟦îñválîd válûé '{ $value }' för '{ $arg }'⟧
cli-usage-value-missing = ⟦'{ $arg }' ñéédš á válûé⟧
# $values: the possible values, quoted, joined by list-or.
cli-usage-possible-values = ⟦pöššîblé válûéš: { $values }⟧
# $args: the missing arguments as the usage writes them.
cli-usage-missing-argument = ⟦mîššîñg: { $args }⟧
cli-usage-given-twice = ⟦'{ $arg }' çáññöt bé gîvéñ twîçé⟧
cli-usage-conflict = ⟦'{ $arg }' çáññöt bé ûšéd wîth '{ $other }'⟧
# $kind is command, argument or value.
cli-usage-did-you-mean =
    ⟦tîp: { $kind ->
        [command] á šîmîlár çömmáñd éxîštš
        [argument] á šîmîlár árgûméñt éxîštš
       *[value] á šîmîlár válûé éxîštš
    }: '{ $name }'⟧
cli-usage-did-you-mean-one-of =
    ⟦tîp: { $kind ->
        [command] šîmîlár çömmáñdš éxîšt
        [argument] šîmîlár árgûméñtš éxîšt
       *[value] šîmîlár válûéš éxîšt
    }: { $names }⟧
cli-usage-exists = ⟦tîp: '{ $name }' éxîštš⟧
cli-usage-more = ⟦För möré îñförmátîöñ, trý '{ $help }'.⟧
# $reason: what goalie found wrong with the value.
cli-usage-invalid-value-because = ⟦îñválîd válûé '{ $value }' för '{ $arg }': { $reason }⟧
