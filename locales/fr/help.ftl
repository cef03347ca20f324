# `goalie --help`, `goalie COMMANDE --help` et les pages de manuel.

help-heading-usage = Utilisation :
help-heading-options = Options :
help-heading-arguments = Arguments :
help-heading-commands = Commandes :
help-arg-help = Afficher l'aide
help-arg-version = Afficher la version

help-goalie = Des objectifs tenus en texte brut, vérifiés comme du code.
help-check = Vérifier les fichiers .goals et signaler les problèmes
help-check-long =
    Vérifier les fichiers .goals et signaler les problèmes.

    Code de sortie : 0 sans erreur, 1 quand des erreurs sont trouvées (ou des constats au niveau de --deny), 2 en cas d'erreur d'utilisation, de configuration ou d'entrée-sortie.
help-rules = Lister chaque règle avec son code, sa famille et sa gravité par défaut
help-explain = Afficher la documentation d'une règle : ce qu'elle vérifie, pourquoi, et des exemples
help-status = Montrer où en est chaque objectif : avancement, statut, rythme et prévision
help-report = Écrire un rapport HTML : courbes d'avancement, grilles d'activité, entonnoirs et synthèse des objectifs, en un seul fichier autonome
help-log = Ajouter une ligne de journal pour un élément, dans le fichier où vivent ses lignes de journal
help-import = Ajouter des lignes de journal depuis un export CSV (analytics, CRM, paiements, tableur) : une ligne par jour, jamais deux fois
help-fmt = Réécrire les fichiers .goals dans leur mise en page canonique
help-watch = Revérifier les fichiers .goals à chaque modification, jusqu'à Ctrl-C
help-init = Écrire un plan de départ, un goalie.toml commenté et, sur demande, des fichiers de CI et de pre-commit
help-lsp = Lancer le serveur de langage sur l'entrée et la sortie standard (pour les éditeurs)
help-completions = Afficher un script de complétion pour le shell sur la sortie standard
help-man = Afficher la page de manuel goalie(1), ou avec --out écrire goalie.1 et une page goalie-COMMANDE.1 par commande dans un dossier

