//! The risk register's library: score, band and expected value at the scale boundaries, the
//! heatmap, the reserve and each risk's share of it, filters and sorting, workshop rating,
//! the status workflow, CSV round trips and bad CSV files, and the CLI on the real binary.

mod support;

use allianssi::commercial;
use allianssi::csvio::{self, Kind, Problem};
use allianssi::i18n::Language;
use allianssi::model::register::{self, Column, Filter, NatureFilter, OwnerFilter, SortOrder, WorkshopRating};
use allianssi::model::risk::StatusChange;
use allianssi::model::*;
use allianssi::template;
use proptest::prelude::*;
use std::process::Command;
use support::{date, sample_risk};

fn risk(id: u32, p: u8, i: u8) -> Risk {
    let mut r = sample_risk(RiskId(id), None);
    r.probability = p;
    r.impact = i;
    r
}

fn plan_with(risks: Vec<Risk>) -> Plan {
    let mut plan = (template::find("tampere-startup").expect("template").build)();
    plan.risks.risks = risks.into();
    plan.next_id = plan.next_id.max(100_000);
    plan.budget.reserve = ReserveRule::FromRegister;
    plan
}

#[test]
fn score_and_band_at_the_boundaries() {
    let s = RiskScales::default();
    let band = |p, i| s.band(risk(1, p, i).score());
    assert_eq!(risk(1, 1, 1).score(), 1);
    assert_eq!(risk(1, 5, 5).score(), 25);
    assert_eq!(band(1, 1), Band::Low);
    assert_eq!(band(2, 2), Band::Low); // 4
    assert_eq!(band(5, 1), Band::Moderate); // 5
    assert_eq!(band(3, 3), Band::Moderate); // 9
    assert_eq!(band(2, 5), Band::High); // 10
    assert_eq!(band(2, 7), Band::High); // 14
    assert_eq!(band(3, 5), Band::Critical); // 15
    assert_eq!(band(5, 5), Band::Critical); // 25
    let custom = RiskScales { low_max: 2, moderate_max: 6, high_max: 12, ..RiskScales::default() };
    assert_eq!(
        [2, 3, 6, 7, 12, 13].map(|v| custom.band(v)),
        [Band::Low, Band::Moderate, Band::Moderate, Band::High, Band::High, Band::Critical]
    );
}

#[test]
fn expected_value_rounds_half_away_and_negates_opportunities() {
    let ev = |cents: i64, bp: u32, nature| {
        let mut r = risk(1, 3, 3);
        (r.likely_amount, r.probability_pct, r.nature) = (Money(cents), Bp(bp), nature);
        register::expected_value(&r).cents()
    };
    assert_eq!(ev(500_000, 2_500, RiskNature::Threat), 125_000);
    assert_eq!(ev(500_000, 2_500, RiskNature::Opportunity), -125_000);
    assert_eq!(ev(1, 5_000, RiskNature::Threat), 1); // 0.5 cent up
    assert_eq!(ev(1, 5_000, RiskNature::Opportunity), -1); // and down for opportunities
    assert_eq!(ev(1, 4_999, RiskNature::Threat), 0);
    assert_eq!(ev(3, 5_000, RiskNature::Threat), 2); // 1.5 → 2
    assert_eq!(ev(123_456, 0, RiskNature::Threat), 0);
    assert_eq!(ev(123_456, 10_000, RiskNature::Threat), 123_456);
    assert_eq!(ev(i64::MAX, 10_000, RiskNature::Threat), i64::MAX);
    assert_eq!(ev(i64::MAX, u32::MAX, RiskNature::Threat), i64::MAX); // saturates, no panic
}

#[test]
fn heatmap_counts_inherent_and_residual() {
    let mut a = risk(1, 5, 1);
    a.residual = Some(Rating { probability: 2, impact: 1 });
    let mut b = risk(2, 5, 1);
    b.residual = None;
    let mut c = risk(3, 3, 4);
    c.status = RiskStatus::Closed;
    let mut d = risk(4, 0, 9); // out of the scale: left out
    d.residual = None;
    let plan = plan_with(vec![a, b, c, d]);
    let open = register::heatmap(&plan.risks, false, false);
    assert_eq!(open[4][0], 2);
    assert_eq!(open.iter().flatten().sum::<usize>(), 2);
    let all = register::heatmap(&plan.risks, false, true);
    assert_eq!(all[2][3], 1);
    let residual = register::heatmap(&plan.risks, true, false);
    assert_eq!(residual[1][0], 1);
    assert_eq!(residual.iter().flatten().sum::<usize>(), 1);
}

