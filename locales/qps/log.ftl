# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# log


## src/log_line.rs


## src/log_line.rs

log-note-holds-one-line = ⟦á ñöté höldš öñé lîñé⟧
log-note-cannot-contain = ⟦á ñöté çáññöt çöñtáîñ ", » ör ”⟧
log-not-one-log-line = ⟦`{ $line }` îš ñöt öñé lög lîñé⟧
log-done-completes-milestone-not = ⟦`done` çömplétéš á mîléštöñé; `{ $id }` îš ñöt öñé (lög îtš válûé îñštéád)⟧
log-milestone-log-done-dropped = ⟦`{ $id }` îš á mîléštöñé: lög `done` ör `dropped`⟧
log-objective-key-results-carry = ⟦`{ $id }` îš áñ öbjéçtîvé: îtš kéý réšûltš çárrý thé ñûmbérš⟧
log-activity-count-cannot-be = ⟦áñ áçtîvîtý'š çöûñt çáññöt bé ñégátîvé⟧
log-measured-not = ⟦`{ $id }` îš méášûréd îñ { $unit }, ñöt { $written }⟧
log-invalid-line = ⟦`{ $line }` îš ñöt á válîd lög lîñé: { $error }⟧
log-line-problem = ⟦`{ $line }`: { $error }⟧
