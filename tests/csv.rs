//! CSV import and export of parties and of services with their matrix cells: the round trip on
//! every template gives the same plan; Excel's Finnish habits (decimal comma, BOM, CRLF, names
//! in any language) are accepted; bad files (wrong column count, unknown party, bad number,
//! a header of another list) are refused with their line number and change nothing, also through the real binary.

use allianssi::csvio::{Kind, Problem};
use allianssi::i18n::Language;
use allianssi::model::*;
use allianssi::template;
use std::path::Path;
use std::process::{Command, Output};

fn templates() -> Vec<(&'static str, Plan)> {
    template::all().iter().map(|t| (t.name, (t.build)())).collect()
}

#[test]
fn round_trip_gives_the_same_plan_on_every_template() {
    for (name, plan) in templates() {
        for kind in [Kind::Parties, Kind::Services] {
            let text = kind.export(&plan);
            assert!(text.lines().count() > 1, "{name} {kind:?}: rows written");
            let back = kind.import(&plan, text.as_bytes()).unwrap_or_else(|e| panic!("{name} {kind:?}: {e}"));
            assert_eq!(back, plan, "{name} {kind:?}: export then import changes nothing");
            assert_eq!(kind.export(&back), text, "{name} {kind:?}: stable");
        }
    }
}

#[test]
fn import_restores_changed_rows_and_keeps_their_ids() {
    for (name, plan) in templates() {
        let parties = Kind::Parties.export(&plan);
        let services = Kind::Services.export(&plan);
        let mut changed = plan.clone();
        for p in &mut changed.parties {
            p.business_id = "1234567-1".into();
            p.fee = Money::euros(1);
            p.duties.clear();
            p.leadership_seats = 9;
        }
        for s in &mut changed.services {
            s.cells.clear();
            s.description = "muutettu".into();
            s.market_failure = !s.market_failure;
            s.organiser = None;
        }
        let back = Kind::Parties.import(&changed, parties.as_bytes()).expect("parties");
        let back = Kind::Services.import(&back, services.as_bytes()).expect("services");
        assert_eq!(back, plan, "{name}");
    }
}

#[test]
fn new_rows_get_fresh_ids_and_names_match_short_names() {
    let plan = template::find("tampere-startup").map(|t| (t.build)()).expect("template");
    let first = &plan.parties[0];
    assert!(!first.short_name.is_empty());
    let header = Kind::Parties.header().join(";");
    let csv = format!(
        "\u{feff}{header}\r\n\
         {short};;;Kunta tai kaupunki;Owner;12,5 %;;Liisa;;;;2;3;ei;Työllisyyspalvelut, Business services;\r\n\
         Uusi Yhdistys ry;Yhdistys;0112038-9;Third-sector organisation;Serviceproducent;;1 234,50;;;;;1;1;nej;;31.12.2027\r\n",
        short = first.short_name
    );
    let back = Kind::Parties.import(&plan, csv.as_bytes()).expect("imports");
    assert_eq!(back.parties.len(), plan.parties.len() + 1);
    let updated = back.party(first.id).expect("same id");
    assert_eq!(updated.name, first.short_name, "matched by short name, name taken from the file");
    assert_eq!(updated.funding_share, Bp(1250));
    assert_eq!(updated.role, AllianceRole::Owner);
    assert_eq!(updated.duties, vec![Field::Employment, Field::BusinessServices]);
    assert_eq!((updated.leadership_seats, updated.project_seats), (2, 3));
    let added = back.parties.last().unwrap();
    assert_eq!(added.id, PartyId(plan.next_id), "a fresh id");
    assert_eq!(back.next_id, plan.next_id + 1);
    assert_eq!(added.kind, PartyKind::ThirdSector);
    assert_eq!(added.role, AllianceRole::Producer);
    assert_eq!(added.fee, Money(123_450));
    assert_eq!(added.exited_on, chrono::NaiveDate::from_ymd_opt(2027, 12, 31));
    assert!(back.all_ids().len() == plan.all_ids().len() + 1);

    // A new service with two cells and one without any.
    let party = &plan.parties[1];
    let header = Kind::Services.header().join(";");
    let csv = format!(
        "{header}\n\
         Uusi palvelu;Kuvaus;Palvelu;Palveluseteli;Nuoret;kyllä;Koulutus;{p};{p};Järjestäjä, vastuullinen;10 000,5;1,25\n\
         Uusi palvelu;;;;;;;;{q};Informed;;\n\
         Toinen palvelu;;Tukipalvelu;Oma tuotanto;;ei;Muu;;;;;\n",
        p = party.name,
        q = plan.parties[0].short_name
    );
    let back = Kind::Services.import(&plan, csv.as_bytes()).expect("imports");
    assert_eq!(back.services.len(), plan.services.len() + 2);
    let new = &back.services[plan.services.len()];
    assert_eq!(new.id, ServiceId(plan.next_id));
    assert_eq!(
        (new.kind, new.mode, new.field),
        (ServiceKind::Service, ProductionMode::ServiceVoucher, Field::Education)
    );
    assert!(new.market_failure);
    assert_eq!(new.organiser, Some(party.id));
    assert_eq!(new.cells.len(), 2);
    assert_eq!(new.cells[0].euros_per_year, Money(1_000_050));
    assert_eq!(new.cells[0].person_years, Decimal::from_raw(1_250_000));
    assert_eq!(new.cells[1].role, ServiceRole::Informed);
    assert!(back.services.last().unwrap().cells.is_empty());
}