help-arg-today = Le jour de référence, AAAA-MM-JJ [par défaut : `today` dans goalie.toml, sinon la date du système]
help-arg-lang = Langue des messages [par défaut : `lang` dans goalie.toml, sinon GOALIE_LANG, LC_ALL, LC_MESSAGES ou LANG, sinon l'anglais]
help-arg-color = Quand utiliser les couleurs ; NO_COLOR est respecté
help-arg-config = Utiliser ce fichier de configuration au lieu de chercher goalie.toml (GOALIE_CONFIG peut aussi le nommer)
help-arg-no-config = Ignorer les fichiers goalie.toml : utiliser les valeurs par défaut
help-check-arg-fix = Appliquer les corrections mécaniques proposées par les diagnostics, puis signaler ce qui reste. Seuls les passages corrigés changent
help-check-arg-deny = Gravité la plus basse qui donne le code de sortie 1

help-default = [par défaut : { $value }]
help-possible-values = [valeurs possibles : { $values }]
help-possible-values-heading = Valeurs possibles :
help-possible-value = - { $value } : { $help }
help-help = Afficher ce message ou l'aide des commandes données

help-check-arg-paths = Fichiers ou dossiers à vérifier [par défaut : .]. Les fichiers *.goals sont cherchés dans les dossiers, en respectant .gitignore
help-check-arg-format = Format de sortie
help-check-arg-format-text = diagnostics mis en forme par miette, avec des extraits du texte
help-check-arg-format-json = Un tableau d'objets avec `file`, `line`, `column`, `end_line`, `end_column`, `severity`, `code`, `name`, `message`
help-check-arg-format-sarif = SARIF 2.1.0, pour le code scanning de GitHub et d'autres outils
help-check-arg-format-github = Commandes de workflow GitHub Actions (annotations sur les lignes)
help-check-arg-stdin = Vérifier ce qui est tapé sur l'entrée standard au lieu de fichiers : un texte `.goals`, ou une seule formulation d'objectif (« Passer de 300 à 450 MQL d'ici mars »), jugée sur sa formulation par les mêmes règles qu'un résultat clé
help-check-arg-root = La racine du dépôt, à laquelle les chemins SARIF sont relatifs [par défaut : le dossier principal git du dossier courant, sinon le dossier courant]
help-rules-arg-lang = Langue des résumés
help-explain-arg-code = Le code d'une règle (`S101`) ou son nom (`vague-wording`)
help-explain-arg-lang = Langue de la documentation
help-status-arg-paths = Fichiers ou dossiers à lire [par défaut : .]
help-status-arg-format = Format de sortie
help-report-arg-paths = Fichiers ou dossiers à lire [par défaut : .]
help-report-arg-html = Le fichier HTML à écrire (remplacé s'il existe)
help-log-arg-id = L'identifiant de l'élément (objectif, résultat clé, activité, entonnoir ou étape)
help-log-arg-value = Ce qui s'est passé, comme sur une ligne de journal : une valeur (`24 %`, `12 500 €`), un nombre (`17`), un incrément (`+3`, `-2`), `fait`, `abandonné`, `confiance 60 %` ou `rétro`. Plusieurs mots peuvent suivre sans guillemets ; écrivez `--` avant une valeur comme `-0,5` qui n'est pas un simple nombre
help-log-arg-date = Le jour de la ligne [par défaut : aujourd'hui]
help-log-arg-note = Une note à ajouter à la ligne
help-log-arg-paths = Fichiers ou dossiers qui contiennent les objectifs [par défaut : .]. Peut être répété
help-import-arg-csv = L'export CSV à lire (séparé par `,`, `;` ou des tabulations)
help-import-arg-paths = Fichiers ou dossiers qui contiennent les objectifs [par défaut : .]
help-import-arg-source = Utiliser la table `[[import]]` de goalie.toml qui porte ce nom ; les options ci-dessous remplacent ses clés
help-import-arg-id = L'élément auquel les lignes sont destinées
help-import-arg-date = La colonne qui contient le jour
help-import-arg-value = La colonne qui contient la valeur (inutile avec --count)
help-import-arg-count = Compter les lignes de chaque jour, écrites comme un incrément (`+N`)
help-import-arg-sum = Additionner la colonne des valeurs par jour, écrite comme un incrément (`+N`)
help-import-arg-filters = Ne garder que les lignes dont la COLONNE contient VALEUR (sans tenir compte de la casse ni des accents). Peut être répété : toutes doivent être vraies
help-import-arg-scale = Multiplier chaque valeur par ce nombre (un taux analytics de 0,412 donne 41,2 % avec --scale 100 --unit %)
help-import-arg-unit = L'unité écrite après chaque nombre (`%`, `EUR`, `sessions`…) [par défaut : celle que portent les cellules, s'il y en a une]
help-import-arg-to = Le fichier où ajouter les nouvelles lignes [par défaut : là où `goalie log` écrirait pour l'élément]
help-import-arg-date-format = Comment la colonne des dates écrit les jours, au format strftime (`%d/%m/%Y`, `%m/%d/%Y %H:%M`…) [par défaut : détecté]
help-import-arg-name = Le nom dans le commentaire de repère (`# import NOM`) [par défaut : le nom donné à --source]
help-import-arg-dry-run = Ne rien écrire ; afficher les changements sous forme de diff
help-import-arg-skip-bad = Importer les bonnes lignes et lister les mauvaises, au lieu de s'arrêter à la première
help-fmt-arg-paths = Fichiers ou dossiers à mettre en forme [par défaut : .]. Les fichiers *.goals sont cherchés dans les dossiers, en respectant .gitignore
help-fmt-arg-check = Ne rien écrire ; lister les fichiers qui ne sont pas mis en forme et sortir avec 1 s'il y en a
help-fmt-arg-diff = Ne rien écrire ; afficher les changements sous forme de diff unifié
help-fmt-arg-lang = Langue des messages [par défaut : selon GOALIE_LANG, LC_ALL, LC_MESSAGES ou LANG, sinon l'anglais]
help-fmt-arg-color = Quand colorer le diff ; NO_COLOR est respecté
help-watch-arg-paths = Fichiers ou dossiers à surveiller [par défaut : .]. Les dossiers sont surveillés avec tout ce qu'ils contiennent ; les fichiers *.goals sont lus comme `check` les lit
help-init-arg-dir = Dossier où écrire les fichiers [par défaut : .] ; créé s'il n'existe pas
help-init-arg-lang = Langue du plan et des messages [par défaut : selon GOALIE_LANG, LC_ALL, LC_MESSAGES ou LANG, sinon l'anglais]
help-init-arg-template = Le sujet du plan de départ
help-init-arg-template-okr = Un objectif d'équipe avec des résultats clés de toutes sortes
help-init-arg-template-sales = Un plan commercial : chiffre d'affaires, pipeline et prospection
help-init-arg-template-habits = Des habitudes personnelles, avec un but qu'elles servent
help-init-arg-today = Le jour à partir duquel les dates du plan sont calculées, AAAA-MM-JJ [par défaut : la date du système]
help-init-arg-ci = Écrire aussi un workflow de CI qui vérifie les plans
help-init-arg-ci-github = { ".github/workflows/goalie.yml" }, avec l'action GitHub de goalie
help-init-arg-pre-commit = Écrire aussi un .pre-commit-config.yaml avec les hooks de goalie
help-init-arg-force = Écraser les fichiers qui existent déjà
help-lsp-arg-stdio = Accepté et ignoré : l'entrée et la sortie standard sont le seul transport (certains clients, comme vscode-languageclient, le passent)
help-completions-arg-shell = Le shell pour lequel compléter
help-man-arg-out = Dossier où écrire toutes les pages (goalie.1 et une page goalie-COMMANDE.1 par commande) ; créé s'il n'existe pas. Sans lui, goalie.1 est affiché sur la sortie standard
help-man-arg-lang = Langue des messages

help-man-section-name = NOM
help-man-section-synopsis = SYNOPSIS
help-man-section-description = DESCRIPTION
help-man-section-options = OPTIONS
help-man-section-commands = COMMANDES
help-man-section-version = VERSION

help-value-command = COMMANDE
