# L'avancement en mots, commun à `goalie status`, aux survols du serveur
# de langage et au rapport HTML.

describe-today = aujourd'hui { $total }
describe-this-week = cette semaine { $total }
describe-this-week-of = cette semaine { $total } / { $target }
