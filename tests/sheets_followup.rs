//! The follow-up's lists as spreadsheets (issue 19): the Pirkanmaa deck's activation rates
//! (Tampere and Punkalaidun, 8/2017–4/2018) in a workbook saved by LibreOffice Calc with
//! Finnish headers (some months as Calc's dates) and in a CSV with Swedish headers, imported
//! into a plan and computed into the printed rates and their sum from the counts, also through
//! the real binary; each near miss refused with its line and column and nothing changed; and
//! measurements and actual costs round-tripped exactly through xlsx, ods and CSV.

use allianssi::csvio::file::{self, FileImport};
use allianssi::csvio::table::Format;
use allianssi::csvio::{Counts, Kind, Options, Problem, sheet};
use allianssi::followup::{Series, kpis};
use allianssi::i18n::{Language, Named};
use allianssi::model::{
    Actual, AllianceRole, Bp, Decimal, Direction, Edit, Metric, MetricId, Money, Party, PartyId, PartyKind, Period,
    Plan,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/sheets").join(name)
}

fn metric(id: u32, name: &str, actual: Actual) -> Metric {
    Metric {
        id: MetricId(id),
        name: name.into(),
        definition: String::new(),
        source: String::new(),
        unit: "%".into(),
        direction: Direction::HigherIsBetter,
        minimum: Decimal::from_int(20),
        target: Decimal::from_int(30),
        excellent: Decimal::from_int(40),
        weight: Bp(10_000),
        actual,
        decimals: None,
    }
}

/// A plan with the parties Tampere (1) and Punkalaidun (2) and the activation rate (3), not
/// yet measured.
fn deck() -> Plan {
    let mut plan = Plan::new("Pirkanmaa");
    for (id, name) in [(1, "Tampere"), (2, "Punkalaidun")] {
        let p = Party::new(PartyId(id), name, PartyKind::Municipality, AllianceRole::Owner);
        plan.apply(&Edit::AddParty(Box::new(p))).expect("party");
    }
    let m = metric(3, "Aktivointiaste", Actual::ActivationRate { unemployed: 0, in_services: 0 });
    plan.apply(&Edit::AddMetric(Box::new(m))).expect("metric");
    plan
}

fn import(plan: &Plan, bytes: &[u8], kind: Option<Kind>) -> FileImport {
    file::import(plan, bytes, kind, Options::default()).unwrap_or_else(|e| panic!("{}", e.message("x", Language::En)))
}

fn values(s: &Series) -> Vec<String> {
    s.points.iter().map(|p| p.value_string().unwrap_or_default()).collect()
}

const TAMPERE: [&str; 9] = ["16.9", "20.6", "22.4", "24.2", "21.9", "24.7", "27.8", "31.7", "34.5"];
const PUNKALAIDUN: [&str; 9] = ["41.7", "45.1", "67.4", "70.6", "71.3", "73.8", "75.8", "79.8", "84.5"];
const TOGETHER: [&str; 9] = ["17.1", "20.7", "22.7", "24.6", "22.2", "25.1", "28.2", "32.0", "34.8"];

/// The deck's rates come back as printed per area, and for the two together from the summed
/// counts.
fn assert_the_decks_rates(plan: &Plan) {
    let k = kpis(plan);
    let months: Vec<Period> = std::iter::successors(Some(Period::Month(2017, 8)), |p| Some(p.next())).take(9).collect();
    assert_eq!(k.periods, months);
    let ms = &k.metrics[0];
    let by = |area| values(ms.series.iter().find(|s| s.area == area).expect("series"));
    assert_eq!(by(Some(PartyId(1))), TAMPERE);
    assert_eq!(by(Some(PartyId(2))), PUNKALAIDUN);
    assert_eq!(by(None), TOGETHER);
}

