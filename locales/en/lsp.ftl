# The language server.

lsp-cannot-start = goalie lsp: cannot start: { $error }