/// A register with a known reserve: 25 % × 5 000 € + 10 % × 2 000,01 € (threats) − 50 % ×
/// 1 000 € (opportunity); the closed risk does not count.
fn known_register() -> Plan {
    let mut a = risk(1, 3, 4);
    (a.likely_amount, a.probability_pct) = (Money::euros(5_000), Bp(2_500));
    let mut b = risk(2, 2, 2);
    (b.likely_amount, b.probability_pct) = (Money(200_001), Bp(1_000));
    let mut c = risk(3, 2, 2);
    (c.likely_amount, c.probability_pct, c.nature) = (Money::euros(1_000), Bp(5_000), RiskNature::Opportunity);
    let mut d = risk(4, 5, 5);
    (d.likely_amount, d.probability_pct, d.status) = (Money::euros(1_000_000), Bp(9_000), RiskStatus::Closed);
    plan_with(vec![a, b, c, d])
}

#[test]
fn reserve_from_a_known_register() {
    let plan = known_register();
    // 1 250 € + 200,0001 € − 500 € = 950,0001 € → 950,00 €.
    let reserve = commercial::risk_reserve(&plan, Money::ZERO).expect("reserve");
    assert_eq!(reserve, Money(95_000));
    let e = register::exposure(&plan.risks);
    assert_eq!((e.threats, e.opportunities, e.net, e.open), (Money(145_000), Money(-50_000), reserve, 3));
    let shares = register::reserve_contributions(&plan.risks);
    assert_eq!(shares.iter().map(|s| s.0.0).collect::<Vec<_>>(), vec![1, 2, 3]);
    assert_eq!(shares.iter().map(|s| s.1.cents()).collect::<Vec<_>>(), vec![125_000, 20_000, -50_000]);
    // The budget's target cost follows the register: closing the big threat changes it.
    let before = commercial::target_cost(&plan).expect("target").reserve;
    let mut more = plan.clone();
    more.risks.risks[3].status = RiskStatus::Occurred;
    let after = commercial::target_cost(&more).expect("target").reserve;
    assert_eq!(after.cents() - before.cents(), 90_000_000);
}

#[test]
fn shares_add_up_with_remainders() {
    // Three risks of 1/3 cent each: the reserve is 1 cent and exactly one risk carries it.
    let risks = (1..=3)
        .map(|id| {
            let mut r = risk(id, 1, 1);
            (r.likely_amount, r.probability_pct) = (Money(1), Bp(3_333));
            r
        })
        .collect();
    let plan = plan_with(risks);
    let shares = register::reserve_contributions(&plan.risks);
    assert_eq!(shares.iter().map(|s| s.1.cents()).collect::<Vec<_>>(), vec![1, 0, 0]);
    assert_eq!(commercial::risk_reserve(&plan, Money::ZERO).expect("reserve"), Money(1));
}

proptest! {
    #[test]
    fn shares_always_sum_to_the_reserve(
        rows in proptest::collection::vec((0i64..100_000_000, 0u32..=10_000, any::<bool>(), 0u8..5), 0..40)
    ) {
        let statuses = [RiskStatus::Identified, RiskStatus::BeingHandled, RiskStatus::UnderControl,
            RiskStatus::Occurred, RiskStatus::Closed];
        let risks = rows.iter().enumerate().map(|(n, &(cents, bp, opp, s))| {
            let mut r = risk(n as u32 + 1, 3, 3);
            r.likely_amount = Money(cents);
            r.probability_pct = Bp(bp);
            r.nature = if opp { RiskNature::Opportunity } else { RiskNature::Threat };
            r.status = statuses[usize::from(s)];
            r
        }).collect();
        let plan = plan_with(risks);
        let reserve = commercial::risk_reserve(&plan, Money::ZERO).expect("reserve");
        let shares = register::reserve_contributions(&plan.risks);
        prop_assert_eq!(shares.iter().map(|s| s.1.cents()).sum::<i64>(), reserve.cents());
        prop_assert_eq!(register::exposure(&plan.risks).net, reserve);
        for (id, share) in shares {
            let ev = register::expected_value(plan.risk(id).unwrap()).cents();
            prop_assert!((share.cents() - ev).abs() <= 1, "share {} ev {}", share.cents(), ev);
        }
    }
}

