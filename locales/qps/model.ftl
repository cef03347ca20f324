# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# model


## src/model/lower.rs

model-weight-must-be-above = ⟦á wéîght mûšt bé ábövé zérö⟧
model-conversion-percentage-above-0 = ⟦á çöñvéršîöñ îš á pérçéñtágé ábövé 0% áñd át möšt 100%⟧
model-each-unit-must-be = ⟦éáçh ûñît mûšt bé wörth möré tháñ zérö⟧
model-value-has-one-unit = ⟦á válûé háš öñé ûñît, ñöt `{ $a }` áñd `{ $b }`⟧
model-interval-must-be-whole = ⟦thé îñtérvál mûšt bé á whölé ñûmbér ábövé zérö⟧
model-rate-must-be-above = ⟦á ráté mûšt bé ábövé zérö⟧
model-write-confidence-as-percentage = ⟦wrîté á çöñfîdéñçé áš á pérçéñtágé (`60%`) ör á fráçtîöñ (`6/10`)⟧
model-confidence-lies-between-0 = ⟦á çöñfîdéñçé lîéš bétwééñ 0% áñd 100%⟧

## src/model/resolve.rs

model-already-id-another-item = ⟦`{ $id }` îš álréádý thé îd öf áñöthér îtém; îdš mûšt bé ûñîqûé áçröšš thé wörkšpáçé⟧
model-first-defined-here = ⟦fîršt défîñéd héré⟧
model-replace-with = ⟦Répláçé wîth `{ $suggestion }`⟧
model-this-log-line-dated = ⟦thîš lög lîñé îš dátéd { $value }, áftér tödáý ({ $today })⟧

## src/model/number.rs

model-not-number-digit-groups = ⟦`{ $text }` îš ñöt á ñûmbér: dîgît gröûpš mûšt hávé thréé dîgîtš⟧
model-too-large = ⟦`{ $text }` îš töö lárgé⟧

## src/model/date.rs


## src/model/date.rs

model-there-no-year-0 = ⟦`{ $text }`: théré îš ñö ýéár 0⟧
model-not-date-there-no = ⟦`{ $text }` îš ñöt á dáté: théré îš ñö möñth { $month }⟧
model-not-date-that-month = ⟦`{ $text }` îš ñöt á dáté: thát möñth háš { $last } dáýš⟧
model-not-month-months-go = ⟦`{ $text }` îš ñöt á möñth: möñthš gö fröm 01 tö 12⟧
model-not-week-has-weeks = ⟦`{ $text }` îš ñöt á wéék: { $year } háš wéékš 1 tö { $weeks }⟧
model-not-quarter-quarters-go = ⟦`{ $text }` îš ñöt á qûártér: qûártérš gö fröm 1 tö 4⟧
model-not-half-year-halves = ⟦`{ $text }` îš ñöt á hálf-ýéár: hálvéš áré 1 áñd 2⟧
model-ends-before-it-starts = ⟦`{ $text }` éñdš béföré ît štártš⟧

## Item kinds in sentences (src/model/item.rs).

item-a-objective = ⟦áñ öbjéçtîvé⟧
item-a-key-result = ⟦á kéý réšûlt⟧
item-a-activity = ⟦áñ áçtîvîtý⟧
item-a-funnel = ⟦á fûññél⟧
item-a-stage = ⟦á fûññél štágé⟧
model-does-not-apply = ⟦`{ $keyword }` döéš ñöt ápplý tö { $item }; ît îš îgñöréd⟧
model-committed-or-aspirational = ⟦áñ öbjéçtîvé îš éîthér çömmîttéd ör ášpîrátîöñál; thîš flág îš îgñöréd⟧
model-one-measure = ⟦á kéý réšûlt háš öñé méášûré (`metric:`, `keep:` ör `milestone`); thîš öñé îš îgñöréd⟧
model-given-twice = ⟦`{ $word }` îš gîvéñ twîçé; thîš öñé îš îgñöréd⟧
model-no-such-id = ⟦ñö îtém háš thé îd `{ $name }`⟧
model-no-such-id-did-you-mean = ⟦ñö îtém háš thé îd `{ $name }`; dîd ýöû méáñ `{ $suggestion }`?⟧
model-reference-kind = ⟦`{ $name }` îš { $item }; { $takes }⟧
model-parent-takes = ⟦`parent:` tákéš áñ öbjéçtîvé ör á kéý réšûlt⟧
model-supports-takes = ⟦`supports:` tákéš á kéý réšûlt, áñ öbjéçtîvé, á fûññél ör á fûññél štágé⟧
model-cycle-more = ⟦{ $shown } → … ({ $hidden } möré)⟧
model-parent-cycle = ⟦`parent:` lîñkš gö röûñd îñ á çîrçlé: { $ids } → { $back }⟧
# $ends: which date comes first: `due`, `goal` or `period`.
model-start-after-end =
    ⟦`{ $id }` štártš öñ { $start } bût { $ends ->
        [due] îš dûé öñ
        [goal] îtš göál îš dûé öñ
       *[period] îtš pérîöd éñdš öñ
    } { $end }⟧
# `1,500` or `1.500`: $int the digits before the separator, $frac the
# three after it, $decimals those without trailing zeros, $suffix `k`, `M`
# or nothing. Each language proposes its own two writings.
model-ambiguous-number = ⟦`{ $text }` îš ámbîgûöûš: wrîté `{ $int }{ $frac }{ $suffix }` ör `{ $int }.{ $decimals }{ $suffix }`⟧
model-ambiguous-number-whole = ⟦`{ $text }` îš ámbîgûöûš: wrîté `{ $int }{ $frac }{ $suffix }` ör `{ $int }{ $suffix }`⟧
