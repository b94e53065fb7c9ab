//! Hostile files that are well-formed: ids referring to nothing, duplicate ids, amounts at the
//! i64 limits, paths and URLs in text fields, control characters, huge texts and lists. Each
//! loads as exactly the data written (a file is data: nothing in it is opened or run), within
//! 2 s and bounded memory, and everything downstream (rules, settlement, CSV export, annexes)
//! answers without a panic; broken references and impossible amounts are listed as findings.
//! Also every truncation of a real template.

use super::memory;
use allianssi::Plan;
use allianssi::csvio::Kind;
use allianssi::model::{Money, PartyId};
use allianssi::rules::{self, Severity, Subject};
use allianssi::{commercial, storage, template};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

fn base() -> Plan {
    let t = template::all().iter().find(|t| t.name == "tyollisyysalue").expect("template");
    (t.build)()
}

const NOBODY: PartyId = PartyId(999_999);

/// A hostile plan, and a finding it must give (`None`: any findings, or none).
struct Hostile {
    name: &'static str,
    plan: Plan,
    finding: Option<fn(&Subject) -> bool>,
}

fn hostile(name: &'static str, edit: impl FnOnce(&mut Plan)) -> Hostile {
    let mut plan = base();
    edit(&mut plan);
    Hostile { name, plan, finding: None }
}

impl Hostile {
    fn finds(mut self, f: fn(&Subject) -> bool) -> Hostile {
        self.finding = Some(f);
        self
    }
}

/// Texts that look like places or commands: they stay plain text.
pub const PATHS_AND_URLS: &[&str] = &[
    "file:///etc/passwd",
    "\\\\palvelin\\jako\\salainen.ron",
    "../../../../etc/shadow",
    "..\\..\\Windows\\System32\\config\\SAM",
    "C:\\Windows\\system32\\cmd.exe",
    "/dev/zero",
    "https://example.invalid/päivitys.exe",
    "http://127.0.0.1:8080/?q=<script>alert(1)</script>",
    "javascript:alert(1)",
    "=HYPERLINK(\"http://example.invalid\";\"klikkaa\")",
    "\u{202e}exe.txt",
    "\u{1b}[31mpunainen\u{1b}[0m",
    "$(rm -rf ~)",
    "%APPDATA%\\allianssi",
];

