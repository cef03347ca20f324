# Mots communs à tous les domaines.

# « a, b ou c » : list-comma joint tout sauf le dernier, list-or ajoute le dernier.
list-comma = { $list }, { $next }
list-or = { $list } ou { $last }
list-and = { $list } et { $last }

# Comment s'écrivent les nombres : 12 345,6 (une espace insécable).
number-group-separator = { "\u00A0" }
number-decimal-separator = ,
