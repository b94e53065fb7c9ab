//! Benchmarks of the plan file path: serialise, parse and check each template, and a large
//! generated plan (30 parties, 200 services, 2 000 risks). Run with `cargo bench`.

use allianssi::model::*;
use allianssi::{rules, storage, template};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

/// A template grown to workshop scale: more parties, services with a cell per party, risks.
fn large_plan() -> Plan {
    let mut plan = (template::all()[0].build)();
    let base_party = plan.parties[0].clone();
    for i in 0..30 {
        let id = PartyId(plan.allocate_id());
        let mut p = base_party.clone();
        p.id = id;
        p.name = format!("Kunta {i}");
        p.role = AllianceRole::Observer;
        p.funding_share = Bp::ZERO;
        plan.parties.push(p);
    }
    let base_service = plan.services[0].clone();
    let party_ids: Vec<PartyId> = plan.parties.iter().map(|p| p.id).collect();
    for i in 0..200 {
        let mut s = base_service.clone();
        s.id = ServiceId(plan.allocate_id());
        s.name = format!("Palvelu {i}");
        for &party in &party_ids {
            if s.cell(party).is_none() {
                s.cells.push(Cell {
                    party,
                    role: ServiceRole::Informed,
                    euros_per_year: Money::euros(1_000),
                    person_years: Decimal::from_int(1),
                });
            }
        }
        plan.services.push(s);
    }
    let base_risk = plan.risks.risks[0].clone();
    for i in 0..2_000 {
        let mut r = base_risk.clone();
        r.id = RiskId(plan.allocate_id());
        r.code = format!("R{}", 100 + i);
        plan.risks.risks.push(r);
    }
    plan
}

fn bench(c: &mut Criterion) {
    let mut plans: Vec<(String, Plan)> = template::all().iter().map(|t| (t.name.to_string(), (t.build)())).collect();
    plans.push(("large".to_string(), large_plan()));
    for (name, plan) in &plans {
        let text = storage::to_string(plan).unwrap();
        c.bench_function(&format!("{name}/serialise"), |b| b.iter(|| storage::to_string(black_box(plan)).unwrap()));
        c.bench_function(&format!("{name}/parse"), |b| {
            b.iter(|| storage::parse(black_box(&text), Path::new("x.ron")).unwrap())
        });
        c.bench_function(&format!("{name}/check"), |b| b.iter(|| rules::check(black_box(plan))));
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
