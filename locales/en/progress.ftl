# progress

## src/progress/status.rs

progress-achieved = achieved
progress-on-track = on track
progress-at-risk = at risk
progress-off-track = off track
progress-missed = missed
progress-not-started = not started
progress-no-data = no data
progress-dropped = dropped

## src/progress/check_in.rs

progress-confident-but-numbers-are = confident, but the numbers are behind
progress-doubtful-but-numbers-are = doubtful, but the numbers are on track
