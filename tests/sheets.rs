//! Spreadsheets as officials use them: xlsx and ods round trips on every template, files made by
//! LibreOffice Calc with Finnish number formats (`fixtures/sheets/`), the forgiving CSV reader,
//! imports that merge and count instead of replacing, and each defect of the issue that asked
//! for them (two-digit years, a header-only sheet wiping the budget, negative amounts, headers in
//! Finnish and in any order, Windows-1252 and UTF-16, an .xlsx name holding CSV, misleading
//! messages), also through the real binary.

use allianssi::csvio::file::{self, FileImport};
use allianssi::csvio::table::{self, Format};
use allianssi::csvio::{Counts, Kind, Note, Options, Problem, sheet};
use allianssi::model::{Money, Plan};
use allianssi::{storage, template};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

fn plan(name: &str) -> Plan {
    storage::load(&fixture(&format!("{name}.ron"))).expect("fixture").plan
}

fn import(plan: &Plan, bytes: &[u8], kind: Option<Kind>) -> FileImport {
    file::import(plan, bytes, kind, Options::default())
        .unwrap_or_else(|e| panic!("{}", e.message("x", allianssi::i18n::Language::En)))
}

fn unchanged(n: usize) -> Counts {
    Counts { unchanged: n, ..Counts::default() }
}

/// Every list's rows as text, sheet by sheet, as a spreadsheet reader sees them.
fn cells(bytes: &[u8]) -> Vec<(Option<String>, Vec<Vec<String>>)> {
    table::workbook(bytes)
        .expect("workbook")
        .into_iter()
        .map(|t| (t.sheet, t.rows.into_iter().map(|l| l.cells).collect()))
        .collect()
}

/// The plan with every list emptied (parties last, as the others refer to them).
fn emptied(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.budget.cost_lines = Vec::new().into();
    p.risks.risks = Vec::new().into();
    p.budget.metrics.clear();
    p.followup = Default::default();
    p.services = Vec::new().into();
    p.parties = Vec::new().into();
    p
}

#[test]
fn workbooks_round_trip_on_every_template() {
    for t in template::all() {
        let plan = (t.build)();
        for format in [Format::Xlsx, Format::Ods] {
            let bytes = sheet::workbook(&plan, &Kind::ALL, format).expect("workbook");
            assert_eq!(Format::sniff(&bytes), format, "{}", t.name);
            // Into the same plan: every row unchanged, the plan equal.
            let same = import(&plan, &bytes, None);
            assert_eq!(same.plan, plan, "{} {format:?}", t.name);
            assert!(!same.changes());
            let sizes = [
                plan.parties.len(),
                plan.services.len(),
                plan.budget.cost_lines.len(),
                plan.risks.risks.len(),
                plan.budget.metrics.len(),
                plan.followup.measurements.len(),
                plan.followup.costs.len(),
            ];
            let lists: Vec<(Kind, Counts)> = Kind::ALL.into_iter().zip(sizes.map(unchanged)).collect();
            assert_eq!(same.lists, lists, "{} {format:?}", t.name);
            // Into a plan without the lists: the same workbook comes out again.
            let empty = emptied(&plan);
            let back = import(&empty, &bytes, None);
            assert_eq!(back.lists.iter().map(|(_, c)| c.added).collect::<Vec<_>>(), sizes.to_vec(), "{}", t.name);
            let again = sheet::workbook(&back.plan, &Kind::ALL, format).expect("workbook");
            assert_eq!(cells(&again), cells(&bytes), "{} {format:?}: xlsx → plan → xlsx", t.name);
        }
    }
}

