//! Budget lines as CSV (`--kind budget`, columns osapuoli;kustannuslaji;vuosi;summa €;kuvaus or
//! the older party;category;year;amount): export and import round trip on every fixture, rows
//! merged into the lines (replaced only when asked), bad rows named by line and column, and the
//! pivot totals of the budget screen and annex adding up to the base estimate.

use allianssi::commercial::pivot::{Dim, Key, pivot};
use allianssi::commercial::{base_estimate, parse_euros};
use allianssi::csvio::{self, Kind, Options, Problem, table};
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
        assert!(text.starts_with("osapuoli;kustannuslaji;vuosi;summa €;kuvaus\r\n"), "{name}: {text}");
        assert_eq!(text.lines().count(), plan.budget.cost_lines.len() + 1, "{name}");
        let back = Kind::Budget.import(&plan, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, plan, "{name}: export then import changes nothing");
    }
}

#[test]
fn budget_csv_import_merges_and_replaces_only_when_asked() {
    let plan = fixture("worked-example");
    let csv = "\u{feff}Party;Category;Year;Amount\r\n\
               Työvalmennus Vire Oy;K1;2027;800 000,00\r\n\
               P2;k3;2028;1234,5\r\n\
               \r\n\
               Lahden kaupunki;K2;2027;10\r\n";
    // Merged: the matched line is updated, the others are kept, two lines are added.
    let merged = Kind::Budget.import(&plan, csv.as_bytes()).expect("imports");
    assert_eq!(merged.budget.cost_lines.len(), plan.budget.cost_lines.len() + 2);
    let t = table::csv(csv.as_bytes()).unwrap();
    let done = Kind::Budget.import_table(&plan, &t, Options { replace: true, ..Options::default() }).expect("imports");
    let kept = plan.budget.cost_lines.len() - 1;
    assert_eq!(
        done.counts,
        csvio::Counts { added: 2, updated: 0, unchanged: 1, kept: 0, removed: kept },
        "with replace the lines not in the file are removed and counted"
    );
    let next = done.plan;
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
        ("Lahden kaupunki;K1;vuosi;100\n", 3, Some("year"), Problem::Whole("vuosi".into())),
        ("Lahden kaupunki;K1;27;100\n", 3, Some("year"), year_range("27")),
        ("Lahden kaupunki;K1;20270;100\n", 3, Some("year"), year_range("20270")),
        ("Lahden kaupunki;K1;2027;-100\n", 3, Some("amount"), Problem::Negative("-100".into())),
        ("Lahden kaupunki;K1;2027;100000000000,01\n", 3, Some("amount"), Problem::TooLarge("100000000000,01".into())),
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
    // A header without a column the list needs names it; Windows-1252 bytes are read as such;
    // an empty file.
    let e = Kind::Budget.import(&plan, b"osapuoli;laji;vuosi;summa\n").unwrap_err();
    assert!(matches!(&e.problem, Problem::MissingColumn { name, .. } if name == "kustannuslaji"), "{e:?}");
    let e = Kind::Budget.import(&plan, b"party;category;year;amount\nP\xe4ij\xe4t;K1;2027;1\n").unwrap_err();
    assert_eq!((e.line, e.problem), (2, Problem::UnknownParty("Päijät".into())));
    assert_eq!(Kind::Budget.import(&plan, b"").unwrap_err().problem, Problem::Empty);
}

fn year_range(y: &str) -> Problem {
    Problem::Other(Box::new([
        format!("vuosi \u{201c}{y}\u{201d} ei ole väliltä 1900–2199. Kirjoita vuosi neljällä numerolla."),
        format!("året \u{201d}{y}\u{201d} ligger inte mellan 1900 och 2199. Skriv året med fyra siffror."),
        format!("the year \u{201c}{y}\u{201d} is not within 1900–2199. Write the year with four digits."),
    ]))
}

#[test]
fn amounts_are_written_as_finnish_excel_reads_them() {
    let mut plan = fixture("worked-example");
    plan.budget.cost_lines.truncate(1);
    plan.budget.cost_lines[0].amount = Money(-123_456);
    let text = Kind::Budget.export(&plan);
    let description = &plan.budget.cost_lines[0].description;
    assert_eq!(
        text,
        format!(
            "osapuoli;kustannuslaji;vuosi;summa €;kuvaus\r\nTyövalmennus Vire Oy;K1;2027;-1234,56;{description}\r\n"
        )
    );
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
