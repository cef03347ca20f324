//! `goalie watch`.

#[derive(clap::Args, Debug)]
pub struct WatchArgs {}

pub fn run(_args: WatchArgs) -> std::process::ExitCode {
    std::process::ExitCode::SUCCESS
}
