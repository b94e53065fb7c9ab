//! The `allianssi` binary: a subcommand runs the command line; no arguments or a file name
//! are for the graphical application.

use allianssi::cli::{Cli, INVALID, run};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The hidden save loop of the kill-during-save test (see storage::stress).
    if let Some(code) = allianssi::storage::stress::from_env() {
        return ExitCode::from(code);
    }
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match cli.command {
        Some(command) => ExitCode::from(run(command, &mut out, &mut err)),
        None => {
            drop((out, err));
            match allianssi::app::run(cli.file) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("Allianssi: the window could not be opened: {e}");
                    ExitCode::from(INVALID)
                }
            }
        }
    }
}
