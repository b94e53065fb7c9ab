//! Comparing a plan with a baseline frozen at a gate: phase and deliverable dates that moved,
//! parties and services added or removed, the target cost and budget totals, and risks opened
//! or closed since. Baselines are frozen by `Edit::RecordDecision` with a Go.

use crate::commercial;
use crate::model::{Baseline, BaselineId, DeliverableId, Money, PhaseKind, Plan};
use chrono::NaiveDate;

/// A dated row of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dated {
    Phase(PhaseKind),
    Deliverable(DeliverableId),
}

/// A phase or deliverable whose dates differ from the baseline; a deliverable added or removed
/// since has no dates on one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateChange {
    pub subject: Dated,
    /// The deliverable's title (empty for phases: their names come from the kind).
    pub title: String,
    pub before: (Option<NaiveDate>, Option<NaiveDate>),
    pub after: (Option<NaiveDate>, Option<NaiveDate>),
}

impl DateChange {
    /// How many days the end (or due date) slipped: positive is later.
    pub fn slip_days(&self) -> Option<i64> {
        Some((self.after.1? - self.before.1?).num_days())
    }
}

/// Two values of a total: in the baseline and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delta {
    pub before: Money,
    pub after: Money,
}

impl Delta {
    /// After minus before; `None` if it overflows.
    pub fn change(&self) -> Option<Money> {
        self.after.checked_sub(self.before)
    }
}

/// What changed between a baseline and the plan now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub dates: Vec<DateChange>,
    pub parties_added: Vec<String>,
    pub parties_removed: Vec<String>,
    pub services_added: Vec<String>,
    pub services_removed: Vec<String>,
    /// `None` when either target cost cannot be computed (an overflow).
    pub target_cost: Option<Delta>,
    /// The sum of the cost lines.
    pub budget_total: Option<Delta>,
    /// Risks open now that were closed or absent in the baseline.
    pub risks_opened: Vec<String>,
    /// Risks open in the baseline that are now closed or removed.
    pub risks_closed: Vec<String>,
}

impl Comparison {
    /// Whether nothing but equal totals was found.
    pub fn is_empty(&self) -> bool {
        let same = |d: Option<Delta>| d.is_none_or(|d| d.before == d.after);
        self.dates.is_empty()
            && self.parties_added.is_empty()
            && self.parties_removed.is_empty()
            && self.services_added.is_empty()
            && self.services_removed.is_empty()
            && same(self.target_cost)
            && same(self.budget_total)
            && self.risks_opened.is_empty()
            && self.risks_closed.is_empty()
    }
}

/// The baseline of the last passed gate: the newest one frozen.
pub fn last_passed(plan: &Plan) -> Option<&Baseline> {
    plan.baselines.iter().max_by_key(|b| (b.taken_on, b.id.0))
}

/// A baseline by id.
pub fn find(plan: &Plan, id: BaselineId) -> Option<&Baseline> {
    plan.baselines.iter().find(|b| b.id == id)
}

/// Everything that changed from `before` (a baseline's plan) to `after` (the plan now).
pub fn compare(before: &Plan, after: &Plan) -> Comparison {
    let mut out = Comparison::default();

    for ph in &after.phases {
        let old = before.phase(ph.kind);
        let was = old.map_or((None, None), |o| (o.start, o.end));
        if was != (ph.start, ph.end) {
            out.dates.push(DateChange {
                subject: Dated::Phase(ph.kind),
                title: String::new(),
                before: was,
                after: (ph.start, ph.end),
            });
        }
    }
    let deliverables = |p: &Plan| p.phases.iter().flat_map(|ph| ph.deliverables.clone()).collect::<Vec<_>>();
    let (old_d, new_d) = (deliverables(before), deliverables(after));
    for d in &new_d {
        let was = old_d.iter().find(|o| o.id == d.id).map_or((None, None), |o| (o.start, o.due));
        if was != (d.start, d.due) {
            out.dates.push(DateChange {
                subject: Dated::Deliverable(d.id),
                title: d.title.clone(),
                before: was,
                after: (d.start, d.due),
            });
        }
    }
    for o in old_d.iter().filter(|o| !new_d.iter().any(|d| d.id == o.id)) {
        if o.start.is_some() || o.due.is_some() {
            out.dates.push(DateChange {
                subject: Dated::Deliverable(o.id),
                title: o.title.clone(),
                before: (o.start, o.due),
                after: (None, None),
            });
        }
    }

    out.parties_added = after.parties.iter().filter(|p| before.party(p.id).is_none()).map(|p| p.name.clone()).collect();
    out.parties_removed =
        before.parties.iter().filter(|p| after.party(p.id).is_none()).map(|p| p.name.clone()).collect();
    out.services_added =
        after.services.iter().filter(|s| before.service(s.id).is_none()).map(|s| s.name.clone()).collect();
    out.services_removed =
        before.services.iter().filter(|s| after.service(s.id).is_none()).map(|s| s.name.clone()).collect();

    let target = |p: &Plan| commercial::target_cost(p).ok().map(|t| t.target_cost);
    out.target_cost = target(before).zip(target(after)).map(|(before, after)| Delta { before, after });
    out.budget_total = before.budget.total().zip(after.budget.total()).map(|(before, after)| Delta { before, after });

    let open_in = |p: &Plan, id| p.risk(id).is_some_and(|r| r.status.is_open());
    out.risks_opened = after
        .risks
        .risks
        .iter()
        .filter(|r| r.status.is_open() && !open_in(before, r.id))
        .map(|r| r.title.clone())
        .collect();
    out.risks_closed = before
        .risks
        .risks
        .iter()
        .filter(|r| r.status.is_open() && !open_in(after, r.id))
        .map(|r| r.title.clone())
        .collect();
    out
}
