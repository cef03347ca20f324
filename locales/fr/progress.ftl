# progress

## src/progress/status.rs

progress-achieved = atteint
progress-on-track = en bonne voie
progress-at-risk = à risque
progress-off-track = en retard
progress-missed = manqué
progress-not-started = pas commencé
progress-no-data = sans données
progress-dropped = abandonné

## src/progress/check_in.rs

progress-confident-but-numbers-are = confiance élevée, mais les chiffres sont en retard
progress-doubtful-but-numbers-are = confiance faible, mais les chiffres sont en bonne voie
