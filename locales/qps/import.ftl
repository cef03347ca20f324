# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# import


## src/import/number.rs

import-not-number = ⟦`{ $text }` îš ñöt á ñûmbér⟧

## src/import/source.rs

import-say-which-import-table =
    ⟦šáý whîçh { $flag ->
        [id] îtém tö lög
        [date] çölûmñ höldš thé dáý
       *[value] çölûmñ höldš thé válûé
    }: --{ $flag } (ör `{ $flag }` îñ áñ [[împört]] táblé)⟧
import-count-sum-cannot-go = ⟦--çöûñt áñd --šûm çáññöt gö tögéthér⟧
import-scale-number-other-than = ⟦--šçálé îš á ñûmbér öthér tháñ 0⟧
import-name-holds-letters-digits = ⟦thé ñámé `{ $name }` höldš léttérš, dîgîtš, `-`, `_` áñd `.` öñlý⟧
import-not-condition-write-column = ⟦`{ $text }` îš ñöt á çöñdîtîöñ: wrîté ÇÖLÛMÑ=VÅLÛÉ⟧
import-import-each-table-has = ⟦[[împört]]: éáçh táblé háš á `name`, för `goalie import --source NAME`⟧
import-import-two-tables-are = ⟦[[împört]]: twö tábléš áré ñáméd `{ $name }`⟧

## src/import/rows.rs

import-row-has-fields-header = ⟦thé röw háš { $len } fîéldš, thé héádér { $len2 }⟧
import-date-empty = ⟦thé dáté îš émptý⟧
import-value-empty = ⟦thé válûé îš émptý⟧
import-line = ⟦`{ $trim }` îš îñ { $written }, lîñé { $seen-line } îñ { $written2 }⟧

## src/import/date.rs

import-not-date-write-2026 = ⟦`{ $text }` îš ñöt á dáté (wrîté 2026-11-03, 20261103 ör 03/11/2026)⟧
import-does-not-match-date = ⟦`{ $text }` döéš ñöt mátçh thé dáté förmát `{ $format }`⟧
import-not-day-calendar = ⟦`{ $text }` îš ñöt á dáý öf thé çáléñdár⟧
import-dates-are-written-day = ⟦thé dátéš áré wrîttéñ dáý fîršt öñ röw { $d } áñd möñth fîršt öñ röw { $m }; pášš --dáté-förmát⟧
import-every-date-such-as = ⟦évérý dáté šûçh áš 03/11/2026 réádš dáý fîršt (3 Ñövémbér) áš wéll áš möñth fîršt (Márçh 11): pášš --dáté-förmát %d/%m/%Ý ör %m/%d/%Ý, ör --láñg fr för dáý fîršt⟧

## src/import/plan.rs

import-after-today-import-what = ⟦{ $date } îš áftér tödáý ({ $today }); împört whát háš háppéñéd⟧
import-negative-log-line-value = ⟦{ $value } îš ñégátîvé: á lög lîñé'š válûé çáññöt bé⟧
import-before-starts = ⟦{ $date } îš béföré `{ $id }` štártš ({ $start })⟧
# A column --date, --value or --id names; $list is the file's columns, quoted.
import-no-column = ⟦ñö çölûmñ îš ñáméd "{ $name }" (thé çölûmñš áré { $list })⟧
import-no-column-did-you-mean = ⟦ñö çölûmñ îš ñáméd "{ $name }" (thé çölûmñš áré { $list }); dîd ýöû méáñ "{ $suggestion }"?⟧
# $order: `day` or `month`, which the file's other dates put first.
import-not-a-day =
    ⟦`{ $written }`, réád { $order ->
        [day] dáý fîršt
       *[month] möñth fîršt
    } áš thé fîlé'š öthér dátéš, îš ñöt á dáý öf thé çáléñdár⟧
# A `[[import]]` table of goalie.toml and what is wrong with it.
import-table-problem = ⟦[[împört]] { $name }: { $problem }⟧
