//! Every change to a plan is an `Edit` value applied by `Plan::apply`: the GUI, the CLI and the
//! tests change plans only through it, which gives undo and autosave one place to hook in.

use super::budget::{CategoryId, CostCategory, CostLine, FeeRule, ReserveRule, Sharing};
use super::followup::{FollowUp, Period, Periodicity};
use super::id::{BaselineId, CostLineId, DecisionId, DeliverableId, MetricId, PartyId, RiskId, ServiceId};
use super::metric::{Actual, Metric};
use super::money::{Bp, Decimal, Money};
use super::party::Party;
use super::phase::{ChecklistAnswer, Deliverable, GateDecision, GateOutcome, PhaseKind};
use super::risk::{Risk, RiskScales};
use super::service::{Cell, Service, ServiceRole};
use super::{Baseline, Meta, Plan};
use chrono::NaiveDate;

/// One change to a plan. Rows are addressed by id; new rows carry the id they will have (build
/// them with the constructors of `model::new_rows`, which take it from `Plan::next_id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    SetMeta(Box<Meta>),
    AddParty(Box<Party>),
    UpdateParty(Box<Party>),
    /// Removes the party and its cells and gate positions and cost lines; other references
    /// to it (owners of risks and deliverables, service organiser) are cleared.
    RemoveParty(PartyId),
    MoveParty {
        id: PartyId,
        to: usize,
    },
    /// Marks a party as exited from a date (`None` takes the exit back).
    ExitParty {
        id: PartyId,
        on: Option<NaiveDate>,
    },
    AddService(Box<Service>),
    /// Replaces a service's fields; its cells are kept as they are (use `SetCell`).
    UpdateService(Box<Service>),
    RemoveService(ServiceId),
    MoveService {
        id: ServiceId,
        to: usize,
    },
    /// Sets or (with `None`) clears one cell of the role matrix.
    SetCell {
        service: ServiceId,
        party: PartyId,
        cell: Option<CellValue>,
    },
    SetPhaseDates {
        phase: PhaseKind,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
    },
    SetPhaseNotes {
        phase: PhaseKind,
        notes: String,
    },
    /// Sets or clears the party leading a phase.
    SetPhaseOwner {
        phase: PhaseKind,
        owner: Option<PartyId>,
    },
    AddDeliverable {
        phase: PhaseKind,
        deliverable: Box<Deliverable>,
    },
    UpdateDeliverable(Box<Deliverable>),
    RemoveDeliverable(DeliverableId),
    MoveDeliverable {
        id: DeliverableId,
        to: usize,
    },
    SetChecklistAnswer {
        phase: PhaseKind,
        answer: ChecklistAnswer,
    },
    /// Records a gate decision; a Go freezes a baseline of the plan with the given id. A Go
    /// without every decider present and approving is refused (`model::gate`; build it with
    /// `Plan::record_gate`).
    RecordDecision {
        phase: PhaseKind,
        decision: Box<GateDecision>,
        baseline: BaselineId,
    },
    /// Removes a decision and the baseline it froze.
    RemoveDecision(DecisionId),
    AddCostLine(Box<CostLine>),
    UpdateCostLine(Box<CostLine>),
    RemoveCostLine(CostLineId),
    /// Replaces the whole reimbursable-cost list (restoring the defaults); rows without an id
    /// get one.
    SetCostCategories(Vec<CostCategory>),
    /// Adds a row at the end of the cost list; its id must be unused and not 0.
    AddCostCategory(Box<CostCategory>),
    /// Replaces the row of the cost list with the same id.
    UpdateCostCategory(Box<CostCategory>),
    RemoveCostCategory(CategoryId),
    SetReserveRule(ReserveRule),
    SetFeeRule(FeeRule),
    SetFeeInsideTarget(bool),
    SetSharing(Sharing),
    SetKraPool(Money),
    SetScenarios(Vec<Bp>),
    AddMetric(Box<Metric>),
    UpdateMetric(Box<Metric>),
    RemoveMetric(MetricId),
    MoveMetric {
        id: MetricId,
        to: usize,
    },
    AddRisk(Box<Risk>),
    UpdateRisk(Box<Risk>),
    /// Like `UpdateRisk`, but always its own undo step: a status change or an adopted rating.
    RecordRisk(Box<Risk>),
    RemoveRisk(RiskId),
    SetRiskScales(Box<RiskScales>),
    /// Sets (or with `None` removes) one measurement of a metric for an area (`None`: the
    /// whole alliance) and period.
    SetMeasurement {
        metric: MetricId,
        area: Option<PartyId>,
        period: Period,
        actual: Option<Actual>,
    },
    /// Sets (or with `None` removes) one party's actual cost of a category in a period.
    SetCostActual {
        party: PartyId,
        category: String,
        period: Period,
        amount: Option<Money>,
    },
    SetRestEstimate(Option<Money>),
    SetPeriodicity(Periodicity),
    /// Replaces the follow-up lists as a whole (a spreadsheet import).
    SetFollowUp(Box<FollowUp>),
    /// Several edits as one step (e.g. moving a phase with the phases after it): all of them
    /// apply, or none.
    Batch(Vec<Edit>),
}

