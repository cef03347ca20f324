# Ce que `goalie fmt` dit des lignes qu'il n'a pas pu mettre en forme.

format-lines-kept = { $count ->
    [one] { $count } ligne laissée telle quelle à cause d'une erreur de syntaxe (`goalie check` la montre)
   *[other] { $count } lignes laissées telles quelles à cause d'erreurs de syntaxe (`goalie check` les montre)
}
