# Les diagnostics des règles, tels qu'une vérification les signale.

## structure

rule-E014-message = cette valeur est en `{ $got }`, mais `{ $id }` se mesure en `{ $want }` : corrigez l'unité, ou notez-la sous le bon identifiant
rule-E015-dates-of = les dates de `{ $objective }`
rule-E015-due-after-end = `{ $id }` est dû le { $date }, après la fin de son objectif `{ $objective }` ({ $end }) : il ne peut pas compter pour lui
rule-E015-due-before-start = `{ $id }` est dû le { $date }, avant le début de son objectif `{ $objective }` ({ $start })
rule-E015-starts-before-start = `{ $id }` commence le { $date }, avant le début de son objectif `{ $objective }` ({ $start })
rule-E015-starts-after-end = `{ $id }` commence le { $date }, après la fin de son objectif `{ $objective }` ({ $end })
rule-E016-message = avancement daté du { $date }, avant le début de `{ $id }` ({ $start }) : la date est-elle juste ?
rule-E017-message = un caractère invisible de contrôle bidirectionnel ({ $codepoint }) est ici : il peut faire afficher cette ligne autrement que ce qu'elle dit ; supprimez-le

## review

rule-C701-message = `{ $id }` n'a eu aucune ligne de journal ni point d'étape depuis le { $since } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
}) : notez où il en est, ou marquez-le `fait` ou `abandonné`
rule-C701-with-key-results = `{ $id }` et ses résultats clés n'ont eu aucune ligne de journal ni point d'étape depuis le { $since } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
}) : notez où il en est, ou marquez-le `fait` ou `abandonné`
