# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# The rules' diagnostics, as a check reports them. Ids: rule-CODE-message,
# or rule-CODE-<case> for a rule that words several cases. Values in units
# ($value, $baseline…) arrive written the reader's way (`1,500 €`).


## structure

rule-E014-message = ⟦thîš válûé îš îñ `{ $got }`, bût `{ $id }` îš méášûréd îñ `{ $want }`: fîx thé ûñît, ör lög ît ágáîñšt thé rîght îd⟧
rule-E015-dates-of = ⟦thé dátéš öf `{ $objective }`⟧
rule-E015-due-after-end = ⟦`{ $id }` îš dûé öñ { $date }, áftér îtš öbjéçtîvé `{ $objective }` éñdš ({ $end }): ît çáññöt çöûñt för ît⟧
rule-E015-due-before-start = ⟦`{ $id }` îš dûé öñ { $date }, béföré îtš öbjéçtîvé `{ $objective }` štártš ({ $start })⟧
rule-E015-starts-before-start = ⟦`{ $id }` štártš öñ { $date }, béföré îtš öbjéçtîvé `{ $objective }` štártš ({ $start })⟧
rule-E015-starts-after-end = ⟦`{ $id }` štártš öñ { $date }, áftér îtš öbjéçtîvé `{ $objective }` éñdš ({ $end })⟧
rule-E016-message = ⟦prögréšš dátéd { $date }, béföré `{ $id }` štártš ({ $start }): îš thé dáté rîght?⟧
rule-E017-message = ⟦áñ îñvîšîblé bîdîréçtîöñál çöñtröl çháráçtér ({ $codepoint }) îš héré: ît çáñ máké thîš lîñé dîšpláý dîfféréñtlý fröm whát ît šáýš; rémövé ît⟧

## review

rule-C701-message =
    ⟦`{ $id }` háš hád ñö lög lîñé ör çhéçk-îñ šîñçé { $since } ({ $days ->
        [one] { $days } dáý
       *[other] { $days } dáýš
    }): lög whéré ît štáñdš, ör márk ît `done` ör `dropped`⟧
rule-C701-with-key-results =
    ⟦`{ $id }` áñd îtš kéý réšûltš hávé hád ñö lög lîñé ör çhéçk-îñ šîñçé { $since } ({ $days ->
        [one] { $days } dáý
       *[other] { $days } dáýš
    }): lög whéré ît štáñdš, ör márk ît `done` ör `dropped`⟧

## S — specific

# $words: the vague words of the title, each in backquotes, comma-separated.
rule-S101-message = ⟦{ $words }: vágûé wördîñg wîth ñö méášûré; ñámé whát îš çöûñtéd (léádš, çûštömérš, á ráté…)⟧
rule-S102-message =
    ⟦á tîtlé öf { $count ->
        [one] { $count } wörd
       *[other] { $count } wördš
    } ñáméš á töpîç, ñöt á göál: šáý whát çháñgéš (át léášt { $min ->
        [one] { $min } wörd
       *[other] { $min } wördš
    })⟧
rule-S103-hedge = ⟦`{ $hedge }` hédgéš thé göál: çömmît tö ît áš wrîttéñ, ör wrîté thé lévél ýöû dö çömmît tö⟧
rule-S103-wish = ⟦`{ $wish }` îš á wîšh, ñöt á göál: šáý whát wöûld šhöw ît (áñ ámöûñt, á çöûñt, á ráñk)⟧
rule-S104-message = ⟦`{ $word }…`: kéépîñg thîñgš áš théý áré îš bûšîñéšš áš ûšûál, ñöt áñ öbjéçtîvé; šáý whát šhöûld çháñgé, áñd höld thé lévél wîth á `keep:` kéý réšûlt⟧
rule-S105-message = ⟦{ $words }: thîš öbjéçtîvé ñáméš ñöthîñg çöñçrété; îtš kéý réšûltš máý, bût šáý îñ îtš tîtlé whát šhöûld bé dîfféréñt (för whöm, whéré)⟧
rule-S106-message =
    ⟦`{ $id }`: { $count ->
        [one] îtš öñé kéý réšûlt öñlý höldš á lévél
       *[other] îtš { $count } kéý réšûltš öñlý höld lévélš
    }, šö ñöthîñg îš méáñt tö çháñgé; ádd á kéý réšûlt thát mövéš šöméthîñg⟧
rule-S107-message = ⟦thîš ñáméš á töpîç, ñöt á göál: šáý whát šhöûld bé dîfféréñt át thé éñd (whö döéš whát, höw mûçh)⟧

