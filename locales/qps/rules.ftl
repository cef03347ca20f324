# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# The rules' documentation (`goalie explain`, `goalie rules`, docs/rules/,
# hovers, SARIF): for each code, a one-line summary, what it checks and
# why it matters. Ids: rule-CODE-summary, rule-CODE-what, rule-CODE-why.
# Markdown; a paragraph is one line. The examples are in the rule files.


## structure

# E001 syntax-error
rule-E001-summary = ⟦Å lîñé döéš ñöt föllöw thé .göálš grámmár.⟧
rule-E001-what = ⟦Répörtš á lîñé thé páršér çáññöt réád: á mîššîñg `:`, á mîššpélt kéýwörd, á válûé thát îš ñöt á ñûmbér. Éáçh bád lîñé gîvéš éxáçtlý öñé dîágñöštîç, át thé fîršt wörd thát döéš ñöt fît, wîth whát wáš éxpéçtéd théré áñd, whéñ thé wörd îš çlöšé tö á kéýwörd, á šûggéštîöñ; thé ñéxt lîñéš áré réád áš îf ñöthîñg háppéñéd.⟧
rule-E001-why = ⟦Å lîñé göálîé çáññöt réád îš á göál ñöbödý çáñ çhéçk: îtš dátéš, tárgétš áñd lîñkš áré šîléñtlý mîššîñg fröm évérý répört.⟧
# E002 duplicate-id
rule-E002-summary = ⟦Twö îtémš šháré áñ îd; îdš áré glöbál áçröšš thé wörkšpáçé.⟧
rule-E002-what = ⟦Répörtš áñ îtém whöšé îd îš álréádý ûšéd bý áñöthér îtém, îñ thé šámé fîlé ör îñ áñý öthér `.goals` fîlé öf thé wörkšpáçé, áñd pöîñtš át thé fîršt défîñîtîöñ. Référéñçéš áñd lög lîñéš gö tö thé fîršt öñé.⟧
rule-E002-why = ⟦Lög lîñéš áñd lîñkš ñámé îtémš bý îd: wîth twö îtémš béhîñd öñé îd, prögréšš îš çrédîtéd tö thé wröñg göál.⟧
# E003 unknown-reference
rule-E003-summary = ⟦`parent:` ör `supports:` ñáméš áñ îd thát ñö îtém háš.⟧
rule-E003-what = ⟦Répörtš á `parent:` ör `supports:` lîñk tö áñ îd défîñéd ñöwhéré îñ thé wörkšpáçé, wîth thé çlöšéšt éxîštîñg îd áš á šûggéštîöñ.⟧
rule-E003-why = ⟦Å brökéñ lîñk bréákš álîgñméñt: thé öbjéçtîvé löökš álîgñéd îñ thé fîlé bût röllš ûp tö ñöthîñg.⟧
# E004 parent-cycle
rule-E004-summary = ⟦Föllöwîñg `parent:` lîñkš léádš báçk tö whéré ît štártéd.⟧
rule-E004-what = ⟦Föllöwš éáçh öbjéçtîvé'š `parent:` lîñk (áñd éáçh kéý réšûlt ûp tö îtš öbjéçtîvé) áñd répörtš éáçh lööp öñçé, öñ thé `parent:` lîñk öf îtš fîršt îtém îñ thé wörkšpáçé; thé méššágé ñáméš thé fîršt fîvé îdš öf thé lööp áñd çöûñtš thé öthérš.⟧
rule-E004-why = ⟦Ålîgñméñt îš á tréé fröm thé çömpáñý'š göálš döwñ tö éáçh téám'š; á lööp háš ñö töp, šö ñöthîñg îñ ît röllš ûp áñýwhéré.⟧
# E005 invalid-date
rule-E005-summary = ⟦Å dáté thát döéš ñöt éxîšt, šûçh áš 2026-02-30.⟧
rule-E005-what = ⟦Répörtš dáýš, möñthš, ÎŠÖ wéékš, qûártérš áñd hálf-ýéárš thát dö ñöt éxîšt: 30 Fébrûárý, möñth 13, wéék 53 öf á ýéár thát háš 52, qûártér 5.⟧
rule-E005-why = ⟦Åñ împöššîblé déádlîñé çáññöt bé pláññéd ágáîñšt; göálîé réfûšéš tö gûéšš whát wáš méáñt.⟧
# E006 start-after-due
rule-E006-summary = ⟦Åñ îtém štártš áftér ît îš dûé, ör á ráñgé éñdš béföré ît štártš.⟧
rule-E006-what = ⟦Répörtš áñ îtém whöšé `start:` çöméš áftér îtš `due:` (ör áftér thé éñd öf îtš `period:`), áñd á dáté ráñgé wrîttéñ báçkwárdš (`2026-12-31..2026-10-01`).⟧
rule-E006-why = ⟦Å göál thát éñdš béföré ît štártš háš ñö tîmé tö háppéñ: évérý páçé áñd föréçášt çömpûtéd öñ ît îš méáñîñgléšš.⟧
# E007 log-unknown-id
rule-E007-summary = ⟦Å lög lîñé ñáméš áñ îd thát ñö îtém háš.⟧
rule-E007-what = ⟦Répörtš á lög lîñé whöšé îd îš défîñéd ñöwhéré îñ thé wörkšpáçé, wîth thé çlöšéšt éxîštîñg îd áš á šûggéštîöñ.⟧
rule-E007-why = ⟦Å prögréšš éñtrý thát láñdš ñöwhéré îš löšt wörk: thé göál ît wáš méáñt för löökš béhîñd whéñ ît îš ñöt.⟧
# E008 invalid-number
rule-E008-summary = ⟦Å ñûmbér thát îš ámbîgûöûš (1,500) ör málförméd.⟧
rule-E008-what = ⟦Répörtš ñûmbérš thát çöûld bé réád twö wáýš — á šîñglé `,` ör `.` föllöwéd bý éxáçtlý thréé dîgîtš, áš îñ `1,500` (1500 îñ Éñglîšh, 1.5 îñ Fréñçh) — dîgît gröûpš thát áré ñöt öf thréé dîgîtš, áñd ñûmbérš töö lárgé tö répréšéñt. Å léádîñg çûrréñçý šýmböl (`$1,500`) šéttléš thé Éñglîšh réádîñg.⟧
rule-E008-why = ⟦Gûéššîñg wröñg wöûld šîléñtlý çháñgé á tárgét á thöûšáñdföld.⟧
# E009 misplaced-property
rule-E009-summary = ⟦Å pröpértý thát döéš ñöt ápplý tö îtš îtém, ör îš gîvéñ twîçé.⟧
rule-E009-what = ⟦Répörtš á pröpértý öñ áñ îtém kîñd thát döéš ñöt táké ît (`target:` öñ áñ öbjéçtîvé, `metric:` öñ áñ áçtîvîtý), á pröpértý gîvéñ twîçé (thé fîršt öñé çöûñtš), á šéçöñd méášûré öñ á kéý réšûlt, áñd áñ öbjéçtîvé böth çömmîttéd áñd ášpîrátîöñál. Thé îgñöréd lîñé háš ñö éfféçt.⟧
rule-E009-why = ⟦Åñ îgñöréd lîñé löökš lîké ît méáñš šöméthîñg; thé wárñîñg šáýš ît döéš ñöt.⟧
# E010 unreadable-file
rule-E010-summary = ⟦Å fîlé thát îš ñöt ÛTF-8 téxt.⟧
rule-E010-what = ⟦Répörtš á `.goals` fîlé thát îš ñöt válîd ÛTF-8 (šávéd îñ Látîñ-1 ör Wîñdöwš-1252, šáý) ör thát çöñtáîñš á ÑÛL býté (á bîñárý fîlé), át thé fîršt bád býté. Thé fîlé tákéš ñö párt îñ thé áñálýšîš.⟧
rule-E010-why = ⟦göálîé ñévér gûéššéš áñ éñçödîñg: á wröñg gûéšš wöûld çörrûpt évérý áççéñtéd léttér ît wrîtéš báçk.⟧
# E011 invalid-value
rule-E011-summary = ⟦Å válûé thát çáññöt méáñ áñýthîñg héré, šûçh áš á 150% çöñfîdéñçé.⟧
rule-E011-what = ⟦Répörtš válûéš öûtšîdé whát théîr pláçé állöwš: á çöñfîdéñçé öûtšîdé 0–100% ör ñöt wrîttéñ áš á pérçéñtágé ör fráçtîöñ, á çöñvéršîöñ ráté öûtšîdé 0–100%, á zérö ör ñégátîvé ráté, îñtérvál, wéîght ör pér-ûñît válûé, áñd twö dîfféréñt ûñîtš îñ öñé válûé (`€50%`).⟧
rule-E011-why = ⟦Šûçh á válûé wöûld máké évérý çömpûtátîöñ bûîlt öñ ît wröñg wîthöût á vîšîblé šîgñ.⟧
# E012 reference-kind
rule-E012-summary = ⟦Å lîñk tö áñ îtém öf thé wröñg kîñd, šûçh áš `parent:` ñámîñg áñ áçtîvîtý.⟧
rule-E012-what = ⟦Répörtš á `parent:` thát ñáméš šöméthîñg öthér tháñ áñ öbjéçtîvé ör á kéý réšûlt, áñd á `supports:` thát ñáméš áñ áçtîvîtý.⟧
rule-E012-why = ⟦Ålîgñméñt göéš fröm wörk tö réšûltš: áñ öbjéçtîvé çáññöt röll ûp îñtö áñ áçtîvîtý.⟧
# E013 future-log
rule-E013-summary = ⟦Å lög lîñé dátéd áftér tödáý.⟧
rule-E013-what = ⟦Répörtš á lög lîñé whöšé dáté çöméš áftér tödáý (thé dáý gîvéñ bý `--today` ör thé çöñfîgûrátîöñ, élšé thé šýštém'š).⟧
rule-E013-why = ⟦Prögréšš löggéd îñ thé fûtûré îš á týpö îñ thé dáté, áñd ît îñflátéš tödáý'š ñûmbérš.⟧
# E014 log-unit-mismatch
rule-E014-summary = ⟦Å lög válûé whöšé ûñît dîfférš fröm îtš îtém'š méášûré.⟧
rule-E014-what = ⟦Répörtš á méášûréméñt ör áñ îñçréméñt öñ á lög lîñé whöšé ûñît îš ñöt thé ûñît öf îtš îtém: thé `metric:` ör `keep:` öf á kéý réšûlt, thé ûñît wörd öf áñ áçtîvîtý'š `target:`, thé `goal:` öf á fûññél. Å lög válûé wîth ñö ûñît îš fîñé (ît îš réád îñ thé îtém'š ûñît), áñd šö îš áñý ûñît whéñ thé îtém'š méášûré háš ñöñé. Ûñît wördš áré çömpáréd îgñörîñg çášé, áççéñtš áñd á plûrál `s`.⟧
rule-E014-why = ⟦`bounce 24 EUR` öñ á ráté méášûréd îñ % îš á týpö ör á lîñé löggéd ágáîñšt thé wröñg îd; éîthér wáý, prögréšš çömpûtéd fröm ît wöûld bé wröñg.⟧
# E015 due-outside-period
rule-E015-summary = ⟦Å kéý réšûlt dûé, ör štártîñg, öûtšîdé îtš öbjéçtîvé'š pérîöd.⟧
rule-E015-what = ⟦Répörtš á kéý réšûlt whöšé öwñ `due:` çöméš áftér thé éñd öf îtš öbjéçtîvé (îtš `due:`, élšé thé éñd öf îtš `period:`) ör béföré thé öbjéçtîvé štártš (îtš `start:`, élšé thé štárt öf îtš `period:`), áñd á kéý réšûlt whöšé öwñ `start:` çöméš béföré thé öbjéçtîvé štártš ör áftér ît éñdš. Kéý réšûltš wîthöût théîr öwñ dátéš táké thé öbjéçtîvé'š áñd áré ñöt répörtéd.⟧
rule-E015-why = ⟦Åñ öbjéçtîvé îš réáçhéd whéñ îtš kéý réšûltš áré. Öñé dûé áftér thé öbjéçtîvé'š pérîöd çáññöt çöûñt för ît, áñd îš möšt öftéñ á wröñg ýéár ör qûártér.⟧
# E016 log-before-start
rule-E016-summary = ⟦Prögréšš löggéd béföré îtš îtém štártš.⟧
rule-E016-what = ⟦Répörtš á lög lîñé thát réçördš prögréšš — áñ áçtîvîtý'š çöûñt, áñ îñçréméñt (`+3`), `done` — dátéd béföré îtš îtém štártš: îtš `start:`, élšé thé štárt öf îtš `period:`, élšé thöšé öf îtš öbjéçtîvé ör fûññél. Îtémš wîth ñö štárt dáté áré ñöt çhéçkéd. Å kéý réšûlt'š méášûréméñt (`bounce 29%`), á çöñfîdéñçé, á rétröšpéçtîvé ör á ñöté máý çömé éárlîér: thé bášélîñé îš öftéñ méášûréd jûšt béföré wörk štártš.⟧
rule-E016-why = ⟦Prögréšš çöûñtéd béföré thé štárt îñflátéš thé réšûlt, áñd thé dáté îš möšt öftéñ á týpö (á wröñg möñth ör ýéár).⟧
# E017 bidi-control
rule-E017-summary = ⟦Åñ îñvîšîblé çháráçtér réördérš höw thé téxt îš dîšpláýéd.⟧
rule-E017-what = ⟦Répörtš éáçh bîdîréçtîöñál çöñtröl çháráçtér — thé émbéddîñgš áñd övérrîdéš Û+202Å tö Û+202É áñd thé îšölátéš Û+2066 tö Û+2069 — áñýwhéré îñ á fîlé: tîtléš, îdš, ñötéš, çömméñtš.⟧
rule-E017-why = ⟦Théšé çháráçtérš áré îñvîšîblé áñd máké áñ édîtör, á dîff ör á révîéw págé šhöw thé téxt îñ áñöthér ördér tháñ thé öñé göálîé réádš ("Tröjáñ Šöûrçé"): á révîéwér ápprövéš öñé göál áñd thé fîlé šáýš áñöthér. Pláîñ rîght-tö-léft téxt (Årábîç, Hébréw) ñéédš ñöñé öf thém.⟧

