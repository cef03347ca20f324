# log

## src/log_line.rs


## src/log_line.rs

log-note-holds-one-line = une note tient sur une ligne
log-note-cannot-contain = une note ne peut pas contenir ", » ou ”
log-not-one-log-line = `{ $line }` n'est pas une ligne de journal
log-done-completes-milestone-not = `fait` termine un jalon ; `{ $id }` n'en est pas un (notez plutôt sa valeur)
log-milestone-log-done-dropped = `{ $id }` est un jalon : notez `fait` ou `abandonné`
log-objective-key-results-carry = `{ $id }` est un objectif : ses résultats clés portent les chiffres
log-activity-count-cannot-be = le compte d'une activité ne peut pas être négatif
log-measured-not = `{ $id }` se mesure en { $unit }, pas en { $written }
log-invalid-line = `{ $line }` n'est pas une ligne de journal valide : { $error }
log-line-problem = `{ $line }` : { $error }
