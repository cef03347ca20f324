# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# Syntax errors (E001) and how a list of alternatives is written.

syntax-unexpected = ⟦ûñéxpéçtéd `{ $found }`⟧
syntax-unexpected-eol = ⟦ûñéxpéçtéd éñd öf lîñé⟧
# $error is syntax-unexpected or syntax-unexpected-eol.
syntax-expected = ⟦{ $error }; éxpéçtéd { $expected }⟧
syntax-did-you-mean = ⟦{ $error } (dîd ýöû méáñ `{ $keyword }`?)⟧
syntax-id-not-one-word = ⟦áñ îd îš öñé wörd, wîthöût špáçéš ör ápöštröphéš: wrîté `{ $proposal }` îñštéád öf `{ $written }`, héré áñd îñ îtš lög lîñéš⟧
syntax-outside-item = ⟦thîš lîñé bélöñgš tö ñö îtém: wrîté áñ `objective`, `kr`, `activity` ör `funnel` lîñé ábövé ît⟧
syntax-under-log = ⟦á lög lîñé tákéš ñö pröpértîéš: mövé thîš lîñé ûñdér îtš îtém⟧

## What the parser expected, in "expected …".

syntax-expect-id = ⟦áñ îd⟧
syntax-expect-title = ⟦á tîtlé⟧
syntax-expect-text = ⟦šömé téxt⟧
syntax-expect-owner = ⟦áñ öwñér šûçh áš @šýlvîé⟧
syntax-expect-colon = `:`
syntax-expect-arrow = `->`
syntax-expect-day = ⟦á dáý (ÝÝÝÝ-MM-DD)⟧
syntax-expect-period = ⟦á dáté ör pérîöd (2026-12-31, 2026-11, 2026-W45, 2026-Q4, 2026)⟧
syntax-expect-number = ⟦á ñûmbér⟧
syntax-expect-unit = ⟦á ûñît⟧
syntax-expect-comparator = ⟦á çömpárîšöñ (>=, <=, át léášt…)⟧
syntax-expect-rate = ⟦á ráté šûçh áš `20 per weekday`⟧
syntax-expect-period-word = ⟦á pérîöd wörd (dáý, wéékdáý, wéék, möñth…)⟧
syntax-expect-kw-per = `per`
syntax-expect-change-sign = ⟦á çháñgé šûçh áš `+300` ör `-20%`⟧
syntax-expect-kw-each = `each`
syntax-expect-versus = ⟦`vs previous` áñd á pérîöd⟧
syntax-expect-kw-convert = `convert`
syntax-expect-kw-by = ⟦`by` áñd á dáté⟧
syntax-expect-log-entry = ⟦á válûé, `+N`, `done`, `dropped`, `confidence N%` ör `retro`⟧
syntax-expect-note = ⟦á ñöté îñ qûötéš⟧
syntax-expect-item = ⟦áñ îtém (öbjéçtîvé, kr, áçtîvîtý, fûññél)⟧
syntax-expect-stage = ⟦á štágé⟧
syntax-expect-property = ⟦á pröpértý šûçh áš `due:` ör `metric:`⟧
syntax-expect-committed = ⟦á flág (çömmîttéd, ášpîrátîöñál, mîléštöñé)⟧
syntax-expect-eol = ⟦thé éñd öf thé lîñé⟧
syntax-expect-header-line = ⟦áñ îtém héádér šûçh áš `objective id: title`⟧
syntax-expect-log = ⟦á lög lîñé šûçh áš `2026-11-02 calls 17`⟧
