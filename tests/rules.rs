//! Every rule with a plan that triggers it and one that does not: a clean base plan, and per
//! finding code a mutation that must raise exactly that code (and the base must not).

use allianssi::i18n::Language;
use allianssi::model::*;
use allianssi::rules::{self, Severity};
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const CITY: PartyId = PartyId(1);
const COUNTY: PartyId = PartyId(2);
const FIRM: PartyId = PartyId(3);
const TOWN: PartyId = PartyId(4);
const ADVICE: ServiceId = ServiceId(10);
const GRANTS: ServiceId = ServiceId(11);

/// A small plan with no findings at all.
fn base() -> Plan {
    let mut p = Plan::new("Testi");
    p.meta.procurement = Procurement::Negotiated;
    let party = |id, name: &str, bid: &str, kind, role| {
        let mut x = Party::new(id, name, kind, role);
        x.business_id = bid.to_string();
        x
    };
    let mut city = party(CITY, "Seinäjoen kaupunki", "0112038-9", PartyKind::HostMunicipality, AllianceRole::Owner);
    city.funding_share = Bp(6000);
    city.duties = vec![Field::Employment, Field::BusinessServices];
    let mut county = party(COUNTY, "Hyvinvointialue", "0201256-6", PartyKind::WellbeingCounty, AllianceRole::Owner);
    county.funding_share = Bp(4000);
    let mut firm = party(FIRM, "Työpolku Oy", "2617416-4", PartyKind::PrivateProducer, AllianceRole::Producer);
    firm.fee = Money::euros(100_000);
    let mut town = party(TOWN, "Ilmajoen kunta", "1572860-0", PartyKind::Municipality, AllianceRole::Owner);
    town.funding_share = Bp(0);
    p.parties = vec![city, county, firm, town].into();

    let cell =
        |party, role| Cell { party, role, euros_per_year: Money::euros(1000), person_years: Decimal::from_int(1) };
    let mut advice = Service::new(ADVICE, "Työnhakuvalmennus", ServiceKind::Service, ProductionMode::AllianceTender);
    advice.organiser = Some(CITY);
    advice.cells = vec![
        cell(CITY, ServiceRole::Accountable),
        cell(FIRM, ServiceRole::Producer),
        cell(TOWN, ServiceRole::Informed),
    ];
    let mut grants = Service::new(
        GRANTS,
        "Starttirahapäätökset",
        ServiceKind::PublicAdministrativeTask,
        ProductionMode::OwnProduction,
    );
    grants.organiser = Some(CITY);
    grants.field = Field::BusinessServices;
    grants.cells = vec![cell(CITY, ServiceRole::Accountable), cell(FIRM, ServiceRole::Consulted)];
    p.services = vec![advice, grants].into();

    let dates = [
        (day(2026, 1, 1), day(2026, 6, 30)),
        (day(2026, 7, 1), day(2026, 12, 31)),
        (day(2027, 1, 1), day(2027, 12, 31)),
        (day(2028, 1, 1), day(2030, 12, 31)),
    ];
    for (ph, (s, e)) in p.phases.iter_mut().zip(dates) {
        ph.start = Some(s);
        ph.end = Some(e);
    }
    p.phases[0].deliverables.push(Deliverable {
        id: DeliverableId(20),
        title: "Aiesopimus".into(),
        owner: Some(CITY),
        start: Some(day(2026, 2, 1)),
        due: Some(day(2026, 5, 31)),
        status: DeliverableStatus::InProgress,
        note: String::new(),
    });
    p.phases[0].decisions.push(GateDecision {
        id: DecisionId(21),
        outcome: GateOutcome::Go,
        date: day(2026, 6, 30),
        minutes_ref: "Kaupunginhallitus 30.6.2026 § 12".into(),
        positions: [CITY, COUNTY, TOWN].map(|party| Position { party, stance: Stance::Approves }).to_vec(),
        baseline: None,
        note: String::new(),
    });
    p.budget.cost_lines.push(CostLine {
        id: CostLineId(30),
        party: FIRM,
        category: "K1".into(),
        year: 2027,
        amount: Money::euros(500_000),
        description: "Valmentajat".into(),
    });
    let metric = |id, weight, dir, levels: [i64; 3]| Metric {
        id: MetricId(id),
        name: format!("Mittari {id}"),
        definition: String::new(),
        source: String::new(),
        unit: "%".into(),
        direction: dir,
        minimum: Decimal::from_int(levels[0]),
        target: Decimal::from_int(levels[1]),
        excellent: Decimal::from_int(levels[2]),
        weight: Bp(weight),
        actual: Actual::Value(Decimal::from_int(levels[1])),
        decimals: None,
    };
    p.budget.metrics = vec![
        metric(40, 6000, Direction::HigherIsBetter, [20, 25, 35]),
        metric(41, 4000, Direction::LowerIsBetter, [240, 200, 160]),
    ];
    p.risks.risks.push(Risk {
        id: RiskId(50),
        code: "R1".into(),
        title: "Markkinapuute".into(),
        cause: String::new(),
        consequence: String::new(),
        category: RiskCategory::MarketProducer,
        phase: Some(PhaseKind::Formation),
        shared: true,
        owner: Some(CITY),
        owner_person: String::new(),
        probability: 3,
        impact: 4,
        residual: None,
        min_amount: Money::euros(10_000),
        likely_amount: Money::euros(20_000),
        max_amount: Money::euros(50_000),
        probability_pct: Bp(4000),
        nature: RiskNature::Threat,
        mitigation: String::new(),
        action_owner: String::new(),
        due: None,
        status: RiskStatus::Identified,
        status_history: vec![],
        review: None,
        trend: Trend::Stable,
        rating_history: vec![],
    });
    p.next_id = 100;
    p
}

