//! goalie for Zed: starts `goalie lsp`, found on the PATH of the worktree's
//! shell, for `.goals` files.

use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Goalie;

impl zed::Extension for Goalie {
    fn new() -> Self {
        Goalie
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let path = worktree.which("goalie").ok_or_else(|| {
            "goalie is not on PATH: install it with `cargo install --locked --path .` \
             in the goalie repository (docs/install.md)"
                .to_string()
        })?;
        Ok(zed::Command {
            command: path,
            args: vec!["lsp".into()],
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Goalie);