/// A register for filtering and sorting: varied owners, phases, bands, natures and dates.
fn varied() -> Plan {
    let mut plan = plan_with(Vec::new());
    let owner = plan.parties[0].id;
    let mut a = risk(1, 5, 5);
    (a.code, a.title, a.category, a.phase) =
        ("R10".into(), "Asiakastietojärjestelmä".into(), RiskCategory::DataIct, None);
    (a.shared, a.owner, a.review) = (false, Some(owner), Some(date(2026, 1, 1)));
    let mut b = risk(2, 1, 2);
    (b.code, b.nature, b.category, b.due) = ("R2".into(), RiskNature::Opportunity, RiskCategory::Financial, None);
    b.likely_amount = Money::euros(100_000);
    let mut c = risk(3, 3, 3);
    (c.code, c.status, c.title) = ("R3".into(), RiskStatus::Closed, "Suljettu riski".into());
    let mut d = risk(4, 2, 5);
    (d.code, d.phase, d.owner_person, d.due) = ("R1".into(), Some(PhaseKind::Strategy), "Åsa Öhman".into(), None);
    plan.risks.risks = vec![a, b, c, d].into();
    plan
}

fn codes(plan: &Plan, rows: &[usize]) -> Vec<String> {
    rows.iter().map(|&i| plan.risks.risks[i].code.clone()).collect()
}

#[test]
fn filters_select_the_right_risks() {
    let plan = varied();
    let f = |f: Filter| {
        let mut rows = register::filter(&plan, &f);
        register::sort(&plan, &mut rows, Column::Code, SortOrder::Ascending);
        codes(&plan, &rows)
    };
    assert_eq!(f(Filter::default()), ["R1", "R2", "R10"], "closed hidden by default");
    assert_eq!(f(Filter { include_closed: true, ..Filter::default() }), ["R1", "R2", "R3", "R10"]);
    assert_eq!(f(Filter { status: Some(RiskStatus::Closed), ..Filter::default() }), ["R3"]);
    assert_eq!(f(Filter { category: Some(RiskCategory::Financial), ..Filter::default() }), ["R2"]);
    let owner = plan.parties[0].id;
    assert_eq!(f(Filter { owner: OwnerFilter::Party(owner), ..Filter::default() }), ["R10"]);
    assert_eq!(f(Filter { owner: OwnerFilter::Shared, ..Filter::default() }), ["R1", "R2"]);
    assert_eq!(f(Filter { band: Some(Band::Critical), ..Filter::default() }), ["R10"]);
    assert_eq!(f(Filter { band: Some(Band::High), ..Filter::default() }), ["R1"]);
    assert_eq!(f(Filter { phase: Some(PhaseKind::Strategy), ..Filter::default() }), ["R1"]);
    let opp = NatureFilter::Only(RiskNature::Opportunity);
    assert_eq!(f(Filter { nature: opp, ..Filter::default() }), ["R2"]);
    assert_eq!(f(Filter { text: "JÄRJESTELMÄ".into(), ..Filter::default() }), ["R10"]);
    assert_eq!(f(Filter { text: "öhman åsa".into(), ..Filter::default() }), ["R1"]);
    let party = plan.parties[0].label().to_lowercase();
    assert_eq!(f(Filter { text: party, ..Filter::default() }), ["R10"]);
    assert_eq!(f(Filter { text: "ei löydy".into(), ..Filter::default() }), Vec::<String>::new());
    assert_eq!(f(Filter { cell: Some((5, 5, false)), ..Filter::default() }), ["R10"]);
    assert_eq!(f(Filter { cell: Some((2, 2, true)), ..Filter::default() }), ["R1", "R2", "R10"]);
    // Review of R10 passed on 1.1.2026; R3's dates are passed too but it is closed.
    assert_eq!(f(Filter { overdue_on: Some(date(2026, 6, 1)), ..Filter::default() }), ["R10"]);
    assert!(!Filter::default().is_active());
}

