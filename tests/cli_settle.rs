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
    let rest = line[party.len()..].trim_start();
    // A producer has no share of the target: a dash, not an amount.
    let (dash, rest) = match rest.strip_prefix('–') {
        Some(rest) => (Some("–"), rest),
        None => (None, rest),
    };
    dash.into_iter().chain(rest.split(" €").map(str::trim).filter(|c| !c.is_empty())).collect()
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
        // Share of the target, fee, gain, pain, KRA, net, total: the owners pay the KRA the
        // producers get (an owner's KRA is negative), and an owner's total is its whole payment.
        assert_eq!(
            party_row(&text, "P1"),
            ["–", "100 000,00", "60 000,00", "0,00", "8 164,00", "68 164,00", "168 164,00"]
        );
        assert_eq!(
            party_row(&text, "P2"),
            ["–", "50 000,00", "30 000,00", "0,00", "4 082,00", "34 082,00", "84 082,00"]
        );
        assert_eq!(
            party_row(&text, "Kaupunki"),
            ["1 200 000,00", "90 000,00", "54 000,00", "0,00", "−7 347,60", "46 652,40", "1 243 347,60"]
        );
        assert_eq!(party_row(&text, "Hyvinvointialue")[2], "22 500,00");
        assert_eq!(party_row(&text, "Elinvoimakeskus")[2], "13 500,00");
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
        assert_eq!(party_row(&text, "Kaupunki")[3], "138 000,00");
        assert_eq!(party_row(&text, "Hyvinvointialue")[3], "57 500,00");
        assert_eq!(party_row(&text, "Elinvoimakeskus")[3], "34 500,00");
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

/// The keys `settle --json` prints, as the issue lists them.
const KEYS: [&str; 14] = [
    "target_cost_cents",
    "actual_cost_cents",
    "fee_cents",
    "underrun_cents",
    "overrun_cents",
    "producers_gain_cents",
    "owners_gain_cents",
    "producers_pain_cents",
    "owners_pain_cents",
    "kra_score",
    "kra_cents",
    "producers_total_cents",
    "owners_outlay_cents",
    "parties",
];

