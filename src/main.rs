//! The `allianssi` binary: a subcommand runs the command line; no arguments or a file name
//! are for the graphical application (built with the `gui` feature).

use allianssi::cli::{Cli, INVALID, run};
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The hidden save loop of the kill-during-save test (see storage::stress); test builds only.
    #[cfg(feature = "fault-injection")]
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
            window(cli.file)
        }
    }
}

#[cfg(feature = "gui")]
fn window(file: Option<PathBuf>) -> ExitCode {
    match allianssi::app::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Allianssi: the window could not be opened: {e}");
            ExitCode::from(INVALID)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn window(_: Option<PathBuf>) -> ExitCode {
    eprintln!("Allianssi: this build has no window (built without the `gui` feature); see `allianssi --help`.");
    ExitCode::from(INVALID)
}
