# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# `goalie --help`, `goalie COMMAND --help` and the man pages. Ids follow
# the command tree: help-COMMAND (one line), help-COMMAND-long (the
# paragraph under it), help-COMMAND-arg-OPTION, help-arg-OPTION (an option
# several commands share); tests check each names a real command or option.

help-heading-usage = Ûšágé:
help-heading-options = Öptîöñš:
help-heading-arguments = Årgûméñtš:
help-heading-commands = Çömmáñdš:
help-arg-help = ⟦Prîñt hélp⟧
help-arg-version = ⟦Prîñt véršîöñ⟧
help-goalie = ⟦Göálš képt îñ pláîñ téxt, çhéçkéd lîké çödé.⟧
help-check = ⟦Çhéçk .göálš fîléš áñd répört pröblémš⟧
help-check-long =
    ⟦Çhéçk .göálš fîléš áñd répört pröblémš.
    
    Éxîtš wîth 0 whéñ ñö érrör îš föûñd, 1 whéñ érrörš áré föûñd (ör fîñdîñgš át thé --déñý lévél), áñd 2 öñ á ûšágé, çöñfîgûrátîöñ ör Î/Ö fáîlûré.⟧
help-rules = ⟦Lîšt évérý rûlé wîth îtš çödé, fámîlý áñd défáûlt šévérîtý⟧
help-explain = ⟦Prîñt á rûlé'š döçûméñtátîöñ: whát ît çhéçkš, whý, áñd éxámpléš⟧
help-status = ⟦Šhöw whéré évérý göál štáñdš: prögréšš, štátûš, páçé áñd föréçášt⟧
help-report = ⟦Wrîté áñ HTML répört: bûrñ-ûp çhártš, áçtîvîtý grîdš, fûññélš áñd öbjéçtîvé röll-ûpš îñ öñé šélf-çöñtáîñéd fîlé⟧
help-log = ⟦Åppéñd á lög lîñé för áñ îtém, tö thé fîlé whéré îtš lög lîñéš lîvé⟧
help-import = ⟦Ådd lög lîñéš fröm á ÇŠV éxpört (áñálýtîçš, ÇRM, páýméñtš, á špréádšhéét): öñé lîñé pér dáý, ñévér twîçé⟧
help-fmt = ⟦Réwrîté .göálš fîléš îñ théîr çáñöñîçál láýöût⟧
help-watch = ⟦Çhéçk .göálš fîléš ágáîñ éáçh tîmé öñé çháñgéš, ûñtîl Çtrl-Ç⟧
help-init = ⟦Wrîté á štártér pláñ, á çömméñtéd göálîé.töml áñd, öñ réqûéšt, ÇÎ áñd pré-çömmît fîléš⟧
help-lsp = ⟦Rûñ thé láñgûágé šérvér öñ štdîñ áñd štdöût (för édîtörš)⟧
help-completions = ⟦Prîñt á šhéll çömplétîöñ šçrîpt öñ štdöût⟧
help-man = ⟦Prîñt thé göálîé(1) máñ págé, ör wîth --öût wrîté göálîé.1 áñd öñé göálîé-ÇÖMMÅÑD.1 pér çömmáñd îñtö á földér⟧
help-arg-today = ⟦Thé dáý tö çhéçk ágáîñšt, ÝÝÝÝ-MM-DD [défáûlt: `today` îñ göálîé.töml, élšé thé šýštém'š dáté]⟧
help-arg-lang = ⟦Láñgûágé öf méššágéš [défáûlt: `lang` îñ göálîé.töml, élšé fröm GÖÅLÎÉ_LÅÑG, LÇ_ÅLL, LÇ_MÉŠŠÅGÉŠ ör LÅÑG, élšé Éñglîšh]⟧
help-arg-color = ⟦Whéñ tö ûšé çölöûrš; ÑÖ_ÇÖLÖR îš höñöûréd⟧
help-arg-config = ⟦Ûšé thîš çöñfîgûrátîöñ fîlé îñštéád öf šéárçhîñg för göálîé.töml (GÖÅLÎÉ_ÇÖÑFÎG ñáméš öñé töö)⟧
help-arg-no-config = ⟦Îgñöré göálîé.töml fîléš: ûšé thé défáûltš⟧
help-check-arg-fix = ⟦Åpplý thé méçháñîçál fîxéš dîágñöštîçš öffér, théñ répört whát îš léft. Öñlý thé fîxéd špáñš öf téxt çháñgé⟧
help-check-arg-deny = ⟦Löwéšt šévérîtý thát mákéš thé éxît çödé 1⟧
# clap's own words around the options.
help-default = ⟦[défáûlt: { $value }]⟧
help-possible-values = ⟦[pöššîblé válûéš: { $values }]⟧
help-possible-values-heading = ⟦Pöššîblé válûéš:⟧
help-possible-value = ⟦- { $value }: { $help }⟧
help-help = ⟦Prîñt thîš méššágé ör thé hélp öf thé gîvéñ çömmáñd(š)⟧
help-check-arg-paths = ⟦Fîléš ör dîréçtörîéš tö çhéçk [défáûlt: .]. Dîréçtörîéš áré šéárçhéd för *.göálš fîléš, höñöûrîñg .gîtîgñöré⟧
help-check-arg-format = ⟦Öûtpût förmát⟧
help-check-arg-format-text = ⟦mîétté-réñdéréd dîágñöštîçš wîth šöûrçé šñîppétš⟧
help-check-arg-format-json = ⟦Åñ árráý öf öbjéçtš wîth `file`, `line`, `column`, `end_line`, `end_column`, `severity`, `code`, `name`, `message`⟧
help-check-arg-format-sarif = ⟦ŠÅRÎF 2.1.0, för GîtHûb çödé šçáññîñg áñd öthér töölš⟧
help-check-arg-format-github = ⟦GîtHûb Åçtîöñš wörkflöw çömmáñdš (áññötátîöñš öñ thé lîñéš)⟧
help-check-arg-stdin = ⟦Çhéçk whát îš týpéd öñ štáñdárd îñpût îñštéád öf fîléš: á `.goals` téxt, ör öñé göál štátéméñt ("Gröw MQLš fröm 300 tö 450 bý Márçh"), jûdgéd öñ îtš wördîñg bý thé šámé rûléš áš á kéý réšûlt⟧
help-check-arg-root = ⟦Thé répöšîtörý rööt ŠÅRÎF páthš áré rélátîvé tö [défáûlt: thé gît töp lévél öf thé çûrréñt földér, élšé thé çûrréñt földér]⟧
help-rules-arg-lang = ⟦Láñgûágé öf thé šûmmárîéš⟧
help-explain-arg-code = ⟦Å rûlé'š çödé (`S101`) ör ñámé (`vague-wording`)⟧
help-explain-arg-lang = ⟦Láñgûágé öf thé döçûméñtátîöñ⟧
help-status-arg-paths = ⟦Fîléš ör dîréçtörîéš tö réád [défáûlt: .]⟧
help-status-arg-format = ⟦Öûtpût förmát⟧
help-report-arg-paths = ⟦Fîléš ör dîréçtörîéš tö réád [défáûlt: .]⟧
help-report-arg-html = ⟦Thé HTML fîlé tö wrîté (répláçéd îf ît éxîštš)⟧
help-log-arg-id = ⟦Thé îd öf thé îtém (öbjéçtîvé, kéý réšûlt, áçtîvîtý, fûññél ör štágé)⟧
help-log-arg-value = ⟦Whát háppéñéd, áš öñ á lög lîñé: á válûé (`24%`, `12 500 €`), á çöûñt (`17`), áñ îñçréméñt (`+3`, `-2`), `done`, `dropped`, `confidence 60%` ör `retro`. Šévérál wördš máý föllöw wîthöût qûötéš; wrîté `--` béföré á válûé šûçh áš `-0,5` thát îš ñöt á pláîñ ñûmbér⟧
help-log-arg-date = ⟦Thé dáý öf thé lîñé [défáûlt: tödáý]⟧
help-log-arg-note = ⟦Å ñöté tö ádd tö thé lîñé⟧
help-log-arg-paths = ⟦Fîléš ör dîréçtörîéš höldîñg thé göálš [défáûlt: .]. Máý bé répéátéd⟧
help-import-arg-csv = ⟦Thé ÇŠV éxpört tö réád (`,`, `;` ör táb šépárátéd)⟧
help-import-arg-paths = ⟦Fîléš ör dîréçtörîéš höldîñg thé göálš [défáûlt: .]⟧
help-import-arg-source = ⟦Ûšé thé `[[import]]` táblé öf göálîé.töml wîth thîš ñámé; thé öptîöñš bélöw övérrîdé îtš kéýš⟧
help-import-arg-id = ⟦Thé îtém thé lîñéš áré för⟧
help-import-arg-date = ⟦Thé çölûmñ höldîñg thé dáý⟧
help-import-arg-value = ⟦Thé çölûmñ höldîñg thé válûé (ñöt ñéédéd wîth --çöûñt)⟧
help-import-arg-count = ⟦Çöûñt thé röwš öf éáçh dáý, wrîttéñ áš áñ îñçréméñt (`+N`)⟧
help-import-arg-sum = ⟦Ådd ûp thé válûé çölûmñ pér dáý, wrîttéñ áš áñ îñçréméñt (`+N`)⟧
help-import-arg-filters = ⟦Kéép öñlý thé röwš whöšé ÇÖLÛMÑ höldš VÅLÛÉ (çášé áñd áççéñtš îgñöréd). Máý bé répéátéd: áll mûšt höld⟧
help-import-arg-scale = ⟦Mûltîplý évérý válûé bý thîš (áñ áñálýtîçš ráté öf 0.412 îš 41.2% wîth --šçálé 100 --ûñît %)⟧
help-import-arg-unit = ⟦Thé ûñît wrîttéñ áftér éáçh ñûmbér (`%`, `EUR`, `sessions`…) [défáûlt: thé öñé thé çéllš çárrý, îf áñý]⟧
help-import-arg-to = ⟦Thé fîlé tö ádd ñéw lîñéš tö [défáûlt: whéré `goalie log` wöûld wrîté för thé îtém]⟧
help-import-arg-date-format = ⟦Höw thé dáté çölûmñ wrîtéš dáýš, îñ štrftîmé förm (`%d/%m/%Y`, `%m/%d/%Y %H:%M`…) [défáûlt: détéçtéd]⟧
help-import-arg-name = ⟦Thé ñámé îñ thé márkér çömméñt (`# import NAME`) [défáûlt: thé --šöûrçé ñámé]⟧
help-import-arg-dry-run = ⟦Wrîté ñöthîñg; prîñt thé çháñgéš áš á dîff⟧
help-import-arg-skip-bad = ⟦Împört thé gööd röwš áñd lîšt thé bád öñéš, îñštéád öf štöppîñg át thé fîršt⟧
help-fmt-arg-paths = ⟦Fîléš ör dîréçtörîéš tö förmát [défáûlt: .]. Dîréçtörîéš áré šéárçhéd för *.göálš fîléš, höñöûrîñg .gîtîgñöré⟧
help-fmt-arg-check = ⟦Wrîté ñöthîñg; lîšt thé fîléš thát áré ñöt förmáttéd áñd éxît wîth 1 îf théré áré áñý⟧
help-fmt-arg-diff = ⟦Wrîté ñöthîñg; prîñt thé çháñgéš áš á ûñîfîéd dîff⟧
help-fmt-arg-lang = ⟦Láñgûágé öf méššágéš [défáûlt: fröm GÖÅLÎÉ_LÅÑG, LÇ_ÅLL, LÇ_MÉŠŠÅGÉŠ ör LÅÑG, élšé Éñglîšh]⟧
help-fmt-arg-color = ⟦Whéñ tö çölöûr thé dîff; ÑÖ_ÇÖLÖR îš höñöûréd⟧
help-watch-arg-paths = ⟦Fîléš ör dîréçtörîéš tö wátçh [défáûlt: .]. Dîréçtörîéš áré wátçhéd wîth évérýthîñg bélöw thém; *.göálš fîléš áré réád áš `check` réádš thém⟧
help-init-arg-dir = ⟦Földér tö wrîté thé fîléš îñ [défáûlt: .]; çréátéd whéñ mîššîñg⟧
help-init-arg-lang = ⟦Láñgûágé öf thé pláñ áñd öf méššágéš [défáûlt: fröm GÖÅLÎÉ_LÅÑG, LÇ_ÅLL, LÇ_MÉŠŠÅGÉŠ ör LÅÑG, élšé Éñglîšh]⟧
help-init-arg-template = ⟦Whát thé štártér pláñ îš áböût⟧
help-init-arg-template-okr = ⟦Å téám öbjéçtîvé wîth kéý réšûltš öf évérý kîñd⟧
help-init-arg-template-sales = ⟦Å šáléš pláñ: révéñûé, pîpélîñé áñd pröšpéçtîñg⟧
help-init-arg-template-habits = ⟦Péršöñál hábîtš, wîth á göál théý šérvé⟧
help-init-arg-today = ⟦Thé dáý thé pláñ'š dátéš áré çömpûtéd fröm, ÝÝÝÝ-MM-DD [défáûlt: thé šýštém'š dáté]⟧
help-init-arg-ci = ⟦Ålšö wrîté á ÇÎ wörkflöw thát çhéçkš thé pláñš⟧
help-init-arg-ci-github = ⟦{ ".github/workflows/goalie.yml" }, wîth göálîé'š GîtHûb Åçtîöñ⟧
help-init-arg-pre-commit = ⟦Ålšö wrîté á .pré-çömmît-çöñfîg.ýáml wîth göálîé'š höökš⟧
help-init-arg-force = ⟦Övérwrîté fîléš thát álréádý éxîšt⟧
help-lsp-arg-stdio = ⟦Åççéptéd áñd îgñöréd: štdîö îš thé öñlý tráñšpört (šömé çlîéñtš, šûçh áš všçödé-láñgûágéçlîéñt, pášš ît)⟧
help-completions-arg-shell = ⟦Thé šhéll tö çömplété för⟧
help-man-arg-out = ⟦Földér tö wrîté évérý págé îñ (göálîé.1 áñd öñé göálîé-ÇÖMMÅÑD.1 pér çömmáñd); çréátéd whéñ mîššîñg. Wîthöût ît, göálîé.1 îš prîñtéd öñ štdöût⟧
help-man-arg-lang = ⟦Láñgûágé öf méššágéš⟧
# The sections of a man page.
help-man-section-name = ÑÅMÉ
help-man-section-synopsis = ŠÝÑÖPŠÎŠ
help-man-section-description = DÉŠÇRÎPTÎÖÑ
help-man-section-options = ÖPTÎÖÑŠ
help-man-section-commands = ÇÖMMÅÑDŠ
help-man-section-version = VÉRŠÎÖÑ
# What the usage line calls a command: goalie <COMMAND>.
help-value-command = ÇÖMMÅÑD