/// The town produces the advice service in its own production, the service naming no organiser:
/// in a setting, with the city a region or not, with or without an established market failure.
fn town_produces_advice(p: &mut Plan, setting: Setting, region: bool, market_failure: bool) {
    p.meta.setting = setting;
    if region {
        party_mut(p, CITY).kind = PartyKind::Region;
    }
    let s = service_mut(p, ADVICE);
    s.organiser = None;
    s.market_failure = market_failure;
    s.mode = ProductionMode::OwnProduction;
    set_role(p, ADVICE, TOWN, ServiceRole::Producer);
}

/// Adds `n` parties of a role (producers with a fee, so they are otherwise clean).
fn add_parties(p: &mut Plan, n: u32, role: AllianceRole) {
    for i in 0..n {
        let mut x = Party::new(PartyId(500 + i), &format!("Tuottaja {i} Oy"), PartyKind::PrivateProducer, role);
        x.business_id = "2617416-4".into();
        x.fee = Money::euros(1_000);
        p.parties.push(x);
    }
}

fn party_mut(p: &mut Plan, id: PartyId) -> &mut Party {
    p.parties.iter_mut().find(|x| x.id == id).unwrap()
}

fn service_mut(p: &mut Plan, id: ServiceId) -> &mut Service {
    p.services.iter_mut().find(|x| x.id == id).unwrap()
}

fn set_role(p: &mut Plan, s: ServiceId, party: PartyId, role: ServiceRole) {
    service_mut(p, s).cells.iter_mut().find(|c| c.party == party).unwrap().role = role;
}

fn add_cell(p: &mut Plan, s: ServiceId, party: PartyId, role: ServiceRole) {
    let cell = Cell { party, role, euros_per_year: Money::euros(1000), person_years: Decimal::from_int(1) };
    service_mut(p, s).cells.push(cell);
}

type Mutation = fn(&mut Plan);

