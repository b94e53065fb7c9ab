//! The eight legal rules of domain guide §3, checked on the role matrix and the parties, read
//! in the plan's setting (the 2018 regional model or today's employment areas), and the bodies
//! that exist in that setting. Each finding says which rule is broken and what would fix it;
//! none blocks an edit.

use super::{Findings, Problem, Subject, party_name};
use crate::model::*;

pub(super) fn check(plan: &Plan, out: &mut Findings) {
    for s in &plan.services {
        organiser_keeps_responsibility(plan, s, out);
        organiser_is_public(plan, s, out);
        administrative_task(plan, s, out);
        if plan.meta.setting == Setting::Regional2018 {
            market_failure(plan, s, out);
        }
        own_production_within_duties(plan, s, out);
        roles_separate(plan, s, out);
        owner_not_in_tender(plan, s, out);
        one_accountable(s, out);
    }
    not_taking_part(plan, out);
    negotiated_procedure(plan, out);
    bodies_in_setting(plan, out);
    leadership_team_size(plan, out);
}

/// The most people the leadership team should have (domain guide §2: "at most about ten").
pub const LEADERSHIP_TEAM_MAX: usize = 10;

/// Rule 1: the organiser is a public body: a private producer or a third-sector organisation
/// cannot organise a public service.
fn organiser_is_public(plan: &Plan, s: &Service, out: &mut Findings) {
    let Some(p) = s.organiser.and_then(|o| plan.party(o)) else { return };
    if !p.kind.is_authority() || p.role == AllianceRole::Producer {
        out.error(
            Subject::Service(s.id),
            Problem::OrganiserNotPublic { service: s.name.clone(), party: p.name.clone() },
        );
    }
}

/// Rules 4 and 5: an owner does not produce a service bought in the alliance tender (it would
/// sit on both sides of its own procurement; its own production is a separate mode).
fn owner_not_in_tender(plan: &Plan, s: &Service, out: &mut Findings) {
    if s.mode != ProductionMode::AllianceTender {
        return;
    }
    for c in s.cells.iter().filter(|c| c.role == ServiceRole::Producer) {
        let Some(p) = plan.party(c.party) else { continue };
        if matches!(p.role, AllianceRole::Owner | AllianceRole::OwnProduction) {
            out.warning(
                Subject::Cell(s.id, c.party),
                Problem::OwnerInTender { service: s.name.clone(), party: p.name.clone() },
            );
        }
    }
}

/// The last day a body of this kind existed, where it no longer does.
fn closed_on(kind: PartyKind) -> Option<chrono::NaiveDate> {
    match kind {
        PartyKind::TeOffice => chrono::NaiveDate::from_ymd_opt(2024, 12, 31),
        PartyKind::ElyCentre => chrono::NaiveDate::from_ymd_opt(2025, 12, 31),
        _ => None,
    }
}

/// The bodies must exist in the plan's setting and time: no TE office (closed 31.12.2024) or
/// ELY centre (its employment and business tasks moved to the vitality centres 1.1.2026) in a
/// plan running after their end; no region organising today; no employment area, host
/// municipality or vitality centre in the 2018 regional model.
fn bodies_in_setting(plan: &Plan, out: &mut Findings) {
    let setting = plan.meta.setting;
    let last_day = plan.phases.iter().filter_map(|p| p.end.or(p.start)).chain(plan.meta.date).max();
    for p in &plan.parties {
        let gone = match setting {
            Setting::EmploymentArea => {
                closed_on(p.kind).is_some_and(|end| last_day.is_none_or(|d| d > end))
                    || (p.kind == PartyKind::Region && plan.services.iter().any(|s| s.organiser == Some(p.id)))
            }
            Setting::Regional2018 => {
                matches!(p.kind, PartyKind::EmploymentArea | PartyKind::HostMunicipality | PartyKind::VitalityCentre)
            }
        };
        if gone {
            out.warning(
                Subject::Party(p.id),
                Problem::BodyNotInSetting { party: p.name.clone(), kind: p.kind, setting },
            );
        }
    }
}

/// The leadership team has one senior person per party and at most about ten people.
fn leadership_team_size(plan: &Plan, out: &mut Findings) {
    let seats = plan.leadership_team(None).count();
    if seats > LEADERSHIP_TEAM_MAX {
        out.warning(Subject::Plan, Problem::LeadershipTeamSize { seats, max: LEADERSHIP_TEAM_MAX });
    }
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
        // A company, in-house or not, cannot exercise public authority.
        if decides && (!p.kind.is_authority() || p.role == AllianceRole::Producer || p.in_house) {
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

/// Rule 3 (the 2018 setting only; today's law has no market-failure rule): a municipality or
/// its in-house entity produces for the organiser (the region) only where a market failure has
/// been established. A service that names no organiser is judged by its accountable party: a
/// region there still needs the market failure; a municipality with its own in-house company is
/// in-house production for its owner, not a sale to the organiser.
fn market_failure(plan: &Plan, s: &Service, out: &mut Findings) {
    if s.market_failure {
        return;
    }
    let organiser = s.organiser.or_else(|| s.accountable().next());
    if organiser.and_then(|o| plan.party(o)).is_none_or(|o| o.kind != PartyKind::Region) {
        return;
    }
    for c in s.cells.iter().filter(|c| c.role == ServiceRole::Producer && Some(c.party) != organiser) {
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