/// A generated plan, where short names repeat across parties: every row comes back unchanged
/// (a risk's owner was written by short name and read back as another party before).
#[test]
fn a_generated_plan_round_trips_through_both_workbooks() {
    use allianssi::generate::{GenerateOptions, generate};
    let plan =
        generate(&GenerateOptions { parties: 120, services: 60, risks: 1500, budget_lines: 1500, seed: 13, months: 0 });
    for format in [Format::Xlsx, Format::Ods] {
        let bytes = sheet::workbook(&plan, &Kind::ALL, format).expect("workbook");
        let done = import(&plan, &bytes, None);
        let changed: Vec<&(Kind, Counts)> = done.lists.iter().filter(|(_, c)| c.changes() || c.kept > 0).collect();
        assert!(changed.is_empty(), "{format:?}: {changed:?}");
        assert_eq!(done.plan, plan, "{format:?}");
    }
}

#[test]
fn workbooks_are_typed_frozen_and_filtered() {
    let plan = plan("tyollisyysalue");
    let xlsx = sheet::workbook(&plan, &Kind::ALL, Format::Xlsx).expect("xlsx");
    let sheet_xml = |bytes: &[u8], name: &str| {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut f = zip.by_name(name).expect(name);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut f, &mut s).expect("xml");
        s
    };
    let budget = sheet_xml(&xlsx, "xl/worksheets/sheet3.xml");
    assert!(budget.contains(r#"<pane ySplit="1""#), "frozen header row");
    assert!(budget.contains("<autoFilter"), "filters");
    assert!(budget.contains("<cols>"), "column widths");
    let styles = sheet_xml(&xlsx, "xl/styles.xml");
    assert!(styles.contains(r##"formatCode="#,##0.00""##) && styles.contains(r#"formatCode="d.m.yyyy""#), "{styles}");
    // The amount is a number cell, not text.
    let first = &plan.budget.cost_lines[0];
    let euros = first.amount.cents() as f64 / 100.0;
    assert!(budget.contains(&format!("<v>{euros}</v>")), "{euros}");
    let names: Vec<String> = cells(&xlsx).into_iter().filter_map(|(s, _)| s).collect();
    assert_eq!(
        names,
        ["Osapuolet", "Palvelut", "Budjetti", "Riskit", "Mittarit", "Mittaukset", "Toteutuneet kustannukset"]
    );

    let ods = sheet::workbook(&plan, &Kind::ALL, Format::Ods).expect("ods");
    assert!(ods[30..].starts_with(b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), "mimetype first, stored");
    let content = sheet_xml(&ods, "content.xml");
    assert!(content.contains(r#"office:value-type="float""#) && content.contains(r#"office:value-type="date""#));
    assert!(content.contains("table:display-filter-buttons=\"true\""));
    assert!(sheet_xml(&ods, "settings.xml").contains("VerticalSplitPosition"));
}

#[test]
fn files_made_by_libreoffice_calc_import_exactly() {
    let base = plan("tyollisyysalue");
    // Our workbooks opened and saved again by Calc 7.4 (fi): nothing changes.
    for name in ["tyollisyysalue-calc.xlsx", "tyollisyysalue-calc.ods"] {
        let bytes = std::fs::read(fixture(&format!("sheets/{name}"))).expect("fixture");
        let done = import(&base, &bytes, None);
        assert_eq!(done.plan, base, "{name}");
        assert_eq!(done.lists.len(), 5, "{name}");
    }
    // An official's budget typed in Calc with a Finnish locale: headers capitalised, amounts as
    // "732 345,50" (numbers), a remarks column and a totals row. Two amounts changed.
    let bytes = std::fs::read(fixture("sheets/budjetti-calc.xlsx")).expect("fixture");
    let done = import(&base, &bytes, None);
    assert_eq!(done.lists, vec![(Kind::Budget, Counts { updated: 2, unchanged: 37, ..Counts::default() })]);
    let lines = &done.plan.budget.cost_lines;
    for i in [0, 5] {
        assert_eq!(lines[i].amount, Money(base.budget.cost_lines[i].amount.cents() + 1_234_550), "line {i}");
    }
    let notes: Vec<&Note> = done.notes.iter().map(|(_, n)| n).collect();
    assert_eq!(notes, [&Note::IgnoredColumn("Huomautus".into()), &Note::Totals(41)]);
    // A risk register with dates typed as 31.3.2027, read by Calc as dates: one status changed.
    let bytes = std::fs::read(fixture("sheets/riskit-calc.ods")).expect("fixture");
    let done = import(&base, &bytes, None);
    assert_eq!(done.lists, vec![(Kind::Risks, Counts { updated: 1, unchanged: 8, ..Counts::default() })]);
    let (before, after) = (&base.risks.risks[0], &done.plan.risks.risks[0]);
    assert_eq!((after.due, after.review), (before.due, before.review));
    assert_eq!(after.status.name_fi(), "Hallinnassa");
    // The same typed as CSV (UTF-8, the Finnish forms) gives the same plan.
    let csv = std::fs::read(fixture("sheets/riskit-calc.csv")).expect("fixture");
    assert_eq!(import(&base, &csv, None).plan.risks.risks[0].status, after.status);
}

trait NameFi {
    fn name_fi(&self) -> &'static str;
}

impl<T: allianssi::i18n::Named> NameFi for T {
    fn name_fi(&self) -> &'static str {
        self.name(allianssi::i18n::Language::Fi)
    }
}

fn csv_err(plan: &Plan, kind: Kind, text: &str) -> allianssi::csvio::Error {
    kind.import(plan, text.as_bytes()).expect_err(text)
}

#[test]
fn two_digit_years_and_impossible_dates_are_refused_with_line_and_column() {
    let base = plan("tyollisyysalue");
    let risks = Kind::Risks.export(&base);
    let mut lines: Vec<String> = risks.lines().map(str::to_string).collect();
    // A row without quoted text, so its cells are its semicolons' fields.
    let at = (1..lines.len()).find(|&i| !lines[i].contains('"')).expect("a plain row");
    let mut cells: Vec<String> = lines[at].split(';').map(str::to_string).collect();
    assert!(!cells[20].is_empty());
    for bad in ["1.1.27", "15.3.0027", "31.2.2027", "2027-13-01"] {
        cells[20] = bad.to_string();
        lines[at] = cells.join(";");
        let e = csv_err(&base, Kind::Risks, &lines.join("\r\n"));
        let expected = (at + 1, Some("määräpäivä"), Some(20), &Problem::Date(bad.into()));
        assert_eq!((e.line, e.column.as_deref(), e.position, &e.problem), expected);
        let place = format!("rivi {}, sarake U (määräpäivä)", at + 1);
        assert!(e.message("riskit.csv", allianssi::i18n::Language::Fi).contains(&place));
    }
    // A party's exit date likewise.
    let e = csv_err(&base, Kind::Parties, &format!("nimi;eronnut\n{};1.1.27\n", base.parties[0].name));
    assert_eq!((e.line, e.column.as_deref(), e.problem), (2, Some("eronnut"), Problem::Date("1.1.27".into())));
    // Near miss: four digits in either form are dates.
    let ok = Kind::Parties.import(&base, format!("nimi;eronnut\n{};1.1.2027\n", base.parties[0].name).as_bytes());
    assert_eq!(ok.expect("imports").parties[0].exited_on, chrono::NaiveDate::from_ymd_opt(2027, 1, 1));
}

#[test]
fn a_header_only_or_partial_sheet_never_wipes_a_list() {
    let base = plan("tyollisyysalue");
    let n = base.budget.cost_lines.len();
    for replace in [false, true] {
        let t = table::csv(b"party;category;year;amount\r\n").expect("csv");
        let done = Kind::Budget.import_table(&base, &t, Options { replace, ..Options::default() }).expect("imports");
        assert_eq!(done.plan, base, "replace {replace}");
        assert_eq!((done.counts, &done.notes[..]), (Counts { kept: n, ..Counts::default() }, &[Note::Empty][..]));
    }
    // A partial sheet updates its rows and keeps the rest; with replace the rest goes.
    let first = &base.budget.cost_lines[0];
    let party = &base.party(first.party).expect("party").name;
    let text = format!("osapuoli;kustannuslaji;vuosi;summa €\n{party};{};{};1,00\n", first.category, first.year);
    let merged = Kind::Budget.import_table(&base, &table::csv(text.as_bytes()).unwrap(), Options::default()).unwrap();
    assert_eq!(merged.counts, Counts { updated: 1, kept: n - 1, ..Counts::default() });
    assert_eq!(merged.plan.budget.cost_lines.len(), n);
    assert_eq!(
        (merged.plan.budget.cost_lines[0].amount, &merged.plan.budget.cost_lines[0].description),
        (Money(100), &first.description)
    );
    let replaced = Kind::Budget
        .import_table(&base, &table::csv(text.as_bytes()).unwrap(), Options { replace: true, ..Options::default() })
        .unwrap();
    assert_eq!(replaced.counts, Counts { updated: 1, removed: n - 1, ..Counts::default() });
    assert_eq!(replaced.plan.budget.cost_lines.len(), 1);
    // Parties with replace: a party not in the file goes with its cells and cost lines.
    let gone = base.parties.last().expect("party");
    let rows: String = base.parties.iter().filter(|p| p.id != gone.id).map(|p| format!("{}\n", p.name)).collect();
    let t = table::csv(format!("nimi\n{rows}").as_bytes()).unwrap();
    let done = Kind::Parties.import_table(&base, &t, Options { replace: true, ..Options::default() }).unwrap();
    assert_eq!(done.counts, Counts { unchanged: base.parties.len() - 1, removed: 1, ..Counts::default() });
    assert!(done.plan.party(gone.id).is_none());
    assert!(done.plan.budget.cost_lines.iter().all(|c| c.party != gone.id));
    assert!(done.plan.services.iter().flat_map(|s| &s.cells).all(|c| c.party != gone.id));
}

#[test]
fn negative_amounts_are_refused_where_the_plan_allows_none() {
    let base = plan("tyollisyysalue");
    let p = &base.parties[0].name;
    let service = &base.services[0].name;
    for (kind, text, column) in [
        (Kind::Budget, format!("osapuoli;kustannuslaji;vuosi;summa €\n{p};K1;2027;-5,00\n"), "summa €"),
        (Kind::Parties, format!("nimi;palkkio €\n{p};-1\n"), "palkkio €"),
        (Kind::Risks, "koodi;todennäköisin €\nR1;-1000\n".to_string(), "todennäköisin €"),
        (
            Kind::Services,
            format!("palvelu;osapuoli;rooli;euroa vuodessa\n{service};{p};Tuottaja;-1\n"),
            "euroa vuodessa",
        ),
        (Kind::Services, format!("palvelu;osapuoli;rooli;htv\n{service};{p};Tuottaja;-0,5\n"), "htv"),
    ] {
        let e = csv_err(&base, kind, &text);
        assert!(matches!(e.problem, Problem::Negative(_)), "{kind:?}: {e:?}");
        assert_eq!(e.column.as_deref(), Some(column));
    }
}

#[test]
fn headers_in_any_language_and_order_with_extra_columns() {
    let base = plan("tyollisyysalue");
    let r = &base.risks.risks[0];
    for header in ["Koodi;Otsikko;Huomio", "Kod;Rubrik;Anmärkning", "Remark;Title;Code", "code;title;x"] {
        let cols: Vec<&str> = header.split(';').collect();
        let at =
            |name: &[&str]| cols.iter().position(|c| name.iter().any(|n| c.eq_ignore_ascii_case(n))).expect("column");
        let mut row = vec![String::new(); 3];
        row[at(&["koodi", "kod", "code"])] = r.code.clone();
        row[at(&["otsikko", "rubrik", "title"])] = "Uusi otsikko".into();
        row[3 - at(&["koodi", "kod", "code"]) - at(&["otsikko", "rubrik", "title"])] = "muistiin".into();
        let t = table::csv(format!("{header}\n{}\n", row.join(";")).as_bytes()).unwrap();
        let done = Kind::Risks.import_table(&base, &t, Options::default()).expect(header);
        assert_eq!(done.counts.updated, 1, "{header}");
        let after = &done.plan.risks.risks[0];
        assert_eq!(after.title, "Uusi otsikko");
        // Columns the sheet lacks keep their values.
        assert_eq!((&after.cause, after.probability, after.due), (&r.cause, r.probability, r.due));
        assert!(matches!(&done.notes[..], [Note::IgnoredColumn(_)]), "{:?}", done.notes);
    }
}

#[test]
fn windows_1252_and_utf_16_are_read_and_exports_carry_a_byte_order_mark() {
    let base = plan("tyollisyysalue");
    let text = Kind::Parties.export(&base);
    assert!(text.contains('ä'));
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy);
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.replace(';', "\t").encode_utf16().flat_map(u16::to_le_bytes)).collect();
    for bytes in [cp1252.to_vec(), utf16] {
        let done = import(&base, &bytes, None);
        assert_eq!(done.plan, base);
        assert_eq!(done.lists, vec![(Kind::Parties, unchanged(base.parties.len()))]);
        assert!(matches!(done.notes[0].1, Note::Encoding(_)));
    }
    let file = sheet::csv_file(&base, Kind::Parties);
    assert!(file.starts_with("\u{feff}nimi;".as_bytes()));
}

#[test]
fn messages_say_what_is_wrong() {
    let base = plan("tyollisyysalue");
    let p = &base.parties[0].name;
    let e = csv_err(&base, Kind::Parties, &format!("nimi;johtoryhmäpaikat\n{p};1,5\n"));
    assert_eq!(e.problem, Problem::Whole("1,5".into()));
    assert!(e.message("o.csv", allianssi::i18n::Language::Fi).contains("ei ole kokonaisluku"));
    // "1,0" in a whole-number column is the whole number a spreadsheet wrote.
    let ok = Kind::Parties.import(&base, format!("nimi;johtoryhmäpaikat\n{p};1,0\n").as_bytes()).expect("1,0");
    assert_eq!(ok.parties[0].leadership_seats, 1);
    let e = csv_err(&base, Kind::Parties, &format!("nimi;palkkio €\n{p};200000000000\n"));
    assert_eq!(e.problem, Problem::TooLarge("200000000000".into()));
    assert!(e.message("o.csv", allianssi::i18n::Language::Fi).contains("liian suuri"));
    let e = csv_err(&base, Kind::Parties, &format!("nimi;palkkio €\n{p};12 000 e\n"));
    assert_eq!(e.problem, Problem::Money("12 000 e".into()));
    // A totals row is skipped with a note, not "add the party first".
    let text = Kind::Budget.export(&base) + "Yhteensä;;;6863580,00;\r\n";
    let done = Kind::Budget.import_table(&base, &table::csv(text.as_bytes()).unwrap(), Options::default()).unwrap();
    assert_eq!(done.plan, base);
    assert!(matches!(done.notes[..], [Note::Totals(_)]));
    // A missing column is named.
    let e = csv_err(&base, Kind::Budget, "osapuoli;vuosi;summa €\n");
    assert!(
        e.message("b.csv", allianssi::i18n::Language::Fi).contains("sarake \u{201c}kustannuslaji\u{201d} puuttuu"),
        "{e:?}"
    );
}

proptest! {
    /// Any amount a plan holds survives a spreadsheet's floating-point number exactly.
    #[test]
    fn money_survives_a_spreadsheet_number(cents in -10_000_000_000_000i64..=10_000_000_000_000i64) {
        let v = sheet::Value::Money(Money(cents));
        let text = table::number(v.number().expect("a number"));
        prop_assert_eq!(allianssi::commercial::parse_euros(&text), Ok(Money(cents)));
    }
}

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn the_command_line_exports_imports_and_never_changes_a_plan_silently() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("plan.ron");
    assert!(allianssi(&["new", "--template", "tyollisyysalue", s(&plan_path)]).status.success());
    let before = std::fs::read(&plan_path).unwrap();
    for name in ["kaikki.xlsx", "kaikki.ods", "budjetti.csv"] {
        let out_path = dir.path().join(name);
        let kind: &[&str] = if name.ends_with(".csv") { &["--kind", "budget"] } else { &[] };
        let out = allianssi(&[&["export-sheet", s(&plan_path), "--out", s(&out_path)], kind].concat());
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let out = allianssi(&["import-sheet", s(&out_path), "--into", s(&plan_path)]);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("Budjetti: 0 lisätty, 0 päivitetty, 39 ennallaan."), "{said}");
        assert_eq!(std::fs::read(&plan_path).unwrap(), before, "{name}: nothing to change, nothing written");
    }
    // `export-csv --out x.xlsx` writes a real workbook, which `import-csv` reads.
    let x = dir.path().join("x.xlsx");
    assert!(allianssi(&["export-csv", "--kind", "risks", s(&plan_path), "--out", s(&x)]).status.success());
    assert!(std::fs::read(&x).unwrap().starts_with(b"PK\x03\x04"));
    assert_eq!(allianssi(&["import-csv", "--kind", "risks", s(&x), "--into", s(&plan_path)]).status.code(), Some(0));
    // A CSV of several lists cannot be: exit 1 with a sentence.
    let out = allianssi(&["export-sheet", s(&plan_path), "--out", s(&dir.path().join("k.csv"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--kind"));
    // Header only: exit 0, counts, nothing written (also with --replace).
    let header_only = dir.path().join("tyhja.csv");
    std::fs::write(&header_only, "party;category;year;amount\r\n").unwrap();
    for extra in [&[][..], &["--replace"][..]] {
        let out = allianssi(&[&["import-sheet", s(&header_only), "--into", s(&plan_path)], extra].concat());
        assert_eq!(out.status.code(), Some(0));
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("39 vain suunnitelmassa (säilytetty)") && said.contains("ei ole rivejä"), "{said}");
        assert_eq!(std::fs::read(&plan_path).unwrap(), before);
    }
    // A partial sheet with --dry-run: counts, nothing written; with --replace: lines removed.
    let partial = dir.path().join("osa.csv");
    let plan = storage::load(&plan_path).unwrap().plan;
    let first = &plan.budget.cost_lines[0];
    let party = &plan.party(first.party).unwrap().name;
    std::fs::write(
        &partial,
        format!("osapuoli;kustannuslaji;vuosi;summa €\n{party};{};{};5,00\n", first.category, first.year),
    )
    .unwrap();
    let out =
        allianssi(&["import-sheet", s(&partial), "--into", s(&plan_path), "--replace", "--dry-run", "--lang", "en"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("Budget: 0 added, 1 updated, 0 unchanged, 38 removed.") && said.contains("Dry run"),
        "{said}"
    );
    assert_eq!(std::fs::read(&plan_path).unwrap(), before);
    let out = allianssi(&["import-sheet", s(&partial), "--into", s(&plan_path), "--replace"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(storage::load(&plan_path).unwrap().plan.budget.cost_lines.len(), 1);
    // A bad row: exit 1, line and column named, the plan untouched. A missing file: exit 2.
    let after = std::fs::read(&plan_path).unwrap();
    std::fs::write(&partial, format!("osapuoli;kustannuslaji;vuosi;summa €\n{party};{};27;5,00\n", first.category))
        .unwrap();
    let out = allianssi(&["import-sheet", s(&partial), "--into", s(&plan_path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("rivi 2, sarake C (vuosi)"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&plan_path).unwrap(), after);
    let out = allianssi(&["import-sheet", s(&dir.path().join("ei-ole.xlsx")), "--into", s(&plan_path)]);
    assert_eq!(out.status.code(), Some(2));
}
