# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# progress


## src/progress/status.rs

progress-achieved = áçhîévéd
progress-on-track = ⟦öñ tráçk⟧
progress-at-risk = ⟦át rîšk⟧
progress-off-track = ⟦öff tráçk⟧
progress-missed = mîššéd
progress-not-started = ⟦ñöt štártéd⟧
progress-no-data = ⟦ñö dátá⟧
progress-dropped = dröppéd

## src/progress/check_in.rs

progress-confident-but-numbers-are = ⟦çöñfîdéñt, bût thé ñûmbérš áré béhîñd⟧
progress-doubtful-but-numbers-are = ⟦döûbtfûl, bût thé ñûmbérš áré öñ tráçk⟧
