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
    let command = cli.command.or_else(|| {
        cli.install_desktop.then(|| allianssi::cli::Command::InstallDesktop {
            uninstall: false,
            lang: allianssi::i18n::Language::of_environment(),
        })
    });
    match command {
        Some(command) => ExitCode::from(run(command, &mut out, &mut err)),
        None => {
            drop((out, err));
            window(cli.file)
        }
    }
}

/// Whether a window can be opened: on Linux and the BSDs a display server must be named (X11's
/// `DISPLAY` or Wayland's `WAYLAND_DISPLAY`); elsewhere the system always has one.
#[cfg(feature = "gui")]
fn has_display() -> bool {
    if !cfg!(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd", target_os = "netbsd")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"].iter().any(|k| std::env::var_os(k).is_some_and(|v| !v.is_empty()))
}

#[cfg(feature = "gui")]
fn window(file: Option<PathBuf>) -> ExitCode {
    if !has_display() {
        // No display (a server, an SSH session): say so instead of a panic from the windowing
        // library, and point to the command line, which needs none.
        let lang = allianssi::i18n::Language::of_environment();
        eprintln!("{}", allianssi::i18n::text(lang, allianssi::i18n::Key::CliNoDisplay));
        return ExitCode::from(allianssi::cli::IO);
    }
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
