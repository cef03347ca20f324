//! `goalie completions SHELL`: completion scripts generated from the same
//! clap definitions as the parser, so they never drift from it.

use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: CompletionsArgs) -> ExitCode {
    let mut cmd = super::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "goalie", &mut script);
    super::emit_then(script, ExitCode::SUCCESS)
}
