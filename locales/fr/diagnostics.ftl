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

## les pages de `goalie explain` et de docs/rules/

rule-doc-what = Ce qui est vérifié
rule-doc-why = Pourquoi c'est important
rule-doc-bad = Exemple qui le déclenche
rule-doc-good = Corrigé
rule-doc-family = Famille
rule-doc-severity = Sévérité par défaut
rule-doc-silence = Le faire taire
rule-doc-silence-inline = ou sur la ligne, ou la ligne au-dessus
rule-doc-label = { $label } :
rule-doc-index-title = Règles
rule-doc-index-intro = Chaque vérification de goalie, avec son code stable. `goalie rules` les liste et `goalie explain CODE` en affiche une page.
rule-doc-index-header = | Code | Nom | Famille | Sévérité | Ce qu'elle signale |
