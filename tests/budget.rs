//! Budget lines as CSV (`--kind budget`, columns party;category;year;amount): export and import
//! round trip on every fixture, bad rows named by line and column, and the pivot totals of the
//! budget screen and annex adding up to the base estimate.

use allianssi::commercial::pivot::{Dim, Key, pivot};
use allianssi::commercial::{base_estimate, parse_euros};
use allianssi::csvio::{self, Kind, Problem};
use allianssi::i18n::Language;
use allianssi::model::*;
use allianssi::storage;
use std::path::PathBuf;

fn fixture(name: &str) -> Plan {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(format!("{name}.ron"));
    storage::load(&path).unwrap_or_else(|e| panic!("{}: {e:?}", path.display())).plan
}

const FIXTURES: [&str; 5] =
    ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example", "worked-example-30-70"];

#[test]
fn budget_csv_round_trips_every_fixture() {
    for name in FIXTURES {
        let plan = fixture(name);
        let text = Kind::Budget.export(&plan);
        assert!(text.starts_with("party;category;year;amount\r\n"), "{name}: {text}");
        assert_eq!(text.lines().count(), plan.budget.cost_lines.len() + 1, "{name}");
        let back = Kind::Budget.import(&plan, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, plan, "{name}: export then import changes nothing");
    }
}

#[test]
fn budget_csv_import_replaces_the_lines() {
    let plan = fixture("worked-example");
    let csv = "\u{feff}Party;Category;Year;Amount\r\n\
               Työvalmennus Vire Oy;K1;2027;800 000,00\r\n\
               P2;k3;2028;1234,5\r\n\
               \r\n\
               Lahden kaupunki;K2;2027;10\r\n";
    let next = Kind::Budget.import(&plan, csv.as_bytes()).expect("imports");
    let lines = &next.budget.cost_lines;
    assert_eq!(lines.len(), 3);
    // The first row matches an existing line: its id and description are kept.
    let old = &plan.budget.cost_lines[0];
    assert_eq!((lines[0].id, lines[0].description.as_str()), (old.id, old.description.as_str()));
    assert_eq!(lines[0].amount, Money::euros(800_000));
    // A short name and a lower-case code are accepted; the code is stored as on the list.
    assert_eq!((lines[1].category.as_str(), lines[1].year, lines[1].amount), ("K3", 2028, Money(123_450)));
    assert_eq!(plan.party(lines[1].party).map(|p| p.label()), Some("P2"));
    assert_eq!(lines[2].amount, Money(1000));
    // New lines get fresh ids.
    let ids: Vec<u32> = lines.iter().map(|c| c.id.0).collect();
    assert!(ids[1] >= plan.next_id && ids[2] > ids[1], "{ids:?}");
    assert_eq!(next.next_id, ids[2] + 1);
    assert_eq!(base_estimate(&next.budget), Ok(Money(80_000_000 + 123_450 + 1000)));
}