#[test]
fn sorting_by_columns() {
    let plan = varied();
    let all = Filter { include_closed: true, ..Filter::default() };
    let sorted = |c, o| codes(&plan, &register::filter_sorted(&plan, &all, c, o));
    assert_eq!(sorted(Column::Code, SortOrder::Ascending), ["R1", "R2", "R3", "R10"]);
    assert_eq!(sorted(Column::Code, SortOrder::Descending), ["R10", "R3", "R2", "R1"]);
    assert_eq!(sorted(Column::Score, SortOrder::Descending), ["R10", "R1", "R3", "R2"]);
    assert_eq!(sorted(Column::ExpectedValue, SortOrder::Ascending)[0], "R2", "the opportunity is negative");
    // Empty due dates go last in both orders.
    assert_eq!(sorted(Column::Due, SortOrder::Ascending)[2..], ["R1", "R2"]);
    assert_eq!(sorted(Column::Due, SortOrder::Descending)[2..], ["R1", "R2"]);
    assert_eq!(sorted(Column::Phase, SortOrder::Ascending), ["R1", "R2", "R3", "R10"]);
    assert_eq!(sorted(Column::Title, SortOrder::Ascending)[0], "R10");
    assert_eq!(sorted(Column::Status, SortOrder::Descending)[0], "R3");
    for c in Column::ALL {
        for o in [SortOrder::Ascending, SortOrder::Descending] {
            let mut v = sorted(c, o);
            v.sort();
            assert_eq!(v, ["R1", "R10", "R2", "R3"], "{c:?} keeps every row");
        }
    }
    assert!(register::natural_cmp("R9", "R10").is_lt());
    assert!(register::natural_cmp("R010", "R9").is_gt());
}

#[test]
fn workshop_spread_median_and_disagreement() {
    assert_eq!(register::median(&[]), None);
    assert_eq!(register::median(&[4, 1, 3]), Some(3));
    assert_eq!(register::median(&[2, 3]), Some(3), "even count rounds up");
    assert_eq!(register::median(&[2, 2, 4, 5]), Some(3));
    let mut w = WorkshopRating::default();
    let (a, b, c) = (PartyId(1), PartyId(2), PartyId(3));
    w.set_probability(a, 2);
    w.set_impact(a, 4);
    w.set_probability(b, 3);
    w.set_impact(b, 4);
    w.set_probability(c, 9); // ignored: outside 1–5
    assert_eq!(w.median(), Some(Rating { probability: 3, impact: 4 }));
    assert!(!w.strong_disagreement());
    w.set_probability(c, 5);
    let p = w.probability().expect("votes");
    assert_eq!((p.min, p.max, p.median, p.votes, p.range()), (2, 5, 3, 3, 3));
    assert!(w.strong_disagreement());
}

#[test]
fn status_workflow_records_dates() {
    let mut r = risk(1, 3, 3);
    r.status = RiskStatus::Identified;
    r.status_history = vec![StatusChange { date: date(2026, 1, 1), status: RiskStatus::Identified }];
    let day = date(2026, 3, 2);
    let r = register::change_status(&r, RiskStatus::BeingHandled, day).expect("allowed");
    let r = register::change_status(&r, RiskStatus::UnderControl, day).expect("allowed");
    assert_eq!(register::change_status(&r, RiskStatus::UnderControl, day), Err(register::StatusError::Same));
    assert_eq!(register::change_status(&r, RiskStatus::Identified, day), Err(register::StatusError::NotAllowed));
    let r = register::change_status(&r, RiskStatus::Closed, date(2026, 4, 1)).expect("allowed");
    assert_eq!(r.status_history.len(), 4);
    assert_eq!(r.status_history[3], StatusChange { date: date(2026, 4, 1), status: RiskStatus::Closed });
    assert_eq!(register::next_statuses(RiskStatus::Closed), [RiskStatus::Identified]);
    // Overdue: open risks only, and actions only until under control.
    let mut o = risk(2, 3, 3);
    (o.status, o.due, o.review) = (RiskStatus::BeingHandled, Some(date(2026, 1, 1)), Some(date(2026, 5, 1)));
    assert!(register::action_overdue(&o, date(2026, 1, 2)));
    assert!(!register::action_overdue(&o, date(2026, 1, 1)));
    assert!(!register::review_overdue(&o, date(2026, 5, 1)));
    assert!(register::review_overdue(&o, date(2026, 5, 2)));
    o.status = RiskStatus::UnderControl;
    assert!(!register::action_overdue(&o, date(2026, 2, 1)));
    o.status = RiskStatus::Closed;
    assert!(!register::overdue(&o, date(2027, 1, 1)));
}

