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