fn settle_json(args: &[&str]) -> serde_json::Value {
    let file = fixture("worked-example");
    let mut all = vec!["settle", file.as_str()];
    all.extend(args);
    all.push("--json");
    let out = allianssi(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Each party's (name, role, gain, pain, kra, net) in the printed order.
fn parties(v: &serde_json::Value) -> Vec<(String, String, i64, i64, i64, i64)> {
    v["parties"]
        .as_array()
        .expect("parties array")
        .iter()
        .map(|p| {
            let keys: Vec<&String> = p.as_object().expect("party object").keys().collect();
            assert_eq!(keys.len(), 9, "{p}");
            let n = |k: &str| p[k].as_i64().unwrap_or_else(|| panic!("{k} in {p}"));
            (
                p["name"].as_str().unwrap().to_string(),
                p["role"].as_str().unwrap().to_string(),
                n("gain_cents"),
                n("pain_cents"),
                n("kra_cents"),
                n("net_cents"),
            )
        })
        .collect()
}

#[test]
fn settle_json_in_cents() {
    let v = settle_json(&["--actual", "1820000", "--actual-producers", "1300000"]);
    let mut keys: Vec<&str> = v.as_object().expect("an object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut want = KEYS.to_vec();
    want.sort_unstable();
    assert_eq!(keys, want, "exactly the keys of the issue");
    for (key, cents) in [
        ("target_cost_cents", 200_000_000),
        ("actual_cost_cents", 182_000_000),
        ("fee_cents", 15_000_000),
        ("underrun_cents", 18_000_000),
        ("overrun_cents", 0),
        ("producers_gain_cents", 9_000_000),
        ("owners_gain_cents", 9_000_000),
        ("producers_pain_cents", 0),
        ("owners_pain_cents", 0),
        ("kra_cents", 1_224_600),
        ("producers_total_cents", 155_224_600),
        ("owners_outlay_cents", 207_224_600),
    ] {
        assert_eq!(v[key].as_i64(), Some(cents), "{key}");
    }
    assert_eq!(v["kra_score"].as_f64(), Some(0.2041));
    let p = |name: &str, role: &str, gain: i64, pain: i64, kra: i64, net: i64| {
        (name.to_string(), role.to_string(), gain, pain, kra, net)
    };
    assert_eq!(
        parties(&v),
        [
            p("Työvalmennus Vire Oy", "producer", 6_000_000, 0, 816_400, 6_816_400),
            p("Lahden Työpajat ry", "producer", 3_000_000, 0, 408_200, 3_408_200),
            p("Lahden kaupunki", "owner", 5_400_000, 0, -734_760, 4_665_240),
            p("Päijät-Hämeen hyvinvointialue", "owner", 2_250_000, 0, -306_150, 1_943_850),
            p("Kaakkois-Suomen elinvoimakeskus", "owner", 1_350_000, 0, -183_690, 1_166_310),
        ]
    );
    // Every euro on exactly one party: the nets are the underrun (was 192 246,00 € for a
    // 180 000,00 € underrun), and the owners' totals their outlay.
    let all = v["parties"].as_array().expect("parties");
    let sum = |key: &str, role: Option<&str>| -> i64 {
        all.iter().filter(|p| role.is_none_or(|r| p["role"] == r)).map(|p| p[key].as_i64().unwrap_or(0)).sum()
    };
    assert_eq!(sum("net_cents", None), 18_000_000);
    assert_eq!(sum("total_cents", Some("owner")), 207_224_600);
    assert_eq!(sum("fee_cents", Some("owner")), 15_000_000);
    assert_eq!(sum("target_cents", Some("owner")), 200_000_000);
    assert_eq!(sum("total_cents", Some("producer")), 15_000_000 + 9_000_000 + 1_224_600);
}

#[test]
fn settle_json_example_two_with_and_without_the_combined_cap() {
    let v = settle_json(&["--actual", "2380000", "--kra-score", "-0.25"]);
    assert_eq!(v["overrun_cents"].as_i64(), Some(38_000_000));
    assert_eq!(v["producers_pain_cents"].as_i64(), Some(15_000_000));
    assert_eq!(v["owners_pain_cents"].as_i64(), Some(23_000_000));
    assert_eq!(v["kra_score"].as_f64(), Some(-0.25));
    assert_eq!(v["kra_cents"].as_i64(), Some(0), "the combined cap leaves no room for the penalty");
    assert_eq!(v["owners_outlay_cents"].as_i64(), Some(238_000_000));
    let nets: Vec<i64> = parties(&v).iter().map(|p| p.5).collect();
    assert_eq!(nets, [-10_000_000, -5_000_000, -13_800_000, -5_750_000, -3_450_000]);
    // Every party's net is gain − pain + KRA, and the nets add up to the underrun less the
    // overrun plus the KRA.
    for (_, _, gain, pain, kra, net) in parties(&v) {
        assert_eq!(net, gain - pain + kra);
    }
}

#[test]
fn settle_actual_percent() {
    // 110 % of the cost target 2 000 000 € is 2 200 000 €, the same as --actual 2200000.
    let by_percent = settle_json(&["--actual-percent", "110"]);
    let by_euros = settle_json(&["--actual", "2200000"]);
    assert_eq!(by_percent, by_euros);
    assert_eq!(by_percent["actual_cost_cents"].as_i64(), Some(220_000_000));
    assert_eq!(by_percent["producers_pain_cents"].as_i64(), Some(10_000_000));
    let v = settle_json(&["--actual-percent", "92,5", "--kra-score", "0"]);
    assert_eq!(v["actual_cost_cents"].as_i64(), Some(185_000_000));
    assert_eq!(v["underrun_cents"].as_i64(), Some(15_000_000));
    // Printed as text too.
    let out = allianssi(&["settle", &fixture("worked-example"), "--actual-percent", "85"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(value(&stdout(&out), "Toteutunut kustannus (AC)"), "1 700 000,00 €");
    assert_eq!(value(&stdout(&out), "Tuottajien alitusosuus"), "150 000,00 €");

    let file = fixture("worked-example");
    // Bad percentages exit 1 with a sentence; both flags at once or neither is a usage error.
    for (bad, needle) in
        [("abc", "“abc” ei ole prosenttiluku"), ("-5", "“-5” ei ole prosenttiluku"), ("1,234", "“1,234”")]
    {
        let out = allianssi(&["settle", &file, "--actual-percent", bad]);
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(stderr(&out).contains(needle), "{bad}: {}", stderr(&out));
    }
    let out = allianssi(&["settle", &file, "--actual-percent", "110", "--actual", "1"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("--actual"), "{}", stderr(&out));
    let out = allianssi(&["settle", &file]);
    assert_ne!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
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
    // Each party's net: the city's gain or pain less its 60 % of the 12 246,00 € KRA.
    let city = text.lines().find(|l| l.starts_with("Kaupunki")).expect("city row");
    assert!(city.contains("52 652,40 €") && city.contains("−217 347,60 €"), "{city}");

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
