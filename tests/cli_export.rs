//! `allianssi export` around the real binary: one run per language, the annex by number or all,
//! byte-identical output with `--date`, and bad arguments or files that leave nothing behind.

use std::path::Path;
use std::process::{Command, Output};

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

fn export(lang: &str, annex: &str, out: &Path) -> Output {
    let out = out.to_str().expect("utf-8 path");
    allianssi(&[
        "export",
        "fixtures/worked-example.ron",
        "--annex",
        annex,
        "--lang",
        lang,
        "--out",
        out,
        "--date",
        "2026-11-22",
    ])
}

#[test]
fn export_in_each_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, header, title, message) in [
        ("fi", "ALLIANSSISOPIMUS – LIITE 3", "Liite 3 – Kaupallinen malli", "Kirjoitettiin"),
        ("sv", "ALLIANSAVTAL – BILAGA 3", "Bilaga 3 – Kommersiell modell", "Skrev"),
        ("en", "ALLIANCE AGREEMENT – ANNEX 3", "Annex 3 – Commercial model", "Wrote"),
        (
            "fi+sv",
            "ALLIANSSISOPIMUS – LIITE 3 / ALLIANSAVTAL – BILAGA 3",
            "Liite 3 – Kaupallinen malli / Bilaga 3",
            "Kirjoitettiin",
        ),
    ] {
        let path = dir.path().join(format!("liite-{lang}.pdf"));
        let out = export(lang, "3", &path);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains(message), "{lang}");
        let bytes = std::fs::read(&path).expect("written");
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_text(&path).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(header), "{lang}: header {header:?}");
        assert!(text.contains(title), "{lang}: title {title:?}");
        assert!(text.contains("Lahden kaupunki"), "{lang}: party");
        assert!(text.contains("22.11.2026") || text.contains("2026-11-22"), "{lang}: date");
    }
}

#[test]
fn all_annexes_are_deterministic_with_a_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    assert_eq!(export("fi", "all", &a).status.code(), Some(0));
    assert_eq!(export("fi", "all", &b).status.code(), Some(0));
    let bytes = std::fs::read(&a).expect("a");
    assert!(bytes == std::fs::read(&b).expect("b"), "two runs differ");
    // The header keeps "LIITE 6" together with a no-break space.
    let text = pdf_text(&a).replace('\u{a0}', " ");
    assert!(text.contains("Sisällys"), "the contents page");
    for n in 1..=7 {
        assert!(text.contains(&format!("LIITE {n}")), "annex {n}");
    }
}

#[test]
fn failures_write_nothing_and_keep_the_old_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.pdf");
    std::fs::write(&path, b"the signed version").expect("write");
    let p = path.to_str().expect("utf-8");
    let plan = "fixtures/worked-example.ron";
    // A number the plan has no annex for.
    let out = allianssi(&["export", plan, "--annex", "12", "--out", p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("liitettä"), "{}", String::from_utf8_lossy(&out.stderr));
    // A bad date.
    let out = allianssi(&["export", plan, "--annex", "all", "--out", p, "--date", "22.11.2026", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    // A plan that cannot be read.
    let out = allianssi(&["export", "fixtures/no-such-plan.ron", "--annex", "all", "--out", p]);
    assert_eq!(out.status.code(), Some(2));
    // A folder that does not exist.
    let missing = dir.path().join("no-such-folder").join("x.pdf");
    let out = allianssi(&["export", plan, "--annex", "1", "--out", missing.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());
    // An unknown language is refused by the argument parser.
    let out = allianssi(&["export", plan, "--annex", "1", "--out", p, "--lang", "de"]);
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(std::fs::read(&path).expect("still there"), b"the signed version");
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
}
