//! `goalie lsp`: the language server, a thin shell over the analysis API.
//!
//! `server.rs` receives messages and dispatches them; `state.rs` holds the
//! files and settings; `position.rs` is the one converter between byte
//! offsets and LSP positions; every other file is one capability.

mod code_action;
mod commands;
mod completion;
mod definition;
mod diagnostics;
mod document_symbols;
mod folding;
mod formatting;
mod hover;
mod index;
mod inlay_hints;
mod lookup;
pub mod position;
mod references;
mod rename;
mod semantic_tokens;
mod server;
mod settings;
pub mod state;
mod workspace_symbols;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

pub use server::Backend;

/// The service, with the hidden test hooks when `test_hooks` is set.
pub fn service(test_hooks: bool) -> (LspService<Backend>, tower_lsp_server::ClientSocket) {
    let builder = LspService::build(Backend::new);
    let builder = if test_hooks {
        builder.custom_method("goalie/test/panic", Backend::test_panic)
    } else {
        builder
    };
    builder.finish()
}

/// Serves one client over a byte stream until it exits.
pub async fn serve<I, O>(
    input: I,
    output: O,
    service: (LspService<Backend>, tower_lsp_server::ClientSocket),
) where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let (service, socket) = service;
    Server::new(input, output, socket).serve(service).await;
}

/// `goalie lsp`: serves on stdin and stdout.
pub fn run_stdio() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("goalie lsp: cannot start: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    runtime.block_on(serve(
        tokio::io::stdin(),
        tokio::io::stdout(),
        service(false),
    ));
    std::process::ExitCode::SUCCESS
}
