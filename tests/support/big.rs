//! A large plan for scale tests, made from the employment-area template by copying its rows
//! under fresh ids: 200 parties, 500 services, 20 000 cost lines, 10 000 risks.

use allianssi::model::{CostLineId, Money, PartyId, Plan, RiskId, ServiceId};
use allianssi::template;

pub fn big_plan() -> Plan {
    let t = template::find("tyollisyysalue").expect("template");
    let mut plan = (t.build)();
    let mut next = plan.next_id.max(1);
    let mut id = || {
        next += 1;
        next
    };
    let base_parties = plan.parties.clone();
    while plan.parties.len() < 200 {
        let n = plan.parties.len();
        let mut p = base_parties[n % base_parties.len()].clone();
        p.id = PartyId(id());
        p.name = format!("{} {n}", p.name);
        p.short_name = format!("{} {n}", p.short_name);
        p.funding_share = allianssi::model::Bp(0);
        plan.parties.push(p);
    }
    let base_services = plan.services.clone();
    while plan.services.len() < 500 {
        let n = plan.services.len();
        let mut s = base_services[n % base_services.len()].clone();
        s.id = ServiceId(id());
        s.name = format!("{} {n}", s.name);
        plan.services.push(s);
    }
    let base_lines = plan.budget.cost_lines.clone();
    while plan.budget.cost_lines.len() < 20_000 {
        let n = plan.budget.cost_lines.len();
        let mut c = base_lines[n % base_lines.len()].clone();
        c.id = CostLineId(id());
        c.party = plan.parties[n % plan.parties.len()].id;
        c.amount = Money::euros(1_000 + (n as i64 % 50_000));
        plan.budget.cost_lines.push(c);
    }
    let base_risks = plan.risks.risks.clone();
    while plan.risks.risks.len() < 10_000 {
        let n = plan.risks.risks.len();
        let mut r = base_risks[n % base_risks.len()].clone();
        r.id = RiskId(id());
        r.code = format!("R{n}");
        plan.risks.risks.push(r);
    }
    plan.next_id = id();
    plan
}
