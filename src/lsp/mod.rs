//! `goalie lsp`: the language server, a thin shell over the analysis API.
//!
//! `framing.rs` reads frames off the wire and `transport.rs` answers
//! malformed ones and hands the rest to the service, so no input ends the
//! server; `server.rs` receives messages and dispatches them; `state.rs`
//! holds the files and settings; `position.rs` is the one converter between byte
//! offsets and LSP positions; every other file is one capability.

mod code_action;
mod commands;
mod completion;
mod definition;
mod diagnostics;
mod document_highlight;
mod document_symbols;
mod folding;
mod formatting;
mod framing;
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
pub mod snapshot;
pub mod state;
mod transport;
mod workspace_symbols;

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::LspService;

pub use server::Backend;
pub use transport::Ending;

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

/// Serves one client over a byte stream until it exits or leaves.
pub async fn serve<I, O>(
    input: I,
    output: O,
    service: (LspService<Backend>, tower_lsp_server::ClientSocket),
) -> Ending
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    transport::serve(input, output, service, transport::STALL).await
}

/// [`serve`], with how long a client may pause mid-message before what came
/// is taken as a (malformed) whole: tests shorten it.
pub async fn serve_with_stall<I, O>(
    input: I,
    output: O,
    service: (LspService<Backend>, tower_lsp_server::ClientSocket),
    stall: Duration,
) -> Ending
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    transport::serve(input, output, service, stall).await
}

/// `goalie lsp`: serves on stdin and stdout. Exits with 1 after an `exit`
/// that no `shutdown` preceded, as the protocol asks.
pub fn run_stdio() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            // No client has said its language yet.
            let m = crate::i18n::msg!(lsp_cannot_start, error = e.to_string());
            eprintln!("{}", m.render(crate::i18n::Lang::En));
            return std::process::ExitCode::from(2);
        }
    };
    let ending = runtime.block_on(serve(
        tokio::io::stdin(),
        tokio::io::stdout(),
        service(false),
    ));
    // Tokio reads stdin on a blocking thread that cannot be interrupted:
    // do not wait for it (the client may keep the pipe open after `exit`).
    runtime.shutdown_background();
    match ending {
        Ending::Exit | Ending::EndOfInput => std::process::ExitCode::SUCCESS,
        Ending::ExitWithoutShutdown => std::process::ExitCode::from(1),
    }
}
