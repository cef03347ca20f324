# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# config


## src/config.rs

config-invalid-configuration = ⟦îñválîd çöñfîgûrátîöñ: { $detail }⟧

## src/config.rs

config-lang-must-be-en = ⟦`lang` mûšt bé "éñ" ör "fr", ñöt "{ $value }"⟧
config-today-must-be-day = ⟦`today` mûšt bé á dáý wrîttéñ ÝÝÝÝ-MM-DD, ñöt "{ $value }"⟧
config-rules-no-rule-called = ⟦[rûléš]: ñö rûlé îš çálléd `{ $value }` (šéé `goalie rules`)⟧
config-rules-level-off-info = ⟦[rûléš] { $rule }: thé lévél îš "öff", "îñfö", "wárñîñg" ör "érrör", ñöt "{ $other }"⟧
config-out-range-it-lies = ⟦[{ $table }] { $key }: { $written } îš öût öf ráñgé; ît lîéš bétwééñ { $min } áñd { $max }⟧
config-thresholds-min-key-results = ⟦[thréšhöldš] mîñ-kéý-réšûltš mûšt ñöt éxçééd máx-kéý-réšûltš⟧
config-progress-off-track-below = ⟦[prögréšš] öff-tráçk-bélöw mûšt ñöt éxçééd át-rîšk-bélöw⟧