#[test]
fn the_decks_workbook_from_calc_and_the_swedish_csv_give_the_printed_rates() {
    let base = deck();
    let xlsx = std::fs::read(fixture("mittaukset-calc.xlsx")).expect("fixture");
    assert_eq!(Format::sniff(&xlsx), Format::Xlsx);
    let done = import(&base, &xlsx, None);
    assert_eq!(done.lists, vec![(Kind::Measurements, Counts { added: 18, ..Counts::default() })]);
    assert_eq!(base.followup.measurements.len(), 0, "the plan given is not changed");
    assert_the_decks_rates(&done.plan);
    let m = done.plan.followup.measurement(MetricId(3), Some(PartyId(2)), Period::Month(2017, 8)).expect("a date cell");
    assert_eq!(m.actual, Actual::ActivationRate { unemployed: 56, in_services: 40 });

    // Swedish headers in another order, months written 8/2017, names in lower case: the same
    // measurements, and into the plan that has them, all unchanged.
    let csv = std::fs::read(fixture("matningar-sv.csv")).expect("fixture");
    let sv = import(&base, &csv, None);
    assert_eq!(sv.lists, vec![(Kind::Measurements, Counts { added: 18, ..Counts::default() })]);
    assert_eq!(sv.plan, done.plan);
    let again = import(&done.plan, &csv, Some(Kind::Measurements));
    assert_eq!(again.lists, vec![(Kind::Measurements, Counts { unchanged: 18, ..Counts::default() })]);
    assert!(!again.changes());

    // One month corrected, the rest of the plan's kept or, with replace, removed.
    let one = "mittari;alue;jakso;työttömät;palveluissa\nAktivointiaste;Tampere;2017-08;11331;2309\n";
    let merged = import(&done.plan, one.as_bytes(), None);
    assert_eq!(merged.lists, vec![(Kind::Measurements, Counts { updated: 1, kept: 17, ..Counts::default() })]);
    assert_eq!(values(kpis(&merged.plan).metrics[0].alliance().expect("alliance"))[1..], TOGETHER[1..]);
    let replace = Options { replace: true, ..Options::default() };
    let replaced = file::import(&done.plan, one.as_bytes(), None, replace).expect("imports");
    assert_eq!(replaced.lists, vec![(Kind::Measurements, Counts { updated: 1, removed: 17, ..Counts::default() })]);
    assert_eq!(replaced.plan.followup.measurements.len(), 1);
}

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn load(path: &Path) -> Plan {
    allianssi::storage::load(path).expect("loads").plan
}

