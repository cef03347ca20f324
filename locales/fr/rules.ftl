# La documentation des règles (`goalie explain`, `goalie rules`, docs/rules/,
# survols, SARIF) : pour chaque code, un résumé d'une ligne, ce qui est
# vérifié et pourquoi c'est important. Markdown ; un paragraphe tient sur
# une ligne. Les exemples sont dans les fichiers des règles.

## structure

# E001 syntax-error
rule-E001-summary = Une ligne ne suit pas la grammaire des fichiers .goals.
rule-E001-what = Signale une ligne que l'analyseur ne sait pas lire : un `:` manquant, un mot-clé mal orthographié, une valeur qui n'est pas un nombre. Chaque ligne fautive donne exactement un diagnostic, au premier mot qui ne convient pas, avec ce qui était attendu et, si le mot ressemble à un mot-clé, une suggestion ; les lignes suivantes sont lues normalement.
rule-E001-why = Une ligne illisible est un objectif que personne ne peut vérifier : ses dates, cibles et liens manquent en silence dans tous les rapports.

# E002 duplicate-id
rule-E002-summary = Deux éléments ont le même identifiant ; les identifiants sont uniques dans tout l'espace de travail.
rule-E002-what = Signale un élément dont l'identifiant est déjà pris par un autre élément, dans le même fichier ou dans un autre fichier `.goals` de l'espace de travail, et montre la première définition. Références et lignes de journal vont à la première.
rule-E002-why = Les lignes de journal et les liens désignent les éléments par leur identifiant : avec deux éléments derrière un identifiant, les progrès sont attribués au mauvais objectif.

# E003 unknown-reference
rule-E003-summary = `parent:` ou `soutient:` nomme un identifiant qu'aucun élément ne porte.
rule-E003-what = Signale un lien `parent:` ou `soutient:` vers un identifiant défini nulle part dans l'espace de travail, avec l'identifiant existant le plus proche en suggestion.
rule-E003-why = Un lien cassé casse l'alignement : l'objectif semble aligné dans le fichier mais ne se rattache à rien.

