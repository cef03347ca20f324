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
