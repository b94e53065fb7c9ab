//! Figures of the responsibility matrix (services × parties): each party's lines and column
//! totals (the page a party representative takes home), row totals per service, where each
//! finding belongs in the matrix, and where a party is referenced before it is removed.

use super::Plan;
use super::id::{PartyId, ServiceId};
use super::money::{Decimal, Money};
use super::service::ServiceRole;
use crate::rules::{Finding, Subject};

/// One service a party takes part in, with its role and resources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyLine {
    pub service: ServiceId,
    pub role: ServiceRole,
    pub euros_per_year: Money,
    pub person_years: Decimal,
}

/// A party's part in the matrix: its lines in service order and its totals (a column total).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartySummary {
    pub party: PartyId,
    pub lines: Vec<PartyLine>,
    /// Euros per year over all lines; `None` when the sum overflows.
    pub euros_per_year: Option<Money>,
    /// Person-years over all lines; `None` when the sum overflows.
    pub person_years: Option<Decimal>,
}

/// The services a party takes part in, with role and resources, and its totals.
pub fn party_summary(plan: &Plan, party: PartyId) -> PartySummary {
    let lines: Vec<PartyLine> = plan
        .services
        .iter()
        .filter_map(|s| {
            s.cell(party).map(|c| PartyLine {
                service: s.id,
                role: c.role,
                euros_per_year: c.euros_per_year,
                person_years: c.person_years,
            })
        })
        .collect();
    let euros_per_year = Money::checked_sum(lines.iter().map(|l| l.euros_per_year));
    let person_years = lines.iter().try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.person_years));
    PartySummary { party, lines, euros_per_year, person_years }
}

/// One summary per party, in plan order: the column totals of the matrix.
pub fn party_totals(plan: &Plan) -> Vec<PartySummary> {
    plan.parties.iter().map(|p| party_summary(plan, p.id)).collect()
}

/// The totals of one service row: euros per year and person-years of all its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowTotal {
    pub service: ServiceId,
    /// `None` when the sum overflows.
    pub euros_per_year: Option<Money>,
    /// `None` when the sum overflows.
    pub person_years: Option<Decimal>,
}

/// The row totals, one per service in plan order.
pub fn row_totals(plan: &Plan) -> Vec<RowTotal> {
    plan.services
        .iter()
        .map(|s| RowTotal { service: s.id, euros_per_year: s.euros_per_year(), person_years: s.person_years() })
        .collect()
}

/// The grand total of the matrix: (euros per year, person-years), `None` on overflow.
pub fn grand_total(plan: &Plan) -> (Option<Money>, Option<Decimal>) {
    let rows = row_totals(plan);
    let euros = rows.iter().try_fold(Money::ZERO, |sum, r| sum.checked_add(r.euros_per_year?));
    let years = rows.iter().try_fold(Decimal::ZERO, |sum, r| sum.checked_add(r.person_years?));
    (euros, years)
}

/// Where a finding is shown in the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// On one cell (service row, party column).
    Cell(ServiceId, PartyId),
    /// On the header of a service row.
    Row(ServiceId),
    /// On the header of a party column.
    Column(PartyId),
    /// Above the matrix, for the plan as a whole.
    Matrix,
}

/// The places of the matrix where a finding is shown: the offending cell where there is one.
/// A service with several accountable parties marks each of their cells; one with none marks
/// its organiser's cell when it has one (that is where the fix goes), else its row. A finding
/// about the plan as a whole (e.g. the procurement procedure) marks the producers' columns and
/// the matrix. Findings about other parts of the plan have no place here.
pub fn places(plan: &Plan, finding: &Finding) -> Vec<Place> {
    match finding.subject {
        Subject::Cell(s, p) => vec![Place::Cell(s, p)],
        Subject::Service(s) => {
            let Some(service) = plan.service(s) else { return Vec::new() };
            let accountable: Vec<PartyId> = service.accountable().collect();
            let mut out = vec![Place::Row(s)];
            if finding.code().starts_with("L8") {
                if accountable.len() > 1 {
                    out.extend(accountable.into_iter().map(|p| Place::Cell(s, p)));
                } else if let Some(o) = service.organiser.filter(|o| plan.party(*o).is_some()) {
                    out.push(Place::Cell(s, o));
                }
            }
            out
        }
        Subject::Party(p) => vec![Place::Column(p)],
        Subject::Plan if finding.code().starts_with('L') => {
            let mut out = vec![Place::Matrix];
            out.extend(plan.producers().map(|p| Place::Column(p.id)));
            out
        }
        _ => Vec::new(),
    }
}