/// (code, severity, mutation that must raise it).
const CASES: &[(&str, Severity, Mutation)] = &[
    ("phase-missing", Severity::Error, |p| {
        p.phases.pop();
    }),
    ("phase-repeated", Severity::Error, |p| {
        let extra = p.phases[3].clone();
        p.phases.push(extra);
    }),
    ("phase-order", Severity::Error, |p| p.phases.swap(1, 2)),
    ("phase-dates", Severity::Error, |p| p.phases[2].end = Some(day(2026, 12, 1))),
    ("phase-overlap", Severity::Warning, |p| p.phases[1].start = Some(day(2026, 6, 1))),
    ("phase-gap", Severity::Warning, |p| p.phases[2].start = Some(day(2027, 2, 1))),
    ("deliverable-outside-phase", Severity::Warning, |p| p.phases[0].deliverables[0].due = Some(day(2026, 8, 1))),
    ("deliverable-dates", Severity::Error, |p| p.phases[0].deliverables[0].start = Some(day(2026, 6, 1))),
    ("gate-early", Severity::Warning, |p| p.phases[0].decisions[0].date = day(2026, 6, 1)),
    ("gate-later-phase-started", Severity::Warning, |p| p.phases[0].decisions[0].date = day(2026, 7, 15)),
    ("duplicate-id", Severity::Error, |p| p.risks.risks[0].id = RiskId(30)),
    ("missing-party", Severity::Error, |p| p.budget.cost_lines[0].party = PartyId(999)),
    ("duplicate-cell", Severity::Error, |p| {
        let c = p.services[0].cells[2].clone();
        p.services[0].cells.push(c);
    }),
    ("business-id", Severity::Error, |p| party_mut(p, FIRM).business_id = "2617416-5".into()),
    ("business-id-missing", Severity::Warning, |p| party_mut(p, FIRM).business_id.clear()),
    ("no-owners", Severity::Error, |p| {
        for x in &mut p.parties {
            if x.role == AllianceRole::Owner {
                x.role = AllianceRole::Observer;
                x.funding_share = Bp(0);
            }
        }
    }),
    ("shares-sum", Severity::Error, |p| party_mut(p, COUNTY).funding_share = Bp(3000)),
    ("share-not-owner", Severity::Warning, |p| party_mut(p, FIRM).funding_share = Bp(100)),
    ("fee-not-producer", Severity::Warning, |p| party_mut(p, COUNTY).fee = Money::euros(5)),
    ("producer-no-fee", Severity::Warning, |p| party_mut(p, FIRM).fee = Money::ZERO),
    ("amount-range", Severity::Error, |p| p.budget.cost_lines[0].amount = Money(i64::MAX)),
    ("amount-negative", Severity::Error, |p| p.budget.cost_lines[0].amount = Money(-1)),
    ("cost-category", Severity::Warning, |p| p.budget.cost_lines[0].category = "X9".into()),
    ("cost-not-reimbursable", Severity::Warning, |p| p.budget.cost_lines[0].category = "E1".into()),
    ("sharing-range", Severity::Error, |p| p.budget.sharing.gain_share = Bp(10_001)),
    ("kra-weights", Severity::Error, |p| p.budget.metrics[0].weight = Bp(5000)),
    ("kra-levels", Severity::Error, |p| p.budget.metrics[1].excellent = Decimal::from_int(210)),
    ("kra-actual", Severity::Warning, |p| {
        p.budget.metrics[0].actual = Actual::Nps { promoters: 0, passives: 0, detractors: 0 }
    }),
    ("risk-rating", Severity::Error, |p| p.risks.risks[0].impact = 6),
    ("risk-amounts", Severity::Warning, |p| p.risks.risks[0].min_amount = Money::euros(30_000)),
    ("risk-probability", Severity::Error, |p| p.risks.risks[0].probability_pct = Bp(10_500)),
    ("risk-impact-exposure", Severity::Warning, |p| p.risks.risks[0].impact = 2),
    ("risk-bands", Severity::Error, |p| p.risks.scales.moderate_max = 3),
    ("annex-number", Severity::Warning, |p| p.meta.annexes[1].number = 1),
    ("font-missing-glyphs", Severity::Warning, |p| p.risks.risks[0].title.push_str(" 漢字")),
    ("L1-organiser-accountable", Severity::Error, |p| {
        set_role(p, ADVICE, CITY, ServiceRole::Funder);
        set_role(p, ADVICE, TOWN, ServiceRole::Accountable);
    }),
    ("L2-admin-task-private", Severity::Error, |p| set_role(p, GRANTS, FIRM, ServiceRole::Producer)),
    ("L2-admin-task-mode", Severity::Warning, |p| service_mut(p, GRANTS).mode = ProductionMode::ServiceVoucher),
    ("L3-market-failure", Severity::Warning, |p| {
        p.meta.setting = Setting::Regional2018;
        party_mut(p, CITY).kind = PartyKind::Region;
        service_mut(p, ADVICE).mode = ProductionMode::OwnProduction;
        set_role(p, ADVICE, TOWN, ServiceRole::Producer);
    }),
    ("L1-organiser-public", Severity::Error, |p| service_mut(p, ADVICE).organiser = Some(FIRM)),
    ("L5-owner-in-tender", Severity::Warning, |p| set_role(p, ADVICE, TOWN, ServiceRole::Producer)),
    ("S1-body-not-in-setting", Severity::Warning, |p| party_mut(p, TOWN).kind = PartyKind::TeOffice),
    ("S2-leadership-team-size", Severity::Warning, |p| add_parties(p, 7, AllianceRole::Producer)),
    ("L4-own-production-duties", Severity::Warning, |p| {
        let s = service_mut(p, ADVICE);
        s.mode = ProductionMode::OwnProduction;
        s.field = Field::Education;
        s.market_failure = true;
        set_role(p, ADVICE, TOWN, ServiceRole::Producer);
    }),
    ("L5-roles-separate", Severity::Warning, |p| set_role(p, GRANTS, FIRM, ServiceRole::Funder)),
    ("L6-not-taking-part", Severity::Warning, |p| {
        for s in &mut p.services {
            s.cells.retain(|c| c.party != TOWN);
        }
    }),
    ("L7-negotiated-procedure", Severity::Warning, |p| p.meta.procurement = Procurement::Open),
    ("L8-one-accountable", Severity::Error, |p| set_role(p, ADVICE, TOWN, ServiceRole::Accountable)),
];