# E004 parent-cycle
rule-E004-summary = Les liens `parent:` ramènent à leur point de départ.
rule-E004-what = Suit le lien `parent:` de chaque objectif (et chaque résultat clé jusqu'à son objectif) et signale chaque boucle une fois, sur le lien `parent:` de son premier élément dans l'espace de travail ; le message nomme les cinq premiers identifiants de la boucle et compte les autres.
rule-E004-why = L'alignement est un arbre qui descend des objectifs de l'entreprise vers ceux de chaque équipe ; une boucle n'a pas de sommet, rien n'y remonte nulle part.

# E005 invalid-date
rule-E005-summary = Une date qui n'existe pas, comme le 2026-02-30.
rule-E005-what = Signale les jours, mois, semaines ISO, trimestres et semestres qui n'existent pas : le 30 février, le mois 13, la semaine 53 d'une année qui en a 52, le trimestre 5.
rule-E005-why = Une échéance impossible ne se planifie pas ; goalie refuse de deviner ce qui était voulu.

# E006 start-after-due
rule-E006-summary = Un élément commence après son échéance, ou une plage finit avant de commencer.
rule-E006-what = Signale un élément dont le `début:` vient après son `échéance:` (ou après la fin de sa `période:`), et une plage de dates écrite à l'envers (`2026-12-31..2026-10-01`).
rule-E006-why = Un objectif qui finit avant de commencer n'a pas de temps pour se réaliser : tout rythme ou prévision calculé dessus n'a pas de sens.

# E007 log-unknown-id
rule-E007-summary = Une ligne de journal nomme un identifiant qu'aucun élément ne porte.
rule-E007-what = Signale une ligne de journal dont l'identifiant n'est défini nulle part dans l'espace de travail, avec l'identifiant existant le plus proche en suggestion.
rule-E007-why = Un progrès qui n'atterrit nulle part est un travail perdu : l'objectif visé paraît en retard alors qu'il ne l'est pas.

# E008 invalid-number
rule-E008-summary = Un nombre ambigu (1,500) ou mal formé.
rule-E008-what = Signale les nombres qui se lisent de deux façons — une seule `,` ou un seul `.` suivi d'exactement trois chiffres, comme `1,500` (1500 en anglais, 1,5 en français) —, les groupes de chiffres qui n'en ont pas trois et les nombres trop grands. Un symbole monétaire en tête (`$1,500`) tranche pour la lecture anglaise.
rule-E008-why = Se tromper changerait la cible d'un facteur mille, sans bruit.

# E009 misplaced-property
rule-E009-summary = Une propriété qui ne s'applique pas à son élément, ou donnée deux fois.
rule-E009-what = Signale une propriété sur un type d'élément qui ne la prend pas (`cible:` sur un objectif, `mesure:` sur une activité), une propriété donnée deux fois (la première compte), une seconde mesure sur un résultat clé, et un objectif à la fois engagé et ambitieux. La ligne ignorée n'a aucun effet.
rule-E009-why = Une ligne ignorée a l'air de compter ; l'avertissement dit qu'elle ne compte pas.

# E010 unreadable-file
rule-E010-summary = Un fichier qui n'est pas du texte UTF-8.
rule-E010-what = Signale un fichier `.goals` qui n'est pas de l'UTF-8 valide (enregistré en Latin-1 ou Windows-1252, par exemple) ou qui contient un octet NUL (un fichier binaire), au premier octet fautif. Le fichier ne participe pas à l'analyse.
rule-E010-why = goalie ne devine jamais un encodage : une erreur abîmerait chaque lettre accentuée réécrite.

# E011 invalid-value
rule-E011-summary = Une valeur qui ne peut rien signifier ici, comme une confiance de 150 %.
rule-E011-what = Signale les valeurs hors de ce que leur place permet : une confiance hors de 0–100 % ou écrite autrement qu'en pourcentage ou en fraction, un taux de conversion hors de 0–100 %, un rythme, intervalle, poids ou valeur unitaire nul ou négatif, et deux unités dans une valeur (`€50%`).
rule-E011-why = Une telle valeur fausserait sans signe visible tous les calculs qui en dépendent.

# E012 reference-kind
rule-E012-summary = Un lien vers un élément du mauvais type, comme `parent:` qui nomme une activité.
rule-E012-what = Signale un `parent:` qui nomme autre chose qu'un objectif ou un résultat clé, et un `soutient:` qui nomme une activité.
rule-E012-why = L'alignement va du travail vers les résultats : un objectif ne peut pas remonter vers une activité.

# E013 future-log
rule-E013-summary = Une ligne de journal datée après aujourd'hui.
rule-E013-what = Signale une ligne de journal datée après aujourd'hui (le jour donné par `--today` ou la configuration, sinon celui du système).
rule-E013-why = Un progrès noté dans le futur est une faute de frappe dans la date, et il gonfle les chiffres du jour.

# E014 log-unit-mismatch
rule-E014-summary = Une valeur du journal dans une autre unité que la mesure de son élément.
rule-E014-what = Signale une mesure ou un incrément d'une ligne de journal dont l'unité n'est pas celle de son élément : la `mesure:` ou le `seuil:` d'un résultat clé, le mot d'unité de la `cible:` d'une activité, le `but:` d'un entonnoir. Une valeur sans unité convient (elle se lit dans l'unité de l'élément), tout comme n'importe quelle unité quand la mesure de l'élément n'en a pas. Les mots d'unité se comparent sans tenir compte de la casse, des accents ni d'un `s` de pluriel.
rule-E014-why = `rebond 24 €` sur un taux mesuré en % est une faute de frappe ou une ligne notée sous le mauvais identifiant ; dans les deux cas, l'avancement calculé à partir d'elle serait faux.

# E015 due-outside-period
rule-E015-summary = Un résultat clé dont l'échéance, ou le début, sort de la période de son objectif.
rule-E015-what = Signale un résultat clé dont la propre `échéance:` tombe après la fin de son objectif (son `échéance:`, sinon la fin de sa `période:`) ou avant que l'objectif commence (son `début:`, sinon le début de sa `période:`), et un résultat clé dont le propre `début:` tombe avant le début de l'objectif ou après sa fin. Les résultats clés sans dates propres prennent celles de l'objectif et ne sont pas signalés.
rule-E015-why = Un objectif est atteint quand ses résultats clés le sont. Un résultat clé dû après la période de l'objectif ne peut pas compter pour lui ; c'est le plus souvent une erreur d'année ou de trimestre.

# E016 log-before-start
rule-E016-summary = Un avancement noté avant le début de son élément.
rule-E016-what = Signale une ligne de journal qui note un avancement — le compte d'une activité, un incrément (`+3`), `fait` — datée d'avant le début de son élément : son `début:`, sinon le début de sa `période:`, sinon ceux de son objectif ou de son entonnoir. Les éléments sans date de début ne sont pas vérifiés. La mesure d'un résultat clé (`rebond 29 %`), une confiance, un bilan ou une note peuvent venir avant : le point de départ se mesure souvent juste avant que le travail commence.
rule-E016-why = Un avancement compté avant le début gonfle le résultat, et la date est le plus souvent une faute de frappe (un mois ou une année erronés).

# E017 bidi-control
rule-E017-summary = Un caractère invisible change l'ordre d'affichage du texte.
rule-E017-what = Signale chaque caractère de contrôle bidirectionnel — les enchâssements et forçages U+202A à U+202E et les isolats U+2066 à U+2069 — où qu'il soit dans un fichier : titres, identifiants, notes, commentaires.
rule-E017-why = Ces caractères sont invisibles et font afficher le texte par un éditeur, un diff ou une page de relecture dans un autre ordre que celui que lit goalie (« Trojan Source ») : on approuve un objectif et le fichier en dit un autre. Le texte de droite à gauche ordinaire (arabe, hébreu) n'en a pas besoin.

## S — spécifique

# S101 vague-wording
rule-S101-summary = Un verbe ou un nom vague sans mesure concrète dans le titre.
rule-S101-what = Signale un résultat clé ou une activité (ou un objectif sans résultats clés ; avec, voir `S105`) dont le titre emploie un mot vague — améliorer, optimiser, développer, dynamiser, consolider, revitaliser, notoriété, visibilité, présence ; improve, boost, streamline… sous toutes leurs formes (racines Snowball dans les deux langues ; accents, casse et élisions ignorés) — sauf si le titre est spécifique par sa structure : il nomme ce qui est compté (une mesure connue comme des prospects, des clients, un chiffre d'affaires, un taux, une part de voix, le taux de notoriété ; le mot dans lequel compte sa propre mesure ; ou le nom que compte un nombre du titre, comme dans `96 % de contrôles conformes`) (un nombre manquant relève alors de la famille M : `M201`, `M207`). Les listes de mots sont dans `src/rules/lexicon/` et s'étendent avec `[lexicon] vague = [...]` et `metric-nouns = [...]` dans goalie.toml. Le message cite les mots tels qu'écrits. Un nom vague qui dit de quelle sorte de chose il s'agit fait partie de son nom : `programme de fidélité`, `enquête de satisfaction`, `audit qualité` ; `loyalty program`, `quality audit` (`src/rules/lexicon/artefacts.txt`) ; et un nombre sur une échelle (`4,5 sur 5`, `8/10`), ou la satisfaction avec un nombre, est une note : une mesure nommée.
rule-S101-why = « Augmenter la performance du contenu de 20 % » ne se vérifie pas : quel chiffre doit bouger ? Nommer la mesure rend l'objectif spécifique.

# S102 short-title
rule-S102-summary = Un titre trop court pour dire ce qui change.
rule-S102-what = Signale un objectif, un résultat clé, une activité ou un entonnoir dont le titre a moins de mots que `min-title-words` (3 par défaut, réglable sous `[thresholds]` dans goalie.toml). Les nombres comptent comme des mots : `Signer 100 clients` en a trois.
rule-S102-why = « Ventes » ou « Augmenter le CA » nomme un sujet, pas un objectif : le lecteur ne sait pas ce qui doit avoir changé à la fin, ni pour qui.

# S103 wishful-goal
rule-S103-summary = Un souhait comme « devenir riche » au lieu d'un objectif.
rule-S103-what = Signale un titre qui exprime un souhait — devenir riche, réussir, être le meilleur, gagner de l'argent, faire mieux ; get rich, be successful… — sans aucun nombre (sur un objectif qui a des résultats clés mesurés, seulement quand le reste du titre ne nomme rien : « Réussir la rentrée chez les papeteries indépendantes » laisse la mesure à ses résultats clés), et un titre qui se met au conditionnel — on espère, idéalement, si possible, avec un peu de chance ; hopefully, ideally… — quel que soit le nombre qui suit. Les mots sont reconnus sous toutes leurs formes. Les listes sont `src/rules/lexicon/wishes.txt` et `hedges.txt`, à compléter avec `[lexicon] wishes = [...]` et `hedges = [...]` dans goalie.toml.
rule-S103-why = Personne ne peut dire quand un souhait est exaucé : il ne se planifie pas et ne se suit pas. Dites ce qui le montrerait : un montant, un nombre, un classement.

# S104 business-as-usual
rule-S104-summary = Un objectif qui garde les choses en l'état.
rule-S104-what = Signale un objectif dont le titre commence par une formule de routine : maintain, continue, keep ; maintenir, continuer, poursuivre, garder, conserver… Les résultats clés ne sont pas vérifiés : un garde-fou (`rc nps: Garder le NPS à 40` avec `garder: >= 40`) est le bon endroit pour tenir un niveau. La liste est dans `src/rules/lexicon/business_as_usual.txt` et s'étend avec `[lexicon] business-as-usual = [...]` dans goalie.toml. `Garder` ou `keep` suivi d'un complément, sous des résultats clés qui font bouger une mesure, c'est retenir quelque chose en le faisant changer (« Keep subscribers around past the first month » au-dessus d'un résultat clé de désabonnement) : ce n'est pas signalé ; `keep growing`, `maintenir`, `continuer` le sont.
rule-S104-why = Un objectif dit où l'équipe doit aller. Faire tourner l'existant, c'est le travail lui-même ; écrit comme un objectif, il prend la place d'un changement et cache que rien ne doit s'améliorer.

# S105 vague-objective
rule-S105-summary = Un objectif avec des résultats clés dont la formulation ne nomme rien de concret.
rule-S105-what = Signale, pour information, un objectif avec des résultats clés dont le titre n'est fait que de mots vagues — améliorer, dynamiser, consolider notre présence, notoriété ; improve, boost… — sans nommer de mesure, de client, de lieu ou de produit qu'un lecteur pourrait montrer du doigt (les mots qui disent dans quel sens ou quand — augmenter, plus, avant Noël — ne comptent pas, ni où ou sur quel canal, après une préposition — sur TikTok, à Lyon : ils disent où, pas ce qui change ; un mot composé comme centre-ville compte pour un). `S101` signale la même formulation sur un objectif sans résultats clés ; ici, les résultats clés peuvent rendre l'objectif concret : cela mérite un regard plutôt qu'un avertissement.
rule-S105-why = Un objectif est lu en premier et retenu le plus longtemps. « Renforcer notre présence » pourrait chapeauter n'importe quel plan ; « Devenir le premier appel des cliniques de Lyon » dit à l'équipe à quoi servent les résultats clés.

# S106 guardrails-only
rule-S106-summary = Un objectif dont tous les résultats clés sont des garde-fous : il ne vise rien.
rule-S106-what = Signale un objectif dont tous les résultats clés sont des garde-fous (`garder: >= 40`) : rien ne doit changer, tout doit rester en l'état. Les garde-fous ont leur place à côté de résultats clés qui font bouger quelque chose. Un objectif qui nomme un changement à faire sous ses garde-fous — « Migrer vers le nouveau CRM sans perdre de données », un verbe de tâche ou basculer, passer, et sans — n'est pas signalé : les garde-fous disent ce que le changement ne doit pas casser.
rule-S106-why = Tenir des niveaux, c'est faire tourner l'entreprise ; un objectif dit où elle doit aller. Avec des garde-fous seulement, le plan est tenu sans rien faire de nouveau.

# S107 topic-title
rule-S107-summary = Un objectif intitulé par un sujet (quelques noms, sans verbe), pas par un but.
rule-S107-what = Signale un objectif dont le titre a trois mots de contenu ou moins hors dates, sans nombre ni verbe : `Réseaux sociaux 2027`, `Q1 email marketing`. Les verbes sont reconnus par les listes de mots (`src/rules/lexicon/verbs.txt` et les autres) et, en français, par l'infinitif. Les titres de moins de `min-title-words` mots relèvent de `S102`.
rule-S107-why = Un sujet dit sur quoi l'équipe va travailler, pas ce qui doit avoir changé à la fin : « Réseaux sociaux 2027 » est tenu en publiant n'importe quoi.

## M — mesurable

# M201 kr-no-measure
rule-M201-summary = Un résultat clé sans `mesure:`, `garder:` ni `jalon`.
rule-M201-what = Signale un résultat clé qui ne dit ni comment il se mesure (`mesure: 0 -> 100 clients`), ni quel niveau il tient (`garder: >= 40`), ni qu'il est fait ou pas fait (`jalon`).
rule-M201-why = Un résultat clé est ce qui montre que l'objectif est atteint. Sans mesure, son avancement est une opinion, et le bilan de fin de période n'a rien à vérifier.

# M202 no-baseline
rule-M202-summary = Une mesure avec une cible mais sans point de départ.
rule-M202-what = Signale un résultat clé dont le titre dit que la mesure bouge (augmenter, réduire, plus de, de… à, doubler) alors que sa `mesure:` ne donne que la cible (`mesure: 300 MQL`), pas le point de départ (`mesure: 120 -> 300 MQL`). Un nombre atteint pendant la période sans mot de changement (« Récolter 150 nouveaux avis ») part de zéro et n'est pas signalé, sauf si le journal le mesure déjà. Quand le journal contient déjà une mesure du résultat clé, la correction rapide écrit la plus ancienne comme point de départ. Une cible relative (`mesure: +300 MQL`, `-20 %`) n'en a pas besoin : elle part de la valeur mesurée au début de la période.
rule-M202-why = Sans point de départ, 300 MQL peut être un bond ou le niveau déjà atteint : ni l'avancement, ni le sens, ni l'ambition de la cible ne peuvent être connus.

# M203 unit-mismatch
rule-M203-summary = Le point de départ et la cible d'une mesure sont dans deux unités différentes.
rule-M203-what = Signale un résultat clé dont la `mesure:` donne une unité des deux côtés de la flèche, et pas la même : `30 % -> 15 €`, `100 prospects -> 150 clients`. Une unité d'un seul côté convient (`3420 -> 4104 abonnés`). Signale aussi un titre qui compte dans une autre monnaie que sa mesure (`de 3 100 £ à 5 000 £` avec `mesure: 3 100 € -> 5 000 €`). Les mots d'unité se comparent sans tenir compte de la casse, des accents ni d'un `s` de pluriel (`client` et `Clients` sont la même unité).
rule-M203-why = On ne calcule pas un avancement de prospects vers des clients, ni d'un taux vers un montant : soit le point de départ mesure autre chose, soit une unité est une faute de frappe.

# M204 direction-contradiction
rule-M204-summary = Le titre dit de monter et la mesure descend, ou l'inverse.
rule-M204-what = Signale un résultat clé dont le titre dit que la mesure doit baisser (reduce, cut, lower ; réduire, baisser, diminuer…) alors que la cible de sa `mesure:` est au-dessus du point de départ, ou qu'elle doit monter (increase, grow ; augmenter, doubler…) alors que la cible est en dessous. C'est le premier mot de direction du titre qui compte. Une cible relative se juge à son signe : `mesure: +20 %` sous « Réduire le CAC de 20 % » est signalée. Un titre qui écrit le point de départ et la cible de la mesure, dans cet ordre (« Passer de 210 à 400 conteneurs »), dit la direction par ses nombres.
rule-M204-why = L'avancement se calcule à partir de la mesure. « Réduire le taux de rebond » avec `mesure: 15 % -> 30 %` compterait un rebond qui empire comme un progrès : les deux côtés ont très probablement été inversés.

# M205 title-number-mismatch
rule-M205-summary = Un nombre du titre que la mesure ne contient pas.
rule-M205-what = Signale un résultat clé dont le titre écrit un nombre qui n'est ni le point de départ, ni la cible, ni l'écart entre eux, ni cet écart en pourcentage du point de départ (ni le rapport cible ÷ départ, pour `3x`) ; un titre qui dit un facteur en mots (`doubler`, `diviser par deux`, `halve`) sans nombre est comparé au rapport cible ÷ départ, à 1 % près : « Signer 100 nouveaux clients » avec `mesure: 0 -> 80`. Les durées (`en 2 mois`, `30 days`), les années et les dates ne sont pas comparées. Quand le titre donne la cible ou l'écart, ses autres nombres sont pris pour la population, les moyens ou des noms (`12 des 85 contacts`, `10k`, `n° 1`) ; les nombres qui suivent `avec une équipe de`, `des`, `parmi`, et ceux qui touchent un mois (`avant le 15 mars`), ne sont pas comparés non plus, ni, sur un pourcentage, un nombre de choses (`Signer les 31 affaires` avec `0 % -> 100 %` : la part porte sur elles). Les résultats clés sans point de départ relèvent de `M202`. Pour une cible relative (`mesure: +300 MQL`, `-20 %`), le titre peut donner l'écart (« de 300 », « de 20 % »). Une échelle écrite à part de son nombre se lit avec lui : `43 M€`, `4,2 à 6 M€`, `50 millions`, `$1.2m`.
rule-M205-why = Les gens lisent le titre ; goalie calcule l'avancement à partir de la mesure. Quand ils divergent, l'un des deux n'a pas été mis à jour, et l'équipe court après un chiffre que personne ne suit.

# M206 activity-no-target
rule-M206-summary = Une activité sans rythme `cible:`.
rule-M206-what = Signale une activité sans `cible:` qui dise à quel rythme elle se fait : `cible: 20 appels par jour ouvré`, `cible: 1 toutes les 2 semaines`.
rule-M206-why = Une activité est une habitude tenue à un rythme. Sans rythme, le journal ne peut pas dire si vous suivez ou si vous prenez du retard.

# M207 change-without-number
rule-M207-summary = Un sens ou une comparaison sur une mesure, sans aucun nombre.
rule-M207-what = Signale un titre qui nomme une mesure et le sens où elle doit aller — plus d'inscriptions, développer les abonnements, faire baisser le churn, améliorer les ventes ; more sign-ups, grow bookings, improve customer satisfaction… — quand aucun nombre ne dit jusqu'où : aucun dans le titre, et pas de `mesure:` ni de `garder:` qui en ait un (un résultat clé sans mesure ou un jalon, ou un objectif sans résultats clés). Un résultat clé sans aucune mesure reçoit aussi `M201`, qui demande la ligne manquante ; une activité sans cible relève de `M206`. Les mots sont reconnus sous toutes leurs formes ; les listes sont `src/rules/lexicon/directions.txt`, `comparison.txt` et `metric_nouns.txt` (à compléter avec `[lexicon] directions`, `metric-nouns` dans goalie.toml).
rule-M207-why = « Plus d'inscriptions » est atteint avec une inscription de plus. Sans nombre, personne ne peut dire au bilan si le but est atteint, ni s'il valait le trimestre.

# M208 guardrail-mismatch
rule-M208-summary = Un garde-fou dont le titre et la ligne `garder:` ne disent pas la même borne ou le même niveau.
rule-M208-what = Signale un résultat clé avec `garder:` dont le titre borne dans l'autre sens — le titre dit sous, au plus, moins de ; under, at most… quand le garde-fou dit `>=` ou `>`, ou l'inverse (au moins, plus de ; above, at least… sur `<=`) — ou dont le titre donne un niveau, dans l'unité du garde-fou, qui n'est pas son seuil (`Garder le CPA sous 20 €` avec `garder: <= 25 €`). Les mots de borne sont dans `src/rules/lexicon/bounds.txt`.
rule-M208-why = Un garde-fou se vérifie sur sa ligne `garder:` ; les gens lisent son titre. Quand les deux divergent, l'alarme sonne à un niveau que personne n'a choisi, ou jamais.

# M209 unnamed-measure
rule-M209-summary = Un résultat clé mesuré en nombres nus que son titre ne nomme pas.
rule-M209-what = Signale un résultat clé dont la `mesure:` n'a pas d'unité (ni `%`, ni monnaie, ni mot compté : `2 -> 3`) alors que son titre ne nomme rien de compté : aucune mesure connue (NPS, ROAS, prospects, un taux…) ni nom après un nombre. `2 -> 3` peut alors être un retour sur dépense publicitaire, un coût par clic ou un classement.
rule-M209-why = Un nombre ne dit quelque chose qu'avec ce qu'il compte. Qui relira le plan au prochain trimestre, ou y notera l'avancement, doit savoir quel chiffre aller chercher.

## A — atteignable

# A301 unrealistic-pace
rule-A301-summary = Une cible bien au-delà du rythme que montre le journal.
rule-A301-what =
    Compare ce que demande une cible avec ce que montre le journal, et la signale quand elle demande plus de `unrealistic-pace-ratio` fois autant (1,5 par défaut, réglable sous `[thresholds]` dans goalie.toml).

    - Une activité : sa `cible:` face au compte moyen par période du rythme depuis sa première ligne de journal, dès que deux périodes complètes au moins sont passées (`cible: 6 sorties par semaine` quand le journal en montre 2 par semaine).
    - Un résultat clé avec un point de départ et une cible : le rythme encore nécessaire (ce qui reste de la dernière mesure à la cible, divisé par les jours restants jusqu'à l'échéance) face au rythme entre sa première et sa dernière mesure (au moins deux, à des jours différents, allant dans le bon sens). Les incréments s'ajoutent au point de départ. Pour un résultat clé d'un objectif ambitieux, où 70 % environ vaut réussite, c'est le rythme pour faire 70 % du chemin qui est comparé.

    Les éléments faits, abandonnés ou terminés ne sont pas vérifiés.
rule-A301-why = Une cible que le journal dit intenable n'est pas un défi, c'est un plan qui sera manqué en silence. La ramener à un rythme tenable, ou changer la façon de faire, garde le plan honnête.

# A302 not-ambitious
rule-A302-summary = Une cible égale au point de départ, ou à peine plus loin.
rule-A302-what = Signale un résultat clé dont la cible de `mesure:` est égale au point de départ, ou s'en écarte de moins de `min-change-percent` pour cent (5 % par défaut, réglable sous `[thresholds]` dans goalie.toml). Un pourcentage qui monte vers 100 % est aussi ambitieux quand il comble plus de cinq fois cette part de l'écart à 100 % (un quart par défaut : une rétention de 88 % à 92 % en comble un tiers). Un point de départ nul n'est vérifié que pour l'égalité. Une mesure dont les deux côtés sont dans des unités différentes relève de `M203`. Une cible relative se juge à sa taille : `+2 %`, ou `+100` depuis un point de départ écrit de 4 100.
rule-A302-why = Un résultat clé dit ce qui sera différent. Une cible déjà atteinte est un garde-fou — écrivez `garder: >= 40` — et un écart de 1 % tient plus du bruit que du résultat.

# A303 implausible-target
rule-A303-summary = Une cible hors d'atteinte à première vue : un gros multiple en peu de temps, tout un marché, la première place mondiale.
rule-A303-what = Signale un objectif, un résultat clé ou une activité dont le titre promet l'impossible — leader mondial, leader européen, tous les prospects, tout le marché, 100 % d'un marché ; world leader, every deal… (`src/rules/lexicon/unrealistic.txt`, à compléter avec `[lexicon] unrealistic = [...]`) — un résultat clé qui porte une part de 80 % ou moins à 100 %, ou de 5 % ou plus à 0 % (`mesure: 35 % -> 100 %` des appels d'offres gagnés, attrition `14 % -> 0 %`), et un résultat clé qui doit multiplier sa valeur plus vite qu'une entreprise ne grandit d'ordinaire, quand aucun journal ne montre qu'il le peut : ×2 ou plus à un rythme de ×2 par mois ou plus (composé : ×8 en un trimestre, ×3 en six semaines), ou ×20 en un an (ou sans aucune date) ; depuis une petite base (5 à 10) seul un rythme de ×3 par mois ou plus compte, et sous 5 un multiple ne dit rien. Le multiple est lu dans la mesure (`mesure: 10 000 EUR -> 30 000 EUR`) ou le titre (`tripler`, `x10`, `multiplier par cinq`) ; le temps dans une durée du titre (`en trois semaines`) ou la fenêtre prévue de l'élément (son début, ou aujourd'hui s'il n'en a pas, jusqu'à son échéance ou la fin de sa période). Un résultat clé qui a deux lignes de journal ou plus est laissé à `A301`, qui compare au rythme que montre le journal. « Tout » le travail de l'équipe elle-même reste à portée (« Mettre à jour toutes les opportunités », « Call every lead » : un verbe de tâche) ; `N-1`, `N+1` sont une année ou un niveau, pas le numéro un ; et un multiple ne se juge pas sur des comptes qui s'accumulent jusqu'à un événement ou un lancement daté — inscrits à un webinaire ou à un salon, listes de souhaits, précommandes (`src/rules/lexicon/events.txt`). Une part du travail de l'équipe elle-même portée à 100 % — « 100 % des nouveaux adhérents reçus », « tous les nouveaux clients appelés » (`src/rules/lexicon/own_work.txt`) — est à portée.
rule-A303-why = Une cible à laquelle personne ne croit est oubliée dès la première semaine : ce n'est pas un défi, c'est du bruit. Un chiffre difficile mais crédible, ou l'historique qui le rend crédible, garde l'équipe en visée.

# A304 already-reached
rule-A304-summary = Un résultat clé encore ouvert dont le journal montre la cible déjà atteinte.
rule-A304-what = Signale un résultat clé qui va d'un point de départ à une cible, non marqué `fait`, dont la dernière valeur notée au journal (les mesures, plus les incréments qui les suivent) atteint déjà la cible alors que sa fenêtre est encore ouverte : la cible ne demande rien que l'équipe n'ait déjà fait.
rule-A304-why = Une cible atteinte avant que le travail commence n'en est pas une : le trimestre sera « vert » quoi qu'il arrive. Relevez-la à ce qui reste un défi depuis là où vous êtes, ou marquez-la faite.

# A306 activity-too-small
rule-A306-summary = Des activités au contact d'une personne à la fois dont tout le volume est sous le résultat qu'elles doivent apporter.
rule-A306-what = Signale un résultat clé compté en ce qu'un acheteur donne au plus une fois (comptes, clients, contrats, rendez-vous…) quand toutes les activités qui le `soutiennent` sont au contact d'une personne à la fois — appels, visites, rendez-vous, démos, relances (calls, visits, meetings…) — et qu'ensemble, à leur rythme depuis leur début (ou celui du résultat clé) jusqu'à son échéance, elles font moins d'actions que le résultat clé ne doit gagner. Chaque appel devrait apporter plus d'un nouveau compte : le rythme est bien trop facile pour la cible, ou la cible hors de portée.
rule-A306-why = Un appel touche un acheteur et apporte au plus un compte ; la plupart n'en apportent aucun. Un travail prévu sous le résultat qu'il doit apporter est la première chose qu'un coach vérifie, et la plus simple à corriger : relevez le rythme, ou dites ce qui apportera le reste.

# A305 funnel-conversion
rule-A305-summary = Une étape d'entonnoir qui convertit à un taux que peu d'entonnoirs atteignent.
rule-A305-what = Signale une étape d'un entonnoir de vente ou de marketing (son but est une somme, ou des ventes, des clients, des rendez-vous…) dont la conversion atteint 75 % ou plus : 80 % des démos signées, 90 % des contacts qui prennent rendez-vous. Un entonnoir bâti sur un tel taux prévoit bien trop peu de travail en amont, et son but est hors de portée. Une étape dont le nom dit que l'acheteur a déjà dit oui — offres acceptées, signés, compromis, promesses, commandes (`src/rules/lexicon/committed.txt`) — n'est pas signalée : la plupart se concluent.
rule-A305-why = Les entonnoirs de vente et de marketing perdent l'essentiel de leur volume à chaque étape : une étape qui en garde quatre sur cinq est rare, et un plan qui compte dessus manquera son chiffre du volume qu'il n'a jamais prévu.

## R — pertinent

# R401 kr-outside-objective
rule-R401-summary = Un résultat clé sans objectif au-dessus de lui.
rule-R401-what = Signale un résultat clé qui n'appartient à aucun objectif : aucune ligne `objectif` ne le précède dans son fichier (un résultat clé appartient à l'objectif le plus proche au-dessus de lui, dans le même fichier). Si ce qu'il mesure se suffit à lui-même, faites-en un objectif avec ce résultat clé en dessous, ou une activité.
rule-R401-why = Un résultat clé mesure un objectif. Seul, personne ne sait à quoi il sert, son avancement ne compte pour rien, et il ne reçoit aucune date d'un objectif.

# R402 activity-supports-nothing
rule-R402-summary = Une activité qui ne contribue à aucun objectif, résultat clé ou entonnoir.
rule-R402-what = Signale une activité sans ligne `soutient:` (ou `contribue:`), ou dont le `soutient:` ne nomme que des identifiants qui n'existent pas (ceux-ci sont aussi signalés en `E003`). Une activité qui donne sa propre raison dans une ligne `pourquoi:` (une habitude tenue pour elle-même, par exemple) n'est pas signalée.
rule-R402-why = Chaque appel, publication ou rendez-vous prend du temps à autre chose. Relier une activité au résultat qu'elle doit faire bouger dit pourquoi elle vaut ce temps, et permet de comparer son rythme à ce que le résultat demande.

# R403 objective-no-why
rule-R403-summary = Un objectif qui ne dit pas pourquoi il compte.
rule-R403-what = Signale un objectif sans ligne `pourquoi:` (`why:` en anglais) ni `parent:` : un objectif rattaché à un objectif plus large le sert, et en partage la raison.
rule-R403-why = La raison d'un objectif est ce à quoi on se raccroche quand un choix n'est pas prévu par le plan. Écrite, elle permet aussi de dire, en fin de période, si l'objectif avait toujours du sens.

# R404 objective-no-parent
rule-R404-summary = Un objectif sans `parent:` alors qu'un objectif plus large couvre sa période.
rule-R404-what = Signale un objectif sans ligne `parent:` quand il existe un objectif plus large : un autre objectif dont les dates contiennent strictement les siennes (un objectif annuel au-dessus d'objectifs trimestriels). Seuls comptent les objectifs liés au fichier de l'objectif : ceux du même fichier, et ceux d'un fichier auquel un élément de ce fichier renvoie déjà (par `parent:` ou `soutient:`). Des plans sans rapport rangés dans un même dossier ne sont donc pas mêlés. La correction rapide ajoute `parent:` avec l'objectif plus large le plus proche.
rule-R404-why = Un objectif qui ne dit pas quel but plus large il sert peut s'en éloigner sans que personne ne le voie. Le lien permet aussi de remonter l'avancement des objectifs d'équipe vers ceux de l'entreprise.

# R405 only-financial
rule-R405-summary = Un objectif dont tous les résultats clés portent sur l'argent.
rule-R405-what = Signale un objectif qui a au moins un résultat clé, tous financiers. Un résultat clé est financier quand sa mesure est dans une monnaie (`€`, `$`, `EUR`…), ou quand son titre nomme un résultat financier (chiffre d'affaires, CA, ventes, marge, bénéfice ; revenue, sales, ARR, MRR…) ou une somme d'argent sans rien nommer de ce que les clients reçoivent : clients, utilisateurs, satisfaction, NPS, fidélité, rétention, usage, parrainages, avis (customers, users, retention, churn, referrals, reviews…). C'est le plan qui est jugé : un objectif d'argent à côté d'un autre objectif du même fichier qui a un résultat clé sur les clients n'est pas signalé, ni celui dont le `pourquoi:` dit à quoi sert l'argent (« financer la rénovation des salles de bain ») ; un pourquoi qui ne fait que redire le chiffre (`R406`) ne compte pas.
rule-R405-why = L'argent est le fruit de la valeur apportée aux clients, pas un substitut. Un plan mesuré seulement en chiffre d'affaires peut être tenu à coups de remises ou de pression qui coûtent cher plus tard ; un résultat clé sur ce que les clients reçoivent garde la valeur en vue.

# R407 funnel-supports-nothing
rule-R407-summary = Un entonnoir qui ne contribue à aucun objectif ni résultat clé.
rule-R407-what = Signale, pour information, un entonnoir sans ligne `soutient:` qui nomme un objectif ou un résultat clé de l'espace de travail, et sans `pourquoi:` à lui. Les identifiants qui n'existent pas sont aussi signalés en `E003`.
rule-R407-why = Un entonnoir dit combien de travail un chiffre demande : contacts, démos, ventes. Relié au résultat clé qu'il alimente, sa prévision dit si ce résultat sera atteint ; seul, rien ne dit pourquoi ce chiffre compte.

# R406 why-no-reason
rule-R406-summary = Un `pourquoi:` qui dit seulement qu'il faut faire le chiffre, ou que quelqu'un l'a demandé.
rule-R406-what = Signale, pour information, un objectif dont le `pourquoi:` ne contient que des mots d'argent (chiffre d'affaires, marge, le chiffre), une consigne (demandé par le national, la direction veut), l'envie de grossir ou des mots vagues : « Faire du chiffre », « C'est l'objectif demandé par le national », « améliorer notre marge ». Un autre mot au plus est permis ; un fait sur les clients, le marché ou le travail (« Les clients parrainés partent deux fois moins ») est une raison.
rule-R406-why = Le pourquoi permet à l'équipe de choisir quand deux objectifs se disputent le temps, et dit à un responsable si l'objectif compte encore. « Faire du chiffre » vaut pour tous les objectifs ; la raison derrière le chiffre (ce qu'il finance, ce qu'il change pour les clients) est celle qui mérite d'être écrite.

## T — temporel

# T501 no-date
rule-T501-summary = Un objectif, un résultat clé ou un entonnoir sans date de fin.
rule-T501-what = Signale un objectif, un entonnoir, ou un résultat clé sans objectif, qui n'a pas de date de fin : ni `échéance:`, ni `période:` et (pour un entonnoir) ni date `d'ici` dans son but ni élément daté qu'il `soutient:`. Un résultat clé sans date prend celle de son objectif : un résultat clé sous un objectif non daté n'est donc pas signalé une seconde fois, dater l'objectif les date tous. La correction rapide ajoute une ligne `période:` pour le trimestre en cours (`period:` et un trimestre `Q` quand l'élément est écrit en anglais).
rule-T501-why = Un objectif sans échéance est un vœu : rien ne dit quand le vérifier, ni à quel rythme il doit avancer. Une date fait de « signer 100 clients » un rythme que l'on peut suivre.

# T502 overdue
rule-T502-summary = Un résultat clé dont l'échéance est passée sans qu'il soit atteint.
rule-T502-what = Signale un résultat clé dont la date de fin (son `échéance:` ou sa `période:`, ou celle de son objectif) est passée alors qu'il n'est pas atteint : un jalon sans ligne `fait`, ou une `mesure:` dont la valeur actuelle n'a pas atteint la cible. La valeur actuelle est la dernière mesure, plus les incréments notés après elle, en partant de la valeur de départ ; sans valeur de départ, la cible est un nombre à atteindre. Un résultat clé qui a une ligne `fait`, `abandonné` ou `bilan`, ou dont l'objectif a un `bilan`, est clos et n'est pas signalé ; les seuils (`garder:`), les activités et les résultats clés sans mesure ne sont jamais en retard.
rule-T502-why = Une échéance qui passe sans bruit apprend à tous que les dates ne comptent pas. Clôturez le résultat clé : notez-le fait, écrivez un bilan de ce qui a manqué, abandonnez-le, ou déplacez la date en connaissance de cause.

# T503 no-retrospective
rule-T503-summary = Un objectif dont la période est finie, sans bilan.
rule-T503-what = Signale un objectif dont la date de fin (`échéance:` ou fin de `période:`) est passée sans qu'aucune ligne `bilan` (ou `rétro`) n'ait été écrite pour lui ou pour l'un de ses résultats clés. Un objectif qui a une ligne `abandonné` n'est pas signalé.
rule-T503-why = La fin d'une période est le moment où une équipe apprend le plus : ce qui a marché, ce qui n'a pas marché, quoi viser ensuite. Un bilan d'une ligne garde la leçon à côté de l'objectif qu'elle concerne.

# T504 funnel-no-start
rule-T504-summary = Un entonnoir sans date de début : ses étapes ne peuvent être ni jugées ni projetées.
rule-T504-what = Signale un entonnoir qui a des étapes mais pas de début : ni `début:`, ni `période:`, ni élément daté qu'il `soutient:` dont il prendrait la période, dès que quelque chose y est compté (une ligne de journal sur lui ou ses étapes, ou une activité qui les soutient) : un entonnoir au but daté où rien n'est encore compté n'a rien à projeter, et sa date suffit à le borner dans le temps. Un entonnoir sans aucune date de fin relève de `T501`.
rule-T504-why = Les volumes notés pour un entonnoir se jugent et se projettent à partir de son début : sans lui, chaque étape dit « sans données » et la prévision du but n'apparaît jamais.

## forme des OKR

# O601 kr-count
rule-O601-summary = Un objectif avec trop peu ou trop de résultats clés.
rule-O601-what = Signale un objectif qui a moins de résultats clés que `min-key-results` (1 par défaut) ou plus que `max-key-results` (5 par défaut) ; les deux se règlent sous `[thresholds]` dans goalie.toml. Les résultats clés qui ont une ligne `abandonné` ne comptent pas.
rule-O601-why = Sans résultat clé, personne ne peut dire si un objectif est atteint. Avec trop de résultats clés, aucun n'a vraiment d'attention : trois à cinq, c'est ce qu'une équipe peut suivre semaine après semaine.

# O602 too-many-objectives
rule-O602-summary = Une même personne porte trop d'objectifs sur la même période.
rule-O602-what = Signale une personne nommée dans `responsable:` sur plus d'objectifs en cours en même temps que `max-objectives-per-owner` (5 par défaut, sous `[thresholds]` dans goalie.toml). Deux objectifs se chevauchent quand leurs périodes ont au moins un jour en commun ; un objectif sans date les chevauche tous. Les noms sont comparés sans leur `@` et sans tenir compte des majuscules ; les objectifs qui ont une ligne `abandonné` ne comptent pas. Le signalement porte sur chaque objectif au-delà de la limite.
rule-O602-why = Les objectifs sont peu nombreux à dessein : ils disent ce qui compte le plus. Quelqu'un qui répond de six objectifs dans un trimestre choisira, en pratique, entre eux sans le dire.

# O603 task-like-kr
rule-O603-summary = Un résultat clé formulé comme une tâche à faire plutôt qu'un résultat.
rule-O603-what = Signale un résultat clé dont le titre commence par un verbe de tâche — lancer, rédiger, appeler, analyser, publier, organiser ; launch, write, call… (la liste est `src/rules/lexicon/task_verbs.txt`, à compléter avec `[lexicon] task-verbs = [...]` dans goalie.toml). Les jalons aussi : un jalon nomme l'état atteint (`Programme partenaires ouvert avec 5 partenaires signés`), pas la corvée (`Animer l'atelier partenaires`). Les tournures qui commencent comme une tâche mais nomment un résultat — gagner des clients, construire le pipeline ; grow the pipeline, win customers… (`src/rules/lexicon/outcome_idioms.txt`, à compléter avec `[lexicon] outcome-idioms = [...]`) — ne le sont pas. Les mots sont reconnus sous toutes leurs formes. Quand le résultat clé n'a aucune mesure, une correction rapide en fait une activité (le mot-clé devient `activité`, ou `activity` en anglais). Un résultat clé qui a une `mesure:` ou un seuil `garder:` n'a pas de correction : reformulez-le comme le résultat que la tâche doit apporter. Un résultat clé dont la mesure compte des personnes dans un état — affiliés, stagiaires, adhérents, abonnés ; affiliates, trainees (`src/rules/lexicon/people.txt`) — nomme ce que le verbe produit (« Recruter 200 affiliés », « Former 150 stagiaires ») et n'est pas signalé. Ni celui dont le titre dit, après `avec`, le nombre que compte sa mesure (« Participer à ProWein avec 60 rendez-vous acheteurs pris » sur `0 -> 60 rendez-vous`) : le résultat est nommé.
rule-O603-why = « Rédiger 8 articles » peut être fait entièrement sans que rien ne change pour l'entreprise. Un résultat clé dit ce que le travail doit apporter (« 300 prospects venus du référencement ») ; le travail lui-même est une activité qui y contribue.

# O604 no-owner
rule-O604-summary = Un objectif sans responsable.
rule-O604-what = Signale un objectif sans ligne `responsable:`. Les corrections rapides ajoutent `responsable:` (`owner:` en anglais) avec l'une des personnes déjà nommées responsables ailleurs dans l'espace de travail, les trois plus fréquentes d'abord.
rule-O604-why = Un objectif partagé par tous n'est porté par personne. Un nom dit qui fait le point, qui tire la sonnette d'alarme et qui écrit le bilan.

# O605 no-commitment
rule-O605-summary = Un objectif qui ne se dit ni engagé ni ambitieux.
rule-O605-what = Signale un objectif qui n'a ni le drapeau `engagé` ni le drapeau `ambitieux` (`committed`, `aspirational` en anglais). Les corrections rapides ajoutent l'un ou l'autre sous l'en-tête.
rule-O605-why = Un objectif engagé doit être atteint en entier ; un objectif ambitieux est réussi vers 70 %. Si ce n'est pas écrit, l'équipe et ceux qui lisent le plan supposeront chacun le leur, et jugeront le résultat selon des règles différentes.

# O606 numeric-objective
rule-O606-summary = Un objectif dont le titre est un chiffre à atteindre.
rule-O606-what = Signale, pour information, un objectif dont le titre énonce la cible : une somme, un pourcentage, ou un nombre de ce qu'un résultat clé mesure (« Faire 45 000 € de CA en décembre », « Reach $20k MRR »). Les dates, les durées, les années et la population visée (« nos 40 premiers comptes », « dans leurs 90 premiers jours », « les affaires sous 5 000 € ») ne sont pas des cibles.
rule-O606-why = Dans un OKR, l'objectif dit qualitativement ce qu'on cherche et les résultats clés portent les chiffres. Un objectif qui n'est qu'un chiffre ne laisse rien à viser une fois atteint, ni rien pour choisir entre deux façons de l'atteindre.

## suivi

# C701 stale
rule-C701-summary = Un objectif en cours sans ligne de journal ni point d'étape depuis trop longtemps.
rule-C701-what = Signale un objectif, un résultat clé ou une activité en cours — ses dates contiennent aujourd'hui, ou il a commencé et n'a pas de fin, ou, sans aucune date, il a des lignes de journal — ni fait ni abandonné, quand aucune ligne de journal ne le concerne depuis `stale-days` jours (14 par défaut, sous `[thresholds]` dans goalie.toml). Un élément sans aucune ligne compte à partir de son début ; un espace de travail sans aucune ligne de journal est un plan en cours d'écriture, et rien n'y est signalé. Ce qui compte : pour un objectif, une ligne sur lui ou l'un de ses résultats clés ; pour un résultat clé, une ligne sur lui ou sur son objectif (un point d'étape sur l'objectif passe en revue ses résultats clés) ; pour les deux, une ligne sur une activité qui `soutient:` l'un d'eux (le travail se note là où il se fait), ou le début d'une telle activité ; pour une activité, une ligne sur elle, et une activité dont le rythme dépasse `stale-days` (`1 par mois`) a droit à une période entière. Quand un objectif est sans nouvelles, ses résultats clés ne sont pas signalés en plus.
rule-C701-why = Les objectifs qu'on ne regarde plus sont abandonnés sans bruit : le plan dit encore qu'ils comptent alors que personne n'y travaille. Une courte ligne de journal ou un point de confiance toutes les une ou deux semaines garde le plan fidèle, et montre tôt ce qui dérape.
