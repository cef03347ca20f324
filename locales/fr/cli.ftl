# Messages de la ligne de commande.

## La ligne qui termine `goalie check`.

cli-count-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
cli-count-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
cli-count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
cli-count-notes = { $count ->
    [one] { $count } remarque
   *[other] { $count } remarques
}
cli-summary-clean = Aucun problème dans { $files }.
cli-summary = { $problems } dans { $files }.

## src/cli/fmt.rs

cli-error-cannot-read = erreur : impossible de lire { $error }
cli-error-cannot-write-output = erreur : impossible d'écrire la sortie : { $error }
cli-formatted = formaté : { $name }
cli-error-cannot-read-2 = erreur : impossible de lire { $name } : { $error }
cli-error-over-64-mib = erreur : { $name } dépasse la limite de 64 Mio d'un fichier .goals ; il est laissé tel quel
cli-error-not-regular-file = erreur : { $name } n'est pas un fichier ordinaire (un périphérique, un tube ou une socket) ; il est laissé tel quel
cli-error-not-utf-8 = erreur : { $name } n'est pas du texte UTF-8 ; il est laissé tel quel

## src/cli/watch.rs

cli-error-cannot-watch-no = erreur : impossible de surveiller { $path } : fichier ou dossier introuvable
cli-error-cannot-catch-ctrl = erreur : impossible d'intercepter Ctrl-C : { $error }
cli-error-cannot-watch = erreur : impossible de surveiller { $error }
cli-watching-for-changes-press = Surveillance des modifications ; Ctrl-C pour arrêter.
cli-warning-watcher-reported = avertissement : la surveillance a signalé : { $error }

## src/cli/check.rs

cli-fixed-problem = { $total ->
    [one] { $total } problème corrigé
   *[other] { $total } problèmes corrigés
}
cli-error-cannot-use-root = erreur : impossible d'utiliser le dossier racine : { $error }
cli-error-cannot-read-standard = erreur : impossible de lire l'entrée standard : { $error }

## src/cli/log.rs

cli-added = { $path } : ajouté `{ $line }`

## src/cli/man.rs

cli-man-pages-written = { $len } pages de manuel écrites dans { $path }
cli-error-cannot-write-man = erreur : impossible d'écrire les pages de manuel dans { $path } : { $error }

## src/cli/rules.rs

cli-error-no-rule-called = erreur : aucune règle ne s'appelle `{ $code }` ; `goalie rules` les liste

## src/cli/mod.rs

cli-error = erreur :{" "}
cli-warning-not-read-goalie = avertissement : { $shown } n'est pas lu : goalie lit les fichiers dont le nom finit par .goals ; renommez-le { $meant }
cli-warning-no-goals-files = avertissement : aucun fichier .goals dans { $places } (ni dans ses sous-dossiers)

## src/cli/init.rs

cli-error-already-exists-nothing = erreur : { $list } existe déjà ; rien n'a été écrit (--force pour écraser)
cli-note-already-holds-goals = remarque : { $path } contient déjà { $others ->
    [one] { $others } fichier .goals
   *[other] { $others } fichiers .goals
} ; les identifiants sont communs à tout le dossier, et `goalie check` signalera ceux que le plan de départ répète
cli-error-cannot-create-folder = erreur : impossible de créer le dossier { $path } : { $error } ; rien n'a été écrit
cli-error-cannot-write = erreur : impossible d'écrire { $path } : { $error }
cli-created = créé { $path }
cli-next-goalie-check-finds = Ensuite : `goalie check { $shown }` trouve les problèmes, `goalie status { $shown }` montre où en sont les objectifs.

## src/cli/import.rs

cli-error-cannot-create-nothing = erreur : impossible de créer { $path } : { $error } ; rien n'a été écrit

cli-already-reported = {""}

cli-fmt-warning = avertissement : { $name } : { $notice }
cli-fmt-all-formatted = { $unchanged ->
    [one] { $unchanged } fichier déjà formaté.
   *[other] { $unchanged } fichiers déjà formatés.
}
cli-fmt-to-format = { $changed ->
    [one] { $changed } fichier à formater ; `goalie fmt` le formate.
   *[other] { $changed } fichiers à formater ; `goalie fmt` les formate.
}
cli-fmt-done = { $changed ->
    [one] { $changed } fichier formaté
   *[other] { $changed } fichiers formatés
}, { $unchanged } déjà { $unchanged ->
    [one] formaté
   *[other] formatés
}.