/// The content of a matrix cell, without its party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellValue {
    pub role: ServiceRole,
    pub euros_per_year: Money,
    pub person_years: Decimal,
}

/// What an edit changes, for merging bursts of typing into one undo step: consecutive edits
/// with the same key merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MergeKey {
    Meta,
    Party(PartyId),
    Service(ServiceId),
    Cell(ServiceId, PartyId),
    PhaseDates(PhaseKind),
    PhaseNotes(PhaseKind),
    Deliverable(DeliverableId),
    Checklist(PhaseKind, super::phase::ChecklistItem),
    CostLine(CostLineId),
    Metric(MetricId),
    Risk(RiskId),
    Commercial,
    CostCategories,
    CostCategory(CategoryId),
    Scales,
    Measurement(MetricId, Option<PartyId>, Period),
    CostActual(PartyId, Period),
    FollowUp,
}

/// Why an edit could not be applied; the plan is then unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{0} does not exist in the plan")]
    NotFound(String),
    #[error("id {0} is already in use")]
    DuplicateId(u32),
    #[error("the plan has no phase {0:?}")]
    NoPhase(PhaseKind),
    /// A Go at a gate without every owner present on the day and approving; `blocking` lists
    /// the owners missing, rejecting or abstaining.
    #[error(
        "a Go at the gate of the {phase:?} phase needs every decider present and approving; not: {}",
        list(blocking)
    )]
    GoNotUnanimous { phase: PhaseKind, blocking: Vec<PartyId> },
}

