# config

## src/config.rs

config-invalid-configuration = invalid configuration: { $detail }

## src/config.rs

config-lang-must-be-en = `lang` must be "en" or "fr", not "{ $value }"
config-today-must-be-day = `today` must be a day written YYYY-MM-DD, not "{ $value }"
config-rules-no-rule-called = [rules]: no rule is called `{ $value }` (see `goalie rules`)
config-rules-level-off-info = [rules] { $rule }: the level is "off", "info", "warning" or "error", not "{ $other }"
config-out-range-it-lies = [{ $table }] { $key }: { $written } is out of range; it lies between { $min } and { $max }
config-thresholds-min-key-results = [thresholds] min-key-results must not exceed max-key-results
config-progress-off-track-below = [progress] off-track-below must not exceed at-risk-below
