# model

## src/model/lower.rs

model-weight-must-be-above = un poids doit être supérieur à zéro
model-conversion-percentage-above-0 = une conversion est un pourcentage supérieur à 0 % et d'au plus 100 %
model-each-unit-must-be = chaque unité doit valoir plus que zéro
model-value-has-one-unit = une valeur a une seule unité, pas `{ $a }` et `{ $b }`
model-interval-must-be-whole = l'intervalle doit être un entier supérieur à zéro
model-rate-must-be-above = un rythme doit être supérieur à zéro
model-write-confidence-as-percentage = écrivez une confiance en pourcentage (`60 %`) ou en fraction (`6/10`)
model-confidence-lies-between-0 = une confiance est comprise entre 0 % et 100 %

## src/model/resolve.rs

model-already-id-another-item = `{ $id }` est déjà l'identifiant d'un autre élément ; les identifiants sont uniques dans tout l'espace de travail
model-first-defined-here = défini d'abord ici
model-replace-with = Remplacer par `{ $suggestion }`
model-this-log-line-dated = cette ligne de journal est datée du { $value }, après aujourd'hui ({ $today })

## src/model/number.rs

model-not-number-digit-groups = `{ $text }` n'est pas un nombre : les groupes de chiffres en ont trois
model-too-large = `{ $text }` est trop grand

## src/model/date.rs


## src/model/date.rs

model-there-no-year-0 = `{ $text }` : l'année 0 n'existe pas
model-not-date-there-no = `{ $text }` n'est pas une date : il n'y a pas de mois { $month }
model-not-date-that-month = `{ $text }` n'est pas une date : ce mois a { $last } jours
model-not-month-months-go = `{ $text }` n'est pas un mois : les mois vont de 01 à 12
model-not-week-has-weeks = `{ $text }` n'est pas une semaine : { $year } a les semaines 1 à { $weeks }
model-not-quarter-quarters-go = `{ $text }` n'est pas un trimestre : les trimestres vont de 1 à 4
model-not-half-year-halves = `{ $text }` n'est pas un semestre : les semestres sont 1 et 2
model-ends-before-it-starts = `{ $text }` se termine avant de commencer
## Item kinds in sentences (src/model/item.rs).

item-a-objective = un objectif
item-a-key-result = un résultat clé
item-a-activity = une activité
item-a-funnel = un entonnoir
item-a-stage = une étape d'entonnoir
model-does-not-apply = `{ $keyword }` ne s'applique pas à { $item } ; il est ignoré
model-committed-or-aspirational = un objectif est soit engagé soit ambitieux ; cet indicateur est ignoré
model-one-measure = un résultat clé a une seule mesure (`mesure:`, `garder:` ou `jalon`) ; celle-ci est ignorée
model-given-twice = `{ $word }` est donné deux fois ; celui-ci est ignoré
model-no-such-id = aucun élément n'a l'identifiant `{ $name }`
model-no-such-id-did-you-mean = aucun élément n'a l'identifiant `{ $name }` ; vouliez-vous dire `{ $suggestion }` ?
model-reference-kind = `{ $name }` est { $item } ; { $takes }
model-parent-takes = `parent:` prend un objectif ou un résultat clé
model-supports-takes = `soutient:` prend un résultat clé, un objectif, un entonnoir ou une étape d'entonnoir
model-cycle-more = { $shown } → … ({ $hidden } de plus)
model-parent-cycle = les liens `parent:` tournent en rond : { $ids } → { $back }
model-start-after-end = `{ $id }` commence le { $start } mais { $ends ->
        [due] son échéance est le
        [goal] son but est à atteindre le
       *[period] sa période se termine le
    } { $end }
model-ambiguous-number = `{ $text }` est ambigu : écrivez `{ $int } { $frac }{ $suffix }` ou `{ $int },{ $decimals }{ $suffix }`
model-ambiguous-number-whole = `{ $text }` est ambigu : écrivez `{ $int } { $frac }{ $suffix }` ou `{ $int }{ $suffix }`