fn list(ids: &[PartyId]) -> String {
    ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

impl Edit {
    /// The key for merging with the previous edit, `None` for edits that never merge.
    pub fn merge_key(&self) -> Option<MergeKey> {
        Some(match self {
            Edit::SetMeta(_) => MergeKey::Meta,
            Edit::UpdateParty(p) => MergeKey::Party(p.id),
            Edit::UpdateService(s) => MergeKey::Service(s.id),
            Edit::SetCell { service, party, .. } => MergeKey::Cell(*service, *party),
            Edit::SetPhaseDates { phase, .. } => MergeKey::PhaseDates(*phase),
            Edit::SetPhaseNotes { phase, .. } => MergeKey::PhaseNotes(*phase),
            Edit::UpdateDeliverable(d) => MergeKey::Deliverable(d.id),
            Edit::SetChecklistAnswer { phase, answer } => MergeKey::Checklist(*phase, answer.item),
            Edit::UpdateCostLine(c) => MergeKey::CostLine(c.id),
            Edit::UpdateMetric(m) => MergeKey::Metric(m.id),
            Edit::UpdateRisk(r) => MergeKey::Risk(r.id),
            Edit::SetSharing(_)
            | Edit::SetKraPool(_)
            | Edit::SetReserveRule(_)
            | Edit::SetFeeRule(_)
            | Edit::SetScenarios(_) => MergeKey::Commercial,
            Edit::SetCostCategories(_) => MergeKey::CostCategories,
            Edit::UpdateCostCategory(c) => MergeKey::CostCategory(c.id),
            Edit::SetRiskScales(_) => MergeKey::Scales,
            Edit::SetMeasurement { metric, area, period, .. } => MergeKey::Measurement(*metric, *area, *period),
            Edit::SetCostActual { party, period, .. } => MergeKey::CostActual(*party, *period),
            Edit::SetRestEstimate(_) => MergeKey::FollowUp,
            _ => return None,
        })
    }
}

fn not_found(what: impl std::fmt::Display) -> EditError {
    EditError::NotFound(what.to_string())
}

/// Finds the row with the id in a list, or says which one is missing.
fn find_mut<T, I: PartialEq + Copy + std::fmt::Display>(
    rows: &mut [T],
    id: I,
    key: impl Fn(&T) -> I,
) -> Result<&mut T, EditError> {
    rows.iter_mut().find(|r| key(r) == id).ok_or_else(|| not_found(id))
}

fn remove_by<T, I: PartialEq + Copy + std::fmt::Display>(
    rows: &mut Vec<T>,
    id: I,
    key: impl Fn(&T) -> I,
) -> Result<T, EditError> {
    let i = rows.iter().position(|r| key(r) == id).ok_or_else(|| not_found(id))?;
    Ok(rows.remove(i))
}

fn move_to<T, I: PartialEq + Copy + std::fmt::Display>(
    rows: &mut Vec<T>,
    id: I,
    to: usize,
    key: impl Fn(&T) -> I,
) -> Result<(), EditError> {
    let row = remove_by(rows, id, &key)?;
    let to = to.min(rows.len());
    rows.insert(to, row);
    Ok(())
}

impl Plan {
    /// Applies one edit. On error the plan is unchanged.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), EditError> {
        *self = self.applied(edit)?;
        Ok(())
    }

    /// The plan with one edit applied; `self` is left as it was.
    pub fn applied(&self, edit: &Edit) -> Result<Plan, EditError> {
        let mut next = self.clone();
        next.apply_in_place(edit)?;
        Ok(next)
    }

    /// Claims an id carried by an add-edit: it must be unused, and `next_id` moves past it.
    fn claim(&mut self, id: u32) -> Result<(), EditError> {
        if self.all_ids().contains(&id) {
            return Err(EditError::DuplicateId(id));
        }
        self.next_id = self.next_id.max(id.saturating_add(1));
        Ok(())
    }

    fn phase_mut(&mut self, kind: PhaseKind) -> Result<&mut super::Phase, EditError> {
        self.phases.iter_mut().find(|p| p.kind == kind).ok_or(EditError::NoPhase(kind))
    }

    fn apply_in_place(&mut self, edit: &Edit) -> Result<(), EditError> {
        match edit {
            Edit::SetMeta(m) => self.meta = (**m).clone(),
            Edit::AddParty(p) => {
                self.claim(p.id.0)?;
                self.parties.push((**p).clone());
            }
            Edit::UpdateParty(p) => *find_mut(&mut self.parties, p.id, |x| x.id)? = (**p).clone(),
            Edit::RemoveParty(id) => self.remove_party(*id)?,
            Edit::MoveParty { id, to } => move_to(&mut self.parties, *id, *to, |x| x.id)?,
            Edit::ExitParty { id, on } => find_mut(&mut self.parties, *id, |x| x.id)?.exited_on = *on,
            Edit::AddService(s) => {
                self.claim(s.id.0)?;
                self.services.push((**s).clone());
            }
            Edit::UpdateService(s) => {
                let row = find_mut(&mut self.services, s.id, |x| x.id)?;
                let cells = std::mem::take(&mut row.cells);
                *row = (**s).clone();
                row.cells = cells;
            }
            Edit::RemoveService(id) => {
                remove_by(&mut self.services, *id, |x| x.id)?;
            }
            Edit::MoveService { id, to } => move_to(&mut self.services, *id, *to, |x| x.id)?,
            Edit::SetCell { service, party, cell } => {
                if self.party(*party).is_none() {
                    return Err(not_found(party));
                }
                let row = find_mut(&mut self.services, *service, |x| x.id)?;
                let existing = row.cells.iter().position(|c| c.party == *party);
                match (cell, existing) {
                    (None, Some(i)) => {
                        row.cells.remove(i);
                    }
                    (None, None) => {}
                    (Some(v), i) => {
                        let c = Cell {
                            party: *party,
                            role: v.role,
                            euros_per_year: v.euros_per_year,
                            person_years: v.person_years,
                        };
                        match i {
                            Some(i) => row.cells[i] = c,
                            None => row.cells.push(c),
                        }
                    }
                }
            }
            Edit::SetPhaseDates { phase, start, end } => {
                let p = self.phase_mut(*phase)?;
                p.start = *start;
                p.end = *end;
            }
            Edit::SetPhaseNotes { phase, notes } => self.phase_mut(*phase)?.notes = notes.clone(),
            Edit::SetPhaseOwner { phase, owner } => {
                if let Some(o) = owner
                    && self.party(*o).is_none()
                {
                    return Err(not_found(o));
                }
                self.phase_mut(*phase)?.owner = *owner;
            }
            Edit::AddDeliverable { phase, deliverable } => {
                self.claim(deliverable.id.0)?;
                self.phase_mut(*phase)?.deliverables.push((**deliverable).clone());
            }
            Edit::UpdateDeliverable(d) => *self.deliverable_mut(d.id)? = (**d).clone(),
            Edit::RemoveDeliverable(id) => {
                let ph = self.phase_of_deliverable(*id)?;
                remove_by(&mut self.phase_mut(ph)?.deliverables, *id, |x| x.id)?;
            }
            Edit::MoveDeliverable { id, to } => {
                let ph = self.phase_of_deliverable(*id)?;
                move_to(&mut self.phase_mut(ph)?.deliverables, *id, *to, |x| x.id)?;
            }
            Edit::SetChecklistAnswer { phase, answer } => {
                let p = self.phase_mut(*phase)?;
                match p.checklist.iter_mut().find(|a| a.item == answer.item) {
                    Some(a) => *a = answer.clone(),
                    None => {
                        p.checklist.push(answer.clone());
                        let order = phase.checklist();
                        let pos = |a: &ChecklistAnswer| order.iter().position(|i| *i == a.item).unwrap_or(usize::MAX);
                        p.checklist.sort_by_key(pos);
                    }
                }
            }
            Edit::RecordDecision { phase, decision, baseline } => self.record_decision(*phase, decision, *baseline)?,
            Edit::RemoveDecision(id) => {
                let ph = self
                    .phases
                    .iter()
                    .find(|p| p.decisions.iter().any(|d| d.id == *id))
                    .map(|p| p.kind)
                    .ok_or_else(|| not_found(id))?;
                let d = remove_by(&mut self.phase_mut(ph)?.decisions, *id, |x| x.id)?;
                if let Some(b) = d.baseline {
                    self.baselines.retain(|x| x.id != b);
                }
            }
            Edit::AddCostLine(c) => {
                self.claim(c.id.0)?;
                self.budget.cost_lines.push((**c).clone());
            }
            Edit::UpdateCostLine(c) => *find_mut(&mut self.budget.cost_lines, c.id, |x| x.id)? = (**c).clone(),
            Edit::RemoveCostLine(id) => {
                remove_by(&mut self.budget.cost_lines, *id, |x| x.id)?;
            }
            Edit::SetCostCategories(c) => {
                self.budget.cost_categories = c.clone();
                super::budget::assign_category_ids(&mut self.budget.cost_categories);
            }
            Edit::AddCostCategory(c) => {
                let list = &mut self.budget.cost_categories;
                if c.id.0 == 0 || list.iter().any(|x| x.id == c.id) {
                    return Err(EditError::DuplicateId(c.id.0));
                }
                list.push((**c).clone());
            }
            Edit::UpdateCostCategory(c) => *find_mut(&mut self.budget.cost_categories, c.id, |x| x.id)? = (**c).clone(),
            Edit::RemoveCostCategory(id) => {
                remove_by(&mut self.budget.cost_categories, *id, |x| x.id)?;
            }
            Edit::SetReserveRule(r) => self.budget.reserve = *r,
            Edit::SetFeeRule(f) => self.budget.fee = *f,
            Edit::SetFeeInsideTarget(b) => self.budget.fee_inside_target = *b,
            Edit::SetSharing(s) => self.budget.sharing = *s,
            Edit::SetKraPool(m) => self.budget.kra_pool = *m,
            Edit::SetScenarios(s) => self.budget.scenarios = s.clone(),
            Edit::AddMetric(m) => {
                self.claim(m.id.0)?;
                self.budget.metrics.push((**m).clone());
            }
            Edit::UpdateMetric(m) => *find_mut(&mut self.budget.metrics, m.id, |x| x.id)? = (**m).clone(),
            Edit::RemoveMetric(id) => {
                remove_by(&mut self.budget.metrics, *id, |x| x.id)?;
                self.followup.forget_metric(*id);
            }
            Edit::MoveMetric { id, to } => move_to(&mut self.budget.metrics, *id, *to, |x| x.id)?,
            Edit::AddRisk(r) => {
                self.claim(r.id.0)?;
                self.risks.risks.push((**r).clone());
            }
            Edit::UpdateRisk(r) | Edit::RecordRisk(r) => {
                *find_mut(&mut self.risks.risks, r.id, |x| x.id)? = (**r).clone()
            }
            Edit::RemoveRisk(id) => {
                remove_by(&mut self.risks.risks, *id, |x| x.id)?;
            }
            Edit::SetRiskScales(s) => self.risks.scales = (**s).clone(),
            Edit::SetMeasurement { metric, area, period, actual } => {
                if self.metric(*metric).is_none() {
                    return Err(not_found(metric));
                }
                if let Some(a) = area
                    && self.party(*a).is_none()
                {
                    return Err(not_found(a));
                }
                self.followup.set_measurement(*metric, *area, *period, actual.clone());
            }
            Edit::SetCostActual { party, category, period, amount } => {
                if self.party(*party).is_none() {
                    return Err(not_found(party));
                }
                self.followup.set_cost(*party, category, *period, *amount);
            }
            Edit::SetRestEstimate(m) => self.followup.rest_estimate = *m,
            Edit::SetPeriodicity(p) => self.followup.periodicity = *p,
            Edit::SetFollowUp(f) => {
                let mut f = (**f).clone();
                f.normalise().map_err(EditError::NotFound)?;
                self.followup = f;
            }
            Edit::Batch(edits) => {
                for e in edits {
                    self.apply_in_place(e)?;
                }
            }
        }
        Ok(())
    }

    fn remove_party(&mut self, id: PartyId) -> Result<(), EditError> {
        remove_by(&mut self.parties, id, |x| x.id)?;
        self.followup.forget_party(id);
        for s in &mut self.services {
            s.cells.retain(|c| c.party != id);
            if s.organiser == Some(id) {
                s.organiser = None;
            }
        }
        for ph in &mut self.phases {
            if ph.owner == Some(id) {
                ph.owner = None;
            }
            for d in &mut ph.deliverables {
                if d.owner == Some(id) {
                    d.owner = None;
                }
            }
            for dec in &mut ph.decisions {
                dec.positions.retain(|p| p.party != id);
            }
        }
        self.budget.cost_lines.retain(|c| c.party != id);
        for r in &mut self.risks.risks {
            if r.owner == Some(id) {
                r.owner = None;
            }
        }
        Ok(())
    }

    fn phase_of_deliverable(&self, id: DeliverableId) -> Result<PhaseKind, EditError> {
        self.phases
            .iter()
            .find(|p| p.deliverables.iter().any(|d| d.id == id))
            .map(|p| p.kind)
            .ok_or_else(|| not_found(id))
    }

    fn deliverable_mut(&mut self, id: DeliverableId) -> Result<&mut Deliverable, EditError> {
        self.phases.iter_mut().flat_map(|p| p.deliverables.iter_mut()).find(|d| d.id == id).ok_or_else(|| not_found(id))
    }

    fn record_decision(
        &mut self,
        phase: PhaseKind,
        decision: &GateDecision,
        baseline: BaselineId,
    ) -> Result<(), EditError> {
        self.phase_mut(phase)?;
        if let Err(u) = self.gate_allows(phase, decision.outcome, decision.date, &decision.positions) {
            return Err(EditError::GoNotUnanimous { phase, blocking: u.blocking().collect() });
        }
        self.claim(decision.id.0)?;
        let mut decision = decision.clone();
        decision.baseline = None;
        if decision.outcome == GateOutcome::Go {
            // The decision's id is not in the plan yet, so `claim` alone would let the
            // baseline take the same id.
            if baseline.0 == decision.id.0 {
                return Err(EditError::DuplicateId(baseline.0));
            }
            self.claim(baseline.0)?;
            decision.baseline = Some(baseline);
        }
        self.phase_mut(phase)?.decisions.push(decision.clone());
        if decision.outcome == GateOutcome::Go {
            let mut frozen = self.clone();
            frozen.baselines.clear();
            self.baselines.push(Baseline {
                id: baseline,
                phase,
                decision: decision.id,
                taken_on: decision.date,
                plan: Box::new(frozen),
            });
        }
        Ok(())
    }
}
