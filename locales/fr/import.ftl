# import

## src/import/number.rs

import-not-number = `{ $text }` n'est pas un nombre

## src/import/source.rs

import-say-which-import-table = précisez { $flag ->
        [id] l'élément à noter
        [date] la colonne du jour
       *[value] la colonne de la valeur
    } : --{ $flag } (ou `{ $flag }` dans une table [[import]])
import-count-sum-cannot-go = --count et --sum ne vont pas ensemble
import-scale-number-other-than = --scale est un nombre différent de 0
import-name-holds-letters-digits = le nom `{ $name }` ne contient que des lettres, des chiffres, `-`, `_` et `.`
import-not-condition-write-column = `{ $text }` n'est pas une condition : écrivez COLONNE=VALEUR
import-import-each-table-has = [[import]] : chaque table a un `name`, pour `goalie import --source NOM`
import-import-two-tables-are = [[import]] : deux tables s'appellent `{ $name }`

## src/import/rows.rs

import-row-has-fields-header = la ligne a { $len } champs, l'en-tête { $len2 }
import-date-empty = la date est vide
import-value-empty = la valeur est vide
import-line = `{ $trim }` est en { $written }, la ligne { $seen-line } en { $written2 }

## src/import/date.rs

import-not-date-write-2026 = `{ $text }` n'est pas une date (écrivez 2026-11-03, 20261103 ou 03/11/2026)
import-does-not-match-date = `{ $text }` ne suit pas le format de date `{ $format }`
import-not-day-calendar = `{ $text }` n'est pas un jour du calendrier
import-dates-are-written-day = les dates sont écrites le jour d'abord à la ligne { $d } et le mois d'abord à la ligne { $m } ; précisez --date-format
import-every-date-such-as = chaque date comme 03/11/2026 se lit le jour d'abord (3 novembre) comme le mois d'abord (11 mars) : précisez --date-format %d/%m/%Y ou %m/%d/%Y, ou --lang fr pour le jour d'abord

## src/import/plan.rs

import-after-today-import-what = le { $date } est après aujourd'hui ({ $today }) ; importez ce qui s'est passé
import-negative-log-line-value = { $value } est négatif : la valeur d'une ligne de journal ne peut pas l'être
import-before-starts = le { $date } est avant le début de `{ $id }` ({ $start })
import-no-column = aucune colonne ne s'appelle "{ $name }" (les colonnes sont { $list })
import-no-column-did-you-mean = aucune colonne ne s'appelle "{ $name }" (les colonnes sont { $list }) ; vouliez-vous dire "{ $suggestion }" ?
import-not-a-day = `{ $written }`, lu { $order ->
        [day] le jour d'abord
       *[month] le mois d'abord
    } comme les autres dates du fichier, n'est pas un jour du calendrier
import-table-problem = [[import]] { $name } : { $problem }
