# Gravités et familles de règles, telles que `goalie rules`, `explain` et
# la documentation les nomment.

severity-info = remarque
severity-warning = avertissement
severity-error = erreur

family-structure = structure
family-specific = S — spécifique
family-measurable = M — mesurable
family-achievable = A — atteignable
family-relevant = R — pertinent
family-time-bound = T — temporel
family-okr = forme des OKR
family-review = suivi
