//! The follow-up report (issue 19) around the real binary and the library: the worked example
//! with the Pirkanmaa deck's activation rates of Tampere and Punkalaidun as nine months of 2027,
//! monthly cost actuals and two open risks. `allianssi report` writes a sound, tagged PDF of
//! several pages whose text holds the title, every metric, the printed rates, the forecast's AC
//! as `followup::forecast` computes it and the open critical risk; a bad period exits 2 with
//! nothing written; Swedish and English titles; the same input gives the same bytes.

use allianssi::followup::{self, report};
use allianssi::i18n::{Language, format};
use allianssi::model::register::new_risk;
use allianssi::model::*;
use allianssi::template::worked_example;
use chrono::NaiveDate;
use std::path::Path;
use std::process::{Command, Output};

#[path = "support/pdf.rs"]
mod pdf;

const TAMPERE_UNEMPLOYED: [u64; 9] = [11331, 10898, 10775, 10854, 11522, 11259, 10793, 10237, 9727];
const TAMPERE_IN_SERVICES: [u64; 9] = [2308, 2823, 3108, 3471, 3222, 3695, 4166, 4748, 5129];
const PUNKALAIDUN_UNEMPLOYED: [u64; 9] = [56, 50, 31, 30, 31, 28, 24, 20, 15];
const PUNKALAIDUN_IN_SERVICES: [u64; 9] = [40, 41, 64, 72, 77, 79, 75, 79, 82];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// The worked example (budget year 2027) with Tampere and Punkalaidun as observing areas, the
/// activation rate measured in both for January–September 2027 (and once in October, after
/// the report's period), every owner's and producer's cost reported monthly for January–
/// October, an estimate of the rest, and a critical and a low open risk and a closed one.
fn plan() -> Plan {
    let mut plan = worked_example(Bp(5_000));
    let mut next = plan.next_id;
    let mut id = || {
        next += 1;
        next
    };
    let areas: Vec<PartyId> = ["Tampere", "Punkalaidun"]
        .into_iter()
        .map(|name| {
            let p = Party::new(PartyId(id()), name, PartyKind::Municipality, AllianceRole::Observer);
            let pid = p.id;
            plan.apply(&Edit::AddParty(Box::new(p))).expect("party");
            pid
        })
        .collect();
    let rate = plan.budget.metrics.iter().find(|m| m.name == "Aktivointiaste").expect("metric").id;
    for (i, month) in (1..=9u8).enumerate() {
        for (area, u, s) in [
            (areas[0], TAMPERE_UNEMPLOYED[i], TAMPERE_IN_SERVICES[i]),
            (areas[1], PUNKALAIDUN_UNEMPLOYED[i], PUNKALAIDUN_IN_SERVICES[i]),
        ] {
            let actual = Some(Actual::ActivationRate { unemployed: u, in_services: s });
            let edit =
                Edit::SetMeasurement { metric: rate, area: Some(area), period: Period::Month(2027, month), actual };
            plan.apply(&edit).expect("measurement");
        }
    }
    // The NPS from each area's answers per quarter (the alliance's summed from the counts).
    let nps = plan.budget.metrics.iter().find(|m| m.name.contains("NPS")).expect("NPS").id;
    for (q, answers) in
        [(1u8, [(40, 30, 30), (5, 3, 1)]), (2, [(50, 30, 20), (6, 2, 1)]), (3, [(55, 30, 15), (7, 2, 0)])]
    {
        for (area, (promoters, passives, detractors)) in areas.iter().zip(answers) {
            let actual = Some(Actual::Nps { promoters, passives, detractors });
            let edit =
                Edit::SetMeasurement { metric: nps, area: Some(*area), period: Period::Quarter(2027, q), actual };
            plan.apply(&edit).expect("NPS");
        }
    }
    // After the period: left out of the report.
    let late = Some(Actual::ActivationRate { unemployed: 100, in_services: 99 });
    plan.apply(&Edit::SetMeasurement {
        metric: rate,
        area: Some(areas[0]),
        period: Period::Month(2027, 10),
        actual: late,
    })
    .expect("late measurement");
    let payers: Vec<(PartyId, bool)> = plan
        .parties
        .iter()
        .filter(|p| matches!(p.role, AllianceRole::Owner | AllianceRole::Producer))
        .map(|p| (p.id, p.role == AllianceRole::Producer))
        .collect();
    let code = plan.budget.cost_lines[0].category.clone();
    for month in 1..=10u8 {
        for &(party, producer) in &payers {
            let amount = Some(Money(if producer { 5_500_000 } else { 2_100_000 } + i64::from(month) * 1_234));
            let edit =
                Edit::SetCostActual { party, category: code.clone(), period: Period::Month(2027, month), amount };
            plan.apply(&edit).expect("cost");
        }
    }
    plan.apply(&Edit::SetRestEstimate(Some(Money::euros(450_000)))).expect("estimate");
    let owner = plan.parties[0].id;
    for (code, title, p, i, closed) in [
        ("R1", "Tuottaja vetäytyy kesken kauden", 4, 5, false),
        ("R2", "Asiakasmäärä jää tavoitteesta", 2, 2, false),
        ("R3", "Tilat eivät valmistu", 5, 5, true),
    ] {
        let mut r = new_risk(RiskId(id()), code.into(), date(2027, 1, 10));
        r.title = title.into();
        r.probability = p;
        r.impact = i;
        r.shared = false;
        r.owner = Some(owner);
        r.owner_person = "Elina Kuusisto".into();
        r.review = Some(date(2027, 10, 15));
        if closed {
            r.status = RiskStatus::Closed;
        }
        plan.apply(&Edit::AddRisk(Box::new(r))).expect("risk");
    }
    plan
}

