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

## S — spécifique

rule-S101-message = { $words } : formulation vague sans mesure ; nommez ce qui est compté (prospects, clients, un taux…)
rule-S102-message = un titre de { $count ->
    [one] { $count } mot
   *[other] { $count } mots
} nomme un sujet, pas un objectif : dites ce qui change (au moins { $min ->
    [one] { $min } mot
   *[other] { $min } mots
})
rule-S103-hedge = `{ $hedge }` met le but au conditionnel : engagez-vous sur ce qui est écrit, ou écrivez le niveau sur lequel vous vous engagez
rule-S103-wish = `{ $wish }` est un souhait, pas un objectif : dites ce qui le montrerait (un montant, un nombre, un classement)
rule-S104-message = `{ $word }…` : garder les choses en l'état relève de la routine, pas d'un objectif ; dites ce qui doit changer, et tenez le niveau avec un résultat clé `garder:`
rule-S105-message = { $words } : cet objectif ne nomme rien de concret ; ses résultats clés le font peut-être, mais dites dans son titre ce qui doit changer (pour qui, où)
rule-S106-message = `{ $id }` : { $count ->
    [one] son résultat clé ne fait
   *[other] ses résultats clés ne font
} que tenir des niveaux, rien ne doit donc changer ; ajoutez un résultat clé qui fait bouger quelque chose
rule-S107-message = ceci nomme un sujet, pas un but : dites ce qui doit avoir changé à la fin (qui fait quoi, combien)
