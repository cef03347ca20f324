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

## the pages of `goalie explain` and docs/rules/

rule-doc-what = What it checks
rule-doc-why = Why it matters
rule-doc-bad = Example that triggers it
rule-doc-good = Fixed
rule-doc-family = Family
rule-doc-severity = Default severity
rule-doc-silence = Silence it
rule-doc-silence-inline = or on the line, or the line above
# A heading or a field name before what it introduces.
rule-doc-label = { $label }:
rule-doc-index-title = Rules
rule-doc-index-intro = Every check goalie makes, with its stable code. `goalie rules` lists them and `goalie explain CODE` prints a page.
rule-doc-index-header = | Code | Name | Family | Severity | What it reports |
