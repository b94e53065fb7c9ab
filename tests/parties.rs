//! Parties and the responsibility matrix: each of the eight legal rules of domain guide §3 with a
//! plan that breaks it (and the matrix place where it shows) and a near miss that does not; the
//! business ID check; the per-party summary and the row and column totals; where a party is used.

use allianssi::i18n::Language;
use allianssi::model::matrix::{Place, grand_total, party_summary, party_totals, places, row_totals, usage};
use allianssi::model::party::{BusinessIdError, complete_business_id, validate_business_id};
use allianssi::model::*;
use allianssi::rules::{self, Finding, Severity};
use allianssi::template;

const ORGANISER: PartyId = PartyId(1);
const CITY: PartyId = PartyId(2);
const FIRM: PartyId = PartyId(3);
const TOWN: PartyId = PartyId(4);
const COACHING: ServiceId = ServiceId(10);
const DECISIONS: ServiceId = ServiceId(11);

fn cell(party: PartyId, role: ServiceRole, euros: i64, tenths: i64) -> Cell {
    Cell { party, role, euros_per_year: Money::euros(euros), person_years: Decimal::from_raw(tenths * 100_000) }
}

/// A plan that keeps every legal rule: an employment area organises, a city funds, a firm
/// produces, a town is informed.
fn base() -> Plan {
    let mut p = Plan::new("Matriisi");
    p.meta.procurement = Procurement::Negotiated;
    let mut organiser = Party::new(ORGANISER, "Työllisyysalue", PartyKind::EmploymentArea, AllianceRole::Owner);
    organiser.funding_share = Bp(7000);
    organiser.duties = vec![Field::Employment];
    let mut city = Party::new(CITY, "Seinäjoen kaupunki", PartyKind::Municipality, AllianceRole::Owner);
    city.funding_share = Bp(3000);
    city.duties = vec![Field::BusinessServices];
    let mut firm = Party::new(FIRM, "Työpolku Oy", PartyKind::PrivateProducer, AllianceRole::Producer);
    firm.fee = Money::euros(50_000);
    let town = Party::new(TOWN, "Ilmajoen kunta", PartyKind::Municipality, AllianceRole::Owner);
    p.parties = vec![organiser, city, firm, town].into();

    let mut coaching =
        Service::new(COACHING, "Työnhakuvalmennus", ServiceKind::Service, ProductionMode::AllianceTender);
    coaching.organiser = Some(ORGANISER);
    coaching.cells = vec![
        cell(ORGANISER, ServiceRole::Accountable, 20_000, 5),
        cell(FIRM, ServiceRole::Producer, 300_000, 40),
        cell(CITY, ServiceRole::Funder, 100_000, 0),
        cell(TOWN, ServiceRole::Informed, 0, 0),
    ];
    let mut decisions = Service::new(
        DECISIONS,
        "Palvelutarpeen arviointi",
        ServiceKind::PublicAdministrativeTask,
        ProductionMode::OwnProduction,
    );
    decisions.organiser = Some(ORGANISER);
    decisions.cells =
        vec![cell(ORGANISER, ServiceRole::Accountable, 80_000, 15), cell(FIRM, ServiceRole::Consulted, 5_000, 1)];
    p.services = vec![coaching, decisions].into();
    p.next_id = 100;
    p
}

fn service_mut(p: &mut Plan, id: ServiceId) -> &mut Service {
    p.services.iter_mut().find(|x| x.id == id).unwrap()
}

/// The 2018 model: the organiser is the region.
fn region_organises(p: &mut Plan) {
    party_mut(p, ORGANISER).kind = PartyKind::Region;
}

fn party_mut(p: &mut Plan, id: PartyId) -> &mut Party {
    p.parties.iter_mut().find(|x| x.id == id).unwrap()
}

fn set(p: &mut Plan, s: ServiceId, party: PartyId, role: ServiceRole) {
    let value = edit::CellValue { role, euros_per_year: Money::ZERO, person_years: Decimal::ZERO };
    p.apply(&Edit::SetCell { service: s, party, cell: Some(value) }).unwrap();
}

fn legal(plan: &Plan) -> Vec<Finding> {
    rules::check(plan).into_iter().filter(|f| f.code().starts_with('L')).collect()
}

type Mutation = fn(&mut Plan);

