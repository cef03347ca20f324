# `goalie --help`, `goalie COMMANDE --help` et les pages de manuel.

help-heading-usage = Utilisation :
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commandes
help-heading-help = Afficher l'aide
help-heading-version = Afficher la version

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
