# config

## src/config.rs

config-invalid-configuration = configuration invalide : { $detail }

## src/config.rs

config-lang-must-be-en = `lang` vaut "en" ou "fr", pas "{ $value }"
config-today-must-be-day = `today` est un jour écrit AAAA-MM-JJ, pas "{ $value }"
config-rules-no-rule-called = [rules] : aucune règle ne s'appelle `{ $value }` (voir `goalie rules`)
config-rules-level-off-info = [rules] { $rule } : le niveau est "off", "info", "warning" ou "error", pas "{ $other }"
config-out-range-it-lies = [{ $table }] { $key } : { $written } est hors limites ; la valeur est comprise entre { $min } et { $max }
config-thresholds-min-key-results = [thresholds] min-key-results ne dépasse pas max-key-results
config-progress-off-track-below = [progress] off-track-below ne dépasse pas at-risk-below