#[test]
fn bad_budget_rows_are_named_by_line_and_column() {
    let plan = fixture("worked-example");
    let head = "party;category;year;amount\n";
    let good = "Lahden kaupunki;K1;2027;100\n";
    for (body, line, column, problem) in [
        ("Tuntematon Oy;K1;2027;100\n", 3, Some("party"), Problem::UnknownParty("Tuntematon Oy".into())),
        (";K1;2027;100\n", 3, Some("party"), Problem::Missing),
        ("Lahden kaupunki;;2027;100\n", 3, Some("category"), Problem::Missing),
        ("Lahden kaupunki;K1;vuosi;100\n", 3, Some("year"), Problem::Number("vuosi".into())),
        ("Lahden kaupunki;K1;20270;100\n", 3, Some("year"), Problem::Number("20270".into())),
        ("Lahden kaupunki;K1;2027;1.234.000\n", 3, Some("amount"), Problem::Money("1.234.000".into())),
        ("Lahden kaupunki;K1;2027;12,345\n", 3, Some("amount"), Problem::Money("12,345".into())),
        ("Lahden kaupunki;K1;2027;\n", 3, Some("amount"), Problem::Missing),
        ("Lahden kaupunki;K1;2027\n", 3, None, Problem::ColumnCount { expected: 4, found: 3 }),
    ] {
        let csv = format!("{head}{good}{body}");
        let e = Kind::Budget.import(&plan, csv.as_bytes()).unwrap_err();
        assert_eq!((e.line, e.column.as_deref(), &e.problem), (line, column, &problem), "{body}");
        let message = e.message("budjetti.csv", Language::Fi);
        assert!(message.starts_with(&format!("budjetti.csv, rivi {line}")), "{message}");
        assert!(message.ends_with("Mitään ei tuotu."), "{message}");
    }
    // An unknown category code names the allowed ones, in every language.
    let e = Kind::Budget.import(&plan, format!("{head}Lahden kaupunki;X9;2027;1\n").as_bytes()).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (2, Some("category")));
    assert!(
        e.message("b.csv", Language::Fi).contains("Sallitut koodit: K1, K2"),
        "{}",
        e.message("b.csv", Language::Fi)
    );
    assert!(e.message("b.csv", Language::Sv).contains("X9"));
    assert!(e.message("b.csv", Language::En).contains("Allowed codes: K1"));
    // A wrong header, Latin-1 bytes and an empty file.
    let e = Kind::Budget.import(&plan, b"osapuoli;laji;vuosi;summa\n").unwrap_err();
    assert!(matches!(e.problem, Problem::Header { .. }));
    let e = Kind::Budget.import(&plan, b"party;category;year;amount\nP\xe4ij\xe4t;K1;2027;1\n").unwrap_err();
    assert_eq!((e.line, e.problem), (2, Problem::Encoding));
    assert_eq!(Kind::Budget.import(&plan, b"").unwrap_err().problem, Problem::Empty);
}

#[test]
fn amounts_are_written_as_finnish_excel_reads_them() {
    let mut plan = fixture("worked-example");
    plan.budget.cost_lines.truncate(1);
    plan.budget.cost_lines[0].amount = Money(-123_456);
    let text = Kind::Budget.export(&plan);
    assert_eq!(text, "party;category;year;amount\r\nTyövalmennus Vire Oy;K1;2027;-1234,56\r\n");
    assert_eq!(parse_euros("-1234,56"), Ok(Money(-123_456)));
    assert_eq!(csvio::money_cell(Money(5)), "0,05");
}

#[test]
fn pivots_add_up_to_the_base_estimate() {
    for name in FIXTURES {
        let plan = fixture(name);
        let base = base_estimate(&plan.budget).unwrap();
        for (rows, columns) in
            [(Dim::Party, Dim::Year), (Dim::Category, Dim::Party), (Dim::Year, Dim::Party), (Dim::Party, Dim::Category)]
        {
            let p = pivot(&plan, rows, columns).unwrap();
            assert_eq!(p.total, base, "{name} {rows:?}×{columns:?}");
            let sum = |v: &[Money]| Money::checked_sum(v.iter().copied()).unwrap();
            assert_eq!(sum(&p.row_totals), base);
            assert_eq!(sum(&p.column_totals), base);
            for (r, row) in p.cells.iter().enumerate() {
                assert_eq!(sum(row), p.row_totals[r]);
            }
        }
        // Each party's own budget is its own row, equal to the model's party total.
        let p = pivot(&plan, Dim::Party, Dim::Year).unwrap();
        for (r, key) in p.rows.iter().enumerate() {
            let Key::Party(id) = key else { panic!("{key:?}") };
            assert_eq!(Some(p.row_totals[r]), plan.budget.total_for_party(*id), "{name}");
        }
    }
    let plan = fixture("worked-example");
    let p = pivot(&plan, Dim::Category, Dim::Party).unwrap();
    let codes: Vec<&Key> = p.rows.iter().collect();
    assert_eq!(codes.first(), Some(&&Key::Category("K1".into())), "categories in list order");
}
