# The language server.

lsp-cannot-start = goalie lsp : impossible de démarrer : { $error }

## src/lsp/transport.rs

lsp-bytes-where-content-length = des octets là où un en-tête `Content-Length` devrait commencer
lsp-header-line-ends-lf = une ligne d'en-tête finit par LF seul, pas CRLF
lsp-no-content-length-header = pas d'en-tête `Content-Length`
lsp-content-length-not-length = `Content-Length: { $value }` n'est pas une longueur
lsp-content-length-over-limit = `Content-Length` au-delà de la limite de { $mib } Mio
lsp-header-block-with-no = un bloc d'en-têtes sans ligne vide après lui
lsp-header-that-not-ascii = un en-tête qui n'est pas en ASCII
lsp-not-json = pas du JSON : { $e }
lsp-body-bytes-where-content = un corps de { $len } octets là où `Content-Length` en annonçait { $announced }
lsp-batch-json-array-language = un lot (tableau JSON) : le protocole des serveurs de langage n'en a pas
lsp-message-that-not-json = un message qui n'est pas un objet JSON
lsp-jsonrpc-must-be-2 = `jsonrpc` doit valoir "2.0"
lsp-id-must-be-integer = `id` doit être un entier ou une chaîne
lsp-method-must-be-string = `method` doit être une chaîne
lsp-not-request = pas une requête : { $e }
lsp-not-response = pas une réponse : { $e }
lsp-neither-request-notification-nor = ni une requête, ni une notification, ni une réponse

## src/lsp/settings.rs

lsp-goalie-settings-ignored = réglages goalie ignorés : { $e }
lsp-goalie-rules-expected-map = goalie.rules : une table règle → niveau est attendue, pas { $other }
lsp-goalie-rules-no-rule = goalie.rules : aucune règle ne s'appelle `{ $key }`
lsp-goalie-rules-unknown-level = goalie.rules.{ $key } : niveau inconnu `{ $other }`
lsp-goalie-lang-not-auto = goalie.lang : `{ $other }` n'est ni `auto`, ni `en`, ni `fr`
lsp-goalie-today-not-date = goalie.today : `{ $day }` n'est pas une date (AAAA-MM-JJ)

## src/lsp/commands.rs

lsp-not-date-yyyy-mm = `{ $d }` n'est pas une date (AAAA-MM-JJ)
lsp-after-today-log-what = le { $date } est après aujourd'hui ({ $today }) ; notez ce qui s'est passé
lsp-this-file-not-open = ce fichier n'est pas ouvert
lsp-no-item-here-put = aucun élément ici : placez le curseur sur un résultat clé, une activité ou une étape d'entonnoir

## src/lsp/server.rs


## src/lsp/rename.rs


## src/lsp/code_action.rs

lsp-rename-invalid-id = `{ $name }` n'est pas un identifiant valide (lettres, chiffres, `_`, `-` et points intérieurs, sans espace)
lsp-rename-taken = un autre élément a déjà l'identifiant `{ $name }`
lsp-inlay-tooltip = goalie : à ce jour (survolez pour le détail)
lsp-hover-last-log-line = dernière ligne de journal : { $date } ({ $ago })
lsp-hover-last-days = `{ $spark }` les derniers jours
lsp-ignored-malformed = goalie : message mal formé ignoré : { $detail }
lsp-editor-did-not-add = l'éditeur n'a pas ajouté `{ $line }`{ $reason }
lsp-internal-error = goalie : erreur interne dans { $what } : { $message }
lsp-internal-error-diagnostics = goalie : erreur interne dans les diagnostics
lsp-cannot-watch = goalie : impossible de surveiller les fichiers : { $error }
lsp-inlay-needs = il en faut { $count }
lsp-hover-expected = attendu à ce jour : { $percent } (jour { $day } sur { $days })

## Complétion : ce qu'est la ligne de journal, la période ou la date proposée.

lsp-complete-log-today = une ligne de journal pour aujourd'hui
lsp-complete-this-quarter = ce trimestre
lsp-complete-next-quarter = le trimestre prochain
lsp-complete-this-month = ce mois-ci
lsp-complete-this-year = cette année
lsp-complete-today = aujourd'hui
lsp-complete-in-a-week = dans une semaine
lsp-complete-end-of-month = fin du mois
lsp-complete-end-of-quarter = fin du trimestre

lsp-hover-why = Pourquoi :
lsp-hover-measurements = { $count ->
    [one] { $count } mesure
   *[other] { $count } mesures
}
lsp-hover-score = score { $score }
lsp-hover-score-expected = score { $score } ({ $expected } attendu à ce jour)
lsp-hover-goal = but : { $goal }
lsp-hover-stage = { $mark }`{ $id }`{ $mark } { $actual } sur { $needed } { $needed ->
    [one] nécessaire
   *[other] nécessaires
} ({ $percent }, { $status })
lsp-hover-stage-needed = { $mark }`{ $id }`{ $mark } { $needed } { $needed ->
    [one] nécessaire
   *[other] nécessaires
}
lsp-ignore-here = Ignorer { $code } ({ $name }) ici