#[test]
fn the_base_plan_is_clean() {
    let findings = rules::check(&base());
    let codes: Vec<&str> = findings.iter().map(|f| f.code()).collect();
    assert!(findings.is_empty(), "base plan has findings: {codes:?}");
}

#[test]
fn each_rule_fires_on_its_case_and_only_there() {
    for (code, severity, mutate) in CASES {
        let mut plan = base();
        mutate(&mut plan);
        let findings = rules::check(&plan);
        let hit: Vec<_> = findings.iter().filter(|f| f.code() == *code).collect();
        assert!(!hit.is_empty(), "{code}: not raised; got {:?}", findings.iter().map(|f| f.code()).collect::<Vec<_>>());
        assert!(hit.iter().all(|f| f.severity == *severity), "{code}: wrong severity");
        for lang in Language::ALL {
            let m = hit[0].message(lang);
            assert!(m.len() > 30 && m.ends_with('.'), "{code} {lang}: {m}");
        }
    }
}

#[test]
fn every_code_has_a_case() {
    // Codes are stable: renaming one breaks files of findings people keep. Keep this list and
    // the CASES table in step.
    let mut codes: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), CASES.len(), "a code appears twice in CASES");
    assert_eq!(codes.len(), 48);
}

#[test]
fn legal_messages_explain_the_fix_in_every_language() {
    let mut plan = base();
    set_role(&mut plan, GRANTS, FIRM, ServiceRole::Producer);
    let f = rules::check(&plan).into_iter().find(|f| f.code() == "L2-admin-task-private").unwrap();
    assert_eq!(f.subject.to_string(), "service:11/party:3");
    assert!(f.message(Language::Fi).contains("viranomainen päättää"));
    assert!(f.message(Language::Sv).contains("myndigheten beslutar"));
    assert!(f.message(Language::En).contains("the authority decides"));
}

#[test]
fn errors_sort_before_warnings() {
    let mut plan = base();
    plan.meta.procurement = Procurement::Open;
    party_mut(&mut plan, COUNTY).funding_share = Bp(1);
    let f = rules::check(&plan);
    assert!(rules::has_errors(&f));
    assert_eq!(f[0].severity, Severity::Error);
    assert!(f.windows(2).all(|w| w[0].severity <= w[1].severity));
}

