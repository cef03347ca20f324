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
    [one] son seul résultat clé ne fait que tenir un niveau
   *[other] ses { $count } résultats clés ne font que tenir des niveaux
}, rien ne doit donc changer ; ajoutez un résultat clé qui fait bouger quelque chose
rule-S107-message = ceci nomme un sujet, pas un but : dites ce qui doit avoir changé à la fin (qui fait quoi, combien)

## corrections

rule-fix-add-line = Ajouter `{ $line }`

## R — pertinent

rule-R401-message = le résultat clé `{ $id }` n'appartient à aucun objectif : écrivez-le sous l'objectif qu'il mesure, dans le même fichier
rule-R402-no-supports = l'activité `{ $id }` ne contribue à rien : ajoutez `soutient:` avec le résultat clé ou l'objectif qu'elle fait avancer, ou dites `pourquoi:` elle compte
rule-R402-unknown-supports = l'activité `{ $id }` ne contribue à rien qui existe : corrigez les identifiants de `soutient:`
rule-R403-message = `{ $id }` ne dit pas pourquoi il compte : ajoutez une ligne `pourquoi:`
rule-R404-message = `{ $id }` n'a pas de `parent:`, alors que `{ $parent }` ({ $start }..{ $end }) couvre sa période : dites quel objectif plus large il sert
rule-R404-higher-objective = l'objectif plus large
rule-R405-message = tous les résultats clés de `{ $id }` portent sur l'argent : ajoutez-en un sur ce que les clients reçoivent (satisfaction, fidélité, usage, parrainages…)
rule-R406-message = le pourquoi de `{ $id }` ne donne pas de raison : dites ce que l'atteindre permet, ou ce que cela change pour les clients
rule-R407-message = l'entonnoir `{ $id }` ne contribue à aucun objectif ni résultat clé : ajoutez `soutient:` avec le résultat clé que son but alimente

## T — temporel

rule-T501-message = `{ $id }` est { $kind } sans date de fin ; ajoutez `échéance:` ou `période:`
rule-T502-message = `{ $id }` était dû le { $due } et { $state } : notez `fait`, un `bilan` ou `abandonné`, ou déplacez la date
rule-T502-not-done = n'est pas fait
rule-T502-stands-at = en est à { $current } sur { $target }
rule-T502-no-measurement = n'a aucune mesure de départ
rule-T503-message = `{ $id }` s'est terminé le { $end } sans bilan : notez ce qui a marché et ce qui n'a pas marché (`{ $today } { $id } bilan « … »`)
rule-T504-message = `{ $id }` n'a pas de début : ajoutez `début:` ou `période:`, ou `soutient:` un résultat clé daté, pour que ses étapes soient jugées et projetées

## forme des OKR