fn allianssi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allianssi")).args(args).output().expect("the binary runs")
}

/// The text of every page, no-break spaces as spaces and runs of white space as one.
fn pdf_text(bytes: &[u8]) -> (String, usize) {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text").replace('\u{a0}', " ");
    (text.split_whitespace().collect::<Vec<_>>().join(" "), pages.len())
}

fn normal(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

fn write(dir: &Path, plan: &Plan) -> String {
    let path = dir.join("plan.ron");
    allianssi::storage::save(plan, &path).expect("saved");
    path.to_str().expect("utf-8").to_string()
}

#[test]
fn the_binary_writes_the_report_with_every_section() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = plan();
    let file = write(dir.path(), &plan);
    let out = dir.path().join("seuranta.pdf");
    let run = allianssi(&["report", &file, "--period", "2027-Q3", "--out", out.to_str().unwrap(), "--lang", "fi"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stdout).contains("Kirjoitettiin"));
    let bytes = std::fs::read(&out).expect("written");
    assert_eq!(pdf::problems(&bytes), Vec::<String>::new());
    let (text, pages) = pdf_text(&bytes);
    assert!(pages > 1, "{pages} pages");
    archival(&bytes, "fi-FI", "Seurantaraportti 2027-Q3");
    assert!(text.contains("Seurantaraportti 2027-Q3"), "title");
    assert!(text.contains("SEURANTARAPORTTI 2027-Q3"), "page header");
    assert!(text.contains(&format!("1 ({pages})")), "page numbers");
    assert!(text.contains("Lahden työllisyysallianssi"), "the alliance");
    for m in &plan.budget.metrics {
        assert!(text.contains(&m.name), "metric {}", m.name);
    }
    // Tampere's first and last month as the deck prints them, Punkalaidun's last, and the two
    // summed from their counts (not averaged), with a decimal comma.
    for v in ["16,9", "34,5", "84,5", "17,1", "34,8"] {
        assert!(text.contains(v), "rate {v}");
    }
    assert!(text.contains("Vähimmäistaso 30") && text.contains("Erinomainen 50"), "the levels");
    // October is after the period: neither its measurement nor its costs count.
    assert!(!text.contains("2027-10"), "a period after the report's");
    // The forecast as the library computes it, formatted as the library formats money.
    let as_of = Period::Quarter(2027, 3).end();
    let seen = report::as_of(&plan, Period::Quarter(2027, 3));
    let kpis = followup::kpis(&seen);
    let fc = followup::forecast(&seen, &kpis, as_of).expect("forecast");
    let run_rate = fc.run_rate.as_ref().expect("run-rate");
    let estimate = fc.estimate.as_ref().expect("estimate");
    assert_eq!(fc.months_elapsed, 9);
    for m in [fc.to_date, run_rate.actual, estimate.actual, run_rate.settlement.owners_outlay] {
        let s = normal(&format::money(m, Language::Fi));
        assert!(text.contains(&s), "{s}");
    }
    let score = format::score(run_rate.settlement.kra.score, Language::Fi);
    assert!(text.contains(&score), "KRA score {score}");
    // Each party's line of the run-rate case, in the commercial annex's layout.
    assert!(text.contains("Osapuolten erät – ennuste toteutuneen tahdin mukaan"));
    for line in run_rate.settlement.lines() {
        assert!(text.contains(&normal(&format::money(line.net, Language::Fi))), "net of {:?}", line.party);
    }
    // The cost burn's cumulative total to September.
    let burn = followup::burn(&seen).expect("burn");
    assert_eq!(burn.periods.last().map(|p| p.period), Some(Period::Month(2027, 9)));
    assert!(text.contains(&normal(&format::money(burn.periods[8].cumulative, Language::Fi))));
    // The open risks: the critical one listed with its next review, the closed one not.
    assert!(text.contains("Tuottaja vetäytyy kesken kauden") && text.contains("15.10.2027"));
    assert!(!text.contains("Tilat eivät valmistu"));
    assert!(!text.contains("Asiakasmäärä jää tavoitteesta"), "a low risk is only counted");
}

