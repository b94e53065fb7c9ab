//! The kill-during-save loop: the real binary saves two large plans over one file in turn
//! (`ALLIANSSI_SAVE_LOOP`, see `storage::stress`) and is killed with SIGKILL at a random moment,
//! hundreds of times. After every kill the file parses and equals one of the two versions byte
//! for byte, so does the backup, and every temp file left is recognised as a leftover and
//! removed by the next save.
//!
//! `cargo test --release --test reliability -- --ignored --nocapture kill`
//! (`ALLIANSSI_KILLS=1000` for more rounds, `ALLIANSSI_KILL_SEED=N` to repeat a run).

use super::support;
use allianssi::model::{AllianceRole, Party, PartyId, PartyKind};
use allianssi::{Plan, storage};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A plan of about 2 MB: the rich plan with thousands of parties.
fn large_plan(tag: &str) -> Plan {
    let mut plan = support::rich_plan();
    for i in 0..4000 {
        let id = PartyId(plan.allocate_id());
        let mut p =
            Party::new(id, &format!("Osapuoli {i} {tag} – äöå čđŋšŧž"), PartyKind::ThirdSector, AllianceRole::Producer);
        p.short_name = format!("O{i}");
        p.business_id = "0112038-9".into();
        plan.parties.push(p);
    }
    plan
}

struct Setup {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    target: PathBuf,
    sources: [PathBuf; 2],
    versions: [Vec<u8>; 2],
}

fn setup(plans: [Plan; 2]) -> Setup {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("kansio");
    let src = tmp.path().join("lähteet");
    std::fs::create_dir(&dir).expect("dir");
    std::fs::create_dir(&src).expect("src");
    let sources = [src.join("a.ron"), src.join("b.ron")];
    for (plan, path) in plans.iter().zip(&sources) {
        storage::save(plan, path).expect("source");
    }
    let versions = [std::fs::read(&sources[0]).expect("a"), std::fs::read(&sources[1]).expect("b")];
    let target = dir.join("suunnitelma ä.ron");
    std::fs::write(&target, &versions[0]).expect("target");
    Setup { _dir: tmp, dir, target, sources, versions }
}

fn start(s: &Setup) -> (Child, BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_allianssi"))
        .env(storage::stress::ENV, &s.target)
        .args(&s.sources)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn the binary");
    let out = BufReader::new(child.stdout.take().expect("stdout"));
    (child, out)
}

/// Waits for the `n`th finished save.
fn wait_saves(out: &mut BufReader<std::process::ChildStdout>, n: usize) {
    let mut line = String::new();
    for _ in 0..n {
        line.clear();
        assert!(out.read_line(&mut line).expect("read") > 0, "the save loop stopped");
    }
}

/// Which version the file is (0 or 1), or a description of what is wrong.
fn which(s: &Setup, path: &Path) -> Result<usize, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    storage::load(path).map_err(|e| format!("does not parse: {e}"))?;
    s.versions.iter().position(|v| *v == bytes).ok_or_else(|| format!("{} is neither version", path.display()))
}

fn temps(dir: &Path) -> Vec<PathBuf> {
    support::dir_names(dir).into_iter().filter(|n| n.contains(".tmp")).map(|n| dir.join(n)).collect()
}

/// Checks the folder after a kill; returns whether temp files were left (killed mid-save).
fn check_after_kill(s: &Setup) -> Result<bool, String> {
    which(s, &s.target)?;
    let bak = storage::backup_path(&s.target);
    if bak.exists() {
        which(s, &bak).map_err(|e| format!("backup: {e}"))?;
    }
    let left = temps(&s.dir);
    let mut known = storage::leftover_temp_files(&s.target);
    known.sort();
    let mut sorted = left.clone();
    sorted.sort();
    if sorted != known {
        return Err(format!("temp files {sorted:?}, recognised as leftovers {known:?}"));
    }
    let names = support::dir_names(&s.dir);
    let allowed = |n: &String| n.contains(".tmp") || n.starts_with("suunnitelma ä.ron");
    if let Some(odd) = names.iter().find(|n| !allowed(n)) {
        return Err(format!("unexpected file {odd}"));
    }
    Ok(!left.is_empty())
}

/// A quick run: the hook works and one kill leaves a good file.
pub fn smoke() {
    let mut small = support::rich_plan();
    let s0 = small.clone();
    small.meta.name = "Toinen".into();
    let s = setup([s0, small]);
    let (mut child, mut out) = start(&s);
    wait_saves(&mut out, 3);
    child.kill().expect("kill");
    child.wait().expect("wait");
    check_after_kill(&s).expect("after the kill");
}

fn xorshift(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

pub fn kill_loop(runs: usize) {
    let a = large_plan("A");
    let mut b = large_plan("B");
    b.meta.name = "Uusi versio".into();
    let s = setup([a.clone(), b]);
    let size = s.versions[0].len();
    // How long one save takes here: kills are spread over about three saves.
    let probe = s.dir.join("probe.ron");
    let t = Instant::now();
    for _ in 0..3 {
        storage::save(&a, &probe).expect("probe save");
    }
    let save_time = t.elapsed() / 3;
    for p in [probe.clone(), storage::backup_path(&probe)] {
        std::fs::remove_file(p).expect("remove probe");
    }
    let seed = std::env::var("ALLIANSSI_KILL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1
    });
    let mut rng = seed;
    let window = (save_time * 3).as_micros().max(1) as u64;
    eprintln!("kill loop: {runs} kills, plan {size} bytes, one save {save_time:?}, seed {seed}");
    let started = Instant::now();
    let (mut mid_save, mut counts, mut failures) = (0usize, [0usize; 2], Vec::new());
    for i in 0..runs {
        let (mut child, mut out) = start(&s);
        // Let a random number of saves finish, then kill at a random moment of the next ones;
        // every other round at a random moment after the temp file appeared (the write, fsync,
        // backup and rename are a small part of a save: aimed kills land in them).
        wait_saves(&mut out, 1 + (xorshift(&mut rng) % 3) as usize);
        if i % 2 == 1 {
            let until = Instant::now() + Duration::from_secs(10);
            while temps(&s.dir).is_empty() && Instant::now() < until {
                std::hint::spin_loop();
            }
            std::thread::sleep(Duration::from_micros(xorshift(&mut rng) % 20_000));
        } else {
            std::thread::sleep(Duration::from_micros(xorshift(&mut rng) % window));
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("wait");
        match check_after_kill(&s) {
            Ok(left) => mid_save += usize::from(left),
            Err(e) => failures.push(format!("kill {i}: {e}")),
        }
        if let Ok(v) = which(&s, &s.target) {
            counts[v] += 1;
        }
    }
    // The next save removes whatever the killed processes left.
    storage::save(&a, &s.target).expect("a save after the loop");
    let left = temps(&s.dir);
    eprintln!(
        "kill loop: {runs} kills in {:?}: file old {} / new {}, {mid_save} kills left a temp file (killed mid-save), {} failures, {} temp files after the next save",
        started.elapsed(),
        counts[0],
        counts[1],
        failures.len(),
        left.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(left.is_empty(), "temp files left: {left:?}");
    assert!(mid_save > 0, "no kill landed inside a save: the test did not test anything");
}