## S — specific

# S101 vague-wording
rule-S101-summary = ⟦Å vágûé vérb ör ñöûñ wîth ñö çöñçrété méášûré îñ thé tîtlé.⟧
rule-S101-what = ⟦Répörtš á kéý réšûlt ör áçtîvîtý (ör áñ öbjéçtîvé wîth ñö kéý réšûltš; wîth kéý réšûltš, šéé `S105`) whöšé tîtlé ûšéš á vágûé wörd — împrövé, öptîmîšé, bööšt, štréámlîñé, štréñgthéñ, pérförmáñçé, vîšîbîlîtý, préšéñçé; ámélîörér, öptîmîšér, dévélöppér, dýñámîšér, çöñšölîdér, révîtálîšér, ñötörîété… îñ áñý îñfléçtîöñ (Šñöwbáll štémš îñ böth láñgûágéš; áççéñtš, çášé áñd élîšîöñš îgñöréd) — ûñléšš thé tîtlé îš špéçîfîç fröm îtš štrûçtûré: ît ñáméš whát îš çöûñtéd (á kñöwñ méášûré šûçh áš léádš, çûštömérš, révéñûé, á ráté, á šháré öf vöîçé, táûx dé ñötörîété; thé wörd îtš öwñ métrîç çöûñtš îñ; ör thé ñöûñ á ñûmbér öf thé tîtlé çöûñtš, áš îñ `96 % de contrôles conformes`) (á mîššîñg ñûmbér îš théñ thé M fámîlý'š: `M201`, `M207`). Thé wörd lîštš áré îñ `src/rules/lexicon/` áñd çáñ bé éxtéñdéd wîth `[lexicon] vague = [...]` áñd `metric-nouns = [...]` îñ göálîé.töml. Thé méššágé qûötéš thé wördš áš wrîttéñ. Å vágûé ñöûñ thát šáýš whîçh kîñd öf thîñg îš ñáméd îš párt öf îtš ñámé, ñöt wördîñg: `loyalty program`, `quality audit`, `satisfaction survey`; `enquête de satisfaction`, `programme de fidélité`, `audit qualité` (`src/rules/lexicon/artefacts.txt`); áñd á ñûmbér öñ á šçálé (`4,5 sur 5`, `8/10`) ör šátîšfáçtîöñ wîth á ñûmbér îš á šçöré, á méášûré ñáméd.⟧
rule-S101-why = ⟦"Îñçréášé çöñtéñt pérförmáñçé bý 20%" çáññöt bé çhéçkéd: whîçh ñûmbér îš méáñt tö mövé? Ñámîñg thé méášûré îš whát mákéš á göál špéçîfîç.⟧
# S102 short-title
rule-S102-summary = ⟦Å tîtlé töö šhört tö šáý whát çháñgéš.⟧
rule-S102-what = ⟦Répörtš áñ öbjéçtîvé, kéý réšûlt, áçtîvîtý ör fûññél whöšé tîtlé háš féwér wördš tháñ `min-title-words` (3 bý défáûlt, šét ûñdér `[thresholds]` îñ göálîé.töml). Ñûmbérš çöûñt áš wördš: `Win 100 customers` háš thréé.⟧
rule-S102-why = ⟦"Šáléš" ör "Gröw révéñûé" ñáméš á töpîç, ñöt á göál: á réádér çáññöt téll whát šhöûld bé dîfféréñt át thé éñd, ör för whöm.⟧
# S103 wishful-goal
rule-S103-summary = ⟦Å wîšh šûçh áš "gét rîçh" îñštéád öf á göál.⟧
rule-S103-what = ⟦Répörtš á tîtlé thát štátéš á wîšh — gét rîçh, bé šûççéššfûl, šûççééd, bé thé béšt, máké möñéý, dö béttér; dévéñîr rîçhé, réûššîr, êtré lé méîlléûr, gágñér dé l'árgéñt, fáîré mîéûx… — wîth ñö ñûmbér îñ ît (öñ áñ öbjéçtîvé wîth méášûréd kéý réšûltš, öñlý whéñ thé réšt öf îtš tîtlé ñáméš ñöthîñg: "Réûššîr lá réñtréé çhéz léš pápétérîéš îñdépéñdáñtéš" léávéš thé méášûré tö îtš kéý réšûltš), áñd á tîtlé thát hédgéš — höpéfûllý, îdéállý, wîth lûçk, wé wöûld lövé tö, îf pöššîblé; öñ éšpèré, îdéáléméñt, šî pöššîblé, ávéç ûñ péû dé çháñçé… — whátévér ñûmbér föllöwš. Wördš mátçh îñ áñý îñfléçtîöñ. Thé lîštš áré `src/rules/lexicon/wishes.txt` áñd `hedges.txt`, éxtéñdéd wîth `[lexicon] wishes = [...]` áñd `hedges = [...]` îñ göálîé.töml.⟧
rule-S103-why = ⟦Ñöbödý çáñ téll whéñ á wîšh îš fûlfîlléd, šö ît çáññöt bé pláññéd ör révîéwéd. Šáý whát wöûld šhöw ît: áñ ámöûñt, á çöûñt, á ráñk.⟧
# S104 business-as-usual
rule-S104-summary = ⟦Åñ öbjéçtîvé thát kéépš thîñgš áš théý áré.⟧
rule-S104-what = ⟦Répörtš áñ öbjéçtîvé whöšé tîtlé štártš wîth bûšîñéšš-áš-ûšûál wördîñg: máîñtáîñ, çöñtîñûé, kéép, šûštáîñ, çárrý öñ; máîñtéñîr, çöñtîñûér, pöûršûîvré, gárdér, çöñšérvér… Kéý réšûltš áré ñöt çhéçkéd: á gûárdráîl (`kr nps: Keep NPS at 40` wîth `keep: >= 40`) îš thé rîght pláçé tö höld á lévél. Thé lîšt îš îñ `src/rules/lexicon/business_as_usual.txt` áñd çáñ bé éxtéñdéd wîth `[lexicon] business-as-usual = [...]` îñ göálîé.töml. `Keep` övér áñ öbjéçt, ûñdér kéý réšûltš thát mövé á méášûré, îš höldîñg öñ tö šöméthîñg bý çháñgîñg ît ("Kéép šûbšçrîbérš áröûñd pášt thé fîršt möñth" övér á çhûrñ kéý réšûlt): ît îš ñöt répörtéd; `Keep growing`, `maintain` áñd `continue` áré.⟧
rule-S104-why = ⟦Åñ öbjéçtîvé šáýš whéré thé téám šhöûld gö ñéxt. Kéépîñg thîñgš rûññîñg îš thé jöb îtšélf; wrîttéñ áš áñ öbjéçtîvé, ît tákéš thé pláçé öf á çháñgé áñd hîdéš thát ñöthîñg îš méáñt tö împrövé.⟧
# S105 vague-objective
rule-S105-summary = ⟦Åñ öbjéçtîvé wîth kéý réšûltš whöšé wördîñg ñáméš ñöthîñg çöñçrété.⟧
rule-S105-what = ⟦Répörtš, áš îñförmátîöñ, áñ öbjéçtîvé wîth kéý réšûltš whöšé tîtlé îš öñlý vágûé wördš — împrövé, bööšt, štréñgthéñ öûr préšéñçé, vîšîbîlîtý, pérförmáñçé; ámélîörér, dýñámîšér, çöñšölîdér ñötré préšéñçé, ñötörîété… — ñámîñg ñö méášûré, ñö çûštömér, ñö pláçé ör prödûçt á réádér çöûld pöîñt át (wördš thát šáý whîçh wáý ör whéñ — gröw, möré, béföré Çhrîštmáš — dö ñöt çöûñt, ñör whéré ör öñ whîçh çháññél, áftér á prépöšîtîöñ — öñ TîkTök, îñ Lýöñ: théý šáý whéré, ñöt whát çháñgéš; á hýphéñátéd çömpöûñd šûçh áš çéñtré-vîllé îš öñé wörd). `S101` répörtš thé šámé wördîñg öñ áñ öbjéçtîvé wîthöût kéý réšûltš; héré thé kéý réšûltš máý máké thé öbjéçtîvé çöñçrété, šö ît îš wörth á löök ráthér tháñ á wárñîñg.⟧
rule-S105-why = ⟦Åñ öbjéçtîvé îš réád fîršt áñd rémémbéréd löñgéšt. "Bööšt öûr préšéñçé" çöûld héád áñý pláñ; "Béçömé thé çlîñîçš' fîršt çáll îñ Lýöñ" téllš thé téám whát thé kéý réšûltš áré för.⟧
# S106 guardrails-only
rule-S106-summary = ⟦Åñ öbjéçtîvé whöšé kéý réšûltš áré áll gûárdráîlš: ît áîmš át ñöthîñg.⟧
rule-S106-what = ⟦Répörtš áñ öbjéçtîvé wîth kéý réšûltš öf whîçh évérý öñé îš á gûárdráîl (`keep: >= 40`): ñöthîñg îš méáñt tö çháñgé, öñlý tö štáý whéré ît îš. Gûárdráîlš áré rîght béšîdé kéý réšûltš thát mövé šöméthîñg. Åñ öbjéçtîvé thát ñáméš á çháñgé tö máké ûñdér îtš gûárdráîlš — "Šwîtçh áll šîtéš tö thé ñéw röáštér wîthöût löšîñg çûštömérš", á tášk vérb ör šwîtçh, mövé, áñd wîthöût — îš ñöt répörtéd: thé gûárdráîlš šáý whát thé çháñgé mûšt ñöt bréák.⟧
rule-S106-why = ⟦Höldîñg lévélš îš rûññîñg thé bûšîñéšš; áñ öbjéçtîvé îš whéré ît šhöûld gö ñéxt. Wîth gûárdráîlš öñlý, thé pláñ îš mét bý döîñg ñöthîñg ñéw.⟧
# S107 topic-title
rule-S107-summary = ⟦Åñ öbjéçtîvé tîtléd wîth á töpîç (á féw ñöûñš, ñö vérb), ñöt á göál.⟧
rule-S107-what = ⟦Répörtš áñ öbjéçtîvé whöšé tîtlé háš thréé çöñtéñt wördš ör féwér béšîdéš dátéš, ñö ñûmbér áñd ñö vérb: `Q1 email marketing`, `Réseaux sociaux 2027`. Vérbš áré réçögñîšéd fröm thé wörd lîštš (`src/rules/lexicon/verbs.txt` áñd thé öthérš) áñd, îñ Fréñçh, fröm thé îñfîñîtîvé. Tîtléš öf féwér tháñ `min-title-words` wördš áré `S102`'š.⟧
rule-S107-why = ⟦Å töpîç šáýš whát thé téám wîll wörk öñ, ñöt whát šhöûld bé dîfféréñt át thé éñd: "Q1 émáîl márkétîñg" îš mét bý šéñdîñg áñý émáîl.⟧

## M — measurable

# M201 kr-no-measure
rule-M201-summary = ⟦Å kéý réšûlt wîth ñö `metric:`, `keep:` ör `milestone`.⟧
rule-M201-what = ⟦Répörtš á kéý réšûlt thát šáýš ñéîthér höw ît îš méášûréd (`metric: 0 -> 100 customers`), ñör whîçh lévél ît höldš (`keep: >= 40`), ñör thát ît îš döñé ör ñöt döñé (`milestone`).⟧
rule-M201-why = ⟦Å kéý réšûlt îš whát šhöwš thát thé öbjéçtîvé îš réáçhéd. Wîthöût á méášûré, îtš prögréšš îš áñ öpîñîöñ áñd thé révîéw át thé éñd öf thé pérîöd háš ñöthîñg tö çhéçk.⟧
# M202 no-baseline
rule-M202-summary = ⟦Å métrîç wîth á tárgét bût ñö bášélîñé.⟧
rule-M202-what = ⟦Répörtš á kéý réšûlt whöšé tîtlé šáýš thé méášûré mövéš (gröw, ráîšé, çût, möré, fröm… tö, döûblé) whîlé îtš `metric:` gîvéš öñlý thé tárgét (`metric: 300 MQLs`), ñöt whéré ît štártš fröm (`metric: 120 -> 300 MQLs`). Å çöûñt réáçhéd wîthîñ thé wîñdöw wîth ñö wörd öf çháñgé ("Çölléçt 150 ñéw révîéwš") štártš fröm ñöthîñg áñd îš ñöt répörtéd, ûñléšš thé lög álréádý méášûréš ît. Whéñ thé lög álréádý höldš á méášûréméñt öf thé kéý réšûlt, thé qûîçk fîx wrîtéš thé éárlîéšt öñé áš thé bášélîñé. Å rélátîvé tárgét (`metric: +300 MQLs`, `-20%`) ñéédš ñöñé: ît štártš fröm thé válûé méášûréd át thé wîñdöw'š štárt.⟧
rule-M202-why = ⟦Wîthöût á bášélîñé, 300 MQLš máý bé á léáp ör whéré ýöû álréádý áré: ñéîthér thé prögréšš, ñör thé dîréçtîöñ, ñör thé ámbîtîöñ öf thé tárgét çáñ bé kñöwñ.⟧
# M203 unit-mismatch
rule-M203-summary = ⟦Å métrîç'š bášélîñé áñd tárgét áré îñ dîfféréñt ûñîtš.⟧
rule-M203-what = ⟦Répörtš á kéý réšûlt whöšé `metric:` gîvéš á ûñît öñ böth šîdéš öf thé árröw, áñd ñöt thé šámé öñé: `30% -> 15 EUR`, `100 leads -> 150 customers`. Å ûñît öñ öñé šîdé öñlý îš fîñé (`3420 -> 4104 followers`). Ålšö répörtš á tîtlé thát çöûñtš îñ áñöthér çûrréñçý tháñ îtš métrîç (`from £3 100 to £5 000` övér `metric: €3 100 -> €5 000`). Ûñît wördš áré çömpáréd îgñörîñg çášé, áççéñtš áñd á plûrál `s` (`customer` áñd `Customers` áré thé šámé).⟧
rule-M203-why = ⟦Prögréšš fröm léádš tö çûštömérš, ör fröm á ráté tö áñ ámöûñt, çáññöt bé çömpûtéd: éîthér thé bášélîñé méášûréš šöméthîñg élšé ör öñé ûñît îš á týpö.⟧
# M204 direction-contradiction
rule-M204-summary = ⟦Thé tîtlé šáýš ûp áñd thé métrîç göéš döwñ, ör thé révéršé.⟧
rule-M204-what = ⟦Répörtš á kéý réšûlt whöšé tîtlé šáýš thé méášûré šhöûld gö döwñ (rédûçé, çût, löwér, déçréášé; rédûîré, báîššér, dîmîñûér…) whîlé îtš `metric:` tárgét îš ábövé thé bášélîñé, ör šáýš ît šhöûld gö ûp (îñçréášé, gröw, ráîšé; áûgméñtér, döûblér…) whîlé thé tárgét îš bélöw thé bášélîñé. Thé fîršt dîréçtîöñ wörd öf thé tîtlé çöûñtš. Å rélátîvé tárgét îš jûdgéd bý îtš šîgñ: `metric: +20%` ûñdér "Çût thé ÇÅÇ bý 20%" îš répörtéd. Å tîtlé thát wrîtéš thé métrîç'š bášélîñé áñd tárgét, îñ thát ördér ("Mövé fröm 210 tö 400 çöñtáîñérš"), šáýš thé dîréçtîöñ wîth îtš ñûmbérš.⟧
rule-M204-why = ⟦Prögréšš îš çömpûtéd fröm thé métrîç. "Çût thé böûñçé ráté" wîth `metric: 15% -> 30%` wöûld çöûñt á wöršé böûñçé ráté áš prögréšš: thé twö šîdéš wéré möšt lîkélý šwáppéd.⟧
# M205 title-number-mismatch
rule-M205-summary = ⟦Å ñûmbér îñ thé tîtlé thát thé métrîç döéš ñöt höld.⟧
rule-M205-what = ⟦Répörtš á kéý réšûlt whöšé tîtlé wrîtéš á ñûmbér thát îš ñéîthér thé bášélîñé, ñör thé tárgét, ñör thé çháñgé bétwééñ thém, ñör thát çháñgé îñ pérçéñt öf thé bášélîñé (ñör thé rátîö tárgét ÷ bášélîñé, för `3x`); á tîtlé thát šáýš á fáçtör îñ wördš (`double`, `halve`, `diviser par deux`) wîth ñö ñûmbér îš çömpáréd wîth thé rátîö tárgét ÷ bášélîñé, wîthîñ 1%: "Wîñ 100 ñéw çûštömérš" wîth `metric: 0 -> 80`. Dûrátîöñš (`in 2 months`, `30 jours`), ýéárš áñd dátéš áré ñöt çömpáréd. Whéñ thé tîtlé štátéš thé tárgét ör thé çháñgé, îtš öthér ñûmbérš áré tákéñ áš thé pöpûlátîöñ, thé méáñš ör ñáméš (`12 of the 85 contacts`, `10k`, `#1`); ñûmbérš áftér `with a team of`, `of the`, `parmi` áñd ñûmbérš ñéxt tö á möñth (`before 15 March`) áré ñöt çömpáréd éîthér, ñör, övér á pérçéñtágé, á çöûñt öf thîñgš (`Win all 31 deals` övér `0% -> 100%`: thé šháré îš öf thém). Kéý réšûltš wîth ñö bášélîñé áré léft tö `M202`. För á rélátîvé tárgét (`metric: +300 MQLs`, `-20%`), thé tîtlé máý štáté thé çháñgé ("bý 300", "dé 20 %"). Å šçálé wrîttéñ ápárt fröm îtš ñûmbér îš réád wîth ît: `43 M€`, `4,2 à 6 M€`, `50 millions`, `$1.2m`.⟧
rule-M205-why = ⟦Péöplé réád thé tîtlé; göálîé çömpûtéš prögréšš fröm thé métrîç. Whéñ théý dîšágréé, öñé öf thém wáš ñöt ûpdátéd, áñd thé téám îš çhášîñg á ñûmbér ñöbödý tráçkš.⟧
# M206 activity-no-target
rule-M206-summary = ⟦Åñ áçtîvîtý wîth ñö `target:` ráté.⟧
rule-M206-what = ⟦Répörtš áñ áçtîvîtý thát háš ñö `target:` šáýîñg höw öftéñ ît îš döñé: `target: 20 calls per weekday`, `target: 1 per 2 weeks`.⟧
rule-M206-why = ⟦Åñ áçtîvîtý îš á hábît képt át á páçé. Wîthöût thé páçé, thé lög çáññöt šáý whéthér ýöû áré kéépîñg ûp ör fállîñg béhîñd.⟧
# M207 change-without-number
rule-M207-summary = ⟦Å dîréçtîöñ ör çömpárîšöñ övér á méášûré, wîth ñö ñûmbér áñýwhéré.⟧
rule-M207-what = ⟦Répörtš á tîtlé thát ñáméš á méášûré áñd whîçh wáý ît šhöûld gö — möré šîgñ-ûpš, gröw böökîñgš, çût çhûrñ, fáštér réplîéš, împrövé çûštömér šátîšfáçtîöñ; plûš d'îñšçrîptîöñš, dévélöppér léš áböññéméñtš, fáîré báîššér lé çhûrñ, ámélîörér léš véñtéš… — whéñ ñö ñûmbér šáýš höw fár: ñöñé îñ thé tîtlé, áñd ñö `metric:` ör `keep:` wîth öñé (á kéý réšûlt wîth ñö méášûré ör á mîléštöñé, ör áñ öbjéçtîvé wîth ñö kéý réšûltš). Å kéý réšûlt wîth ñö méášûré át áll álšö gétš `M201`, whîçh áškš för thé mîššîñg lîñé; áñ áçtîvîtý wîthöût á tárgét îš `M206`'š. Wördš mátçh îñ áñý îñfléçtîöñ; thé lîštš áré `src/rules/lexicon/directions.txt`, `comparison.txt` áñd `metric_nouns.txt` (éxtéñdéd wîth `[lexicon] directions`, `metric-nouns` îñ göálîé.töml).⟧
rule-M207-why = ⟦"Möré šîgñ-ûpš" îš réáçhéd wîth öñé möré šîgñ-ûp. Wîthöût á ñûmbér ñöbödý çáñ šáý át thé révîéw whéthér thé göál wáš mét, ör whéthér ît wáš wörth thé qûártér.⟧
# M208 guardrail-mismatch
rule-M208-summary = ⟦Å gûárdráîl whöšé tîtlé áñd `keep:` lîñé dîšágréé öñ thé böûñd ör thé lévél.⟧
rule-M208-what = ⟦Répörtš á kéý réšûlt wîth `keep:` whöšé tîtlé böûñdš thé öthér wáý — thé tîtlé šáýš ûñdér, bélöw, át möšt, máx; šöûš, áû plûš, möîñš dé… whîlé thé gûárdráîl šáýš `>=` ör `>`, ör thé révéršé (ábövé, át léášt; áû möîñš, plûš dé… övér `<=`) — ör whöšé tîtlé ñáméš á lévél, îñ thé gûárdráîl'š ûñît, thát îš ñöt îtš thréšhöld (`Keep CPA under €20` övér `keep: <= €25`). Thé böûñd wördš áré `src/rules/lexicon/bounds.txt`.⟧
rule-M208-why = ⟦Å gûárdráîl îš çhéçkéd ágáîñšt îtš `keep:` lîñé; péöplé réád îtš tîtlé. Whéñ théý dîšágréé, thé álárm rîñgš át á lévél ñöbödý ágrééd öñ, ör ñévér.⟧
# M209 unnamed-measure
rule-M209-summary = ⟦Å kéý réšûlt méášûréd îñ báré ñûmbérš îtš tîtlé döéš ñöt ñámé.⟧
rule-M209-what = ⟦Répörtš á kéý réšûlt whöšé `metric:` háš ñö ûñît (ñö `%`, çûrréñçý ör çöûñtéd wörd: `2 -> 3`) whîlé îtš tîtlé ñáméš ñöthîñg thát îš çöûñtéd: ñö kñöwñ méášûré (ÑPŠ, RÖÅŠ, léádš, á ráté…) áñd ñö ñöûñ áftér á ñûmbér. `2 -> 3` çöûld théñ bé á rétûrñ öñ ád špéñd, á çöšt pér çlîçk ör á ráñk.⟧
rule-M209-why = ⟦Å ñûmbér méáñš šöméthîñg öñlý wîth whát ît çöûñtš. Whöévér réádš thé pláñ ñéxt qûártér, ör lögš prögréšš ágáîñšt ît, mûšt kñöw whîçh fîgûré tö löök ûp.⟧

## A — achievable

# A301 unrealistic-pace
rule-A301-summary = ⟦Å tárgét fár béýöñd thé páçé thé lög šhöwš.⟧
rule-A301-what =
    ⟦Çömpáréš whát á tárgét áškš wîth whát thé lög šhöwš, áñd répörtš ît whéñ thé tárgét áškš möré tháñ `unrealistic-pace-ratio` tîméš áš mûçh (1.5 bý défáûlt, šét ûñdér `[thresholds]` îñ göálîé.töml).
    
    - Åñ áçtîvîtý: îtš `target:` ágáîñšt thé ávérágé çöûñt pér pérîöd öf thé ráté šîñçé îtš fîršt lög lîñé, öñçé át léášt twö fûll pérîödš hávé páššéd (`target: 6 runs per week` whîlé thé lög šhöwš 2 rûñš á wéék).
    - Å kéý réšûlt wîth á bášélîñé áñd á tárgét: thé páçé štîll ñéédéd (whát îš léft fröm thé lášt méášûréméñt tö thé tárgét, dîvîdéd bý thé dáýš léft ûñtîl ît îš dûé) ágáîñšt thé páçé bétwééñ îtš fîršt áñd îtš lášt méášûréméñt (át léášt twö, öñ dîfféréñt dáýš, mövîñg thé rîght wáý). Îñçréméñtš ádd ûp fröm thé bášélîñé. För á kéý réšûlt öf áñ ášpîrátîöñál öbjéçtîvé, whéré áböût 70% çöûñtš áš šûççéšš, thé páçé ñéédéd tö gö 70% öf thé wáý îš çömpáréd.
    
    Îtémš thát áré döñé, dröppéd ör pášt théîr éñd áré ñöt çhéçkéd.⟧
rule-A301-why = ⟦Å tárgét thé lög šáýš ýöû çáññöt kéép îš ñöt á štrétçh, ît îš á pláñ thát wîll bé mîššéd îñ šîléñçé. Löwérîñg ît tö á páçé ýöû çáñ kéép, ör çháñgîñg höw thé wörk îš döñé, kéépš thé pláñ höñéšt.⟧
# A302 not-ambitious
rule-A302-summary = ⟦Å tárgét éqûál tö thé bášélîñé, ör bárélý áwáý fröm ît.⟧
rule-A302-what = ⟦Répörtš á kéý réšûlt whöšé `metric:` tárgét éqûálš îtš bášélîñé, ör mövéš léšš tháñ `min-change-percent` pérçéñt öf ît (5% bý défáûlt, šét ûñdér `[thresholds]` îñ göálîé.töml). Å pérçéñtágé rîšîñg töwárdš 100 % îš álšö ámbîtîöûš whéñ ît çlöšéš möré tháñ fîvé tîméš thát šháré öf thé gáp tö 100 % (á qûártér bý défáûlt: rétéñtîöñ fröm 88 % tö 92 % çlöšéš á thîrd öf ît). Å bášélîñé öf zérö îš öñlý çhéçkéd för éqûálîtý. Å métrîç whöšé twö šîdéš áré îñ dîfféréñt ûñîtš îš léft tö `M203`. Å rélátîvé tárgét îš jûdgéd bý îtš šîzé: `+2%`, ör `+100` övér á wrîttéñ bášélîñé öf 4 100.⟧
rule-A302-why = ⟦Å kéý réšûlt šáýš whát wîll bé dîfféréñt. Å tárgét ýöû álréádý höld îš á gûárdráîl — wrîté ît `keep: >= 40` — áñd á 1% mövé îš ñöîšé möré tháñ á réšûlt.⟧
# A303 implausible-target
rule-A303-summary = ⟦Å tárgét öût öf réáçh öñ îtš fáçé: á lárgé mûltîplé îñ á šhört tîmé, áll öf á márkét, wörld léádéršhîp.⟧
rule-A303-what = ⟦Répörtš áñ öbjéçtîvé, kéý réšûlt ör áçtîvîtý whöšé tîtlé prömîšéš thé împöššîblé — wörld léádér, Éûröpé'š léádîñg bráñd, évérý déál, áll öf thé márkét, 100% öf á márkét; léádér möñdîál, töûš léš pröšpéçtš, töût lé márçhé… (`src/rules/lexicon/unrealistic.txt`, éxtéñdéd wîth `[lexicon] unrealistic = [...]`) — á kéý réšûlt tákîñg á šháré fröm 80% ör léšš tö 100%, ör fröm 5% ör möré tö 0% (`metric: 35% -> 100%` öf téñdérš wöñ, çhûrñ `14% -> 0%`), áñd á kéý réšûlt áškéd tö mûltîplý îtš válûé fáštér tháñ á bûšîñéšš pláûšîblý gröwš, whéñ ñö lög šhöwš ît çáñ: ×2 ör möré át á páçé öf ×2 á möñth ör fáštér (çömpöûñdéd: ×8 îñ á qûártér, ×3 îñ šîx wéékš), ör ×20 wîthîñ á ýéár (ör wîth ñö dáté át áll); fröm á šmáll bášé (5 tö 10) öñlý ×3 á möñth ör fáštér çöûñtš, áñd fröm ûñdér 5 á mûltîplé šáýš ñöthîñg. Thé mûltîplé îš réád fröm thé métrîç (`metric: 10 000 EUR -> 30 000 EUR`) ör thé tîtlé (`triple`, `x10`, `multiplier par cinq`); thé tîmé fröm á dûrátîöñ îñ thé tîtlé (`in three weeks`) ör thé îtém'š wîñdöw áš pláññéd (îtš štárt, ör tödáý whéñ ît háš ñöñé, tö îtš dûé dáté ör thé éñd öf îtš pérîöd). Å kéý réšûlt wîth twö lög lîñéš ör möré îš léft tö `A301`, whîçh çömpáréš wîth thé páçé thé lög šhöwš. "Åll" öf thé téám'š öwñ wörk îš wîthîñ réáçh ("Méttré à jöûr töûtéš léš öppörtûñîtéš", "Çáll évérý léád": á tášk vérb övér ît); `N-1`, `N+1` áré á ýéár ör á lévél, ñöt ñûmbér öñé; áñd á mûltîplé îš ñöt jûdgéd öñ çöûñtš thát pîlé ûp töwárdš á dátéd évéñt ör láûñçh — régîštrátîöñš för á wébîñár ör á trádé šhöw, wîšhlîštš, pré-ördérš (`src/rules/lexicon/events.txt`). Å šháré öf thé téám'š öwñ wörk tákéñ tö 100 % — "100 % öf ñéw mémbérš wélçöméd", "évérý ñéw çlîéñt çálléd" (`src/rules/lexicon/own_work.txt`) — îš wîthîñ réáçh.⟧
rule-A303-why = ⟦Å tárgét ñöbödý bélîévéš îñ îš îgñöréd fröm thé fîršt wéék: ît îš ñöt á štrétçh, ît îš ñöîšé. Å hárd bût çrédîblé ñûmbér, ör thé hîštörý thát mákéš ît çrédîblé, kéépš thé téám áîmîñg.⟧
# A304 already-reached
rule-A304-summary = ⟦Åñ öpéñ kéý réšûlt whöšé lög álréádý šhöwš îtš tárgét réáçhéd.⟧
rule-A304-what = ⟦Répörtš á kéý réšûlt göîñg fröm á bášélîñé tö á tárgét, ñöt márkéd `done`, whöšé látéšt löggéd válûé (méášûréméñtš, plûš thé îñçréméñtš áftér thém) álréádý réáçhéš thé tárgét, whîlé îtš wîñdöw îš štîll öpéñ — thé tárgét áškš för ñöthîñg thé téám háš ñöt álréádý döñé.⟧
rule-A304-why = ⟦Å tárgét mét béföré thé wörk štártš îš ñö tárgét: thé qûártér wîll bé "grééñ" whátévér háppéñš. Ráîšé ît tö whát wöûld štîll bé á štrétçh fröm whéré ýöû áré, ör márk ît döñé.⟧
# A306 activity-too-small
rule-A306-summary = ⟦Öñé-tö-öñé áçtîvîtîéš whöšé whölé völûmé îš bélöw thé réšûlt théý šhöûld brîñg.⟧
rule-A306-what = ⟦Répörtš á kéý réšûlt çöûñtéd îñ whát öñé bûýér gîvéš át möšt öñé öf (áççöûñtš, çûštömérš, déálš, çöñtráçtš, méétîñgš…) whéñ évérý áçtîvîtý thát `supports:` ît îš öñé-tö-öñé wörk — çállš, vîšîtš, méétîñgš, démöš, föllöw-ûpš (áppélš, vîšîtéš, réñdéz-vöûš, réláñçéš…) — áñd áll öf thém tögéthér, át théîr ráté fröm théîr štárt (ör thé kéý réšûlt'š) tö îtš éñd, ádd ûp tö féwér áçtîöñš tháñ thé kéý réšûlt mûšt gáîñ. Éáçh çáll wöûld hávé tö brîñg möré tháñ öñé ñéw áççöûñt: thé páçé îš fár töö éášý för thé tárgét, ör thé tárgét öût öf réáçh.⟧
rule-A306-why = ⟦Å çáll réáçhéš öñé bûýér áñd brîñgš át möšt öñé áççöûñt; möšt brîñg ñöñé. Wörk pláññéd bélöw thé réšûlt ît mûšt brîñg îš thé fîršt thîñg á çöáçh çhéçkš, áñd thé éášîéšt tö fîx: ráîšé thé páçé, ör šáý whát élšé wîll brîñg thé réšt.⟧
# A305 funnel-conversion
rule-A305-summary = ⟦Å fûññél štágé thát çöñvértš át á ráté féw fûññélš réáçh.⟧
rule-A305-what = ⟦Répörtš á štágé öf á šáléš ör márkétîñg fûññél (îtš göál îš möñéý, ör déálš, çûštömérš, méétîñgš…) whöšé çöñvéršîöñ îš 75 % ör möré: 80 % öf démöš çlöšîñg, 90 % öf léádš tákîñg á méétîñg. Å fûññél bûîlt öñ šûçh á ráté áškš för fár töö lîttlé wörk ûpštréám, áñd îtš göál îš öût öf réáçh. Å štágé whöšé ñámé šáýš thé bûýér háš álréádý šáîd ýéš — áççéptéd öfférš, šîgñéd, vérbál çömmîtš; çömprömîš, pröméššéš, çömmáñdéš (`src/rules/lexicon/committed.txt`) — îš ñöt répörtéd: möšt öf thöšé çlöšé.⟧
rule-A305-why = ⟦Šáléš áñd márkétîñg fûññélš löšé möšt öf théîr völûmé át éáçh štágé: á štágé thát kéépš föûr îñ fîvé îš ráré, áñd á pláñ thát çöûñtš öñ ît wîll mîšš îtš ñûmbér bý thé völûmé ît ñévér pláññéd.⟧

## R — relevant

# R401 kr-outside-objective
rule-R401-summary = ⟦Å kéý réšûlt wîth ñö öbjéçtîvé ábövé ît.⟧
rule-R401-what = ⟦Répörtš á kéý réšûlt thát bélöñgš tö ñö öbjéçtîvé: ñö `objective` lîñé çöméš béföré ît îñ îtš fîlé (á kéý réšûlt bélöñgš tö thé ñéáréšt öbjéçtîvé ábövé ît, îñ thé šámé fîlé). Îf whát ît méášûréš štáñdš öñ îtš öwñ, máké ît áñ öbjéçtîvé wîth thîš kéý réšûlt bélöw ît, ör áñ áçtîvîtý.⟧
rule-R401-why = ⟦Å kéý réšûlt méášûréš áñ öbjéçtîvé. Öñ îtš öwñ, ñöbödý kñöwš whát ît îš för, îtš prögréšš çöûñtš töwárdš ñöthîñg, áñd ît tákéš ñö dáté fröm áñ öbjéçtîvé.⟧
# R402 activity-supports-nothing
rule-R402-summary = ⟦Åñ áçtîvîtý thát šûppörtš ñö öbjéçtîvé, kéý réšûlt ör fûññél.⟧
rule-R402-what = ⟦Répörtš áñ áçtîvîtý wîth ñö `supports:` lîñé, ör whöšé `supports:` ñáméš öñlý îdš thát dö ñöt éxîšt (thöšé áré álšö répörtéd áš `E003`). Åñ áçtîvîtý thát gîvéš îtš öwñ réášöñ îñ á `why:` lîñé (á hábît képt för îtšélf, šáý) îš ñöt répörtéd.⟧
rule-R402-why = ⟦Évérý çáll, pöšt ör méétîñg tákéš tîmé fröm šöméthîñg élšé. Lîñkîñg áñ áçtîvîtý tö thé réšûlt ît šhöûld mövé šáýš whý ît îš wörth thát tîmé, áñd létš îtš páçé bé çömpáréd wîth whát thé réšûlt ñéédš.⟧
# R403 objective-no-why
rule-R403-summary = ⟦Åñ öbjéçtîvé thát döéš ñöt šáý whý ît máttérš.⟧
rule-R403-what = ⟦Répörtš áñ öbjéçtîvé wîth ñö `why:` lîñé (`pourquoi:` îñ Fréñçh) áñd ñö `parent:`: áñ öbjéçtîvé lîñkéd tö á hîghér öñé šérvéš ît, áñd šháréš îtš réášöñ.⟧
rule-R403-why = ⟦Thé réášöñ béhîñd áñ öbjéçtîvé îš whát péöplé fáll báçk öñ whéñ á çhöîçé îš ñöt çövéréd bý thé pláñ. Wrîttéñ döwñ, ît álšö létš ýöû téll, át thé éñd öf thé pérîöd, whéthér thé öbjéçtîvé štîll mádé šéñšé.⟧
# R404 objective-no-parent
rule-R404-summary = ⟦Åñ öbjéçtîvé wîth ñö `parent:` whîlé á hîghér öbjéçtîvé çövérš îtš pérîöd.⟧
rule-R404-what = ⟦Répörtš áñ öbjéçtîvé wîth ñö `parent:` lîñé whéñ á hîghér öbjéçtîvé éxîštš: áñöthér öbjéçtîvé whöšé dátéš štrîçtlý çöñtáîñ îtš öwñ (á ýéár öbjéçtîvé ábövé qûártér öbjéçtîvéš). Öñlý hîghér öbjéçtîvéš thát áré rélátéd tö thé öbjéçtîvé'š fîlé áré çöñšîdéréd: thöšé îñ thé šámé fîlé, áñd thöšé îñ á fîlé thát áñ îtém öf thîš fîlé álréádý lîñkš tö (thröûgh `parent:` ör `supports:`). Ûñrélátéd pláñš képt îñ öñé földér áré thûš ñöt mîxéd ûp. Thé qûîçk fîx áddš `parent:` ñámîñg thé çlöšéšt hîghér öbjéçtîvé.⟧
rule-R404-why = ⟦Åñ öbjéçtîvé thát döéš ñöt šáý whîçh hîghér göál ît šérvéš çáñ drîft áwáý fröm ît ûññötîçéd. Thé lîñk álšö létš thé prögréšš öf téám öbjéçtîvéš röll ûp îñtö thé çömpáñý'š.⟧
# R405 only-financial
rule-R405-summary = ⟦Åñ öbjéçtîvé whöšé kéý réšûltš áré áll áböût möñéý.⟧
rule-R405-what = ⟦Répörtš áñ öbjéçtîvé wîth át léášt öñé kéý réšûlt, áll öf thém fîñáñçîál. Å kéý réšûlt îš fîñáñçîál whéñ îtš méášûré îš îñ á çûrréñçý (`€`, `$`, `EUR`…), ör whéñ îtš tîtlé ñáméš á fîñáñçîál réšûlt (révéñûé, šáléš, márgîñ, ÅRR, MRR, pröfît; çhîffré d'áffáîréš, ÇÅ, véñtéš, márgé…) ör áñ ámöûñt öf möñéý wîthöût ñámîñg áñýthîñg çûštömérš gét: çûštömérš, ûšérš, šátîšfáçtîöñ, ÑPŠ, rétéñtîöñ, çhûrñ, ûšágé, référrálš, révîéwš (çlîéñtš, ûtîlîšátéûrš, fîdélîté, párráîñágéš, ávîš…). Thé pláñ îš whát îš jûdgéd: áñ öbjéçtîvé áböût möñéý béšîdé áñöthér öbjéçtîvé öf thé šámé fîlé wîth á kéý réšûlt öñ çûštömérš îš ñöt répörtéd, ñör öñé whöšé `why:` šáýš whát thé möñéý îš för ("Åt $20k Î çáñ hîré á šûppört péršöñ"); á whý thát öñlý réštátéš thé ñûmbér (`R406`) döéš ñöt çöûñt.⟧
rule-R405-why = ⟦Möñéý îš thé réšûlt öf válûé gîvéñ tö çûštömérš, ñöt á šûbštîtûté för ît. Å pláñ méášûréd öñlý îñ révéñûé çáñ bé mét bý dîšçöûñtš ör préššûré thát çöšt thé bûšîñéšš látér; öñé kéý réšûlt öñ whát çûštömérš gét kéépš thé válûé îñ šîght.⟧
# R407 funnel-supports-nothing
rule-R407-summary = ⟦Å fûññél thát šûppörtš ñö öbjéçtîvé ör kéý réšûlt.⟧
rule-R407-what = ⟦Répörtš, áš îñförmátîöñ, á fûññél wîth ñö `supports:` lîñé ñámîñg áñ öbjéçtîvé ör kéý réšûlt öf thé wörkšpáçé, áñd ñö `why:` öf îtš öwñ. Îdš thát dö ñöt éxîšt áré répörtéd áš `E003` töö.⟧
rule-R407-why = ⟦Å fûññél šáýš höw mûçh wörk á ñûmbér tákéš: léádš, démöš, déálš. Tîéd tö thé kéý réšûlt ît féédš, îtš föréçášt téllš whéthér thát réšûlt wîll bé mét; öñ îtš öwñ, ñöthîñg šáýš whý thé ñûmbér máttérš.⟧
# R406 why-no-reason
rule-R406-summary = ⟦Å `why:` thát öñlý šáýš thé ñûmbér mûšt bé hît, ör thát šöméöñé áškéd.⟧
rule-R406-what = ⟦Répörtš, áš îñförmátîöñ, áñ öbjéçtîvé whöšé `why:` höldš ñöthîñg bût möñéý wördš (révéñûé, márgîñ, thé ñûmbér, válûátîöñ), á máñdáté (áškéd bý, thé böárd wáñtš, évérýöñé lîkéd ît), thé wîšh tö gröw ör vágûé wördš: "Hît thé ñûmbér", "Wé ñééd tö hît thé áññûál révéñûé ñûmbér", "Ît çámé ûp át thé öffšîté áñd évérýöñé lîkéd ît". Åt möšt öñé öthér wörd îš állöwéd; á fáçt áböût çûštömérš, thé márkét ör thé wörk ("Référréd çûštömérš çhûrñ hálf áš mûçh") îš á réášöñ.⟧
rule-R406-why = ⟦Å whý îš whát létš thé téám çhööšé whéñ twö göálš çömpété, áñd whát téllš á máñágér whéthér thé göál štîll máttérš. "Hît thé ñûmbér" îš trûé öf évérý göál; thé réášöñ béhîñd thé ñûmbér (whát ît páýš för, whát ît çháñgéš för çûštömérš) îš thé öñé wörth wrîtîñg.⟧

## T — time-bound

# T501 no-date
rule-T501-summary = ⟦Åñ öbjéçtîvé, kéý réšûlt ör fûññél wîth ñö éñd dáté.⟧
rule-T501-what = ⟦Répörtš áñ öbjéçtîvé, á fûññél, ör á kéý réšûlt wîth ñö öbjéçtîvé, thát háš ñö éñd dáté: ñö `due:`, ñö `period:` áñd (för á fûññél) ñö `by` dáté îñ îtš göál ñör á dátéd îtém ît `supports:`. Å kéý réšûlt wîth ñö dáté öf îtš öwñ tákéš îtš öbjéçtîvé'š, šö á kéý réšûlt ûñdér áñ ûñdátéd öbjéçtîvé îš ñöt répörtéd ágáîñ: dátîñg thé öbjéçtîvé dátéš thém áll. Thé qûîçk fîx áddš á `period:` lîñé för thé çûrréñt qûártér (`période:` wîth á `T` qûártér whéñ thé îtém îš wrîttéñ îñ Fréñçh).⟧
rule-T501-why = ⟦Å göál wîth ñö déádlîñé îš á wîšh: ñöthîñg šáýš whéñ tö çhéçk ît, ñör höw fášt ît mûšt mövé. Å dáté tûrñš "wîñ 100 çûštömérš" îñtö á páçé ýöû çáñ föllöw.⟧
# T502 overdue
rule-T502-summary = ⟦Å kéý réšûlt pášt îtš dûé dáté áñd ñöt áçhîévéd.⟧
rule-T502-what = ⟦Répörtš á kéý réšûlt whöšé éñd dáté (îtš `due:` ör `period:`, ör îtš öbjéçtîvé'š) îš béföré tödáý whîlé ît îš ñöt áçhîévéd: á mîléštöñé wîth ñö `done` lög lîñé, ör á `metric:` whöšé çûrréñt válûé háš ñöt réáçhéd îtš tárgét. Thé çûrréñt válûé îš thé lášt méášûréméñt, plûš thé îñçréméñtš löggéd áftér ît, štártîñg fröm thé bášélîñé; wîth ñö bášélîñé thé tárgét îš tákéñ áš á ñûmbér tö réáçh. Å kéý réšûlt wîth á `done`, `dropped` ör `retro` lög lîñé, ör whöšé öbjéçtîvé háš á `retro`, îš çlöšéd áñd ñöt répörtéd; gûárdráîlš (`keep:`), áçtîvîtîéš áñd kéý réšûltš wîth ñö méášûré áré ñévér övérdûé.⟧
rule-T502-why = ⟦Å dáté thát páššéš šîléñtlý téáçhéš évérýöñé thát dátéš dö ñöt máttér. Çlöšé thé kéý réšûlt: lög ît döñé, lög á rétröšpéçtîvé öñ whát wáš mîššéd, dröp ît, ör mövé thé dáté öñ pûrpöšé.⟧
# T503 no-retrospective
rule-T503-summary = ⟦Åñ öbjéçtîvé whöšé pérîöd îš övér, wîth ñö rétröšpéçtîvé.⟧
rule-T503-what = ⟦Répörtš áñ öbjéçtîvé whöšé éñd dáté (`due:` ör thé éñd öf îtš `period:`) îš béföré tödáý whéñ ñö `retro` lög lîñé wáš wrîttéñ för ît ör för öñé öf îtš kéý réšûltš. Åñ öbjéçtîvé wîth á `dropped` lög lîñé îš léft álöñé.⟧
rule-T503-why = ⟦Thé éñd öf á pérîöd îš whéñ á téám léárñš thé möšt: whát wörkéd, whát dîd ñöt, whát tö áîm för ñéxt. Å öñé-lîñé rétröšpéçtîvé kéépš thát léššöñ ñéxt tö thé göál ît îš áböût.⟧
# T504 funnel-no-start
rule-T504-summary = ⟦Å fûññél wîth ñö štárt dáté: îtš štágéš çáññöt bé jûdgéd ör pröjéçtéd.⟧
rule-T504-what = ⟦Répörtš á fûññél thát háš štágéš bût ñö štárt: ñö `start:`, ñö `period:`, áñd ñö dátéd îtém ît `supports:` tö táké îtš wîñdöw fröm, öñçé šöméthîñg îš çöûñtéd îñ ît (á lög lîñé öñ ît ör îtš štágéš, ör áñ áçtîvîtý thát šûppörtš thém): á fûññél wîth á dátéd göál áñd ñöthîñg çöûñtéd ýét háš ñöthîñg tö pröjéçt, áñd îtš dáté mákéš ît tîmé-böûñd. Å fûññél wîth ñö éñd dáté át áll îš `T501`'š.⟧
rule-T504-why = ⟦Völûméš löggéd ágáîñšt á fûññél áré jûdgéd áñd pröjéçtéd fröm thé dáý ît štártš: wîthöût öñé, évérý štágé šáýš "ñö dátá" áñd thé föréçášt öf thé göál ñévér áppéárš.⟧

## OKR shape

# O601 kr-count
rule-O601-summary = ⟦Åñ öbjéçtîvé wîth töö féw ör töö máñý kéý réšûltš.⟧
rule-O601-what = ⟦Répörtš áñ öbjéçtîvé wîth féwér kéý réšûltš tháñ `min-key-results` (1 bý défáûlt) ör möré tháñ `max-key-results` (5 bý défáûlt); böth áré šét ûñdér `[thresholds]` îñ göálîé.töml. Kéý réšûltš wîth á `dropped` lög lîñé áré ñöt çöûñtéd.⟧
rule-O601-why = ⟦Wîth ñö kéý réšûlt, ñöbödý çáñ téll whéthér áñ öbjéçtîvé wáš mét. Wîth töö máñý, ñöñé öf thém gétš réál áttéñtîöñ: thréé tö fîvé îš whát á téám çáñ föllöw wéék áftér wéék.⟧
# O602 too-many-objectives
rule-O602-summary = ⟦Öñé öwñér çárrîéš töö máñý öbjéçtîvéš övér thé šámé pérîöd.⟧
rule-O602-what = ⟦Répörtš áñ öwñér ñáméd îñ `owner:` öñ möré öbjéçtîvéš rûññîñg át thé šámé tîmé tháñ `max-objectives-per-owner` (5 bý défáûlt, ûñdér `[thresholds]` îñ göálîé.töml). Öbjéçtîvéš övérláp whéñ théîr pérîödš šháré át léášt öñé dáý; áñ öbjéçtîvé wîth ñö dáté övérlápš évérý öthér. Öwñérš áré çömpáréd wîthöût théîr `@` áñd wîthöût régárd tö çášé; öbjéçtîvéš wîth á `dropped` lög lîñé áré ñöt çöûñtéd. Thé fîñdîñg îš öñ éáçh öbjéçtîvé béýöñd thé lîmît.⟧
rule-O602-why = ⟦Öbjéçtîvéš áré féw öñ pûrpöšé: théý šáý whát máttérš möšt. Šöméöñé áñšwérîñg för šîx öbjéçtîvéš îñ öñé qûártér wîll, îñ práçtîçé, çhööšé ámöñg thém wîthöût šáýîñg šö.⟧
# O603 task-like-kr
rule-O603-summary = ⟦Å kéý réšûlt wördéd áš á tášk tö dö ráthér tháñ á réšûlt.⟧
rule-O603-what = ⟦Répörtš á kéý réšûlt whöšé tîtlé štártš wîth á tášk vérb — láûñçh, wrîté, çáll, áñálýšé, pûblîšh, örgáñîšé; láñçér, rédîgér, áppélér, áñálýšér, pûblîér… (thé lîšt îš `src/rules/lexicon/task_verbs.txt`, éxtéñdéd wîth `[lexicon] task-verbs = [...]` îñ göálîé.töml). Mîléštöñéš áré répörtéd töö: á mîléštöñé ñáméš thé štáté réáçhéd (`Partner programme live with 5 signed partners`), ñöt thé érráñd (`Run the partner workshop`). Phrášéš thát štárt lîké á tášk bût ñámé áñ öûtçömé — gröw ör bûîld thé pîpélîñé, géñéráté démáñd, wîñ çûštömérš; gágñér déš çlîéñtš, çöñštrûîré lé pîpélîñé… (`src/rules/lexicon/outcome_idioms.txt`, éxtéñdéd wîth `[lexicon] outcome-idioms = [...]`) — áré ñöt. Wördš mátçh îñ áñý îñfléçtîöñ. Whéñ thé kéý réšûlt háš ñö méášûré át áll, á qûîçk fîx tûrñš ît îñtö áñ áçtîvîtý (thé kéýwörd béçöméš `activity`, ör `activité` îñ Fréñçh). Å kéý réšûlt wîth á `metric:` ör `keep:` gétš ñö fîx: réwörd ît áš thé réšûlt thé tášk šhöûld brîñg. Å kéý réšûlt whöšé métrîç çöûñtš péöplé îñ á štáté — áffîlîátéš, tráîñééš, mémbérš, šûbšçrîbérš; áffîlîéš, štágîáîréš, ádhéréñtš (`src/rules/lexicon/people.txt`) — ñáméš whát thé vérb brîñgš áböût ("Réçrûtér 200 áffîlîéš", "Förmér 150 štágîáîréš") áñd îš ñöt répörtéd. Ñör îš öñé whöšé tîtlé štátéš, áftér `with`, thé ñûmbér îtš métrîç çöûñtš ("Éxhîbît át PröWéîñ wîth 60 bûýér méétîñgš böökéd" övér `0 -> 60 meetings`): thé réšûlt îš ñáméd.⟧
rule-O603-why = ⟦"Wrîté 8 blög pöštš" çáñ bé döñé îñ fûll whîlé ñöthîñg çháñgéš för thé bûšîñéšš. Å kéý réšûlt šáýš whát thé wörk šhöûld brîñg ("300 MQLš fröm örgáñîç tráffîç"); thé wörk îtšélf îš áñ áçtîvîtý thát šûppörtš ît.⟧
# O604 no-owner
rule-O604-summary = ⟦Åñ öbjéçtîvé wîth ñö öwñér.⟧
rule-O604-what = ⟦Répörtš áñ öbjéçtîvé wîth ñö `owner:` lîñé. Qûîçk fîxéš ádd `owner:` (`responsable:` îñ Fréñçh) wîth öñé öf thé péöplé álréádý ñáméd áš öwñérš élšéwhéré îñ thé wörkšpáçé, thé thréé möšt fréqûéñt fîršt.⟧
rule-O604-why = ⟦Åñ öbjéçtîvé évérýöñé šháréš îš öñé ñöbödý áñšwérš för. Öñé ñámé šáýš whö çhéçkš îñ öñ ît, whö ráîšéš thé álárm, áñd whö wrîtéš thé rétröšpéçtîvé.⟧
# O605 no-commitment
rule-O605-summary = ⟦Åñ öbjéçtîvé thát šáýš ñéîthér çömmîttéd ñör ášpîrátîöñál.⟧
rule-O605-what = ⟦Répörtš áñ öbjéçtîvé wîth ñéîthér thé `committed` ñör thé `aspirational` flág (`engagé`, `ambitieux` îñ Fréñçh). Qûîçk fîxéš ádd öñé ör thé öthér bélöw thé héádér.⟧
rule-O605-why = ⟦Å çömmîttéd öbjéçtîvé îš éxpéçtéd îñ fûll; áñ ášpîrátîöñál öñé çöûñtš áš á šûççéšš át áböût 70%. Ûñléšš ît îš wrîttéñ döwñ, thé téám áñd thé péöplé réádîñg thé pláñ wîll éáçh áššûmé théîr öwñ, áñd jûdgé thé réšûlt bý dîfféréñt rûléš.⟧
# O606 numeric-objective
rule-O606-summary = ⟦Åñ öbjéçtîvé whöšé tîtlé îš á tárgét ñûmbér.⟧
rule-O606-what = ⟦Répörtš, áš îñförmátîöñ, áñ öbjéçtîvé whöšé tîtlé štátéš thé tárgét: áñ ámöûñt öf möñéý, á pérçéñtágé, ör á çöûñt öf whát á kéý réšûlt méášûréš ("Réáçh $20k MRR", "Fáîré 45 000 € dé ÇÅ éñ déçémbré"). Dátéš, dûrátîöñš, ýéárš áñd thé pöpûlátîöñ ñáméd ("öûr töp 40 áççöûñtš", "îñ théîr fîršt 90 dáýš", "déálš ûñdér $5k") áré ñöt tárgétš.⟧
rule-O606-why = ⟦Îñ áñ ÖKR, thé öbjéçtîvé šáýš qûálîtátîvélý whát wé áré áftér áñd thé kéý réšûltš çárrý thé ñûmbérš. Åñ öbjéçtîvé thát îš á ñûmbér léávéš thé téám ñöthîñg tö áîm át öñçé ît îš mét, áñd ñöthîñg tö çhööšé bý whéñ twö wáýš tö méét ît çömpété.⟧

## review

# C701 stale
rule-C701-summary = ⟦Åñ öpéñ göál wîth ñö lög lîñé ör çhéçk-îñ för töö löñg.⟧
rule-C701-what = ⟦Répörtš áñ öbjéçtîvé, kéý réšûlt ör áçtîvîtý thát îš ûñdér wáý — îtš dátéš höld tödáý, ör ît háš štártéd áñd háš ñö éñd, ör, wîth ñö dátéš át áll, ît háš lög lîñéš — áñd îš ñéîthér döñé ñör dröppéd, whéñ ñö lög lîñé wáš wrîttéñ för ît îñ thé lášt `stale-days` dáýš (14 bý défáûlt, ûñdér `[thresholds]` îñ göálîé.töml). Åñ îtém wîth ñö lög lîñé át áll çöûñtš fröm îtš štárt; á wörkšpáçé wîth ñö lög lîñé át áll îš á pláñ štîll béîñg wrîttéñ, áñd ñöthîñg îñ ît îš répörtéd. Whát çöûñtš áš ñéwš: för áñ öbjéçtîvé, á lîñé áböût ît ör öñé öf îtš kéý réšûltš; för á kéý réšûlt, á lîñé áböût ît ör îtš öbjéçtîvé (á çhéçk-îñ öñ thé öbjéçtîvé révîéwš îtš kéý réšûltš); för böth, á lîñé áböût áñ áçtîvîtý thát `supports:` öñé öf thém (thé wörk îš löggéd whéré ît îš döñé), ör thé štárt öf šûçh áñ áçtîvîtý; för áñ áçtîvîtý, á lîñé áböût ît, áñd áñ áçtîvîtý whöšé ráté špáñš möré tháñ `stale-days` (`1 per month`) îš gîvéñ öñé fûll ráté pérîöd. Whéñ áñ öbjéçtîvé îš štálé, îtš kéý réšûltš áré ñöt répörtéd ágáîñ.⟧
rule-C701-why = ⟦Göálš thát áré ñöt löökéd át áré qûîétlý ábáñdöñéd: thé pláñ štîll šáýš théý máttér whîlé ñöbödý wörkš öñ thém. Å šhört lög lîñé ör á çöñfîdéñçé çhéçk-îñ évérý wéék ör twö kéépš thé pláñ trûé, áñd šhöwš éárlý whéñ šöméthîñg šlîpš.⟧
