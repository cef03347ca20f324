# L'avancement en mots, commun à `goalie status`, aux survols du serveur
# de langage et au rapport HTML.

describe-today = aujourd'hui { $total }
describe-this-week = cette semaine { $total }
describe-this-week-of = cette semaine { $total } / { $target }

describe-rate = { $every ->
    [one] { $count }{ $unit } par { $period ->
        [day] jour
        [weekday] jour ouvré
        [week] semaine
        [month] mois
        [quarter] trimestre
       *[year] an
    }
   *[other] { $count }{ $unit } { $period ->
        [day] tous les { $every } jours
        [weekday] tous les { $every } jours ouvrés
        [week] toutes les { $every } semaines
        [month] tous les { $every } mois
        [quarter] tous les { $every } trimestres
       *[year] tous les { $every } ans
    }
}
describe-consistency = { $met } { $met ->
    [one] période tenue
   *[other] périodes tenues
} sur { $periods } ces { $days } derniers jours ({ $share })
describe-days-ago = { $days ->
    [0] aujourd'hui
    [1] hier
   *[other] il y a { $days } jours
}

## Les faits d'un résultat clé

describe-now = { $value } aujourd'hui
describe-nothing-measured = aucune mesure encore
describe-from-to = de { $baseline } à { $target }
describe-target-passed = (cible dépassée)
describe-awaiting-previous = { $change } : en attente du total du { $start } au { $end }, noté au journal ou écrit `DÉPART ->`
describe-awaiting-from = { $change } : en attente d'une première mesure (à partir du { $start }) comme point de départ
describe-awaiting = { $change } : en attente d'une première mesure comme point de départ
describe-keep-holds = { $value } respecte { $rule }
describe-keep-breaks = { $value } ne respecte pas { $rule }
describe-keep-no-value = garder { $rule } : aucune valeur encore
describe-done-on = fait le { $date }
describe-not-done-due = pas fait · échéance le { $date }
describe-not-done = pas fait
describe-no-measure = aucune mesure valide

## Cibles relatives

describe-per-period = par { $period ->
    [day] jour
    [weekday] jour ouvré
    [week] semaine
    [month] mois
    [quarter] trimestre
   *[year] an
}
describe-this-period = { $period ->
    [day] aujourd'hui
    [weekday] aujourd'hui
    [week] cette semaine
    [month] ce mois-ci
    [quarter] ce trimestre
   *[year] cette année
}
describe-from-baseline = depuis le point de départ
describe-from-increments = en cumulant les hausses depuis 0
describe-from-period-start = depuis la valeur au début de la période
describe-from-value-of = depuis la valeur du { $date }
describe-from-first = depuis la première mesure
describe-on-total = sur le total du { $start } au { $end }, { $total }
describe-period-met = { $start } – { $end } atteint ({ $value } sur { $target })
describe-period-missed = { $start } – { $end } manqué ({ $value } sur { $target })
describe-closed-periods = périodes closes : { $periods }

## Objectifs, entonnoirs, tendances

describe-success-despite = réussite malgré { $ids }
describe-failing = en échec : { $ids }
describe-funnel-start = `{ $stage }` { $actual } en { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} → { $projected } au { $due }
describe-share-of-goal = { $percent } du but
describe-forecast = prévision : { $chain }
describe-pace = { $days ->
    [1] il faut { $amount } aujourd'hui, dernier jour
   *[other] il faut { $amount } par jour pendant les { $days } jours restants
}
describe-trend-too-few = tendance : moins de 2 mesures sur les 28 derniers jours
describe-by-date = { $value } au { $date } ({ $percent })
describe-target-reached-on = cible atteinte le { $date }
describe-never-reaches = n'atteint jamais la cible
describe-trend = tendance : { $facts }
describe-check-in = confiance { $percent } ({ $when }, le { $date })

## Nombres et dates

describe-number = { $number }
describe-percent = { $number }{ "\u00A0" }%
describe-points = { $number }{ "\u00A0" }pt
describe-money = { $sign }{ $number }{ "\u00A0" }{ $symbol }
describe-money-code = { $number }{ "\u00A0" }{ $code }
describe-counted = { $number ->
    [one] { $number }{ "\u00A0" }{ $one }
   *[other] { $number }{ "\u00A0" }{ $unit }
}
describe-written-decimal = { $whole },{ $fraction }
describe-written-percent = { $number } %
describe-written-with-unit = { $number } { $unit }
describe-date = { $day }{ "\u00A0" }{ describe-month-short }{ "\u00A0" }{ $year }
describe-short-date = { $day }{ "\u00A0" }{ describe-month-short }
describe-month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}

## Entonnoirs

describe-funnel-goal = but { $goal } d'ici le { $date }
describe-funnel-goal-undated = but { $goal }
describe-so-far = { $value } à ce jour

## Ce qu'est un élément (survols, complétion)

describe-kind-objective = objectif
describe-kind-key-result = résultat clé
describe-kind-activity = activité
describe-kind-funnel = entonnoir
describe-kind-stage = étape d'entonnoir
