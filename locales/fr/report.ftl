# goalie report : la page HTML, ses graphiques et ce que dit la commande.

report-goals-report = Rapport des objectifs
report-objectives = Objectifs
report-key-results-without-an-objective = Résultats clés sans objectif
report-activities = Activités
report-funnels = Entonnoirs
report-footer = Produit par goalie report. Formules : docs/progress.md.
report-actual = réel
report-expected = attendu
report-trend-least-squares-last-28 = tendance (moindres carrés, 28 derniers jours)
report-acceptable-side-of-a-guardrail = côté acceptable d'un garde-fou
report-target-met-for-the-day = cible du jour tenue
report-some-done = en partie
report-nothing-logged = rien de noté
report-weekend-weekday-rate = week-end (rythme en jours ouvrés)
report-committed = engagé
report-aspirational = ambitieux
report-worst-key-result = pire résultat clé :
report-forecast = Prévision
report-stage = Étape
report-done-needed = Fait / nécessaire
report-status = Statut
report-pace = Rythme
report-no-log-lines = aucune ligne de journal
report-next-due = Prochaines échéances
report-nothing-falls-due = aucune échéance à venir
report-today = aujourd'hui
report-weekday-letters = LMMJVSD
report-funnel-needed-and-actual-per = Entonnoir : nécessaire et réel par étape
report-progress-on = Avancement au { $date }
report-score = score { $score } · { $expectation } : { $success } vaut réussite
report-expected-today = attendu aujourd'hui { $score }
report-streak = série { $current } (record { $longest })
report-forecast-by = Prévision au { $date }
report-burnup-label = Courbe d'avancement de { $id }
report-daily-log-label = Journal quotidien de { $id }
report-written = rapport écrit dans { $path } ; ouvrez-le dans un navigateur

report-threshold-label = seuil { $sign } { $value }
report-target-label = cible { $value }
report-stage-actual-of = { $actual } sur { $needed }
report-stage-needed = { $needed ->
    [one] { $needed } nécessaire
   *[other] { $needed } nécessaires
}
report-month-axis = { $month ->
    [1] janv
    [2] févr
    [3] mars
    [4] avr
    [5] mai
    [6] juin
    [7] juil
    [8] août
    [9] sept
    [10] oct
    [11] nov
   *[12] déc
}