#[test]
fn adopting_a_rating_records_it() {
    let r = risk(1, 3, 3);
    let day = date(2026, 5, 5);
    let a = register::adopt_rating(&r, Rating { probability: 4, impact: 2 }, false, day, "työpaja");
    assert_eq!((a.probability, a.impact), (4, 2));
    assert_eq!(a.rating_history.last().map(|h| (h.date, h.note.as_str())), Some((day, "työpaja")));
    let b = register::adopt_rating(&r, Rating { probability: 1, impact: 1 }, true, day, "");
    assert_eq!((b.probability, b.impact, b.residual), (3, 3, Some(Rating { probability: 1, impact: 1 })));
}

#[test]
fn csv_round_trip_on_every_template() {
    for t in template::all() {
        let plan = (t.build)();
        let text = Kind::Risks.export(&plan);
        assert!(text.starts_with("koodi;otsikko;syy;seuraus;riskiluokka;"), "{}", t.name);
        assert_eq!(text.lines().count(), plan.risks.risks.len() + 1, "{}", t.name);
        // Into the same plan: nothing changes.
        let same = Kind::Risks.import(&plan, text.as_bytes()).expect("import");
        assert_eq!(same, plan, "{}", t.name);
        // Into an empty register: the same rows come back.
        let mut empty = plan.clone();
        empty.risks.risks.clear();
        let back = Kind::Risks.import(&empty, text.as_bytes()).expect("import");
        assert_eq!(Kind::Risks.export(&back), text, "{}", t.name);
        assert_eq!(back.risks.risks.len(), plan.risks.risks.len());
        for (a, b) in back.risks.risks.iter().zip(&plan.risks.risks) {
            assert_eq!(
                (&a.title, a.probability, a.impact, a.residual),
                (&b.title, b.probability, b.impact, b.residual)
            );
            assert_eq!(register::expected_value(a), register::expected_value(b));
            assert_eq!(a.status_history.last().map(|s| s.status), Some(a.status));
        }
    }
}

#[test]
fn csv_round_trip_with_tricky_text() {
    let mut plan = varied();
    plan.risks.risks[0].title = "Kuntien \"yhteinen\"; asiakastieto\njärjestelmä – €".into();
    plan.risks.risks[1].mitigation = "Åland; Öljy".into();
    let text = Kind::Risks.export(&plan);
    assert_eq!(Kind::Risks.import(&plan, text.as_bytes()).expect("import"), plan);
}

fn header() -> String {
    Kind::Risks.header().join(";")
}

const GOOD: &str = "R1;Otsikko;;;Taloudellinen;;kyllä;;;3;4;;;0;1000;2000;25;Uhka;;;;Tunnistettu;;Vakaa";

fn import_err(body: &str) -> csvio::Error {
    let plan = plan_with(Vec::new());
    Kind::Risks.import(&plan, format!("{}\n{body}", header()).as_bytes()).expect_err("must fail")
}