cli-status-problems-note = remarque : { $errors ->
    [one] { $errors } erreur dans ces fichiers laisse
   *[other] { $errors } erreurs dans ces fichiers laissent
} des objectifs de côté ou incomplets ; `goalie check` les montre
cli-log-after-today = le { $date } est après aujourd'hui ({ $today }) ; notez ce qui s'est passé
cli-log-file-unknown = le fichier de l'élément est inconnu
cli-rules-did-you-mean = erreur : aucune règle ne s'appelle `{ $code }` ; vouliez-vous dire { $names } ? `goalie rules` les liste toutes
cli-count-objectives = { $count ->
    [one] { $count } objectif
   *[other] { $count } objectifs
}
cli-count-key-results = { $count ->
    [one] { $count } résultat clé
   *[other] { $count } résultats clés
}
cli-count-activities = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}
cli-count-funnels = { $count ->
    [one] { $count } entonnoir
   *[other] { $count } entonnoirs
}
cli-count-log-lines = { $count ->
    [one] { $count } ligne de journal
   *[other] { $count } lignes de journal
}
cli-watch-summary = { $items }.
cli-error-line = erreur : { $error }

## goalie status

cli-status-no-goals = Aucun objectif trouvé.
cli-status-objectives = OBJECTIFS
cli-status-activities = ACTIVITÉS
cli-status-funnels = ENTONNOIRS
cli-status-orphan-key-results = Résultats clés sans objectif
cli-status-no-finished-period = aucune période terminée
cli-status-stage-needed-no-logs = { $needed } nécessaires · aucune ligne de journal
cli-status-stage-of-needed = { $actual } sur { $needed } nécessaires
cli-status-streak = série { $current } (record { $longest })

## src/cli/import.rs

cli-import-no-tables = goalie.toml n'a pas de table [[import]]
cli-import-tables-are = les tables sont : { $list }
cli-import-no-table-named = aucune table [[import]] ne s'appelle `{ $name }` ; { $tables }
cli-import-files-kept-changing = les fichiers d'objectifs n'ont cessé de changer pendant l'import ; rien n'a été écrit
cli-import-no-item = aucun élément n'a l'identifiant `{ $id }`
cli-import-no-item-did-you-mean = aucun élément n'a l'identifiant `{ $id }` ; vouliez-vous dire `{ $closest }` ?
cli-import-bad-row = { $csv }:{ $line } : colonne "{ $column }" : { $message } ; rien n'a été écrit (--skip-bad importe les autres lignes)
cli-import-no-header = { $name } n'a pas de ligne d'en-tête
cli-import-at-line = { $name }:{ $line } : { $error }
cli-import-in-file = { $name } : { $error }
cli-import-cannot-write = erreur : impossible d'écrire dans { $path } : { $error } ; rien n'a été écrit
cli-import-summary = { $files } : { $added } { $added ->
    [one] ligne ajoutée
   *[other] lignes ajoutées
}, { $restated } { $restated ->
    [one] corrigée
   *[other] corrigées
}, { $unchanged } { $unchanged ->
    [one] inchangée
   *[other] inchangées
}, { $conflicts } { $conflicts ->
    [one] conflit
   *[other] conflits
} ({ $read } { $read ->
    [one] ligne
   *[other] lignes
} de { $csv }, { $kept } { $kept ->
    [one] retenue
   *[other] retenues
}){ $dry ->
    [yes] {" "}(essai : rien n'a été écrit)
   *[no] {""}
}
cli-import-restated = corrigé le { $date } : `{ $was }` devient `{ $line }`
cli-import-conflict = conflit le { $date } : `{ $line }`{ $file } ne vient pas de cet import et reste tel quel ; l'export dit { $says }
cli-import-several-rows = { $date } : { $rows } lignes ; la dernière (ligne { $row }) est retenue
cli-import-more-days = et { $more } { $more ->
    [one] autre jour
   *[other] autres jours
} à plusieurs lignes
cli-import-skipped = ignorée { $csv }:{ $line } : colonne "{ $column }" : { $message }

## --today

cli-not-a-day = `{ $value }` n'est pas un jour de la forme AAAA-MM-JJ

cli-status-score = score { $score } ({ $expectation } : { $success } = réussite)
cli-status-worst = pire : { $status }
cli-status-period-total = du { $start } au { $end } : { $total } / { $target }

cli-usage-unknown-argument = argument inattendu '{ $arg }'
cli-usage-unknown-command = commande inconnue '{ $command }'
cli-usage-invalid-value = valeur '{ $value }' invalide pour '{ $arg }'
cli-usage-value-missing = '{ $arg }' demande une valeur
cli-usage-possible-values = valeurs possibles : { $values }
cli-usage-missing-argument = il manque : { $args }
cli-usage-given-twice = '{ $arg }' ne peut pas être donné deux fois
cli-usage-conflict = '{ $arg }' ne peut pas être utilisé avec '{ $other }'
cli-usage-did-you-mean = astuce : { $kind ->
    [command] une commande proche existe
    [argument] un argument proche existe
   *[value] une valeur proche existe
} : '{ $name }'
cli-usage-did-you-mean-one-of = astuce : { $kind ->
    [command] des commandes proches existent
    [argument] des arguments proches existent
   *[value] des valeurs proches existent
} : { $names }
cli-usage-exists = astuce : '{ $name }' existe
cli-usage-more = Pour en savoir plus, essayez '{ $help }'.
cli-usage-invalid-value-because = valeur '{ $value }' invalide pour '{ $arg }' : { $reason }