/// What is wrong, the CSV kind, the file, the line and problem expected.
type BadFile = (&'static str, Kind, Vec<u8>, usize, fn(&Problem) -> bool);

fn bad_files() -> Vec<BadFile> {
    let plan = template::find("etela-pohjanmaa").map(|t| (t.build)()).expect("template");
    let parties = Kind::Parties.export(&plan);
    let services = Kind::Services.export(&plan);
    let mut p_lines: Vec<String> = parties.lines().map(str::to_string).collect();
    let mut s_lines: Vec<String> = services.lines().map(str::to_string).collect();
    let join = |lines: &[String]| (lines.join("\r\n") + "\r\n").into_bytes();

    let mut columns = p_lines.clone();
    columns[3].push_str(";ylimääräinen");
    let mut number = p_lines.clone();
    number[2] = number[2].replacen(";0,00;", ";12,345;", 1);
    let mut seats = p_lines.clone();
    let cells: Vec<&str> = seats[4].split(';').collect();
    let mut cells: Vec<String> = cells.into_iter().map(str::to_string).collect();
    cells[11] = "kaksi".into();
    seats[4] = cells.join(";");
    let mut unknown = s_lines.clone();
    let parts: Vec<String> = unknown[3].split(';').map(str::to_string).collect();
    let mut parts = parts;
    parts[8] = "Tuntematon Oy".into();
    unknown[3] = parts.join(";");
    let mut euros = s_lines.clone();
    let mut parts: Vec<String> = euros[5].split(';').map(str::to_string).collect();
    parts[10] = "12 000 e".into();
    euros[5] = parts.join(";");
    let mut role = s_lines.clone();
    let mut parts: Vec<String> = role[2].split(';').map(str::to_string).collect();
    parts[9] = "Pomo".into();
    role[2] = parts.join(";");
    p_lines.truncate(1);
    s_lines.truncate(2);
    vec![
        ("wrong column count", Kind::Parties, join(&columns), 4, |p| matches!(p, Problem::ColumnCount { .. })),
        ("bad amount", Kind::Parties, join(&number), 3, |p| matches!(p, Problem::Money(_))),
        ("bad seats", Kind::Parties, join(&seats), 5, |p| matches!(p, Problem::Whole(_))),
        ("unknown party", Kind::Services, join(&unknown), 4, |p| matches!(p, Problem::UnknownParty(_))),
        ("bad euros", Kind::Services, join(&euros), 6, |p| matches!(p, Problem::Money(_))),
        ("unknown role", Kind::Services, join(&role), 3, |p| matches!(p, Problem::Value { .. })),
        ("wrong header", Kind::Services, join(&p_lines), 1, |p| matches!(p, Problem::Header { .. })),
    ]
}

#[test]
fn bad_files_are_refused_with_their_line() {
    let plan = template::find("etela-pohjanmaa").map(|t| (t.build)()).expect("template");
    for (what, kind, bytes, line, problem) in bad_files() {
        let e = kind.import(&plan, &bytes).expect_err(what);
        assert_eq!(e.line, line, "{what}: {e:?}");
        assert!(problem(&e.problem), "{what}: {e:?}");
        for lang in Language::ALL {
            let m = e.message("x.csv", lang);
            assert!(m.contains(&line.to_string()), "{what} {lang:?}: {m}");
        }
        assert!(e.message("x.csv", Language::Fi).contains(&format!("rivi {line}")));
    }
    // A service row repeating its name with other fields is refused too.
    let header = Kind::Services.header().join(";");
    let party = &plan.parties[0].name;
    let csv = format!(
        "{header}\nA;;Palvelu;Oma tuotanto;;ei;;;{party};Tuottaja;1;1\nA;;Tukipalvelu;Oma tuotanto;;ei;;;;;;\n"
    );
    let e = Kind::Services.import(&plan, csv.as_bytes()).expect_err("differs");
    assert_eq!(e.line, 3);
    let csv = format!("{header}\nA;;Palvelu;Oma tuotanto;;ei;;;{party};Tuottaja;1;1\nA;;;;;;;;{party};Rahoittaja;;\n");
    let e = Kind::Services.import(&plan, csv.as_bytes()).expect_err("same party twice");
    assert!(matches!(e.problem, Problem::Duplicate(_)) && e.line == 3, "{e:?}");
}

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn cli_exports_imports_and_refuses_bad_files_without_touching_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    for (name, _) in templates() {
        let plan = dir.path().join(format!("{name}.ron"));
        let out = allianssi(&["new", "--template", name, s(&plan)]);
        assert_eq!(out.status.code(), Some(0));
        let before = allianssi_load(&plan);
        for kind in ["parties", "services"] {
            let csv = dir.path().join(format!("{name}-{kind}.csv"));
            let out = allianssi(&["export-csv", "--kind", kind, s(&plan), "--out", s(&csv)]);
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
            let text = std::fs::read_to_string(&csv).unwrap();
            assert!(text.starts_with(if kind == "parties" { "\u{feff}nimi;" } else { "\u{feff}palvelu;" }));
            let out = allianssi(&["import-csv", "--kind", kind, s(&csv), "--into", s(&plan)]);
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
            assert_eq!(allianssi_load(&plan), before, "{name} {kind}: round trip through the binary");
        }
    }

    let plan = dir.path().join("etela-pohjanmaa.ron");
    let bytes = std::fs::read(&plan).unwrap();
    for (what, kind, csv_bytes, line, _) in bad_files() {
        let csv = dir.path().join("bad.csv");
        std::fs::write(&csv, &csv_bytes).unwrap();
        let kind = if kind == Kind::Parties { "parties" } else { "services" };
        let out = allianssi(&["import-csv", "--kind", kind, s(&csv), "--into", s(&plan)]);
        assert_eq!(out.status.code(), Some(1), "{what}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(&format!("rivi {line}")) && err.contains("Mitään ei tuotu"), "{what}: {err}");
        assert_eq!(std::fs::read(&plan).unwrap(), bytes, "{what}: the plan file is untouched");
    }
    let csv = dir.path().join("bad.csv");
    let out = allianssi(&["import-csv", "--kind", "services", s(&csv), "--into", s(&plan), "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"), "English message");
}

fn allianssi_load(path: &Path) -> Plan {
    allianssi::storage::load(path).expect("loads").plan
}
