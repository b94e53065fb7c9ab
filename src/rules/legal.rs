//! The eight legal rules of domain guide §3, checked on the role matrix and the parties. Each
//! finding says which rule is broken and what would fix it; none blocks an edit.

use super::{Findings, Problem, Subject, party_name};
use crate::model::*;

pub(super) fn check(plan: &Plan, out: &mut Findings) {
    for s in &plan.services {
        organiser_keeps_responsibility(plan, s, out);
        administrative_task(plan, s, out);
        market_failure(plan, s, out);
        own_production_within_duties(plan, s, out);
        roles_separate(plan, s, out);
        one_accountable(s, out);
    }
    not_taking_part(plan, out);
    negotiated_procedure(plan, out);
}

/// Rule 1: the organiser's responsibility for organising cannot move: a service under it
/// keeps the organiser as accountable.
fn organiser_keeps_responsibility(plan: &Plan, s: &Service, out: &mut Findings) {
    let Some(o) = s.organiser else { return };
    if plan.party(o).is_none() {
        return; // reported as a broken reference
    }
    if s.cell(o).map(|c| c.role) != Some(ServiceRole::Accountable) {
        out.error(
            Subject::Cell(s.id, o),
            Problem::OrganiserNotAccountable { service: s.name.clone(), organiser: party_name(plan, o) },
        );
    }
}

/// Rule 2: a public administrative task is never given to a private producer.
fn administrative_task(plan: &Plan, s: &Service, out: &mut Findings) {
    if s.kind != ServiceKind::PublicAdministrativeTask {
        return;
    }
    for c in &s.cells {
        let Some(p) = plan.party(c.party) else { continue };
        let decides = matches!(c.role, ServiceRole::Producer | ServiceRole::Accountable);
        if decides && (!p.kind.is_authority() || p.role == AllianceRole::Producer) {
            out.error(
                Subject::Cell(s.id, c.party),
                Problem::AdminTaskToPrivate { service: s.name.clone(), party: p.name.clone() },
            );
        }
    }
    if s.mode != ProductionMode::OwnProduction {
        out.warning(Subject::Service(s.id), Problem::AdminTaskMode { service: s.name.clone(), mode: s.mode });
    }
}

/// Rule 3: a municipality or its in-house entity produces for the organiser only where a
/// market failure has been established.
fn market_failure(plan: &Plan, s: &Service, out: &mut Findings) {
    let Some(organiser) = s.organiser else { return };
    if s.market_failure {
        return;
    }
    for c in s.cells.iter().filter(|c| c.role == ServiceRole::Producer && c.party != organiser) {
        let Some(p) = plan.party(c.party) else { continue };
        if p.kind.is_municipality() || p.in_house {
            out.warning(
                Subject::Cell(s.id, c.party),
                Problem::MarketFailureMissing { service: s.name.clone(), party: p.name.clone() },
            );
        }
    }
}

/// Rule 4: an owner brings own production only within its own field of duties.
fn own_production_within_duties(plan: &Plan, s: &Service, out: &mut Findings) {
    for c in s.cells.iter().filter(|c| c.role == ServiceRole::Producer) {
        let Some(p) = plan.party(c.party) else { continue };
        let own = p.role == AllianceRole::OwnProduction
            || (p.role == AllianceRole::Owner && s.mode == ProductionMode::OwnProduction);
        if own && !p.duties.contains(&s.field) {
            out.warning(
                Subject::Cell(s.id, c.party),
                Problem::OutsideDuties { service: s.name.clone(), party: p.name.clone(), field: s.field },
            );
        }
    }
}

/// Rule 5: budgets stay separate and organiser and producer roles stay separate: a producer
/// is never accountable, funder or procurement unit.
fn roles_separate(plan: &Plan, s: &Service, out: &mut Findings) {
    for c in &s.cells {
        let Some(p) = plan.party(c.party) else { continue };
        let mixed = matches!(c.role, ServiceRole::Accountable | ServiceRole::Funder | ServiceRole::ProcurementUnit);
        if p.role == AllianceRole::Producer && mixed {
            out.warning(
                Subject::Cell(s.id, c.party),
                Problem::RolesMixed { service: s.name.clone(), party: p.name.clone(), role: c.role },
            );
        }
    }
}

/// Rule 6: not every municipality has to join: an owner with no share and no role is flagged
/// so the group decides whether it is in or out.
fn not_taking_part(plan: &Plan, out: &mut Findings) {
    for p in plan.owners() {
        let has_cell = plan.services.iter().any(|s| s.cell(p.id).is_some());
        if p.funding_share == Bp::ZERO && !has_cell {
            out.warning(Subject::Party(p.id), Problem::NotTakingPart { party: p.name.clone() });
        }
    }
}

/// Rule 7: procurement law applies: producers are chosen by negotiated procedure.
fn negotiated_procedure(plan: &Plan, out: &mut Findings) {
    let procedure = plan.meta.procurement;
    if plan.producers().next().is_some() && procedure != Procurement::Negotiated {
        out.warning(Subject::Plan, Problem::ProcurementProcedure { procedure });
    }
}

/// Rule 8: every service has exactly one accountable party.
fn one_accountable(s: &Service, out: &mut Findings) {
    let count = s.accountable().count();
    if count != 1 {
        out.error(Subject::Service(s.id), Problem::AccountableCount { service: s.name.clone(), count });
    }
}