/// Tagged (a structure tree, marked), with the language, and an outline: the report, its
/// sections under it.
fn archival(bytes: &[u8], lang: &str, title: &str) {
    let doc = lopdf::Document::load_mem(bytes).expect("parses");
    let catalog = doc.catalog().expect("catalog");
    assert_eq!(catalog.get(b"Lang").and_then(lopdf::Object::as_str).expect("lang"), lang.as_bytes());
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged");
    let outlines = catalog.get(b"Outlines").and_then(lopdf::Object::as_reference).expect("outline");
    let first = doc.get_dictionary(outlines).and_then(|o| o.get(b"First")).and_then(lopdf::Object::as_reference);
    let entry = doc.get_dictionary(first.expect("an entry")).expect("entry");
    let name = lopdf::decode_text_string(entry.get(b"Title").expect("title")).expect("text");
    assert!(name.ends_with(title), "{name}");
    let count = entry.get(b"Count").and_then(lopdf::Object::as_i64).expect("sections under it");
    assert!(count.abs() >= 4, "{count} sections");
}

#[test]
fn a_report_of_every_template_without_follow_up_data() {
    let q = Period::Quarter(2027, 2);
    for name in ["tampere-startup", "etela-pohjanmaa", "tyollisyysalue", "worked-example"] {
        let path = format!("fixtures/{name}.ron");
        let plan = allianssi::storage::load(Path::new(&path)).expect("fixture").plan;
        let lang = report::language(&plan);
        let bytes = report::report(&plan, q, lang).expect("report");
        assert_eq!(pdf::problems(&bytes), Vec::<String>::new(), "{name}");
        let (text, _) = pdf_text(&bytes);
        assert!(text.contains("Seurantaraportti 2027-Q2"), "{name}");
        assert!(text.contains("ei ole mittauksia"), "{name}: no measurements, said so");
        assert!(text.contains("ei ole raportoitu"), "{name}: no costs, said so");
    }
}

#[test]
fn a_bad_period_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), &plan());
    for (bad, lang, says) in [
        ("2027-Q5", "fi", "vuosineljännes 2027-Q3"),
        ("syyskuu", "en", "a quarter 2027-Q3"),
        ("27-09", "sv", "kvartal"),
    ] {
        let out = dir.path().join("x.pdf");
        let run = allianssi(&["report", &file, "--period", bad, "--out", out.to_str().unwrap(), "--lang", lang]);
        assert_eq!(run.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains(bad) && err.contains(says), "{bad}: {err}");
        assert!(!out.exists(), "{bad}: nothing written");
    }
    // A plan that cannot be read exits 2 as the other commands do.
    let out = dir.path().join("y.pdf");
    let missing = dir.path().join("missing.ron");
    let run = allianssi(&["report", missing.to_str().unwrap(), "--period", "2027-Q3", "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn swedish_english_and_the_plans_own_languages() {
    let plan = plan();
    let q3 = Period::Quarter(2027, 3);
    for (lang, title, rate) in [
        (allianssi::annex::AnnexLanguage::Sv, "Uppföljningsrapport 2027-Q3", "16,9"),
        (allianssi::annex::AnnexLanguage::En, "Follow-up report 2027-Q3", "16.9"),
    ] {
        let bytes = report::report(&plan, q3, lang).expect("report");
        let (text, _) = pdf_text(&bytes);
        assert!(text.contains(title), "{lang}: {title}");
        assert!(text.contains(rate), "{lang}: {rate}");
    }
    // The worked example prints its annexes in Finnish and Swedish: so does its report.
    assert_eq!(report::language(&plan), allianssi::annex::AnnexLanguage::FiSv);
    let bytes = report::report(&plan, q3, report::language(&plan)).expect("report");
    let (text, _) = pdf_text(&bytes);
    assert!(text.contains("Seurantaraportti 2027-Q3 / Uppföljningsrapport 2027-Q3"));
    assert_eq!(bytes, report::report(&plan, q3, report::language(&plan)).expect("again"), "deterministic");
    // A month and a year as the period.
    for p in [Period::Month(2027, 6), Period::Year(2027)] {
        let bytes = report::report(&plan, p, allianssi::annex::AnnexLanguage::En).expect("report");
        assert!(pdf_text(&bytes).0.contains(&format!("Follow-up report {p}")), "{p}");
    }
}

#[test]
fn the_window_gets_a_message_in_each_language() {
    let e = report::Error::Render;
    for lang in Language::ALL {
        assert!(!e.message(lang).is_empty());
    }
}
