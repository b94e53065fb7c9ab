//! The real `allianssi generate`: counts honoured, the same seed gives the same file, the plan
//! checks clean, an existing file is never overwritten (exit 1), an unwritable one exits 2.

use std::process::{Command, Output};

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("output is UTF-8")
}

fn generate(out: &std::path::Path, extra: &[&str]) -> Output {
    let mut args = vec!["generate"];
    args.extend_from_slice(extra);
    args.push(out.to_str().expect("UTF-8 path"));
    allianssi(&args)
}

#[test]
fn generates_the_counts_asked_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("iso.ron");
    let counts = ["--parties", "30", "--services", "70", "--risks", "150", "--budget-lines", "400", "--seed", "5"];
    let out = generate(&file, &counts);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("30 osapuolta"), "{}", text(&out.stdout));
    let plan = allianssi::storage::load(&file).expect("the file loads").plan;
    assert_eq!(plan.parties.len(), 30);
    assert_eq!(plan.services.len(), 70);
    assert_eq!(plan.risks.risks.len(), 150);
    assert_eq!(plan.budget.cost_lines.len(), 400);
    let check = allianssi(&["check", file.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
}

#[test]
fn the_same_seed_gives_the_same_file_and_defaults_work() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (dir.path().join("a.ron"), dir.path().join("b.ron"), dir.path().join("c.ron"));
    assert!(generate(&a, &["--seed", "42", "--parties", "2"]).status.success());
    assert!(generate(&b, &["--seed", "42", "--parties", "2"]).status.success());
    assert!(generate(&c, &["--seed", "43", "--parties", "2"]).status.success());
    let (a, b, c) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap(), std::fs::read(&c).unwrap());
    assert_eq!(a, b);
    assert_ne!(a, c);

    let d = dir.path().join("oletus.ron");
    let out = generate(&d, &["--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("12 parties, 40 services, 60 risks, 240 cost lines"));
    assert_eq!(allianssi(&["check", d.to_str().unwrap()]).status.code(), Some(0));
}

#[test]
fn never_overwrites_and_reports_unwritable_files_and_bad_counts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("olemassa.ron");
    std::fs::write(&file, "tärkeä sisältö").unwrap();
    let out = generate(&file, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("olemassa.ron"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "tärkeä sisältö");

    let out = generate(&dir.path().join("puuttuu/x.ron"), &[]);
    assert_eq!(out.status.code(), Some(2), "a missing folder is an I/O error: {}", text(&out.stderr));

    let zero = dir.path().join("nolla.ron");
    let out = generate(&zero, &["--parties", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("--parties"), "{}", text(&out.stderr));
    assert!(!zero.exists());

    for bad in [&["--risks", "-3"][..], &["--seed", "x"], &["--services", "lots"]] {
        let out = generate(&zero, bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}: clap's usage error");
        assert!(!zero.exists());
    }
}