/// The rules issue 15 found missing, each with the case that triggers it and its near misses:
/// the setting decides which bodies exist and whether the market-failure rule applies.
#[test]
fn rules_by_setting_fire_only_where_they_should() {
    type Mutate = fn(&mut Plan);
    let cases: &[(&str, &str, Mutate, bool)] = &[
        // L1: a private producer as the organiser; the city as organiser is clean.
        ("L1-organiser-public", "firm organises", |p| service_mut(p, ADVICE).organiser = Some(FIRM), true),
        ("L1-organiser-public", "city organises", |_| {}, false),
        // L2: an in-house company (a municipal body with the in-house flag) deciding grants.
        (
            "L2-admin-task-private",
            "in-house producer of a public task",
            |p| {
                party_mut(p, TOWN).in_house = true;
                add_cell(p, GRANTS, TOWN, ServiceRole::Producer);
            },
            true,
        ),
        (
            "L2-admin-task-private",
            "the town itself (not in-house)",
            |p| add_cell(p, GRANTS, TOWN, ServiceRole::Producer),
            false,
        ),
        // L3 (2018 only): a municipality producing with no organiser named still needs a market failure.
        (
            "L3-market-failure",
            "2018, no organiser, the region accountable",
            |p| town_produces_advice(p, Setting::Regional2018, true, false),
            true,
        ),
        (
            "L3-market-failure",
            "2018, no organiser, a municipality accountable (in-house for its owner)",
            |p| town_produces_advice(p, Setting::Regional2018, false, false),
            false,
        ),
        (
            "L3-market-failure",
            "today, no organiser, a region accountable",
            |p| town_produces_advice(p, Setting::EmploymentArea, true, false),
            false,
        ),
        (
            "L3-market-failure",
            "2018, market failure established",
            |p| town_produces_advice(p, Setting::Regional2018, true, true),
            false,
        ),
        // L5: an owner producing a service bought in the alliance tender; in own production it may.
        (
            "L5-owner-in-tender",
            "owner produces a tendered service",
            |p| set_role(p, ADVICE, TOWN, ServiceRole::Producer),
            true,
        ),
        (
            "L5-owner-in-tender",
            "owner's own production",
            |p| {
                service_mut(p, ADVICE).mode = ProductionMode::OwnProduction;
                set_role(p, ADVICE, TOWN, ServiceRole::Producer);
            },
            false,
        ),
        // S1: bodies that do not exist in the setting.
        ("S1-body-not-in-setting", "TE office today", |p| party_mut(p, TOWN).kind = PartyKind::TeOffice, true),
        (
            "S1-body-not-in-setting",
            "TE office in 2018",
            |p| {
                p.meta.setting = Setting::Regional2018;
                party_mut(p, CITY).kind = PartyKind::Municipality; // no host municipalities in 2018
                party_mut(p, TOWN).kind = PartyKind::TeOffice;
            },
            false,
        ),
        (
            "S1-body-not-in-setting",
            "ELY centre in a plan running into 2026",
            |p| party_mut(p, TOWN).kind = PartyKind::ElyCentre,
            true,
        ),
        (
            "S1-body-not-in-setting",
            "ELY centre in a plan ending in 2025",
            |p| {
                party_mut(p, TOWN).kind = PartyKind::ElyCentre;
                for ph in &mut p.phases {
                    ph.start = Some(day(2025, 1, 1));
                    ph.end = Some(day(2025, 12, 31));
                }
            },
            false,
        ),
        ("S1-body-not-in-setting", "a region organising today", |p| party_mut(p, CITY).kind = PartyKind::Region, true),
        (
            "S1-body-not-in-setting",
            "a region organising in 2018",
            |p| {
                p.meta.setting = Setting::Regional2018;
                party_mut(p, CITY).kind = PartyKind::Region;
            },
            false,
        ),
        (
            "S1-body-not-in-setting",
            "a vitality centre in 2018",
            |p| {
                p.meta.setting = Setting::Regional2018;
                party_mut(p, TOWN).kind = PartyKind::VitalityCentre;
            },
            true,
        ),
        // S2: at most about ten in the leadership team (observers are not in it).
        ("S2-leadership-team-size", "eleven parties", |p| add_parties(p, 7, AllianceRole::Producer), true),
        ("S2-leadership-team-size", "ten parties", |p| add_parties(p, 6, AllianceRole::Producer), false),
        (
            "S2-leadership-team-size",
            "ten and an observer",
            |p| {
                add_parties(p, 6, AllianceRole::Producer);
                add_parties(p, 1, AllianceRole::Observer);
                p.parties.last_mut().expect("observer").id = PartyId(600);
            },
            false,
        ),
    ];
    for (code, case, mutate, fires) in cases {
        let mut plan = base();
        mutate(&mut plan);
        let codes: Vec<&str> = rules::check(&plan).iter().map(|f| f.code()).collect();
        assert_eq!(codes.contains(code), *fires, "{code} – {case}: {codes:?}");
    }
}

