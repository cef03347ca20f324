fn main() -> std::process::ExitCode {
    goalie::cli::main()
}