/// (code, severity, breaks the rule, a near miss that keeps it, where the finding shows).
struct Case {
    code: &'static str,
    severity: Severity,
    breaks: Mutation,
    keeps: Mutation,
    place: Place,
}

const CASES: &[Case] = &[
    // 1: a municipality made accountable instead of the organiser.
    Case {
        code: "L1-organiser-accountable",
        severity: Severity::Error,
        breaks: |p| {
            set(p, COACHING, ORGANISER, ServiceRole::Funder);
            set(p, COACHING, CITY, ServiceRole::Accountable);
        },
        keeps: |p| set(p, COACHING, CITY, ServiceRole::Consulted),
        place: Place::Cell(COACHING, ORGANISER),
    },
    // 2: the private producer decides a public administrative task; drafting a statement is fine.
    Case {
        code: "L2-admin-task-private",
        severity: Severity::Error,
        breaks: |p| set(p, DECISIONS, FIRM, ServiceRole::Producer),
        keeps: |p| set(p, DECISIONS, FIRM, ServiceRole::Informed),
        place: Place::Cell(DECISIONS, FIRM),
    },
    Case {
        code: "L2-admin-task-mode",
        severity: Severity::Warning,
        breaks: |p| service_mut(p, DECISIONS).mode = ProductionMode::ServiceVoucher,
        keeps: |p| service_mut(p, DECISIONS).description = "Viranomainen päättää".into(),
        place: Place::Row(DECISIONS),
    },
    // 3: a municipality produces for the organiser without an established market failure.
    Case {
        code: "L3-market-failure",
        severity: Severity::Warning,
        // The 2018 setting: today's law has no market-failure rule.
        breaks: |p| {
            p.meta.setting = Setting::Regional2018;
            region_organises(p);
            set(p, COACHING, TOWN, ServiceRole::Producer);
        },
        keeps: |p| {
            p.meta.setting = Setting::Regional2018;
            region_organises(p);
            service_mut(p, COACHING).market_failure = true;
            party_mut(p, TOWN).duties = vec![Field::Employment];
            set(p, COACHING, TOWN, ServiceRole::Producer);
        },
        place: Place::Cell(COACHING, TOWN),
    },
    // 4: an owner's own production outside its field of duties.
    Case {
        code: "L4-own-production-duties",
        severity: Severity::Warning,
        breaks: |p| {
            party_mut(p, CITY).role = AllianceRole::OwnProduction;
            service_mut(p, COACHING).market_failure = true;
            set(p, COACHING, CITY, ServiceRole::Producer);
        },
        keeps: |p| {
            party_mut(p, CITY).role = AllianceRole::OwnProduction;
            party_mut(p, CITY).duties.push(Field::Employment);
            service_mut(p, COACHING).market_failure = true;
            set(p, COACHING, CITY, ServiceRole::Producer);
        },
        place: Place::Cell(COACHING, CITY),
    },
    // 5: the producer also funds: organiser and producer roles mixed.
    Case {
        code: "L5-roles-separate",
        severity: Severity::Warning,
        breaks: |p| set(p, COACHING, FIRM, ServiceRole::Funder),
        keeps: |p| set(p, COACHING, FIRM, ServiceRole::Producer),
        place: Place::Cell(COACHING, FIRM),
    },
    // 6: an owner with no share and no role: in or out?
    Case {
        code: "L6-not-taking-part",
        severity: Severity::Warning,
        breaks: |p| {
            p.apply(&Edit::SetCell { service: COACHING, party: TOWN, cell: None }).unwrap();
        },
        keeps: |p| {
            p.apply(&Edit::SetCell { service: COACHING, party: TOWN, cell: None }).unwrap();
            party_mut(p, TOWN).role = AllianceRole::Observer;
        },
        place: Place::Column(TOWN),
    },
    // 7: producers chosen by some other procedure than negotiation.
    Case {
        code: "L7-negotiated-procedure",
        severity: Severity::Warning,
        breaks: |p| p.meta.procurement = Procurement::Open,
        keeps: |p| p.meta.procurement = Procurement::Negotiated,
        place: Place::Column(FIRM),
    },
    // 8: two accountable parties, or none.
    Case {
        code: "L8-one-accountable",
        severity: Severity::Error,
        breaks: |p| set(p, COACHING, TOWN, ServiceRole::Accountable),
        keeps: |p| set(p, COACHING, TOWN, ServiceRole::Consulted),
        place: Place::Cell(COACHING, TOWN),
    },
];