/// A risk's impact and its most likely amount as a share of the target cost agree on the default
/// scale (< 0,5 %, 0,5–1 %, 1–3 %, 3–5 %, ≥ 5 %); impact 5 also covers legal and client-safety
/// breaches, so a smaller amount there is fine; a plan with its own impact scale is not judged.
#[test]
fn a_risks_impact_agrees_with_its_exposure() {
    let target = Money::euros(1_000_000);
    for (likely, class) in [
        (4_999, Some(1)),
        (5_000, Some(2)),
        (9_999, Some(2)),
        (10_000, Some(3)),
        (29_999, Some(3)),
        (30_000, Some(4)),
        (49_999, Some(4)),
        (50_000, Some(5)),
        (0, None),
    ] {
        assert_eq!(rules::exposure_class(Money::euros(likely), target), class, "{likely} €");
    }
    assert_eq!(rules::exposure_class(Money::euros(10), Money::ZERO), None);

    let plan = base();
    let tak = allianssi::commercial::target_cost(&plan).expect("target").target_cost;
    let fires = |impact: u8, share_bp: i64, own_scale: bool| {
        let mut p = plan.clone();
        let r = &mut p.risks.risks[0];
        r.impact = impact;
        r.likely_amount = Money(tak.cents() * share_bp / 10_000);
        r.min_amount = Money::ZERO;
        r.max_amount = Money(tak.cents());
        if own_scale {
            p.risks.scales.impact[3] = "3–5 % budjetista".into();
        }
        rules::check(&p).iter().any(|f| f.code() == "risk-impact-exposure")
    };
    assert!(!fires(4, 400, false), "4 % is impact 4");
    assert!(fires(4, 290, false), "2,9 % is impact 3");
    assert!(fires(3, 400, false), "4 % is not impact 3");
    assert!(!fires(5, 100, false), "impact 5 for a legal breach with a small amount");
    assert!(!fires(5, 600, false));
    assert!(fires(4, 600, false), "6 % is impact 5");
    assert!(!fires(1, 40, false));
    assert!(fires(1, 60, false), "0,6 % is impact 2");
    assert!(!fires(4, 290, true), "the plan's own scale is not judged");
}

/// Characters outside the annexes' font are named with their code points, once each, on the
/// row that holds them; the letters, dashes, quotes and signs of fi/sv/en text are all in it.
#[test]
fn characters_the_font_lacks_are_reported_where_they_are() {
    let mut plan = base();
    plan.risks.risks[0].mitigation = "Sopimus 漢 ja 漢 uudelleen 字".into();
    plan.parties[0].contact.name = "Åsa Öberg – ”laatu” € § ½ ± × → • …".into();
    let found: Vec<_> = rules::check(&plan).into_iter().filter(|f| f.code() == "font-missing-glyphs").collect();
    assert_eq!(found.len(), 1, "{:?}", found.iter().map(|f| f.message(Language::En)).collect::<Vec<_>>());
    assert_eq!(found[0].subject, rules::Subject::Risk(plan.risks.risks[0].id));
    let m = found[0].message(Language::Fi);
    assert!(m.contains("U+5B57") && m.matches("U+6F22").count() == 1, "{m}");
}