#[test]
fn csv_import_adds_and_updates_by_code() {
    let plan = plan_with(vec![risk(1, 3, 3)]); // code "R1"
    let body = format!("{}\n{}\n{GOOD}\n{}", header(), GOOD.replace("R1;", "R7;"), GOOD.replace("R1;", "r8;"));
    let out = Kind::Risks.import(&plan, body.as_bytes());
    // "R1" and "r8" are fine; the duplicate check is on codes within the file only.
    let out = out.expect("import");
    assert_eq!(out.risks.risks.len(), 3);
    assert_eq!(out.risks.risks[0].id, RiskId(1), "R1 updated in place");
    assert_eq!(out.risks.risks[0].impact, 4);
    assert_eq!(out.risks.risks[0].rating_history, plan.risks.risks[0].rating_history, "history kept");
    assert_eq!(out.risks.risks[1].likely_amount, Money::euros(1000));
    assert_eq!(out.risks.risks[1].probability_pct, Bp(2500));
    assert!(out.risks.risks[1].id.0 >= plan.next_id);
    // Names in Swedish and English work too.
    let sv =
        GOOD.replace("Taloudellinen", "Ekonomisk").replace("Uhka", "Opportunity").replace("Tunnistettu", "Avslutad");
    let out = Kind::Risks.import(&plan, format!("{}\n{sv}", header()).as_bytes()).expect("import");
    assert_eq!(out.risks.risks[0].nature, RiskNature::Opportunity);
    assert_eq!(out.risks.risks[0].status, RiskStatus::Closed);
}

#[test]
fn bad_csv_files_name_their_line() {
    let e = Kind::Risks.import(&plan_with(Vec::new()), b"tunnus;otsikko\nR1;x\n").expect_err("bad header");
    assert_eq!(e.line, 1);
    assert!(matches!(&e.problem, Problem::MissingColumn { name, .. } if name == "koodi"), "{e:?}");
    let e = Kind::Risks.import(&plan_with(Vec::new()), b"tunnus;nimi\nR1;x\n").expect_err("bad header");
    assert!(matches!(e.problem, Problem::Header { .. }));
    let e = Kind::Risks.import(&plan_with(Vec::new()), b"").expect_err("empty");
    assert_eq!(e.problem, Problem::Empty);

    let bad_p = GOOD.replace(";3;4;", ";6;4;").replace("R1;", "R2;");
    let e = import_err(&format!("{GOOD}\n{bad_p}"));
    assert_eq!((e.line, e.column.as_deref()), (3, Some("todennäköisyys")));
    assert!(e.message("riskit.csv", Language::Fi).contains("riskit.csv, rivi 3, sarake J (todennäköisyys)"), "{e:?}");
    assert!(e.message("risks.csv", Language::En).contains("line 3"));

    let e = import_err(&format!("{GOOD}\n{GOOD}"));
    assert_eq!((e.line, e.problem), (3, Problem::Duplicate("R1".into())));

    let e = import_err(&GOOD.replace(";;kyllä;;", ";;ei;Ei ole;"));
    assert_eq!((e.line, e.problem), (2, Problem::UnknownParty("Ei ole".into())));

    let e = import_err(&GOOD.replace(";1000;", ";tuhat;"));
    assert_eq!((e.line, e.column.as_deref()), (2, Some("todennäköisin €")));

    let e = import_err(&GOOD.replace(";25;", ";125;"));
    assert_eq!(e.column.as_deref(), Some("todennäköisyys %"));

    let e = import_err(&GOOD.replace(";3;4;;;", ";3;4;2;;"));
    assert_eq!((e.column.as_deref(), e.problem), (Some("jäännösvaikutus"), Problem::Missing));

    let e = import_err(&GOOD.replace("Taloudellinen", "Sää"));
    assert!(matches!(e.problem, Problem::Value { .. }));

    let e = import_err(&GOOD.replace("Tunnistettu;;", "Tunnistettu;31.2.2026;"));
    assert_eq!(e.column.as_deref(), Some("tarkistus"));

    let e = import_err(&format!("{GOOD}\nR2;liian vähän"));
    assert_eq!((e.line, e.problem), (3, Problem::ColumnCount { expected: 24, found: 2 }));

    let e = import_err(&GOOD.replace("R1;Otsikko", "R1;"));
    assert_eq!((e.column.as_deref(), e.problem), (Some("otsikko"), Problem::Missing));

    // Windows-1252 is read as such: the row is complete but for its columns.
    let mut latin1 = format!("{}\n", header()).into_bytes();
    latin1.extend_from_slice(b"R1;K\xe4vi;");
    let e = Kind::Risks.import(&plan_with(Vec::new()), &latin1).expect_err("latin-1");
    assert_eq!((e.line, e.problem), (2, Problem::ColumnCount { expected: 24, found: 3 }));
}