/// Where a party is referenced in the plan, counted per kind of place, so removing it can ask
/// first and say what goes with it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Matrix cells (removed with the party).
    pub cells: usize,
    /// Services it organises (the organiser is cleared).
    pub organiser_of: usize,
    /// Cost lines of the target budget (removed with the party).
    pub cost_lines: usize,
    /// Risks it owns (the owner is cleared).
    pub risks: usize,
    /// Deliverables it owns (the owner is cleared).
    pub deliverables: usize,
    /// Positions in recorded gate decisions (removed).
    pub positions: usize,
}

impl Usage {
    /// Whether the party is referenced anywhere.
    pub fn is_used(&self) -> bool {
        *self != Usage::default()
    }
}

/// Where the party is referenced.
pub fn usage(plan: &Plan, party: PartyId) -> Usage {
    Usage {
        cells: plan.services.iter().filter(|s| s.cell(party).is_some()).count(),
        organiser_of: plan.services.iter().filter(|s| s.organiser == Some(party)).count(),
        cost_lines: plan.budget.cost_lines.iter().filter(|c| c.party == party).count(),
        risks: plan.risks.risks.iter().filter(|r| r.owner == Some(party)).count(),
        deliverables: plan.phases.iter().flat_map(|ph| &ph.deliverables).filter(|d| d.owner == Some(party)).count(),
        positions: plan
            .phases
            .iter()
            .flat_map(|ph| &ph.decisions)
            .flat_map(|d| &d.positions)
            .filter(|p| p.party == party)
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AllianceRole, Cell, Party, PartyKind, ProductionMode, Service, ServiceKind};

    #[test]
    fn summary_and_totals() {
        let mut plan = Plan::new("t");
        let a = PartyId(plan.allocate_id());
        let b = PartyId(plan.allocate_id());
        plan.parties.push(Party::new(a, "A", PartyKind::Municipality, AllianceRole::Owner));
        plan.parties.push(Party::new(b, "B", PartyKind::PrivateProducer, AllianceRole::Producer));
        for (i, euros) in [(0, 100), (1, 250)] {
            let id = ServiceId(plan.allocate_id());
            let mut s = Service::new(id, &format!("S{i}"), ServiceKind::Service, ProductionMode::OwnProduction);
            s.cells.push(Cell {
                party: a,
                role: ServiceRole::Accountable,
                euros_per_year: Money::euros(euros),
                person_years: Decimal::from_raw(500_000),
            });
            plan.services.push(s);
        }
        let sa = party_summary(&plan, a);
        assert_eq!(sa.lines.len(), 2);
        assert_eq!(sa.euros_per_year, Some(Money::euros(350)));
        assert_eq!(sa.person_years, Some(Decimal::from_int(1)));
        let sb = party_summary(&plan, b);
        assert!(sb.lines.is_empty());
        assert_eq!(sb.euros_per_year, Some(Money::ZERO));
        assert_eq!(party_totals(&plan).len(), 2);
        assert_eq!(grand_total(&plan), (Some(Money::euros(350)), Some(Decimal::from_int(1))));
        plan.services[0].cells[0].euros_per_year = Money(i64::MAX);
        assert_eq!(party_summary(&plan, a).euros_per_year, None);
        assert_eq!(usage(&plan, a).cells, 2);
        assert!(!usage(&plan, b).is_used());
    }
}
