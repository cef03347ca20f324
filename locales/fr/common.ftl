# Mots communs à tous les domaines.

# « a, b ou c » : list-comma joint tout sauf le dernier, list-or ajoute le dernier.
list-comma = { $list }, { $next }
list-or = { $list } ou { $last }
list-and = { $list } et { $last }

