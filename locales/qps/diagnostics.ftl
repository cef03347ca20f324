# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# Severities and rule families, as `goalie rules`, `explain` and the
# docs name them.

severity-info = ñöté
severity-warning = wárñîñg
severity-error = érrör
family-structure = štrûçtûré
family-specific = ⟦Š — špéçîfîç⟧
family-measurable = ⟦M — méášûráblé⟧
family-achievable = ⟦Å — áçhîéváblé⟧
family-relevant = ⟦R — réléváñt⟧
family-time-bound = ⟦T — tîmé-böûñd⟧
family-okr = ⟦ÖKR šhápé⟧
family-review = révîéw

## the pages of `goalie explain` and docs/rules/

rule-doc-what = ⟦Whát ît çhéçkš⟧
rule-doc-why = ⟦Whý ît máttérš⟧
rule-doc-bad = ⟦Éxámplé thát trîggérš ît⟧
rule-doc-good = Fîxéd
rule-doc-family = Fámîlý
rule-doc-severity = ⟦Défáûlt šévérîtý⟧
rule-doc-silence = ⟦Šîléñçé ît⟧
rule-doc-silence-inline = ⟦ör öñ thé lîñé, ör thé lîñé ábövé⟧
# A heading or a field name before what it introduces.
rule-doc-label = { $label }:
rule-doc-index-title = Rûléš
rule-doc-index-intro = ⟦Évérý çhéçk göálîé mákéš, wîth îtš štáblé çödé. `goalie rules` lîštš thém áñd `goalie explain CODE` prîñtš á págé.⟧
rule-doc-index-header = ⟦| Çödé | Ñámé | Fámîlý | Šévérîtý | Whát ît répörtš |⟧
