# Severities and rule families, as `goalie rules`, `explain` and the
# docs name them.

severity-info = note
severity-warning = warning
severity-error = error

family-structure = structure
family-specific = S — specific
family-measurable = M — measurable
family-achievable = A — achievable
family-relevant = R — relevant
family-time-bound = T — time-bound
family-okr = OKR shape
family-review = review
