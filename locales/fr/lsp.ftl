# The language server.

lsp-cannot-start = goalie lsp : impossible de démarrer : { $error }
