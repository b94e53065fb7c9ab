//! The real `allianssi` binary: `settle` and `scenarios` on the worked examples of domain guide
//! §4, their printed figures in fi/sv/en, the JSON in integer cents, and the exit codes for bad
//! numbers (1) and unreadable files (2).

use std::path::PathBuf;
use std::process::{Command, Output};

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(format!("{name}.ron"));
    path.to_str().expect("UTF-8 path").to_string()
}

/// Standard output with no-break spaces as plain spaces.
fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8").replace('\u{a0}', " ")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8")
}

/// The value printed after a label: the rest of the first line that starts with it.
fn value<'a>(text: &'a str, label: &str) -> &'a str {
    text.lines()
        .find_map(|l| l.trim_start().strip_prefix(label).filter(|rest| rest.starts_with("  ")))
        .unwrap_or_else(|| panic!("no line “{label}” in\n{text}"))
        .trim()
}

/// The cells of the party table's row for a party.
fn party_row<'a>(text: &'a str, party: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{party} ")))
        .unwrap_or_else(|| panic!("no row for {party} in\n{text}"));
    line[party.len()..].split(" €").map(str::trim).filter(|c| !c.is_empty()).collect()
}

#[test]
fn example_one_printed_to_the_cent() {
    let file = fixture("worked-example");
    for actual in [["1820000", "1300000"], ["1 820 000,00", "1300000.00"]] {
        let out = allianssi(&["settle", &file, "--actual", actual[0], "--actual-producers", actual[1]]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        for (label, want) in [
            ("Tavoitekustannus (TAK)", "2 000 000,00 €"),
            ("Palkkio", "150 000,00 €"),
            ("Toteutunut kustannus (AC)", "1 820 000,00 €"),
            ("josta palveluntuottajat", "1 300 000,00 €"),
            ("Alitus", "180 000,00 €"),
            ("Ylitys", "0,00 €"),
            ("Tuottajien alitusosuus", "90 000,00 €"),
            ("Tilaajien alitusosuus", "90 000,00 €"),
            ("KRA-pisteet S", "0,2041"),
            ("KRA-kannustin", "12 246,00 €"),
            ("Tuottajille yhteensä", "1 552 246,00 €"),
            ("Tilaajien kokonaismeno", "2 072 246,00 €"),
            ("Säästö suhteessa tavoitteeseen ja palkkioon", "77 754,00 €"),
        ] {
            assert_eq!(value(&text, label), want, "{label}");
        }
        for (metric, score) in [
            ("Työllistyneiden osuus", "0,3000"),
            ("Aktivointiaste", "−0,0794"),
            ("Asiakkaiden suositteluhalukkuus (NPS)", "0,0000"),
            ("Työttömyyden mediaanikesto", "0,5000"),
        ] {
            let line = text.lines().find(|l| l.trim_start().starts_with(metric)).expect(metric);
            assert!(line.ends_with(&format!(" {score}")), "{line}");
        }
        // Fee, gain, pain, KRA, total.
        assert_eq!(party_row(&text, "P1"), ["100 000,00", "60 000,00", "0,00", "8 164,00", "168 164,00"]);
        assert_eq!(party_row(&text, "P2"), ["50 000,00", "30 000,00", "0,00", "4 082,00", "84 082,00"]);
        assert_eq!(party_row(&text, "Kaupunki")[1], "54 000,00");
        assert_eq!(party_row(&text, "Hyvinvointialue")[1], "22 500,00");
        assert_eq!(party_row(&text, "Elinvoimakeskus")[1], "13 500,00");
    }
}

#[test]
fn example_one_thirty_seventy() {
    let out = allianssi(&[
        "settle",
        &fixture("worked-example-30-70"),
        "--actual",
        "1820000",
        "--actual-producers",
        "1300000",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(value(&text, "Tuottajien alitusosuus"), "54 000,00 €");
    assert_eq!(value(&text, "Tilaajien alitusosuus"), "126 000,00 €");
}

#[test]
fn example_two_printed_with_a_given_score() {
    let file = fixture("worked-example");
    for score in [["--kra-score", "-0.25"], ["--kra-score=-0,25", "--lang=fi"]] {
        let mut args = vec!["settle", file.as_str(), "--actual", "2380000"];
        args.extend(score);
        let out = allianssi(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        for (label, want) in [
            ("Ylitys", "380 000,00 €"),
            ("Tuottajien ylitysosuus", "150 000,00 €"),
            ("Tilaajien ylitysosuus", "230 000,00 €"),
            ("KRA-pisteet S (annettu)", "−0,2500"),
            ("KRA ennen yhteiskattoa", "−15 000,00 €"),
            ("KRA-kannustin", "0,00 €"),
            ("Tilaajien kokonaismeno", "2 380 000,00 €"),
        ] {
            assert_eq!(value(&text, label), want, "{label}");
        }
        // ProducersTotal = AC_producers (here estimated from the base estimate).
        assert_eq!(value(&text, "josta palveluntuottajat (arvio kustannusarvion suhteessa)"), "1 728 631,58 €");
        assert_eq!(value(&text, "Tuottajille yhteensä"), "1 728 631,58 €");
        assert_eq!(party_row(&text, "Kaupunki")[2], "138 000,00");
        assert_eq!(party_row(&text, "Hyvinvointialue")[2], "57 500,00");
        assert_eq!(party_row(&text, "Elinvoimakeskus")[2], "34 500,00");
    }

    let out = allianssi(&["settle", &fixture("worked-example-30-70"), "--actual", "2380000", "--kra-score", "-0.25"]);
    let text = stdout(&out);
    assert_eq!(value(&text, "Tuottajien ylitysosuus"), "114 000,00 €");
    assert_eq!(value(&text, "Tilaajien ylitysosuus"), "266 000,00 €");
}

#[test]
fn settle_in_swedish_and_english() {
    let file = fixture("worked-example");
    let args = ["settle", file.as_str(), "--actual", "1820000", "--actual-producers", "1300000"];
    let sv = stdout(&allianssi(&[&args[..], &["--lang", "sv"]].concat()));
    assert_eq!(value(&sv, "Till producenterna totalt"), "1 552 246,00 €");
    let en = stdout(&allianssi(&[&args[..], &["--lang", "en"]].concat()));
    assert_eq!(value(&en, "Owners' outlay"), "€2,072,246.00");
    assert_eq!(value(&en, "KRA score S"), "0.2041");
}

#[test]
fn settle_json_in_cents() {
    let out = allianssi(&[
        "settle",
        &fixture("worked-example"),
        "--actual",
        "1820000",
        "--actual-producers",
        "1300000",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    for (key, cents) in [
        ("underrun", 18_000_000),
        ("prod_gain", 9_000_000),
        ("owner_gain", 9_000_000),
        ("kra_eff", 1_224_600),
        ("producers_total", 155_224_600),
        ("owners_outlay", 207_224_600),
        ("saving", 7_775_400),
    ] {
        assert_eq!(v[key], cents, "{key}");
    }
    assert_eq!(v["kra"]["score"], 2041);
    assert_eq!(v["target"]["target_cost"], 200_000_000);
    let gains: Vec<i64> = v["owners"].as_array().unwrap().iter().map(|l| l["gain"].as_i64().unwrap()).collect();
    assert_eq!(gains, [5_400_000, 2_250_000, 1_350_000]);
    let kra: Vec<i64> = v["producers"].as_array().unwrap().iter().map(|l| l["kra"].as_i64().unwrap()).collect();
    assert_eq!(kra, [816_400, 408_200]);
}

#[test]
fn scenarios_table_and_json() {
    let file = fixture("worked-example");
    let out = allianssi(&["scenarios", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let header = text.lines().find(|l| l.contains("90 %")).expect("header row");
    for share in ["100 %", "110 %", "125 %"] {
        assert!(header.contains(share), "{header}");
    }
    let outlay = text.lines().find(|l| l.starts_with("Tilaajien kokonaismeno")).expect("outlay row");
    for amount in ["2 062 246,00 €", "2 162 246,00 €", "2 262 246,00 €", "2 512 246,00 €"] {
        assert!(outlay.contains(amount), "{outlay}");
    }
    let city = text.lines().find(|l| l.starts_with("Kaupunki")).expect("city row");
    assert!(city.contains("60 000,00 €") && city.contains("−210 000,00 €"), "{city}");

    let out = allianssi(&["scenarios", &file, "--json", "--kra-score", "0"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rows = v["scenarios"].as_array().expect("scenarios array");
    let shares: Vec<i64> = rows.iter().map(|r| r["share"].as_i64().unwrap()).collect();
    assert_eq!(shares, [9000, 10_000, 11_000, 12_500]);
    assert_eq!(rows[3]["settlement"]["actual"], 250_000_000);
    assert_eq!(rows[3]["settlement"]["kra_eff"], 0);
}

#[test]
fn bad_numbers_exit_one_with_a_sentence() {
    let file = fixture("worked-example");
    for (args, needle) in [
        (vec!["--actual", "abc"], "“abc” ei ole euromäärä"),
        (vec!["--actual", "1820000.123"], "“1820000.123” ei ole euromäärä"),
        (vec!["--actual", "1,820,000"], "“1,820,000” ei ole euromäärä"),
        (vec!["--actual", "-5"], "ei voi olla negatiivinen"),
        (vec!["--actual", "100", "--actual-producers", "200"], "välillä"),
        (vec!["--actual", "100", "--actual-producers", "x"], "“x” ei ole euromäärä"),
        (vec!["--actual", "100", "--kra-score", "1.5"], "“1.5” ei ole KRA-pistemäärä"),
        (vec!["--actual", "100", "--kra-score", "0.12345"], "“0.12345” ei ole KRA-pistemäärä"),
    ] {
        let mut all = vec!["settle", file.as_str()];
        all.extend(&args);
        let out = allianssi(&all);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = allianssi(&["settle", &file, "--actual", "abc", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("“abc” is not an amount in euros"), "{}", stderr(&out));
    let out = allianssi(&["scenarios", &file, "--kra-score", "x"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn unreadable_files_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("puuttuu.ron");
    let garbage = dir.path().join("roska.ron");
    std::fs::write(&garbage, "tämä ei ole suunnitelma").unwrap();
    for file in [&missing, &garbage] {
        let f = file.to_str().unwrap();
        let out = allianssi(&["settle", f, "--actual", "1820000"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(stderr(&out).contains(name), "{}", stderr(&out));
        let out = allianssi(&["scenarios", f]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    }
}