#[test]
fn the_base_plan_keeps_every_legal_rule() {
    let found = legal(&base());
    assert!(found.is_empty(), "{:?}", found.iter().map(Finding::code).collect::<Vec<_>>());
}

#[test]
fn every_legal_rule_fires_where_it_applies_and_not_on_a_near_miss() {
    let mut rules_seen: Vec<char> = Vec::new();
    for case in CASES {
        let mut plan = base();
        (case.breaks)(&mut plan);
        let found = legal(&plan);
        let hit: Vec<&Finding> = found.iter().filter(|f| f.code() == case.code).collect();
        assert!(
            !hit.is_empty(),
            "{}: not raised; got {:?}",
            case.code,
            found.iter().map(Finding::code).collect::<Vec<_>>()
        );
        assert!(hit.iter().all(|f| f.severity == case.severity), "{}: severity", case.code);
        let shown: Vec<Place> = hit.iter().flat_map(|f| places(&plan, f)).collect();
        assert!(shown.contains(&case.place), "{}: shown at {shown:?}, expected {:?}", case.code, case.place);
        for lang in Language::ALL {
            let m = hit[0].message(lang);
            assert!(m.len() > 60 && m.ends_with('.'), "{} {lang:?}: {m}", case.code);
        }
        rules_seen.push(case.code.chars().nth(1).unwrap());

        let mut near = base();
        (case.keeps)(&mut near);
        let near_found = legal(&near);
        let near_codes: Vec<&str> = near_found.iter().map(Finding::code).collect();
        assert!(!near_codes.contains(&case.code), "{}: raised on the near miss: {near_codes:?}", case.code);
    }
    rules_seen.dedup();
    assert_eq!(rules_seen, vec!['1', '2', '3', '4', '5', '6', '7', '8'], "every rule of §3 has a case");
}

#[test]
fn a_service_without_an_accountable_party_is_marked_on_its_organiser_cell() {
    let mut plan = base();
    set(&mut plan, COACHING, ORGANISER, ServiceRole::Funder);
    let l8: Vec<Finding> = legal(&plan).into_iter().filter(|f| f.code() == "L8-one-accountable").collect();
    assert_eq!(l8.len(), 1);
    let shown = places(&plan, &l8[0]);
    assert!(shown.contains(&Place::Row(COACHING)) && shown.contains(&Place::Cell(COACHING, ORGANISER)), "{shown:?}");
    // Fixing the cell the finding points at clears it.
    set(&mut plan, COACHING, ORGANISER, ServiceRole::Accountable);
    assert!(legal(&plan).is_empty());
}

#[test]
fn the_admin_task_explanation_says_the_authority_decides() {
    let mut plan = base();
    set(&mut plan, DECISIONS, FIRM, ServiceRole::Accountable);
    let found = legal(&plan);
    let f = found.iter().find(|f| f.code() == "L2-admin-task-private").expect("L2");
    assert_eq!(places(&plan, f), vec![Place::Cell(DECISIONS, FIRM)]);
    assert!(f.message(Language::Fi).contains("viranomainen päättää"));
    assert!(f.message(Language::Sv).contains("myndigheten beslutar"));
    assert!(f.message(Language::En).contains("Make the authority accountable"));
}

