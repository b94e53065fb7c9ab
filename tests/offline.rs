//! Offline by construction: no network-capable crate (HTTP clients, socket, TLS and async
//! network runtimes) is built for the computer the application runs on, and the binary works in
//! a process without any network (`unshare -rn`). The whole suite is run that way with
//! `unshare -rn cargo test --locked --offline` (after one normal run of the tests, which fetches
//! what the metadata needs).
//!
//! Cargo.lock lists the packages of every platform and cfg; `tokio` is in it only because
//! `wasm-bindgen-futures` (under iced, printpdf and rfd) declares it for
//! `cfg(all(target_os = "emscripten", wasm_bindgen_unstable_tokio))` with just the `rt` feature
//! (its only dependency is pin-project-lite: no `net`, no mio). The graph test below resolves
//! the packages really built for this computer's platform and for Windows, macOS and Linux with
//! `cargo metadata --filter-platform` and proves it is in none; the lock-file test allows exactly
//! that one entry, and only while it has no network dependency. On a fresh machine the other
//! platforms' crates are not in the cargo cache yet: the test fetches them once (`cargo fetch`)
//! and reads the metadata offline.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::Command;

/// Crates that can open network connections (or exist to speak a network protocol).
const NETWORK: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "hyper-rustls",
    "hyper-tls",
    "h2",
    "h3",
    "quinn",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "minreq",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "rustls",
    "tokio-rustls",
    "native-tls",
    "tokio-native-tls",
    "openssl",
    "openssl-sys",
    "socket2",
    "mio",
    "tokio",
    "async-std",
    "async-net",
    "smol",
    "trust-dns-resolver",
    "hickory-resolver",
    "sentry",
    "opentelemetry",
    "self_update",
];

/// In Cargo.lock but never built for a desktop target, with the reason.
const LOCK_ONLY: &[(&str, &str)] =
    &[("tokio", "wasm-bindgen-futures, for emscripten with an unstable cfg only; feature rt, no net")];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// The package names in Cargo.lock.
fn locked_names() -> BTreeSet<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).expect("Cargo.lock");
    lock.lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .map(str::to_string)
        .collect()
}

#[test]
fn no_network_crate_is_in_the_lock_file_but_the_known_target_only_one() {
    let names = locked_names();
    assert!(names.contains("serde") && names.contains("ron"), "Cargo.lock was not read right");
    let bad: Vec<&str> =
        NETWORK.iter().copied().filter(|n| names.contains(*n) && !LOCK_ONLY.iter().any(|(ok, _)| ok == n)).collect();
    assert!(bad.is_empty(), "network-capable crates entered Cargo.lock: {bad:?}");
    // The allowed entries pull in nothing that can reach a network.
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).expect("Cargo.lock");
    for (name, why) in LOCK_ONLY {
        let Some(entry) = lock.split("[[package]]").find(|e| e.contains(&format!("name = \"{name}\"\n"))) else {
            continue;
        };
        let deps = entry.split_once("dependencies = [").map_or("", |(_, d)| d);
        let bad: Vec<&str> = NETWORK.iter().copied().filter(|n| deps.contains(&format!("\"{n}"))).collect();
        assert!(bad.is_empty(), "{name} ({why}) now depends on {bad:?}");
    }
}

/// This computer's target triple, as cargo sees it.
fn host() -> String {
    let out = Command::new(cargo()).arg("-vV").output().expect("cargo -vV");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines().find_map(|l| l.strip_prefix("host: ")).expect("a host line").trim().to_string()
}

fn metadata(platform: &str) -> std::process::Output {
    Command::new(cargo())
        .current_dir(root())
        .args(["metadata", "--format-version", "1", "--locked", "--offline", "--all-features", "--filter-platform"])
        .arg(platform)
        .output()
        .expect("cargo metadata")
}

