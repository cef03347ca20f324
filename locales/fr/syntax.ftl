# Erreurs de syntaxe (E001) et écriture d'une liste d'alternatives.

syntax-unexpected = `{ $found }` inattendu
syntax-unexpected-eol = fin de ligne inattendue
syntax-expected = { $error } ; attendu : { $expected }
syntax-did-you-mean = { $error } (vouliez-vous dire `{ $keyword }` ?)
syntax-id-not-one-word = un identifiant s'écrit en un seul mot, sans espace ni apostrophe : écrivez `{ $proposal }` au lieu de `{ $written }`, ici et dans ses lignes de journal
syntax-outside-item = cette ligne n'appartient à aucun élément : écrivez au-dessus une ligne `objectif`, `rc`, `activité` ou `entonnoir`
syntax-under-log = une ligne de journal n'a pas de propriétés : déplacez cette ligne sous son élément

## Ce que l'analyseur attendait, dans « attendu : … ».

syntax-expect-id = un identifiant
syntax-expect-title = un titre
syntax-expect-text = du texte
syntax-expect-owner = un responsable comme @sylvie
syntax-expect-colon = `:`
syntax-expect-arrow = `->`
syntax-expect-day = un jour (AAAA-MM-JJ)
syntax-expect-period = une date ou une période (2026-12-31, 2026-11, 2026-W45, 2026-T4, 2026)
syntax-expect-number = un nombre
syntax-expect-unit = une unité
syntax-expect-comparator = une comparaison (>=, <=, au moins…)
syntax-expect-rate = un rythme comme `20 par jour ouvré`
syntax-expect-period-word = une unité de temps (jour, jour ouvré, semaine, mois…)
syntax-expect-kw-per = `par`
syntax-expect-change-sign = une variation comme `+300` ou `-20 %`
syntax-expect-kw-each = `chacun`
syntax-expect-versus = `par rapport au` et une période précédente
syntax-expect-kw-convert = `convertissent`
syntax-expect-kw-by = `d'ici` et une date
syntax-expect-log-entry = une valeur, `+N`, `fait`, `abandonné`, `confiance N %` ou `bilan`
syntax-expect-note = une note entre guillemets
syntax-expect-item = un élément (objectif, rc, activité, entonnoir)
syntax-expect-stage = une étape
syntax-expect-property = une propriété comme `échéance:` ou `mesure:`
syntax-expect-committed = un indicateur (engagé, ambitieux, jalon)
syntax-expect-eol = la fin de la ligne
syntax-expect-header-line = un en-tête comme `objectif id: titre`
syntax-expect-log = une ligne de journal comme `2026-11-02 appels 17`