#[test]
fn the_binary_imports_the_deck_and_exports_it_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("pirkanmaa.ron");
    allianssi::storage::save(&deck(), &plan).expect("save");
    let before = std::fs::read(&plan).expect("plan");
    let xlsx = fixture("mittaukset-calc.xlsx");

    let out = allianssi(&["import-sheet", s(&xlsx), "--into", s(&plan), "--kind", "measurements", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Mittaukset: 18 lisätty"));
    assert_eq!(std::fs::read(&plan).expect("plan"), before, "a dry run writes nothing");

    let out = allianssi(&["import-sheet", s(&xlsx), "--into", s(&plan), "--kind", "measurements"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_the_decks_rates(&load(&plan));

    // Exported as CSV and read back by the binary: nothing changes.
    let csv = dir.path().join("mittaukset.csv");
    let out = allianssi(&["export-sheet", s(&plan), "--out", s(&csv), "--kind", "measurements"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.starts_with("\u{feff}mittari;alue;jakso;arvo;työttömät;palveluissa;"), "{text}");
    assert!(text.contains("Aktivointiaste;Punkalaidun;2017-08;;56;40;"), "{text}");
    let after = std::fs::read(&plan).expect("plan");
    let out = allianssi(&["import-sheet", s(&csv), "--into", s(&plan), "--kind", "measurements", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Measurements: 0 added, 0 updated, 18 unchanged"));
    assert_eq!(std::fs::read(&plan).expect("plan"), after);

    // A bad row: the exit code, the line and column, and the plan untouched.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "mittari;alue;jakso;arvo\nAktivointiaste;;2017-08;1\nAktivointiaste;;2017-13;2\n").unwrap();
    let out = allianssi(&["import-sheet", s(&bad), "--into", s(&plan), "--kind", "measurements"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rivi 3, sarake C (jakso)") && err.contains("2017-13") && err.contains("Mitään ei tuotu"));
    assert_eq!(std::fs::read(&plan).expect("plan"), after);

    let costs = dir.path().join("kustannukset.csv");
    std::fs::write(&costs, "osapuoli;kustannuslaji;jakso;summa €\nTampere;K1;2017-Q3;1 234,50\n").unwrap();
    let out = allianssi(&["import-sheet", s(&costs), "--into", s(&plan), "--kind", "actuals"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let got = load(&plan).followup.costs;
    assert_eq!((got.len(), got[0].amount, got[0].period), (1, Money(123_450), Period::Quarter(2017, 3)));
}

/// The first problem of importing a CSV text into the deck, with its Finnish message.
fn refused(plan: &Plan, kind: Kind, text: &str) -> (allianssi::csvio::Error, String) {
    let e = file::import(plan, text.as_bytes(), Some(kind), Options::default()).expect_err(text);
    let m = e.message("f.csv", Language::Fi);
    (e, m)
}

#[test]
fn near_misses_are_refused_with_their_line_and_column() {
    let plan = deck();
    let head = "mittari;alue;jakso;arvo;työttömät;palveluissa\n";
    let ok = "Aktivointiaste;Tampere;2017-08;;10;5\n";
    let cases = [
        ("Aktivointi;Tampere;2017-09;;10;5\n", 3, "A (mittari)", "Lisää mittari ensin"),
        ("aktivointiaste;Tampre;2017-09;;10;5\n", 3, "B (alue)", "Lisää osapuoli ensin tai korjaa nimi"),
        ("Aktivointiaste;Tampere;2017-13;;10;5\n", 3, "C (jakso)", "vuosineljännes 2017-Q3"),
        ("Aktivointiaste;Tampere;;;10;5\n", 3, "C (jakso)", "täytä solu"),
        ("Aktivointiaste;Tampere;2017-09;12,5;10;5\n", 3, "D (arvo)", "kahdella tavalla"),
        ("Aktivointiaste;Tampere;2017-09;;10;-5\n", 3, "F (palveluissa)", "negatiivinen"),
        ("AKTIVOINTIASTE;tampere;8/2017;;11;6\n", 3, "A (mittari)", "on jo rivillä 2. Poista toinen riveistä 2 ja 3"),
    ];
    for (row, line, column, what) in cases {
        let (e, m) = refused(&plan, Kind::Measurements, &format!("{head}{ok}{row}"));
        assert_eq!(e.line, line, "{m}");
        assert!(m.starts_with(&format!("f.csv, rivi {line}, sarake {column}: ")), "{m}");
        assert!(m.contains(what) && m.ends_with("Mitään ei tuotu."), "{m}");
    }
    let (e, _) = refused(&plan, Kind::Measurements, &format!("{head}Aktivointi;Tampere;2017-09;;1;1\n"));
    assert_eq!(e.problem, Problem::UnknownMetric("Aktivointi".into()));
    let e = file::import(&plan, b"metric;period;value\nx;2017;1\n", None, Options::default()).unwrap_err();
    assert!(e.message("f.csv", Language::En).contains("Add the metric first (Metrics) or correct the name"));
    let e =
        file::import(&plan, b"mittari;jakso;arvo\nAktivointiaste;2017-13;1\n", None, Options::default()).unwrap_err();
    assert!(e.message("f.csv", Language::Sv).contains("\u{201d}2017-13\u{201d} är ingen period"));
    // The period column is required.
    let (e, _) = refused(&plan, Kind::Measurements, "mittari;arvo\nAktivointiaste;1\n");
    assert!(matches!(e.problem, Problem::MissingColumn { ref name, .. } if name == "jakso"), "{e:?}");

    let head = "osapuoli;kustannuslaji;jakso;summa €\n";
    let ok = "Tampere;K1;2017-08;100,00\n";
    let cases = [
        ("Tampere;X9;2017-08;1,00\n", "B (kustannuslaji)", "kustannuslajia \u{201c}X9\u{201d} ei ole"),
        ("Tampre;K1;2017-08;1,00\n", "A (osapuoli)", "Lisää osapuoli ensin"),
        ("Tampere;K1;2017-Q5;1,00\n", "C (jakso)", "ei ole jakso"),
        ("Tampere;K1;2017-09;-1,00\n", "D (summa €)", "negatiivinen"),
        ("Tampere;K1;2017-09;1,234\n", "D (summa €)", "ei ole rahamäärä"),
        ("Tampere;K1;2017-09;\n", "D (summa €)", "täytä solu"),
        ("tampere;k1;1.8.2017;5\n", "A (osapuoli)", "on jo rivillä 2"),
    ];
    for (row, column, what) in cases {
        let (e, m) = refused(&plan, Kind::Actuals, &format!("{head}{ok}{row}"));
        assert_eq!(e.line, 3, "{m}");
        assert!(m.starts_with(&format!("f.csv, rivi 3, sarake {column}: ")), "{m}");
        assert!(m.contains(what), "{m}");
    }
}

/// The deck measured in every way an actual can be given, for the alliance and per area, with
/// actual costs; Punkalaidun shares its name with another party, so it is written by short name.
fn measured() -> Plan {
    let mut plan = deck();
    let mut twin = Party::new(PartyId(4), "Punkalaidun", PartyKind::Municipality, AllianceRole::Producer);
    twin.short_name = "Punkalaitumen yhtiö".into();
    plan.apply(&Edit::AddParty(Box::new(twin))).expect("party");
    let d = |s: &str| s.parse::<Decimal>().expect("decimal");
    let actuals = [
        Actual::Unknown,
        Actual::Value(d("12.5")),
        Actual::ActivationRate { unemployed: 11331, in_services: 2308 },
        Actual::Nps { promoters: 90, passives: 60, detractors: 50 },
        Actual::Change { old: d("200.25"), new: d("180") },
        Actual::Share { numerator: 45, denominator: 120 },
    ];
    for (i, actual) in actuals.into_iter().enumerate() {
        let period = [Period::Month(2017, 8), Period::Quarter(2017, 4), Period::Year(2018)][i % 3];
        let area = [None, Some(PartyId(1)), Some(PartyId(2)), Some(PartyId(4))][i % 4];
        let edit = Edit::SetMeasurement { metric: MetricId(3), area, period, actual: Some(actual) };
        plan.apply(&edit).expect("measurement");
    }
    let code = |i: usize| plan.budget.cost_categories[i].code.clone();
    for (party, category, period, cents) in [
        (1, code(0), Period::Month(2017, 8), 123_456),
        (1, code(1), Period::Month(2017, 8), 5),
        (2, code(0), Period::Quarter(2017, 3), 0),
        (4, code(2), Period::Year(2018), 9_999_999_999),
    ] {
        let edit = Edit::SetCostActual { party: PartyId(party), category, period, amount: Some(Money(cents)) };
        plan.apply(&edit).expect("cost");
    }
    plan
}

#[test]
fn measurements_and_actual_costs_round_trip_exactly_in_every_format() {
    let plan = measured();
    assert_eq!((plan.followup.measurements.len(), plan.followup.costs.len()), (6, 4));
    let mut empty = plan.clone();
    empty.followup = Default::default();
    for kind in [Kind::Measurements, Kind::Actuals] {
        let n = kind.rows(&plan).len();
        for format in [Format::Xlsx, Format::Ods, Format::Csv] {
            let bytes = sheet::workbook(&plan, &[kind], format).expect("file");
            let same = import(&plan, &bytes, Some(kind));
            assert_eq!(same.lists, vec![(kind, Counts { unchanged: n, ..Counts::default() })], "{kind:?} {format:?}");
            assert_eq!(same.plan, plan, "{kind:?} {format:?}");
            let back = import(&empty, &bytes, Some(kind));
            assert_eq!(back.lists, vec![(kind, Counts { added: n, ..Counts::default() })], "{kind:?} {format:?}");
            assert_eq!(kind.rows(&back.plan), kind.rows(&plan), "{kind:?} {format:?}");
        }
    }
    // Both lists in one workbook into the plan without follow-up: the plan equal. (The whole
    // workbook would refuse the parties sheet, where the namesakes clash.)
    for format in [Format::Xlsx, Format::Ods] {
        let bytes = sheet::workbook(&plan, &[Kind::Measurements, Kind::Actuals], format).expect("workbook");
        let back = import(&empty, &bytes, None);
        assert_eq!(back.plan, plan, "{format:?}");
        let names: Vec<&str> = back.lists.iter().map(|(k, _)| k.name(Language::Sv)).collect();
        assert_eq!(names, ["Mätningar", "Faktiska kostnader"]);
    }
    let deck = deck();
    let bytes = sheet::workbook(&deck, &Kind::ALL, Format::Xlsx).expect("workbook");
    let names: Vec<Kind> = import(&deck, &bytes, None).lists.into_iter().map(|(k, _)| k).collect();
    assert_eq!(names, Kind::ALL, "every list has its sheet, the follow-up's last");
    // The twin's measurement is written by its short name, the namesake's by the name.
    let text = Kind::Measurements.export(&plan);
    assert!(text.contains(";Punkalaitumen yhtiö;") && text.contains(";Punkalaidun;"), "{text}");
    assert!(Kind::Actuals.export(&plan).contains("Punkalaitumen yhtiö;K3;2018;99999999,99"));
}

/// 20 000 measurements (every month, quarter and year of 1900–2199 in three areas of two
/// metrics) import in well under the hostile tests' 6 s, and again as unchanged.
#[test]
fn twenty_thousand_measurements_import_in_linear_time() {
    let mut plan = deck();
    let m = metric(4, "Toinen", Actual::Unknown);
    plan.apply(&Edit::AddMetric(Box::new(m))).expect("metric");
    let years = || 1900..2200;
    let periods: Vec<String> = years()
        .flat_map(|y| (1..=12).map(move |m| format!("{y}-{m:02}")))
        .chain(years().flat_map(|y| (1..=4).map(move |q| format!("{y}-Q{q}"))))
        .chain(years().map(|y| y.to_string()))
        .collect();
    let mut text = String::from("mittari;alue;jakso;arvo\n");
    let rows = ["Aktivointiaste", "Toinen"]
        .iter()
        .flat_map(|m| ["", "Tampere", "Punkalaidun"].map(move |a| (m, a)))
        .flat_map(|(m, a)| periods.iter().map(move |p| format!("{m};{a};{p};1,5\n")))
        .take(20_000);
    text.extend(rows);
    let started = std::time::Instant::now();
    let done = import(&plan, text.as_bytes(), None);
    assert_eq!(done.lists, vec![(Kind::Measurements, Counts { added: 20_000, ..Counts::default() })]);
    let again = import(&done.plan, text.as_bytes(), None);
    assert_eq!(again.lists, vec![(Kind::Measurements, Counts { unchanged: 20_000, ..Counts::default() })]);
    assert!(started.elapsed() < std::time::Duration::from_secs(6), "took {:?}", started.elapsed());
}
