# Ce que veut dire chaque mot-clé, affiché à côté de lui à la complétion.

keyword-objective = Un objectif : qualitatif et inspirant, avec ses résultats clés en dessous.
keyword-kr = Un résultat clé de l'objectif au-dessus : un résultat mesurable.
keyword-activity = Un objectif d'activité : ce que vous faites à un rythme (appels, publications).
keyword-funnel = Un entonnoir : d'un but jusqu'aux volumes dont chaque étape a besoin.
keyword-stage = Une étape d'entonnoir : `étape id: 500 EUR chacun` ou `étape id: 2% de conversion`.
keyword-period = La période que couvre l'élément : un jour, un mois, une semaine, un trimestre, un semestre, une année ou un intervalle.
keyword-due = Quand l'élément doit être atteint ; une période vaut son dernier jour.
keyword-start = Quand le travail sur l'élément commence ; une période vaut son premier jour.
keyword-owner = Qui répond de l'élément : `@nom`, plusieurs séparés par des virgules.
keyword-why = Pourquoi l'élément compte : texte libre.
keyword-parent = L'objectif ou le résultat clé supérieur auquel cet élément se rattache.
keyword-supports = Les résultats clés ou objectifs que fait avancer une activité ou un entonnoir.
keyword-metric = La mesure d'un résultat clé : `départ -> cible`.
keyword-keep = Un garde-fou : `>= 40`, `<= 2%`, `au moins 40`.
keyword-target = Le rythme d'une activité : `20 par jour ouvré`, `1 toutes les 2 semaines`.
keyword-goal = Le but d'un entonnoir : `50000 EUR d'ici le 2026-12-31`.
keyword-weight = Le poids d'un résultat clé dans le calcul de son objectif.
keyword-committed = L'objectif est un engagement : 100 % est attendu.
keyword-aspirational = L'objectif est ambitieux : environ 70 % vaut un succès.
keyword-milestone = Le résultat clé est fait ou pas fait.
keyword-per = Introduit la période d'un rythme.
keyword-versus = Une métrique de flux : le total de la fenêtre face à celui de la période précédente.
keyword-previous = Une métrique de flux : la période juste avant la fenêtre.
keyword-rate-day = Période de rythme : chaque jour du calendrier.
keyword-rate-weekday = Période de rythme : du lundi au vendredi.
keyword-rate-week = Période de rythme : une semaine ISO, du lundi au dimanche.
keyword-rate-month = Période de rythme : un mois du calendrier.
keyword-rate-quarter = Période de rythme : un trimestre du calendrier.
keyword-rate-year = Période de rythme : une année du calendrier.
keyword-each = Étape d'entonnoir : chaque unité de cette étape apporte cette valeur à l'étape au-dessus.
keyword-convert = Étape d'entonnoir : cette part de l'étape se convertit en l'étape au-dessus.
keyword-by = La date du but d'un entonnoir.
keyword-done = Journal : le jalon ou l'élément est fait.
keyword-dropped = Journal : l'élément a été abandonné.
keyword-confidence = Journal : un point d'étape avec une confiance, `confiance 60%` ou `7/10`.
keyword-retro = Journal : le bilan en fin de période.
