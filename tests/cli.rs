//! The real `allianssi` binary: `templates`, `new` and `check` with their exit codes, JSON
//! output, languages and error messages.

use std::path::Path;
use std::process::{Command, Output};

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("output is UTF-8")
}

fn template_names() -> Vec<String> {
    let out = allianssi(&["templates"]);
    assert!(out.status.success());
    text(&out.stdout).lines().map(|l| l.split('\t').next().unwrap().to_string()).collect()
}

#[test]
fn templates_lists_name_tab_description() {
    let out = allianssi(&["templates"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines.len() >= 3, "{stdout}");
    for line in &lines {
        let (name, description) = line.split_once('\t').expect("name<TAB>description");
        assert!(!name.is_empty() && !name.contains(' '));
        assert!(description.len() > 10, "{line}");
    }
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue"] {
        assert!(lines.iter().any(|l| l.starts_with(&format!("{name}\t"))), "{name} missing");
    }
    let sv = text(&allianssi(&["templates", "--lang", "sv"]).stdout);
    assert_ne!(sv, stdout, "Swedish descriptions differ from Finnish ones");
}

#[test]
fn new_then_check_every_template() {
    let dir = tempfile::tempdir().unwrap();
    for name in template_names() {
        let file = dir.path().join(format!("{name}.ron"));
        let f = file.to_str().unwrap();
        let out = allianssi(&["new", "--template", &name, f]);
        assert_eq!(out.status.code(), Some(0), "new {name}: {}", text(&out.stderr));
        assert!(file.exists());
        let out = allianssi(&["check", f]);
        assert_eq!(out.status.code(), Some(0), "check {name}: {}", text(&out.stdout));
        let out = allianssi(&["check", "--json", f]);
        assert_eq!(out.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        for finding in v["findings"].as_array().expect("findings array") {
            assert_eq!(finding["severity"], "warning");
            for key in ["code", "subject", "message"] {
                assert!(finding[key].as_str().is_some_and(|s| !s.is_empty()), "{key} in {finding}");
            }
        }
    }
}

#[test]
fn new_refuses_to_overwrite_and_unknown_templates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("olemassa.ron");
    std::fs::write(&file, "tärkeä sisältö").unwrap();
    let name = template_names().remove(0);
    let out = allianssi(&["new", "--template", &name, file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("olemassa.ron"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "tärkeä sisältö");

    let other = dir.path().join("uusi.ron");
    let out = allianssi(&["new", "--template", "ei-ole", other.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("ei-ole"));
    assert!(!other.exists());

    let out = allianssi(&["new", "--template", &name, dir.path().join("puuttuu/x.ron").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "a missing folder is an I/O error");
}

fn plan_with_errors(dir: &Path) -> std::path::PathBuf {
    let name = template_names().remove(0);
    let file = dir.join("virheet.ron");
    assert!(allianssi(&["new", "--template", &name, file.to_str().unwrap()]).status.success());
    let mut plan = allianssi::storage::load(&file).unwrap().plan;
    plan.parties[0].business_id = "0112038-8".into();
    plan.budget.metrics[0].weight.0 += 1;
    std::fs::remove_file(&file).unwrap();
    allianssi::storage::save(&plan, &file).unwrap();
    file
}

#[test]
fn check_exits_1_on_errors_with_codes_and_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = plan_with_errors(dir.path());
    let f = file.to_str().unwrap();
    let out = allianssi(&["check", f]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("virhe [business-id]"), "{stdout}");
    assert!(stdout.contains("Tarkistusnumeron pitäisi olla 9"), "{stdout}");
    assert!(stdout.contains("[kra-weights]"));

    let out = allianssi(&["check", "--json", "--lang", "en", f]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let bid = findings.iter().find(|x| x["code"] == "business-id").expect("business-id finding");
    assert_eq!(bid["severity"], "error");
    assert!(bid["subject"].as_str().unwrap().starts_with("party:"));
    assert!(bid["message"].as_str().unwrap().contains("check digit should be 9"));

    let out = allianssi(&["check", "--lang", "sv", f]);
    assert!(text(&out.stdout).contains("fel [business-id]"));
}

#[test]
fn check_exits_2_on_unreadable_files_naming_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("rikki.ron");
    std::fs::write(&bad, "(format: \"allianssi-plan\",\n version: 1,\n plan: (meta: 7))").unwrap();
    let out = allianssi(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("rikki.ron, rivi 3, sarake"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert_eq!(stderr.lines().count(), 1, "one clear sentence: {stderr}");

    let out = allianssi(&["check", "--lang", "en", dir.path().join("none.ron").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no such file or folder"));

    let garbage = dir.path().join("roska.ron");
    std::fs::write(&garbage, [0xff, 0xfe, 0x00, 0x41, 0x0a]).unwrap();
    let out = allianssi(&["check", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("rivi 1, sarake 1"));
}

#[test]
fn usage_errors_do_not_panic() {
    for args in [&["check"][..], &["new", "x.ron"], &["check", "--lang", "de", "x.ron"], &["bogus-command", "a", "b"]] {
        let out = allianssi(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!text(&out.stderr).contains("panicked"));
    }
}

/// Started without a display (a server, an SSH session), the window is not tried: a sentence in
/// the locale's language names the command line, exit 2, no panic or backtrace.
#[test]
fn no_display_gives_a_sentence_and_exit_2() {
    if !cfg!(target_os = "linux") {
        return;
    }
    for (locale, words) in
        [("fi_FI.UTF-8", "näyttöä ei ole"), ("sv_FI.UTF-8", "inte finns någon skärm"), ("C", "no display")]
    {
        let out = Command::new(env!("CARGO_BIN_EXE_allianssi"))
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", locale)
            .output()
            .expect("run the binary");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{locale}: {err}");
        assert!(err.contains(words) && err.contains("allianssi --help"), "{locale}: {err}");
        assert!(!err.contains("panicked") && !err.contains("backtrace"), "{locale}: {err}");
        assert!(out.stdout.is_empty());
    }
}
