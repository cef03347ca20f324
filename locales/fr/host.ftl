# host

## src/host/load.rs

host-this-not-regular-file = ce n'est pas un fichier ordinaire (un périphérique, un tube ou une socket) : goalie ne lit que des fichiers .goals ordinaires
host-this-binary-file-not = ce fichier est binaire, pas un fichier texte .goals (il contient ici un octet NUL)
host-this-file-not-valid = ce fichier n'est pas du texte UTF-8 valide ; enregistrez-le en UTF-8

## src/host/locked.rs

host-error-read-only-nothing = erreur : { $path } est en lecture seule ; rien n'a été écrit
host-error-changed-while-goalie = erreur : { $path } a changé pendant que goalie y travaillait ; il est laissé tel quel : relancez la commande
host-error-cannot-write-file = erreur : impossible d'écrire dans { $path } : { $error } ; le fichier est inchangé

## src/host/config.rs

host-file-too-large = ce fichier fait { $size } Mio, au-delà de la limite de { $limit } Mio pour un fichier .goals : découpez-le (un journal par année, par exemple)
host-cannot-read-configuration = impossible de lire la configuration : { $reason }
host-configuration-over-limit = au-delà de la limite de { $limit } Kio

## src/host/config.rs

host-configuration-not-regular-file = la configuration n'est pas un fichier ordinaire (un périphérique, un tube ou une socket)
host-configuration-not-utf-8 = la configuration n'est pas du texte UTF-8