fn allianssi(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

#[test]
fn cli_exports_and_imports_risks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.ron");
    let csv = dir.path().join("riskit.csv");
    let (p, c) = (plan.to_str().unwrap(), csv.to_str().unwrap());
    assert!(allianssi(&["new", "--template", "tampere-startup", p]).status.success());
    let out = allianssi(&["export-csv", "--kind", "risks", p, "--out", c]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&csv).expect("csv");
    let loaded = allianssi::storage::load(&plan).expect("load").plan;
    assert_eq!(text, format!("\u{feff}{}", Kind::Risks.export(&loaded)), "a byte-order mark for Excel");

    // Change a title and add a risk, then import.
    let first = &loaded.risks.risks[0];
    let edited = text.replacen(&first.title, "Muutettu otsikko", 1) + &GOOD.replace("R1;", "R999;") + "\r\n";
    std::fs::write(&csv, &edited).expect("write");
    let out = allianssi(&["import-csv", "--kind", "risks", c, "--into", p]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = allianssi::storage::load(&plan).expect("load").plan;
    assert_eq!(after.risks.risks[0].title, "Muutettu otsikko");
    assert_eq!(after.risks.risks.len(), loaded.risks.risks.len() + 1);

    // A bad row: exit 1, the line in the message, the plan untouched.
    let before = std::fs::read(&plan).expect("plan");
    let bad = GOOD.replace(";3;4;", ";3;x;").replace("R1;", "R2;");
    std::fs::write(&csv, format!("{}\n{GOOD}\n{bad}\n", header())).expect("write");
    let out = allianssi(&["import-csv", "--kind", "risks", c, "--into", p, "--lang", "fi"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rivi 3") && err.contains("vaikutus"), "{err}");
    assert_eq!(std::fs::read(&plan).expect("plan"), before);
}

/// The search over the per-revision search texts finds exactly the rows the plain filter finds,
/// for words in any case, across fields, with ä and ö, by owner, and near misses.
#[test]
fn searching_the_precomputed_texts_finds_what_the_filter_finds() {
    use allianssi::generate::{GenerateOptions, generate};
    use allianssi::model::register::{self, Column, Filter, SortOrder};
    let plan =
        generate(&GenerateOptions { parties: 30, services: 20, risks: 600, budget_lines: 10, seed: 7, months: 0 });
    let texts = register::search_texts(&plan);
    let first = &plan.risks.risks[0];
    let owner = first.owner.and_then(|id| plan.party(id)).map(|p| p.label().to_string()).unwrap_or_default();
    let title_word = first.title.split_whitespace().next().unwrap_or("").to_uppercase();
    let queries = [
        String::new(),
        "a".into(),
        "ä".into(),
        "Ö".into(),
        title_word.clone(),
        format!("{title_word} {}", first.code),
        first.code.to_lowercase(),
        owner.clone(),
        format!("{} zzz", first.code),
        "tietojärjestelmä".into(),
        "xyzzy".into(),
    ];
    for text in queries {
        for column in [Column::Code, Column::Title, Column::Score] {
            let f = Filter { text: text.clone(), include_closed: true, ..Filter::default() };
            let plain = register::filter_sorted(&plan, &f, column, SortOrder::Ascending);
            let fast = register::filter_sorted_in(&plan, &texts, &f, column, SortOrder::Ascending);
            assert_eq!(fast, plain, "{text:?} {column:?}");
        }
    }
    // A word split across two fields matches neither way.
    let across = format!("{}{}", first.code.to_lowercase(), first.title.to_lowercase());
    let f = Filter { text: across, include_closed: true, ..Filter::default() };
    assert!(register::filter_sorted_in(&plan, &texts, &f, Column::Code, SortOrder::Ascending).is_empty());
}
