//! A hidden mode of the binary for the kill-during-save test (`tests/reliability.rs`):
//! `ALLIANSSI_SAVE_LOOP=TARGET allianssi A.ron B.ron` loads the plans A and B and saves them over
//! TARGET in turn until it is killed, printing `saved N` after each save. Built only with the
//! `fault-injection` feature, which only the tests switch on.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The environment variable that switches the binary into the save loop.
pub const ENV: &str = "ALLIANSSI_SAVE_LOOP";

/// Runs the save loop when `ENV` is set (never returns then, unless a file cannot be read or
/// written: exit code 2). `None` when it is not set.
pub fn from_env() -> Option<u8> {
    let target = PathBuf::from(std::env::var_os(ENV)?);
    let sources: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    Some(save_loop(&target, &sources))
}

fn save_loop(target: &Path, sources: &[PathBuf]) -> u8 {
    let mut plans = Vec::new();
    for s in sources {
        match super::load(s) {
            Ok(l) => plans.push(l.plan),
            Err(e) => {
                eprintln!("{e}");
                return 2;
            }
        }
    }
    if plans.is_empty() {
        eprintln!("{ENV}: give the plan files to save in turn");
        return 2;
    }
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let plan = &plans[(n % plans.len() as u64) as usize];
        if let Err(e) = super::save(plan, target) {
            eprintln!("{e}");
            return 2;
        }
        let _ = writeln!(out, "saved {n}");
        let _ = out.flush();
    }
    0
}
