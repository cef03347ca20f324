# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# What each keyword means, shown beside it in completion.

keyword-objective = ⟦Åñ öbjéçtîvé: qûálîtátîvé áñd îñšpîrîñg, wîth kéý réšûltš bélöw ît.⟧
keyword-kr = ⟦Å kéý réšûlt öf thé öbjéçtîvé ábövé: á méášûráblé öûtçömé.⟧
keyword-activity = ⟦Åñ áçtîvîtý göál: šöméthîñg ýöû dö át á ráté (çállš, pöštš).⟧
keyword-funnel = ⟦Å fûññél: fröm á göál döwñ tö thé völûméš éáçh štágé ñéédš.⟧
keyword-stage = ⟦Å fûññél štágé: `stage id: 500 EUR each` ör `stage id: 2% convert`.⟧
keyword-period = ⟦Thé pérîöd thé îtém çövérš: á dáý, möñth, wéék, qûártér, hálf, ýéár ör ráñgé.⟧
keyword-due = ⟦Whéñ thé îtém mûšt bé áçhîévéd; á pérîöd méáñš îtš lášt dáý.⟧
keyword-start = ⟦Whéñ wörk öñ thé îtém štártš; á pérîöd méáñš îtš fîršt dáý.⟧
keyword-owner = ⟦Whö áñšwérš för thé îtém: `@name`, šévérál šépárátéd bý çömmáš.⟧
keyword-why = ⟦Whý thé îtém máttérš: fréé téxt.⟧
keyword-parent = ⟦Thé hîghér öbjéçtîvé ör kéý réšûlt thîš îtém álîgñš wîth.⟧
keyword-supports = ⟦Thé kéý réšûltš ör öbjéçtîvéš áñ áçtîvîtý ör fûññél drîvéš.⟧
keyword-metric = ⟦Å kéý réšûlt'š méášûré: `baseline -> target`.⟧
keyword-keep = ⟦Å gûárdráîl: `>= 40`, `<= 2%`, `at least 40`.⟧
keyword-target = ⟦Åñ áçtîvîtý'š ráté: `20 per weekday`, `1 per 2 weeks`.⟧
keyword-goal = ⟦Å fûññél'š göál: `50000 EUR by 2026-12-31`.⟧
keyword-weight = ⟦Å kéý réšûlt'š wéîght îñ îtš öbjéçtîvé'š röll-ûp.⟧
keyword-committed = ⟦Thé öbjéçtîvé îš çömmîttéd: 100% îš éxpéçtéd.⟧
keyword-aspirational = ⟦Thé öbjéçtîvé îš ášpîrátîöñál: áböût 70% çöûñtš áš šûççéšš.⟧
keyword-milestone = ⟦Thé kéý réšûlt îš döñé ör ñöt döñé.⟧
keyword-per = ⟦Îñtrödûçéš thé pérîöd öf á ráté.⟧
keyword-versus = ⟦Å flöw métrîç: thé wîñdöw'š tötál ágáîñšt thé prévîöûš pérîöd'š.⟧
keyword-previous = ⟦Å flöw métrîç: thé pérîöd jûšt béföré thé wîñdöw.⟧
keyword-rate-day = ⟦Ráté pérîöd: évérý çáléñdár dáý.⟧
keyword-rate-weekday = ⟦Ráté pérîöd: Möñdáý tö Frîdáý.⟧
keyword-rate-week = ⟦Ráté pérîöd: áñ ÎŠÖ wéék, Möñdáý tö Šûñdáý.⟧
keyword-rate-month = ⟦Ráté pérîöd: á çáléñdár möñth.⟧
keyword-rate-quarter = ⟦Ráté pérîöd: á çáléñdár qûártér.⟧
keyword-rate-year = ⟦Ráté pérîöd: á çáléñdár ýéár.⟧
keyword-each = ⟦Fûññél štágé: éáçh ûñît öf thîš štágé brîñgš thát mûçh öf thé štágé ábövé.⟧
keyword-convert = ⟦Fûññél štágé: thîš šháré öf thé štágé çöñvértš îñtö thé štágé ábövé.⟧
keyword-by = ⟦Å fûññél göál'š dáté.⟧
keyword-done = ⟦Lög: thé mîléštöñé ör îtém îš döñé.⟧
keyword-dropped = ⟦Lög: thé îtém wáš dröppéd.⟧
keyword-confidence = ⟦Lög: á çhéçk-îñ wîth á çöñfîdéñçé, `confidence 60%` ör `7/10`.⟧
keyword-retro = ⟦Lög: thé rétröšpéçtîvé ñöté át thé éñd öf á pérîöd.⟧