#[test]
fn business_ids_are_checked_digit_by_digit() {
    for ok in ["0112038-9", "2617416-4", "1572860-0", " 0201256-6 "] {
        assert_eq!(validate_business_id(ok), Ok(()), "{ok}");
    }
    assert_eq!(validate_business_id("0112038-8"), Err(BusinessIdError::CheckDigit(9)));
    assert_eq!(validate_business_id("112038-9"), Err(BusinessIdError::Format));
    assert_eq!(validate_business_id("0112038 9"), Err(BusinessIdError::Format));
    assert_eq!(validate_business_id("1000008-0"), Err(BusinessIdError::Impossible));
    assert_eq!(complete_business_id("2617416").as_deref(), Some("2617416-4"));
    // Every body has either no valid ID or exactly one check digit that validates.
    for body in 1_000_000..1_000_300u32 {
        let s = format!("{body:07}");
        match complete_business_id(&s) {
            Some(id) => {
                assert_eq!(validate_business_id(&id), Ok(()));
                let last = id.as_bytes()[8] - b'0';
                let wrong = format!("{s}-{}", (last + 1) % 10);
                assert!(matches!(validate_business_id(&wrong), Err(BusinessIdError::CheckDigit(_))), "{wrong}");
            }
            None => assert_eq!(validate_business_id(&format!("{s}-0")), Err(BusinessIdError::Impossible)),
        }
    }
    // A bad business ID shows on the party's column.
    let mut plan = base();
    party_mut(&mut plan, FIRM).business_id = "2617416-5".into();
    let f = rules::check(&plan).into_iter().find(|f| f.code() == "business-id").expect("business-id");
    assert_eq!(places(&plan, &f), vec![Place::Column(FIRM)]);
}

#[test]
fn party_summary_lists_the_services_and_totals() {
    let plan = base();
    let firm = party_summary(&plan, FIRM);
    assert_eq!(firm.party, FIRM);
    assert_eq!(firm.lines.len(), 2);
    assert_eq!((firm.lines[0].service, firm.lines[0].role), (COACHING, ServiceRole::Producer));
    assert_eq!((firm.lines[1].service, firm.lines[1].role), (DECISIONS, ServiceRole::Consulted));
    assert_eq!(firm.euros_per_year, Some(Money::euros(305_000)));
    assert_eq!(firm.person_years, Some(Decimal::from_raw(4_100_000)));

    let columns = party_totals(&plan);
    assert_eq!(columns.iter().map(|c| c.party).collect::<Vec<_>>(), vec![ORGANISER, CITY, FIRM, TOWN]);
    assert_eq!(columns[0].euros_per_year, Some(Money::euros(100_000)));
    assert_eq!(columns[3].lines.len(), 1);
    let rows = row_totals(&plan);
    assert_eq!(rows[0].euros_per_year, Some(Money::euros(420_000)));
    assert_eq!(rows[1].person_years, Some(Decimal::from_raw(1_600_000)));
    // Column totals and row totals add up to the same grand total.
    let by_columns = Money::checked_sum(columns.iter().map(|c| c.euros_per_year.unwrap()));
    let by_rows = Money::checked_sum(rows.iter().map(|r| r.euros_per_year.unwrap()));
    assert_eq!(by_columns, by_rows);
    assert_eq!(grand_total(&plan).0, by_rows);

    let mut huge = base();
    service_mut(&mut huge, COACHING).cells[1].euros_per_year = Money(i64::MAX);
    assert_eq!(party_summary(&huge, FIRM).euros_per_year, None, "overflow is reported, not wrapped");
    assert_eq!(grand_total(&huge).0, None);
}

#[test]
fn every_template_gives_each_party_its_page() {
    for t in template::all() {
        let plan = (t.build)();
        let totals = party_totals(&plan);
        assert_eq!(totals.len(), plan.parties.len(), "{}", t.name);
        let cells: usize = plan.services.iter().map(|s| s.cells.len()).sum();
        assert_eq!(totals.iter().map(|t| t.lines.len()).sum::<usize>(), cells, "{}: every cell on one page", t.name);
        assert!(totals.iter().any(|t| !t.lines.is_empty()), "{}", t.name);
    }
}

#[test]
fn usage_says_where_a_party_is_referenced() {
    let plan = template::find("tampere-startup").map(|t| (t.build)()).expect("template");
    for p in &plan.parties {
        let u = usage(&plan, p.id);
        let cells = plan.services.iter().filter(|s| s.cell(p.id).is_some()).count();
        assert_eq!(u.cells, cells);
        let mut removed = plan.clone();
        removed.apply(&Edit::RemoveParty(p.id)).unwrap();
        assert!(!usage(&removed, p.id).is_used(), "nothing refers to a removed party");
    }
    let mut plan = base();
    let lonely = PartyId(plan.allocate_id());
    plan.parties.push(Party::new(lonely, "Tarkkailija", PartyKind::Other, AllianceRole::Observer));
    assert!(!usage(&plan, lonely).is_used());
    assert!(usage(&plan, FIRM).is_used());
}