## fixes

# A fix that adds a line: `period: 2026-Q4`, `owner: @marie`, `committed`.
rule-fix-add-line = ⟦Ådd `{ $line }`⟧

## R — relevant

rule-R401-message = ⟦kéý réšûlt `{ $id }` bélöñgš tö ñö öbjéçtîvé: wrîté ît bélöw thé öbjéçtîvé ît méášûréš, îñ thé šámé fîlé⟧
rule-R402-no-supports = ⟦áçtîvîtý `{ $id }` šûppörtš ñöthîñg: ádd `supports:` wîth thé kéý réšûlt ör öbjéçtîvé ît drîvéš, ör šáý `why:` ît máttérš⟧
rule-R402-unknown-supports = ⟦áçtîvîtý `{ $id }` šûppörtš ñöthîñg thát éxîštš: fîx thé îdš îñ `supports:`⟧
rule-R403-message = ⟦`{ $id }` döéš ñöt šáý whý ît máttérš: ádd á `why:` lîñé⟧
rule-R404-message = ⟦`{ $id }` háš ñö `parent:`, whîlé `{ $parent }` ({ $start }..{ $end }) çövérš îtš pérîöd: šáý whîçh hîghér öbjéçtîvé ît šérvéš⟧
rule-R404-higher-objective = ⟦thé hîghér öbjéçtîvé⟧
rule-R405-message = ⟦évérý kéý réšûlt öf `{ $id }` îš áböût möñéý: ádd öñé öñ whát çûštömérš gét (šátîšfáçtîöñ, rétéñtîöñ, ûšágé, référrálš…)⟧
rule-R406-message = ⟦thé whý öf `{ $id }` gîvéš ñö réášöñ: šáý whát réáçhîñg ît páýš för, ör whát ît çháñgéš för çûštömérš⟧
rule-R407-message = ⟦fûññél `{ $id }` šûppörtš ñö öbjéçtîvé ör kéý réšûlt: ádd `supports:` wîth thé kéý réšûlt îtš göál féédš⟧

## T — time-bound

# $kind: the kind of item with its article ("a key result").
rule-T501-message = ⟦`{ $id }` îš { $kind } wîth ñö éñd dáté; ádd `due:` ör `period:`⟧
# $state: one of the rule-T502-* phrases below.
rule-T502-message = ⟦`{ $id }` wáš dûé öñ { $due } áñd { $state }: lög `done`, á `retro` ör `dropped`, ör mövé thé dáté⟧
rule-T502-not-done = ⟦îš ñöt döñé⟧
rule-T502-stands-at = ⟦štáñdš át { $current } öf { $target }⟧
rule-T502-no-measurement = ⟦háš ñö méášûréméñt tö štárt fröm⟧
rule-T503-message = ⟦`{ $id }` éñdéd öñ { $end } wîth ñö rétröšpéçtîvé: lög whát wörkéd áñd whát dîd ñöt (`{ $today } { $id } retro "…"`)⟧
rule-T504-message = ⟦`{ $id }` háš ñö štárt: ádd `start:` ör `period:`, ör `supports:` á dátéd kéý réšûlt, šö îtš štágéš çáñ bé jûdgéd áñd pröjéçtéd⟧

## OKR shape

rule-O601-none = ⟦`{ $id }` háš ñö kéý réšûlt: ádd át léášt { $min } tö šáý höw ýöû wîll kñöw ît îš mét⟧
rule-O601-too-few =
    ⟦`{ $id }` háš { $count ->
        [one] { $count } kéý réšûlt
       *[other] { $count } kéý réšûltš
    }; át léášt { $min } áré éxpéçtéd⟧
rule-O601-too-many = ⟦`{ $id }` háš { $count } kéý réšûltš; kéép át möšt { $max } šö thát éáçh gétš áttéñtîöñ⟧
# $ids: the first ids, or rule-O602-and-more.
rule-O602-message = ⟦{ $who } çárrîéš { $count } öbjéçtîvéš át thé šámé tîmé ({ $ids }); kéép át möšt { $max }, ör šháré thém öût⟧
rule-O602-and-more = ⟦{ $ids } áñd { $more } möré⟧
rule-O603-message = ⟦`{ $id }` štártš wîth `{ $verb }`, á tášk: šáý whát réšûlt ît brîñgš (á mîléštöñé ñáméš thé štáté réáçhéd, ñöt thé érráñd), ör máké ît áñ áçtîvîtý⟧
rule-O603-fix = ⟦Máké ît áñ áçtîvîtý⟧
rule-O604-message = ⟦`{ $id }` háš ñö öwñér: ádd `owner:` wîth thé péršöñ whö áñšwérš för ît⟧
rule-O605-message = ⟦`{ $id }` döéš ñöt šáý whéthér ît îš `committed` (100% éxpéçtéd) ör `aspirational` (áböût 70% îš á šûççéšš)⟧
rule-O606-message = ⟦`{ $id }` îš á ñûmbér tö réáçh: šáý îñ thé öbjéçtîvé whát ýöû áré áftér, áñd léávé thé ñûmbér tö á kéý réšûlt⟧