rule-O601-none = `{ $id }` n'a aucun résultat clé : ajoutez-en au moins { $min } pour dire comment savoir qu'il est atteint
rule-O601-too-few = `{ $id }` a { $count ->
    [one] { $count } résultat clé
   *[other] { $count } résultats clés
} ; il en faut au moins { $min }
rule-O601-too-many = `{ $id }` a { $count } résultats clés ; gardez-en au plus { $max } pour que chacun soit suivi
rule-O602-message = { $who } porte { $count } objectifs en même temps ({ $ids }) ; gardez-en au plus { $max }, ou répartissez-les
rule-O602-and-more = { $ids } et { $more } de plus
rule-O603-message = `{ $id }` commence par `{ $verb }`, une tâche : dites quel résultat elle apporte (un jalon nomme l'état atteint, pas la corvée), ou faites-en une activité
rule-O603-fix = En faire une activité
rule-O604-message = `{ $id }` n'a pas de responsable : ajoutez `responsable:` avec la personne qui en répond
rule-O605-message = `{ $id }` ne dit pas s'il est `engagé` (100 % attendus) ou `ambitieux` (70 % environ est une réussite)
rule-O606-message = `{ $id }` est un chiffre à atteindre : dites dans l'objectif ce que vous cherchez, et laissez le chiffre à un résultat clé

## M — mesurable

# Le mot-clé français, que tout fichier accepte, quel que soit $metric.
rule-M201-message = ce résultat clé n'a pas de mesure : ajoutez `{ $metric ->
   *[other] mesure
}: 0 -> 40`, `garder: >= 40` ou `jalon`
rule-M202-message = pas de point de départ : écrivez d'où vous partez (`DÉPART -> { $target }`) pour que l'avancement et l'ambition se mesurent
rule-M202-fix = Partir de la première mesure du journal : { $value } ({ $date })
rule-M203-currency = le titre compte en `{ $title }` et la mesure en `{ $metric }` : dans quelle monnaie est la cible ?
rule-M203-unit = le point de départ est en `{ $baseline }` et la cible en `{ $target }` : une mesure porte sur une seule chose, dans une seule unité
rule-M204-change = le titre dit que ceci doit { $direction ->
    [up] monter
   *[down] baisser
}, mais la mesure { $moves ->
    [up] monte
   *[down] descend
} de { $baseline } à { $target } : les deux côtés sont-ils inversés ?
rule-M204-relative = le titre dit que ceci doit { $direction ->
    [up] monter
   *[down] baisser
}, mais la mesure { $moves ->
    [up] monte de
   *[down] baisse de
} { $amount } (`{ $sign }`) : le signe est-il le bon ?
rule-M205-relative = le titre dit { $numbers }, mais la mesure change de { $sign }{ $change } : mettez l'un des deux à jour
rule-M205-factor = le titre dit ×{ $factor }, mais la mesure va de { $baseline } à { $target } : mettez l'un des deux à jour
rule-M205-change = le titre dit { $numbers }, mais la mesure va de { $baseline } à { $target } (un écart de { $difference }) : mettez l'un des deux à jour
rule-quoted-number = `{ $number }`
rule-M206-message = cette activité n'a pas de rythme : ajoutez une `cible:` comme `cible: 3 par semaine`
rule-M207-message = { $words } `{ $measure }`, mais de combien ? Aucun nombre ne le dit : écrivez la cible (`de 120 à 200`, `400 par mois`)
rule-M208-bound = le titre dit `{ $word }`, mais le garde-fou tient la valeur { $bound ->
    [at-most] au plus
   *[at-least] au moins
} : de quel côté est la limite ?
rule-M208-level = le titre dit { $title }, mais le garde-fou est fixé à { $threshold } : quelle est la limite ?
rule-M209-message = `{ $id }` se mesure en nombres nus et son titre ne dit pas ce qu'ils comptent : nommez la mesure (un taux, le ROAS, des prospects…) ou écrivez son unité

## A — atteignable

rule-A301-activity = il faut { $count }{ $unit } { $per }, le journal en montre { $observed } { $per } depuis le { $since } : fixez un rythme tenable, ou changez la façon de faire
rule-A301-per = { $every ->
    [one] par { $period ->
        [day] jour
        [weekday] jour ouvré
        [week] semaine
        [month] mois
        [quarter] trimestre
       *[year] an
    }
   *[other] { $period ->
        [day] tous les { $every } jours
        [weekday] tous les { $every } jours ouvrés
        [week] toutes les { $every } semaines
        [month] tous les { $every } mois
        [quarter] tous les { $every } trimestres
       *[year] tous les { $every } ans
    }
}
rule-A301-key-result = atteindre { $goal } d'ici le { $due }{ $aim } demande { $required } par semaine, le journal en montre { $observed } par semaine du { $from } au { $to } : baissez la cible, ou changez la façon de faire
rule-A301-aspirational = { " " }(70 % du chemin vers { $target } : l'objectif est ambitieux)
rule-A302-equal = la cible est égale au point de départ ({ $value }) : rien ne change ; pour tenir un niveau, écrivez un garde-fou (`garder: >= { $written }`)
rule-A302-small-change = un écart de { $change } % du point de départ est sous les { $min } % qui rendent une cible ambitieuse : visez plus loin, ou tenez le niveau avec `garder:`
rule-A302-small-relative = un écart de { $change } % de la valeur de départ est sous les { $min } % qui rendent une cible ambitieuse : visez plus loin, ou tenez le niveau avec `garder:`
rule-A303-phrase = `{ $phrase }` est hors d'atteinte à première vue : visez une part, un rang ou un nombre crédible dans le temps donné
rule-A303-whole-market = tout un marché est hors d'atteinte : visez une part crédible
rule-A303-to-all = d'une part à 100 % : personne ne les gagne tous ; visez une part crédible
rule-A303-to-none = jusqu'à 0 % : personne ne tombe à zéro ; visez un niveau crédible
rule-A303-no-time = ×{ $factor }, sans historique qui montre que c'est faisable : aucune durée de plan ne suffit à une entreprise pour grandir autant ; visez une étape crédible
rule-A303-too-fast = ×{ $factor } en { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, sans historique qui montre que c'est faisable : une entreprise grandit rarement aussi vite ; baissez la cible, donnez-lui plus de temps, ou notez au journal les progrès qui la rendent crédible
rule-A304-message = le journal montre déjà { $current }, soit la cible de { $target } ou au-delà : relevez la cible depuis là où vous en êtes, ou marquez `{ $id }` fait
rule-A305-message = l'étape `{ $id }` convertit { $percent } % : peu d'entonnoirs gardent autant d'une étape ; prévoyez le volume qu'un taux réaliste demande
rule-A306-message = les activités qui soutiennent `{ $id }` prévoient environ { $planned ->
    [one] { $planned } action
   *[other] { $planned } actions
} d'ici le { $due }, moins que les { $gain } à gagner : chaque action devrait rapporter plus d'une unité ; relevez le rythme, ou dites ce qui apportera le reste
