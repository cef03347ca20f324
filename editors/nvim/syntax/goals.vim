" Vim/Neovim syntax for goalie's .goals files (English and French keywords).
" The format is specified in docs/format.md and grammar/goals.pest. With
" `goalie lsp` attached, semantic tokens refine these colours.
if exists('b:current_syntax')
  finish
endif

syn case ignore

" ---- Values, dates and words (anywhere not taken by a title, note or comment)
syn match goalsNumber "[-−]\=\<\d\+\%(\%([  ]\d\{3}\>\)\|[,._']\d\+\)*\%([kKM]\>\)\="
syn match goalsUnit "%"
syn match goalsUnit "[€$£¥]"
syn match goalsUnit "\<\%(euros\=\|eur\|usd\|gbp\|chf\|cad\|aud\|jpy\|dollars\=\)\>"
syn match goalsDate "\<\d\{4}-\%(\d\d-\d\d\|[wW]\d\{1,2}\|[qQtT]\d\|[hHsS]\d\|\d\d\)\>"
syn match goalsOperator "\.\."
syn match goalsOperator "->\|→\|=>\|⟶"
syn match goalsOperator ">=\|≥\|<=\|≤\|[<>]"
syn match goalsOperator "/"
syn match goalsWord "\<\%(at least\|at most\|au moins\|au plus\|au minimum\|au maximum\)\>"
syn match goalsWord "\<\%(per\|par\|every\|each\|chaque\|toutes les\|tous les\|apiece\|chacune\|chacun\|par unité\|l['’]unité\)\>"
syn match goalsWord "\<\%(convert\|converts\|convertit\|convertissent\|conversion\|de conversion\)\>"
syn match goalsWord "\<\%(by\|before\|d['’]ici le\|d['’]ici\|avant le\|avant\|pour le\)\>"
syn match goalsPeriodWord "\<\%(weekdays\=\|working days\=\|business days\=\|jours\= ouvr[ée]s\=\|jours\= ouvrables\=\|days\=\|jours\=\|weeks\=\|semaines\=\|months\=\|mois\|quarters\=\|trimestres\=\|years\=\|ann[ée]es\=\|ans\=\)\>"
syn match goalsOwner "@[^ \t,#]\+"
syn region goalsNote start=+"+ end=+"+ end=+$+ oneline
syn region goalsNote start=+«+ end=+»+ end=+$+ oneline
syn region goalsNote start=+“+ end=+”+ end=+$+ oneline

" ---- Log lines: DATE ID VALUE ["note"]
syn match goalsLogDate "^\s*\zs\d\{4}-\d\d-\d\d\ze\%(\s\|$\)" nextgroup=goalsRef skipwhite
syn match goalsRef "[^ \t#]\+" contained nextgroup=goalsLogWord skipwhite
syn match goalsLogWord "\<\%(done\|achieved\|faite\=\|termin[ée]e\=\|atteint\|dropped\|abandoned\|abandonn[ée]e\=\|confidence\|confiance\|retrospective\|retro\|rétro\|bilan\)\>" contained
syn match goalsIncrement "\%(\s\)\@<=[+−-]\ze\s*\d"

" ---- Properties and flags
syn match goalsProperty "^\s*\zs\%(period\|p[ée]riode\|due\|deadline\|[ée]ch[ée]ance\|start\|d[ée]but\|owner\|responsable\|parent\|supports\|soutient\|contribue\%( [àa]\)\=\|metric\|m[ée]trique\|mesure\|indicateur\|keep\|garder\|seuil\|target\|cible\|rythme\|goal\|but\|weight\|poids\)\ze\s*:"
syn match goalsWhy "^\s*\zs\%(why\|pourquoi\)\ze\s*:" nextgroup=goalsColon skipwhite
syn match goalsFlag "^\s*\zs\%(committed\|engagement\|engag[ée]e\=\|aspirational\|aspirationnel\|ambitieux\|milestone\|jalon\)\ze\s*\%(#\|$\)"
syn match goalsLinkRef "\%(^\s*\%(parent\|supports\|soutient\|contribue\%( [àa]\)\=\)\s*:\s*\)\@<=[^#]*"

" ---- Item headers: KEYWORD ID: TITLE, and funnel stages
syn match goalsItem "^\s*\zs\%(objective\|objectif\|key result\|r[ée]sultat cl[ée]\|kr\|rc\|activity\|activit[ée]\|funnel\|entonnoir\)\ze\s" nextgroup=goalsId skipwhite
syn match goalsStage "^\s*\zs\%(stage\|[ée]tape\)\ze\s" nextgroup=goalsStageId skipwhite
syn match goalsId "[^ \t:#]\+" contained nextgroup=goalsColon skipwhite
syn match goalsStageId "[^ \t:#]\+" contained
" A title or a reason runs to the end of the line, or to ' # ' (a comment).
syn match goalsColon ":" contained nextgroup=goalsTitle skipwhite
syn match goalsTitle ".\{-1,}\ze\%(\s\+#\%(\s\|$\)\|\s*$\)" contained

" ---- Comments, with `# goalie: ignore CODE` suppression comments
syn match goalsComment "^\s*#.*$" contains=goalsDirective
syn match goalsComment "\%(\s\|^\)\zs#\%(\s.*\)\=$" contains=goalsDirective
syn match goalsComment "\%([0-9%€$£¥a-zA-Z]\)\@<=#.*$" contains=goalsDirective
syn match goalsDirective "#\s*\zsgoalie:\s*ignore\%(-file\)\=\>.*$" contained contains=goalsRuleCode
syn match goalsRuleCode "\<[A-Z]\d\{3}\>" contained

hi def link goalsItem       Statement
hi def link goalsStage      Statement
hi def link goalsId         Function
hi def link goalsStageId    Function
hi def link goalsTitle      Title
hi def link goalsProperty   Keyword
hi def link goalsWhy        Keyword
hi def link goalsFlag       Constant
hi def link goalsLinkRef    Identifier
hi def link goalsRef        Identifier
hi def link goalsOwner      Identifier
hi def link goalsNumber     Number
hi def link goalsUnit       Type
hi def link goalsDate       Constant
hi def link goalsOperator   Operator
hi def link goalsWord       Operator
hi def link goalsPeriodWord Type
hi def link goalsLogDate    Constant
hi def link goalsLogWord    Special
hi def link goalsIncrement  Operator
hi def link goalsNote       String
hi def link goalsComment    Comment
hi def link goalsDirective  PreProc
hi def link goalsRuleCode   Special

let b:current_syntax = 'goals'