## M — measurable

# $metric: the keyword of the item's file (`metric` or `mesure`).
rule-M201-message = ⟦thîš kéý réšûlt háš ñö méášûré: ádd `{ $metric }: 0 -> 40`, `keep: >= 40` ör `milestone`⟧
# $target: the target as the format writes it.
rule-M202-message = ⟦ñö bášélîñé: wrîté whéré ýöû štárt fröm (`BASELINE -> { $target }`) šö prögréšš áñd ámbîtîöñ çáñ bé méášûréd⟧
# $value: as the item's file writes it; $date: the day of that measurement.
rule-M202-fix = ⟦Štárt fröm thé fîršt méášûréméñt îñ thé lög: { $value } ({ $date })⟧
rule-M203-currency = ⟦thé tîtlé çöûñtš îñ `{ $title }` áñd thé métrîç îñ `{ $metric }`: whîçh çûrréñçý îš thé tárgét îñ?⟧
rule-M203-unit = ⟦thé bášélîñé îš îñ `{ $baseline }` áñd thé tárgét îñ `{ $target }`: á métrîç méášûréš öñé thîñg, îñ öñé ûñît⟧
# $direction: up or down, what the title says; $moves: up or down, what the metric does.
rule-M204-change =
    ⟦thé tîtlé šáýš thîš šhöûld { $direction ->
        [up] gö ûp
       *[down] gö döwñ
    }, bût thé métrîç { $moves ->
        [up] göéš ûp
       *[down] göéš döwñ
    } fröm { $baseline } tö { $target }: áré thé twö šîdéš šwáppéd?⟧
rule-M204-relative =
    ⟦thé tîtlé šáýš thîš šhöûld { $direction ->
        [up] gö ûp
       *[down] gö döwñ
    }, bût thé métrîç { $moves ->
        [up] rîšéš bý
       *[down] fállš bý
    } { $amount } (`{ $sign }`): îš thé šîgñ rîght?⟧
# $numbers: the title's numbers, each in backquotes (rule-quoted-number).
rule-M205-relative = ⟦thé tîtlé šáýš { $numbers }, bût thé métrîç çháñgéš bý { $sign }{ $change }: ûpdáté öñé öf thém⟧
rule-M205-factor = ⟦thé tîtlé šáýš ×{ $factor }, bût thé métrîç göéš fröm { $baseline } tö { $target }: ûpdáté öñé öf thém⟧
rule-M205-change = ⟦thé tîtlé šáýš { $numbers }, bût thé métrîç göéš fröm { $baseline } tö { $target } (á çháñgé öf { $difference }): ûpdáté öñé öf thém⟧
rule-quoted-number = `{ $number }`
rule-M206-message = ⟦thîš áçtîvîtý háš ñö páçé: ádd á `target:` šûçh áš `target: 3 per week`⟧
# $words: what the title says (each in backquotes); $measure: the measure it names.
rule-M207-message = ⟦{ $words } `{ $measure }`, bût bý höw mûçh? Ñö ñûmbér šáýš ît: wrîté thé tárgét (`from 120 to 200`, `400 a month`)⟧
# $bound: at-most or at-least, what the guardrail keeps.
rule-M208-bound =
    ⟦thé tîtlé šáýš `{ $word }`, bût thé gûárdráîl kéépš thé válûé { $bound ->
        [at-most] át möšt
       *[at-least] át léášt
    }: whîçh šîdé îš thé lîmît?⟧
rule-M208-level = ⟦thé tîtlé šáýš { $title }, bût thé gûárdráîl îš šét át { $threshold }: whîçh îš thé lîmît?⟧
rule-M209-message = ⟦`{ $id }` îš méášûréd îñ báré ñûmbérš áñd îtš tîtlé döéš ñöt šáý whát théý çöûñt: ñámé thé méášûré (á ráté, RÖÅŠ, léádš…) ör wrîté îtš ûñît⟧

## A — achievable