fn cases() -> Vec<Hostile> {
    let mut v = vec![
        hostile("a cell refers to no party", |p| p.services[0].cells[0].party = NOBODY)
            .finds(|s| matches!(s, Subject::Cell(_, NOBODY))),
        hostile("a cost line refers to no party", |p| p.budget.cost_lines[0].party = NOBODY)
            .finds(|s| matches!(s, Subject::CostLine(_))),
        hostile("a risk owner refers to no party", |p| p.risks.risks[0].owner = Some(NOBODY))
            .finds(|s| matches!(s, Subject::Risk(_))),
        hostile("an organiser refers to no party", |p| p.services[0].organiser = Some(NOBODY))
            .finds(|s| matches!(s, Subject::Service(_))),
        hostile("two parties with one id", |p| p.parties[1].id = p.parties[0].id).finds(|s| *s == Subject::Plan),
        hostile("a fee of i64::MAX cents", |p| p.parties[0].fee = Money(i64::MAX))
            .finds(|s| matches!(s, Subject::Party(_))),
        hostile("a fee of i64::MIN cents", |p| p.parties[0].fee = Money(i64::MIN))
            .finds(|s| matches!(s, Subject::Party(_))),
        hostile("a cost line of i64::MAX", |p| p.budget.cost_lines[0].amount = Money(i64::MAX))
            .finds(|s| matches!(s, Subject::CostLine(_))),
        hostile("every cost line near i64::MAX (the sum overflows)", |p| {
            for c in &mut p.budget.cost_lines {
                c.amount = Money(i64::MAX - 1);
            }
        })
        .finds(|s| matches!(s, Subject::CostLine(_))),
        hostile("every cost line near i64::MIN", |p| {
            for c in &mut p.budget.cost_lines {
                c.amount = Money(i64::MIN + 1);
            }
        })
        .finds(|s| matches!(s, Subject::CostLine(_))),
        hostile("a KRA pool of i64::MIN", |p| p.budget.kra_pool = Money(i64::MIN)),
        hostile("amounts one cent inside the i64 range", |p| {
            for (i, c) in p.budget.cost_lines.iter_mut().enumerate() {
                c.amount = Money(if i % 2 == 0 { i64::MAX } else { i64::MIN });
            }
            p.budget.kra_pool = Money(i64::MAX);
        }),
        hostile("next id at u32::MAX", |p| p.next_id = u32::MAX),
        hostile("a party id of u32::MAX", |p| p.parties[0].id = PartyId(u32::MAX)),
        hostile("paths and URLs in text fields", |p| {
            let t = |i: usize| PATHS_AND_URLS[i % PATHS_AND_URLS.len()].to_string();
            p.meta.name = t(0);
            p.meta.strategic_goals = PATHS_AND_URLS.iter().map(|s| s.to_string()).collect();
            for (i, party) in p.parties.iter_mut().enumerate() {
                party.name = t(i + 1);
                party.contact.email = t(i + 2);
                party.contact.phone = t(i + 3);
            }
            for (i, s) in p.services.iter_mut().enumerate() {
                s.name = t(i + 4);
            }
            for (i, r) in p.risks.risks.iter_mut().enumerate() {
                r.title = t(i + 5);
            }
            p.phases[0].notes = PATHS_AND_URLS.join("\n");
        }),
        hostile("control, bidi and NUL characters in texts", |p| {
            p.meta.name = "\u{0}\u{7}\u{202e}\u{2066}nimi\u{feff}\u{200b}".into();
            p.parties[0].name = "\u{1b}]0;otsikko\u{7}".into();
        }),
        hostile("a 4 MB name", |p| p.meta.name = "ä".repeat(2 << 20)),
        hostile("a 1 MB word without spaces in a party name", |p| p.parties[0].name = "Kasvupalvelu".repeat(90_000)),
        hostile("100 000 strategic goals", |p| p.meta.strategic_goals = vec!["tavoite".into(); 100_000]),
        hostile("10 000 parties", |p| {
            let template = p.parties[0].clone();
            for i in 0..10_000 {
                let mut party = template.clone();
                party.id = PartyId(p.allocate_id());
                party.name = format!("Osapuoli {i}");
                p.parties.push(party);
            }
        }),
        hostile("5 000 cells on one service, all to missing parties", |p| {
            let cell = p.services[0].cells[0].clone();
            for i in 0..5_000 {
                let mut c = cell.clone();
                c.party = PartyId(2_000_000 + i);
                p.services[0].cells.push(c);
            }
        })
        .finds(|s| matches!(s, Subject::Cell(..))),
        hostile("40 baselines of the whole plan", |p| {
            let mut b = p.clone();
            b.baselines.clear();
            let shell = allianssi::model::Baseline {
                id: allianssi::model::BaselineId(p.allocate_id()),
                phase: allianssi::model::PhaseKind::Strategy,
                decision: allianssi::model::DecisionId(p.allocate_id()),
                taken_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
                plan: Box::new(b),
            };
            p.baselines = vec![shell; 40].into();
        }),
    ];
    v.retain(|h| h.plan != base());
    v
}

fn downstream(plan: &Plan) {
    let _ = rules::check(plan);
    let _ = commercial::scenarios(plan, None);
    for kind in [Kind::Parties, Kind::Services, Kind::Budget, Kind::Risks] {
        let _ = kind.export(plan);
    }
}

/// Peak memory allowed for loading `len` bytes of text.
pub fn memory_bound(len: usize) -> usize {
    16 * 1024 * 1024 + 24 * len
}

