//! The `allianssi` binary: a subcommand runs the command line; no arguments or a file name
//! are for the graphical application.

use allianssi::cli::{Cli, INVALID, run};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match cli.command {
        Some(command) => ExitCode::from(run(command, &mut out, &mut err)),
        None => {
            use std::io::Write;
            let _ = writeln!(
                err,
                "Allianssi: ikkunasovellus ei vielä sisälly tähän versioon. Käytä komentoja \
                 allianssi templates, new, check, settle ja scenarios (ohje: allianssi --help).\n\
                 Allianssi: the windowed application is not part of this build yet; use the \
                 subcommands templates, new, check, settle and scenarios (see allianssi --help)."
            );
            ExitCode::from(INVALID)
        }
    }
}
