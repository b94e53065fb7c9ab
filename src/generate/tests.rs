//! Tests of the plan generator: determinism, counts, validity and realism.

use super::*;
use crate::model::party::validate_business_id;
use crate::rules::{self, Severity};
use crate::storage;
use std::collections::HashSet;

fn opts(parties: usize, services: usize, risks: usize, budget_lines: usize, seed: u64) -> GenerateOptions {
    GenerateOptions { parties, services, risks, budget_lines, seed, months: 0 }
}

fn errors(plan: &Plan) -> Vec<String> {
    rules::check(plan)
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{} {}: {}", f.code(), f.subject, f.message(Language::En)))
        .collect()
}

/// A generated plan of up to ten deciding parties has nothing to report, warnings included;
/// a larger one only the leadership team's size.
#[test]
fn generated_plans_have_no_findings() {
    let codes =
        |o: &GenerateOptions| -> Vec<&'static str> { rules::check(&generate(o)).iter().map(|f| f.code()).collect() };
    assert_eq!(codes(&GenerateOptions::default()), Vec::<&str>::new());
    assert_eq!(codes(&opts(40, 120, 300, 900, 99)), vec!["S2-leadership-team-size"]);
}

#[test]
fn same_seed_gives_the_same_bytes_and_other_seeds_differ() {
    let o = GenerateOptions::default();
    let a = storage::to_string(&generate(&o)).expect("serialise");
    let b = storage::to_string(&generate(&o)).expect("serialise");
    assert_eq!(a, b);
    let c = storage::to_string(&generate(&GenerateOptions { seed: 2, ..o })).expect("serialise");
    assert_ne!(a, c);
}

#[test]
fn counts_are_honoured() {
    for o in [opts(2, 3, 4, 5, 7), opts(9, 30, 0, 0, 1), opts(40, 120, 300, 900, 99), opts(1, 1, 1, 1, 3)] {
        let plan = generate(&o);
        assert_eq!(plan.parties.len(), o.parties, "{o:?}");
        assert_eq!(plan.services.len(), o.services, "{o:?}");
        assert_eq!(plan.risks.risks.len(), o.risks, "{o:?}");
        assert_eq!(plan.budget.cost_lines.len(), o.budget_lines, "{o:?}");
    }
    assert_eq!(generate(&opts(0, 1, 0, 0, 1)).parties.len(), 1, "a plan has at least its host");
}

#[test]
fn generated_plans_have_no_errors() {
    for o in [
        opts(2, 5, 5, 10, 1),
        opts(2, 40, 20, 50, 2),
        opts(6, 24, 16, 40, 3),
        opts(12, 40, 60, 240, 4),
        opts(80, 300, 500, 2_000, 5),
        opts(260, 700, 100, 100, 6),
    ] {
        let plan = generate(&o);
        assert_eq!(errors(&plan), Vec::<String>::new(), "{o:?}");
    }
}

#[test]
fn references_are_consistent() {
    let plan = generate(&opts(50, 200, 400, 1_000, 11));
    let parties: HashSet<PartyId> = plan.parties.iter().map(|p| p.id).collect();
    for s in &plan.services {
        assert_eq!(s.accountable().count(), 1, "{}", s.name);
        let organiser = s.organiser.expect("every service has an organiser");
        assert_eq!(s.cell(organiser).map(|c| c.role), Some(ServiceRole::Accountable));
        for c in &s.cells {
            assert!(parties.contains(&c.party));
            let p = plan.party(c.party).expect("party");
            if p.role == AllianceRole::Producer {
                assert!(matches!(c.role, ServiceRole::Producer | ServiceRole::Consulted | ServiceRole::Informed));
            }
        }
    }
    let shares: u32 = plan.owners().map(|p| p.funding_share.0).sum();
    assert_eq!(shares, 10_000);
    assert!(plan.owners().all(|p| p.funding_share.0 > 0));
    let weights: u32 = plan.budget.metrics.iter().map(|m| m.weight.0).sum();
    assert_eq!(weights, 10_000);
    assert!(plan.budget.cost_lines.iter().all(|c| parties.contains(&c.party)));
    assert!(plan.risks.risks.iter().filter_map(|r| r.owner).all(|o| parties.contains(&o)));
    let mut ids = plan.all_ids();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique");
    assert!(ids.iter().all(|&id| id < plan.next_id), "ids come from the plan's allocation");
}

#[test]
fn names_are_finnish_unique_and_business_ids_valid() {
    let plan = generate(&GenerateOptions { parties: 200, services: 500, ..GenerateOptions::default() });
    let names: HashSet<&str> = plan.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), plan.parties.len(), "party names are unique");
    let services: HashSet<&str> = plan.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(services.len(), plan.services.len(), "service names are unique");
    let text: String = plan.parties.iter().map(|p| p.name.as_str()).collect();
    assert!(text.contains('ä') && text.contains('ö'), "{text}");
    for p in &plan.parties {
        assert_eq!(validate_business_id(&p.business_id), Ok(()), "{}", p.business_id);
    }
    let kinds: HashSet<PartyKind> = plan.parties.iter().map(|p| p.kind).collect();
    for k in [
        PartyKind::HostMunicipality,
        PartyKind::Municipality,
        PartyKind::WellbeingCounty,
        PartyKind::VitalityCentre,
        PartyKind::Kela,
        PartyKind::EducationProvider,
        PartyKind::PrivateProducer,
        PartyKind::ThirdSector,
    ] {
        assert!(kinds.contains(&k), "{k:?}");
    }
}

#[test]
fn phases_are_dated_and_contiguous() {
    let plan = generate(&GenerateOptions::default());
    for w in plan.phases.windows(2) {
        let (end, start) = (w[0].end.expect("end"), w[1].start.expect("start"));
        assert_eq!((start - end).num_days(), 1);
    }
    for ph in &plan.phases {
        assert!(!ph.deliverables.is_empty());
        for d in &ph.deliverables {
            assert!(d.start <= d.due && d.due <= ph.end && d.start >= ph.start, "{}", d.title);
        }
    }
}

#[test]
fn the_large_plan_round_trips_through_the_file_format() {
    let plan = generate(&opts(60, 150, 2_000, 5_000, 13));
    let text = storage::to_string(&plan).expect("serialise");
    let loaded = storage::parse(&text, std::path::Path::new("x.ron")).expect("parse");
    assert_eq!(loaded.plan, plan);
}

#[test]
fn shares_split_exactly() {
    assert_eq!(split_bp(&[1]), vec![10_000]);
    assert_eq!(split_bp(&[1, 1, 1]).iter().sum::<u32>(), 10_000);
    let many = vec![12u64; 5_000];
    let s = split_bp(&many);
    assert_eq!(s.iter().sum::<u32>(), 10_000);
    assert!(s.iter().all(|&x| x >= 1));
}