/// Brings the sources of every locked package (all platforms) into the cargo cache, once per
/// test run: a Linux build never downloads the Windows and macOS crates that `cargo metadata`
/// reads, so on a fresh machine the first offline run would fail for want of them.
fn fetch_once() {
    static FETCHED: std::sync::Once = std::sync::Once::new();
    FETCHED.call_once(|| {
        let out = Command::new(cargo()).current_dir(root()).args(["fetch", "--locked"]).output().expect("cargo fetch");
        assert!(
            out.status.success(),
            "cargo fetch --locked failed (it needs the package registry once, to read the \
             manifests of the other platforms' crates): {}",
            String::from_utf8_lossy(&out.stderr)
        );
    });
}

/// Every package built for `platform` (all features, dev and build dependencies included).
/// Offline first (the suite may run without a network); when the cache lacks a package, it is
/// fetched once and the offline run repeated.
fn built_for(platform: &str) -> BTreeSet<String> {
    let mut out = metadata(platform);
    if !out.status.success() {
        fetch_once();
        out = metadata(platform);
    }
    assert!(out.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let names: HashMap<&str, &str> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p["name"].as_str()?)))
        .collect();
    let nodes: HashMap<&str, Vec<&str>> = meta["resolve"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| {
            let deps = n["deps"].as_array()?.iter().filter_map(|d| d["pkg"].as_str()).collect();
            Some((n["id"].as_str()?, deps))
        })
        .collect();
    let root_id = meta["resolve"]["root"].as_str().expect("root package");
    let mut seen = BTreeSet::new();
    let mut stack = vec![root_id];
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(nodes.get(id).into_iter().flatten().copied());
        }
    }
    seen.into_iter().filter_map(|id| names.get(id).map(|n| n.to_string())).collect()
}

#[test]
fn no_network_crate_is_built_for_this_computer() {
    let host = host();
    let built = built_for(&host);
    assert!(built.contains("iced") && built.contains("ron"), "the graph for {host} was not walked right");
    let bad: Vec<&str> = NETWORK.iter().copied().filter(|n| built.contains(*n)).collect();
    assert!(bad.is_empty(), "network-capable crates are built for {host}: {bad:?}");
    // The common desktop targets too, so a Windows or macOS build stays offline as well.
    for other in ["x86_64-pc-windows-msvc", "aarch64-apple-darwin", "x86_64-unknown-linux-gnu"] {
        let built = built_for(other);
        let bad: Vec<&str> = NETWORK.iter().copied().filter(|n| built.contains(*n)).collect();
        assert!(bad.is_empty(), "network-capable crates are built for {other}: {bad:?}");
    }
    assert!(!built_for("wasm32-unknown-unknown").contains("tokio"), "tokio is built for wasm32 now");
}

/// The binary checks a plan in a process with no network at all (no interfaces, not even
/// loopback). Where user namespaces are not allowed the test says so loudly.
#[cfg(target_os = "linux")]
#[test]
fn the_binary_works_without_any_network() {
    let probe = Command::new("unshare").args(["-rn", "true"]).status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("\n!!! `unshare -rn` is not available here: the no-network run is NOT tested on this machine.\n");
        return;
    }
    let fixture = root().join("fixtures/tampere-startup.ron");
    let out = Command::new("unshare")
        .args(["-rn", env!("CARGO_BIN_EXE_allianssi"), "check", "--json"])
        .arg(&fixture)
        .output()
        .expect("run in a namespace");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{:?}: {stdout} {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("\"findings\""), "{stdout}");
    // And there really was no network: no interface but a down loopback.
    let net = Command::new("unshare").args(["-rn", "cat", "/proc/net/dev"]).output().expect("cat");
    let interfaces =
        String::from_utf8_lossy(&net.stdout).lines().skip(2).filter(|l| !l.trim_start().starts_with("lo:")).count();
    assert_eq!(interfaces, 0, "{}", String::from_utf8_lossy(&net.stdout));
}