#[test]
fn hostile_but_well_formed_plans_load_as_data_with_their_findings() {
    let cases = cases();
    assert!(cases.len() >= 20, "only {} cases", cases.len());
    let dir = tempfile::tempdir().expect("tempdir");
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let path = dir.path().join(format!("{i:02}.ron"));
        let text = storage::to_string(&case.plan).expect("to_string");
        std::fs::write(&path, &text).expect("write");
        let started = Instant::now();
        let (loaded, peak) = memory::peak_during(|| catch_unwind(AssertUnwindSafe(|| storage::load(&path))));
        let took = started.elapsed();
        let loaded = match loaded {
            Err(_) => {
                failures.push(format!("{}: load panicked", case.name));
                continue;
            }
            Ok(Err(e)) => {
                failures.push(format!("{}: refused: {e}", case.name));
                continue;
            }
            Ok(Ok(l)) => l,
        };
        if took > Duration::from_secs(2) {
            failures.push(format!("{}: loading took {took:?}", case.name));
        }
        if peak > memory_bound(text.len()) {
            failures.push(format!("{}: loading {} bytes held {peak} bytes", case.name, text.len()));
        }
        // normalise() may only move next_id past the ids in use.
        let mut want = case.plan.clone();
        want.next_id = loaded.plan.next_id;
        if loaded.plan != want {
            failures.push(format!("{}: loaded other data than was written", case.name));
        }
        match catch_unwind(AssertUnwindSafe(|| rules::check(&loaded.plan))) {
            Err(_) => failures.push(format!("{}: the rules panicked", case.name)),
            Ok(findings) => {
                if let Some(f) = case.finding
                    && !findings.iter().any(|x| x.severity == Severity::Error && f(&x.subject))
                {
                    failures.push(format!("{}: the problem is not among the findings", case.name));
                }
            }
        }
        if catch_unwind(AssertUnwindSafe(|| downstream(&loaded.plan))).is_err() {
            failures.push(format!("{}: settlement or CSV export panicked", case.name));
        }
    }
    let names = support_names(dir.path());
    if names.len() != cases.len() {
        failures.push(format!("loading made or removed files: {names:?}"));
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

fn support_names(dir: &Path) -> Vec<String> {
    super::support::dir_names(dir)
}

/// Whether every given prefix of `text` is refused with a position, never loaded, never a panic.
/// (Parsed from memory: the path only names the source.)
fn refuse_prefixes(text: &str, cuts: impl Iterator<Item = usize>) -> usize {
    let path = Path::new("katkennut.ron");
    let whole = text.trim_end().len();
    let mut refused = 0usize;
    for n in cuts.filter(|&n| n < whole) {
        let prefix = &text.as_bytes()[..n];
        let result = catch_unwind(AssertUnwindSafe(|| match std::str::from_utf8(prefix) {
            Ok(s) => storage::parse(s, path).map(|_| ()).map_err(|e| e.position()),
            Err(_) => Err(Some((1, 1))), // a cut inside a character: `load` refuses it as not UTF-8
        }));
        match result {
            Err(_) => panic!("a prefix of {n} bytes panicked"),
            Ok(Ok(())) => panic!("a prefix of {n} bytes loaded"),
            Ok(Err(None)) => panic!("a prefix of {n} bytes was refused without a position"),
            Ok(Err(Some(_))) => refused += 1,
        }
    }
    refused
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)).expect("fixture")
}

/// Every byte prefix of the worked example (22 KB), and the file cut at every line end of the
/// employment-area template (170 KB).
#[test]
fn every_truncation_of_a_fixture_is_refused() {
    let small = fixture("worked-example.ron");
    let n = small.trim_end().len();
    assert_eq!(refuse_prefixes(&small, 0..n), n);
    let big = storage::to_string(&base()).expect("to_string");
    let line_ends: Vec<usize> = big.match_indices('\n').map(|(i, _)| i + 1).collect();
    assert!(refuse_prefixes(&big, line_ends.iter().copied()) + 1 >= line_ends.len());
}

/// Every byte prefix of every built-in template: about 1.3e10 bytes parsed, minutes even in a
/// release build: `cargo test --release --test bad_input -- --ignored every_byte`.
#[test]
#[ignore = "slow: every byte prefix of every template"]
fn every_byte_truncation_of_every_template_is_refused() {
    for t in template::all() {
        let text = storage::to_string(&(t.build)()).expect("to_string");
        let n = text.trim_end().len();
        let started = Instant::now();
        assert_eq!(refuse_prefixes(&text, 0..n), n, "{}", t.name);
        eprintln!("{}: {n} prefixes refused in {:?}", t.name, started.elapsed());
    }
}