# $count: the activity's count; $unit: its unit with a leading space, or
# nothing; $per: rule-A301-per; $observed: the pace the log shows.
rule-A301-activity = ⟦{ $count }{ $unit } { $per } ñéédéd, thé lög šhöwš { $observed } { $per } šîñçé { $since }: šét á páçé ýöû çáñ kéép, ör çháñgé höw thé wörk îš döñé⟧
# $period: day, weekday, week, month, quarter or year.
rule-A301-per =
    { $every ->
        [one]
            pér { $period ->
                [day] dáý
                [weekday] wéékdáý
                [week] wéék
                [month] möñth
                [quarter] qûártér
               *[year] ýéár
            }
       *[other]
            pér { $every } { $period ->
                [day] dáýš
                [weekday] wéékdáýš
                [week] wéékš
                [month] möñthš
                [quarter] qûártérš
               *[year] ýéárš
            }
    }
# $aim: rule-A301-aspirational, or nothing; $required and $observed: weekly amounts.
rule-A301-key-result = ⟦réáçhîñg { $goal } bý { $due }{ $aim } tákéš { $required } pér wéék, thé lög šhöwš { $observed } pér wéék fröm { $from } tö { $to }: löwér thé tárgét, ör çháñgé höw thé wörk îš döñé⟧
rule-A301-aspirational = ⟦{ " " }(70% öf thé wáý tö { $target }: thé öbjéçtîvé îš ášpîrátîöñál)⟧
rule-A302-equal = ⟦thé tárgét éqûálš thé bášélîñé ({ $value }): ñöthîñg çháñgéš; tö höld á lévél, wrîté ît áš á gûárdráîl (`keep: >= { $written }`)⟧
rule-A302-small-change = ⟦á çháñgé öf { $change }% öf thé bášélîñé îš bélöw thé { $min }% thát mákéš á tárgét ámbîtîöûš: áîm fûrthér, ör höld thé lévél wîth `keep:`⟧
rule-A302-small-relative = ⟦á çháñgé öf { $change }% öf thé štárt válûé îš bélöw thé { $min }% thát mákéš á tárgét ámbîtîöûš: áîm fûrthér, ör höld thé lévél wîth `keep:`⟧
rule-A303-phrase = ⟦`{ $phrase }` îš öût öf réáçh öñ îtš fáçé: áîm át á šháré, á ráñk ör á çöûñt ýöû çáñ çrédîblý wîñ îñ thé tîmé⟧
rule-A303-whole-market = ⟦áll öf á márkét îš öût öf réáçh: áîm át á šháré ýöû çáñ çrédîblý wîñ⟧
rule-A303-to-all = ⟦fröm á šháré tö 100%: ñöbödý wîñš évérý öñé; áîm át á šháré ýöû çáñ çrédîblý réáçh⟧
rule-A303-to-none = ⟦döwñ tö 0%: ñöbödý löšéš ñöñé át áll; áîm át á lévél ýöû çáñ çrédîblý höld⟧
rule-A303-no-time = ⟦×{ $factor }, wîth ñö hîštörý tö šhöw ît çáñ bé döñé: ñö pláñ'š tîmé îš löñg éñöûgh för á bûšîñéšš tö gröw thát mûçh; áîm át á štép ýöû çáñ çrédîblý réáçh⟧
rule-A303-too-fast =
    ⟦×{ $factor } îñ { $days ->
        [one] { $days } dáý
       *[other] { $days } dáýš
    }, wîth ñö hîštörý tö šhöw ît çáñ bé döñé: á bûšîñéšš šéldöm gröwš thát fášt; löwér thé tárgét, gîvé ît möré tîmé, ör lög thé prögréšš thát mákéš ît çrédîblé⟧
rule-A304-message = ⟦thé lög álréádý šhöwš { $current }, át ör pášt thé tárgét öf { $target }: ráîšé thé tárgét fröm whéré ýöû štáñd, ör márk `{ $id }` döñé⟧
rule-A305-message = ⟦štágé `{ $id }` çöñvértš { $percent }%: féw fûññélš kéép thát mûçh öf á štágé; pláñ för thé völûmé á réálîštîç ráté ñéédš⟧
rule-A306-message =
    ⟦thé áçtîvîtîéš thát šûppört `{ $id }` pláñ áböût { $planned ->
        [one] { $planned } áçtîöñ
       *[other] { $planned } áçtîöñš
    } bý { $due }, féwér tháñ thé { $gain } ît mûšt gáîñ: éáçh áçtîöñ wöûld hávé tö brîñg îñ möré tháñ öñé; ráîšé thé páçé, ör šáý whát élšé brîñgš thé réšt⟧
