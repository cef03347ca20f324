# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale
# `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.

# host


## src/host/load.rs

host-this-not-regular-file = ⟦thîš îš ñöt á régûlár fîlé (á dévîçé, á pîpé ör á šöçkét): göálîé réádš öñlý régûlár .göálš fîléš⟧
host-this-binary-file-not = ⟦thîš îš á bîñárý fîlé, ñöt á .göálš téxt fîlé (ît çöñtáîñš á ÑÛL býté héré)⟧
host-this-file-not-valid = ⟦thîš fîlé îš ñöt válîd ÛTF-8 téxt; šávé ît áš ÛTF-8⟧

## src/host/locked.rs

host-error-read-only-nothing = ⟦érrör: { $path } îš réád-öñlý; ñöthîñg wáš wrîttéñ⟧
host-error-changed-while-goalie = ⟦érrör: { $path } çháñgéd whîlé göálîé wáš wörkîñg öñ ît; ît wáš léft áš ît îš: rûñ thé çömmáñd ágáîñ⟧
host-error-cannot-write-file = ⟦érrör: çáññöt wrîté tö { $path }: { $error }; thé fîlé îš ûñçháñgéd⟧

## src/host/config.rs

host-file-too-large = ⟦thîš fîlé îš { $size } MîB, övér thé { $limit } MîB lîmît för á .göálš fîlé: šplît ît (á lög fîlé pér ýéár, för îñštáñçé)⟧
host-cannot-read-configuration = ⟦çáññöt réád thé çöñfîgûrátîöñ: { $reason }⟧
# The reason a goalie.toml is not read (an OS error otherwise).
host-configuration-over-limit = ⟦övér thé { $limit } KîB lîmît⟧

## src/host/config.rs

host-configuration-not-regular-file = ⟦thé çöñfîgûrátîöñ îš ñöt á régûlár fîlé (á dévîçé, á pîpé ör á šöçkét)⟧
host-configuration-not-utf-8 = ⟦thé çöñfîgûrátîöñ îš ñöt ÛTF-8 téxt⟧
