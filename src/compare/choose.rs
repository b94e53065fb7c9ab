//! Merging item by item, as the window offers it: what the other version (theirs) brings is
//! listed as its changes from the base, each accepted or rejected, and the conflicts, each
//! decided for ours or theirs. A rejected change is taken back in theirs before the merge, so
//! ours keeps its value there. Also where in the program a change is seen: its view (`Area`)
//! and the row it concerns (`subject`).

use super::merge::{self, Conflict, Invalid, Merged, Side};
use super::{Change, Step, diff, key_value, tree};
use crate::model::{CostLineId, DecisionId, DeliverableId, MetricId, PartyId, PhaseKind, Plan, RiskId, ServiceId};
use crate::rules::Subject;
use serde_json::Value;

/// What the other version brings to ours: its changes from the base that ours does not have
/// already and that do not conflict, and the conflicts.
#[derive(Debug, Clone)]
pub struct Review {
    pub changes: Vec<Change>,
    pub conflicts: Vec<Conflict>,
}

/// Whether two paths lead to the same place (rows by their keys; names do not count).
fn same(a: &Step, b: &Step) -> bool {
    match (a, b) {
        (Step::Field(x), Step::Field(y)) => x == y,
        (Step::Row { key: k1, value: v1, .. }, Step::Row { key: k2, value: v2, .. }) => k1 == k2 && v1 == v2,
        (Step::Index(x), Step::Index(y)) => x == y,
        _ => false,
    }
}

/// Whether one path lies within the other (or they are the same).
pub fn overlaps(a: &[Step], b: &[Step]) -> bool {
    a.iter().zip(b).all(|(x, y)| same(x, y))
}

fn same_path(a: &[Step], b: &[Step]) -> bool {
    a.len() == b.len() && overlaps(a, b)
}

/// The value at a path of a plan's tree (`None`: no such field or row).
fn at<'a>(v: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Field(f) => v.get(f),
        Step::Row { key, value, .. } => {
            v.as_array()?.iter().find(|r| key_value(r, key).as_deref() == Some(value.as_str()))
        }
        Step::Index(i) => v.get(i),
    })
}

/// Sets the value at a path (`None`: removes the field or row); a missing parent is left alone.
fn set(v: &mut Value, path: &[Step], to: Option<&Value>) {
    let Some((last, parent)) = path.split_last() else {
        if let Some(to) = to {
            *v = to.clone();
        }
        return;
    };
    let mut v = v;
    for step in parent {
        let next = match step {
            Step::Field(f) => v.get_mut(f),
            Step::Row { key, value, .. } => v
                .as_array_mut()
                .and_then(|a| a.iter_mut().find(|r| key_value(r, key).as_deref() == Some(value.as_str()))),
            Step::Index(i) => v.get_mut(*i),
        };
        let Some(next) = next else { return };
        v = next;
    }
    match last {
        Step::Field(f) => {
            if let Some(o) = v.as_object_mut() {
                match to {
                    Some(to) => o.insert(f.clone(), to.clone()),
                    None => o.remove(f),
                };
            }
        }
        Step::Row { key, value, .. } => {
            if let Some(a) = v.as_array_mut() {
                let i = a.iter().position(|r| key_value(r, key).as_deref() == Some(value.as_str()));
                match (i, to) {
                    (Some(i), Some(to)) => a[i] = to.clone(),
                    (Some(i), None) => {
                        a.remove(i);
                    }
                    (None, Some(to)) => a.push(to.clone()),
                    (None, None) => {}
                }
            }
        }
        Step::Index(i) => {
            if let (Some(slot), Some(to)) = (v.get_mut(*i), to) {
                *slot = to.clone();
            }
        }
    }
}

/// What `theirs` brings to `ours` from their common `base`.
pub fn review(base: &Plan, ours: &Plan, theirs: &Plan) -> Result<Review, Invalid> {
    let conflicts = merge::merge(base, ours, theirs, None)?.conflicts;
    let o = tree(ours);
    let changes = diff(base, theirs)
        .into_iter()
        .filter(|c| !matches!(c.path.as_slice(), [Step::Field(f)] if f == "next_id"))
        .filter(|c| !conflicts.iter().any(|k| overlaps(&k.path, &c.path)))
        // Ours has it already (both made the same change).
        .filter(|c| at(&o, &c.path) != c.new.as_ref())
        .collect();
    Ok(Review { changes, conflicts })
}

/// `theirs` with the changes given taken back to the base's values.
pub fn without(theirs: &Plan, rejected: &[&Change]) -> Result<Plan, Invalid> {
    if rejected.is_empty() {
        return Ok(theirs.clone());
    }
    let mut t = tree(theirs);
    for c in rejected {
        set(&mut t, &c.path, c.old.as_ref());
    }
    serde_json::from_value(t).map_err(|e| Invalid(e.to_string()))
}

/// Merges with the choices made in a review: `accepted[i]` for `review.changes[i]` (a rejected
/// one keeps ours' value), `sides[i]` for `review.conflicts[i]` (ours where none is given).
pub fn merge_chosen(
    base: &Plan,
    ours: &Plan,
    theirs: &Plan,
    review: &Review,
    accepted: &[bool],
    sides: &[Side],
) -> Result<Merged, Invalid> {
    let rejected: Vec<&Change> = review
        .changes
        .iter()
        .enumerate()
        .filter(|(i, _)| !accepted.get(*i).copied().unwrap_or(true))
        .map(|(_, c)| c)
        .collect();
    let theirs = without(theirs, &rejected)?;
    let decide = |c: &Conflict| -> Side {
        review
            .conflicts
            .iter()
            .position(|k| same_path(&k.path, &c.path))
            .and_then(|i| sides.get(i).copied())
            .unwrap_or(Side::Ours)
    };
    merge::merge_with(base, ours, &theirs, &decide)
}

/// The views a change is seen in, in the order of the window's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// The plan's details (`meta`).
    Overview,
    /// Parties, services and the matrix's cells.
    Parties,
    /// Phases, deliverables and gate decisions.
    Timeline,
    /// Cost lines, categories, the commercial settings and the metrics.
    Budget,
    Risks,
    FollowUp,
    /// Baselines and anything else.
    Other,
}

impl Area {
    pub const ALL: [Area; 7] =
        [Area::Overview, Area::Parties, Area::Timeline, Area::Budget, Area::Risks, Area::FollowUp, Area::Other];
}

/// The view a change at `path` is seen in.
pub fn area(path: &[Step]) -> Area {
    match path.first() {
        Some(Step::Field(f)) => match f.as_str() {
            "meta" => Area::Overview,
            "parties" | "services" => Area::Parties,
            "phases" => Area::Timeline,
            "budget" => Area::Budget,
            "risks" => Area::Risks,
            "followup" => Area::FollowUp,
            _ => Area::Other,
        },
        _ => Area::Other,
    }
}

/// The row a change at `path` concerns, as the findings name rows (the innermost one known).
pub fn subject(path: &[Step]) -> Option<Subject> {
    if !matches!(path.first(), Some(Step::Field(f)) if f != "baselines" && f != "followup") {
        return None;
    }
    let mut list: Option<&str> = None;
    let mut found = None;
    for step in path {
        match step {
            Step::Field(f) => list = Some(f.as_str()),
            Step::Row { value, .. } => {
                let id = value.parse::<u32>().ok();
                found = match (list, found) {
                    (Some("parties"), _) => id.map(|i| Subject::Party(PartyId(i))),
                    (Some("services"), _) => id.map(|i| Subject::Service(ServiceId(i))),
                    (Some("cells"), Some(Subject::Service(s))) => id.map(|p| Subject::Cell(s, PartyId(p))),
                    (Some("phases"), _) => {
                        serde_json::from_value::<PhaseKind>(Value::String(value.clone())).ok().map(Subject::Phase)
                    }
                    (Some("deliverables"), _) => id.map(|i| Subject::Deliverable(DeliverableId(i))),
                    (Some("decisions"), _) => id.map(|i| Subject::Decision(DecisionId(i))),
                    (Some("cost_lines"), _) => id.map(|i| Subject::CostLine(CostLineId(i))),
                    (Some("metrics"), _) => id.map(|i| Subject::Metric(MetricId(i))),
                    (Some("risks"), _) => id.map(|i| Subject::Risk(RiskId(i))),
                    (_, f) => f,
                }
                .or(found);
            }
            Step::Index(_) => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        (crate::template::find("tyollisyysalue").expect("template").build)()
    }

    /// Disjoint changes are listed, one per field; a rejected one keeps ours' value while the
    /// accepted one comes in; a conflict is decided per item.
    #[test]
    fn changes_are_accepted_or_rejected_and_conflicts_decided_one_by_one() {
        let base = plan();
        let mut ours = base.clone();
        ours.parties[0].contact.email = "meidan@example.fi".into();
        ours.meta.target_group = "meidän".into();
        let mut theirs = base.clone();
        theirs.parties[1].contact.email = "heidan@example.fi".into();
        theirs.risks.risks[0].probability = if base.risks.risks[0].probability == 5 { 1 } else { 5 };
        theirs.meta.target_group = "heidän".into();
        let r = review(&base, &ours, &theirs).expect("review");
        assert_eq!(r.changes.len(), 2, "{:?}", r.changes);
        assert_eq!(r.conflicts.len(), 1);
        assert_eq!(area(&r.conflicts[0].path), Area::Overview);
        let email = r.changes.iter().position(|c| area(&c.path) == Area::Parties).expect("party change");
        assert_eq!(subject(&r.changes[email].path), Some(Subject::Party(base.parties[1].id)));
        let risk = 1 - email;
        assert_eq!(subject(&r.changes[risk].path), Some(Subject::Risk(base.risks.risks[0].id)));

        let mut accepted = vec![true, true];
        accepted[risk] = false;
        let m = merge_chosen(&base, &ours, &theirs, &r, &accepted, &[Side::Theirs]).expect("merge");
        assert_eq!(m.plan.parties[0].contact.email, "meidan@example.fi");
        assert_eq!(m.plan.parties[1].contact.email, "heidan@example.fi");
        assert_eq!(m.plan.risks.risks[0].probability, base.risks.risks[0].probability, "rejected");
        assert_eq!(m.plan.meta.target_group, "heidän");
        let m = merge_chosen(&base, &ours, &theirs, &r, &[true, true], &[Side::Ours]).expect("merge");
        assert_eq!(m.plan.meta.target_group, "meidän");
        assert_eq!(m.plan.risks.risks[0].probability, theirs.risks.risks[0].probability);
    }

    /// A row theirs added and the user rejected stays out; one theirs removed and the user
    /// rejected stays in; a change ours made the same way is not listed.
    #[test]
    fn rows_added_or_removed_are_taken_back_when_rejected() {
        let base = plan();
        let mut ours = base.clone();
        let mut theirs = base.clone();
        let gone = theirs.risks.risks.remove(0);
        let mut line = base.budget.cost_lines[0].clone();
        line.id = CostLineId(theirs.next_id);
        theirs.next_id += 1;
        theirs.budget.cost_lines.push(line);
        theirs.meta.target_group = "sama".into();
        ours.meta.target_group = "sama".into();
        let r = review(&base, &ours, &theirs).expect("review");
        assert_eq!(r.changes.len(), 2, "{:?}", r.changes);
        assert!(r.conflicts.is_empty());
        let m = merge_chosen(&base, &ours, &theirs, &r, &[false, false], &[]).expect("merge");
        assert!(m.plan.risks.risks.iter().any(|x| x.id == gone.id));
        assert_eq!(m.plan.budget.cost_lines.len(), base.budget.cost_lines.len());
        let m = merge_chosen(&base, &ours, &theirs, &r, &[true, true], &[]).expect("merge");
        assert!(!m.plan.risks.risks.iter().any(|x| x.id == gone.id));
        assert_eq!(m.plan.budget.cost_lines.len(), base.budget.cost_lines.len() + 1);
    }

    #[test]
    fn areas_and_subjects_follow_the_path() {
        let row = |key, value: &str| Step::Row { key, value: value.into(), label: String::new() };
        let f = |s: &str| Step::Field(s.into());
        let cell = [f("services"), row("id", "7"), f("cells"), row("party", "3"), f("weight")];
        assert_eq!(area(&cell), Area::Parties);
        assert_eq!(subject(&cell), Some(Subject::Cell(ServiceId(7), PartyId(3))));
        let d = [f("phases"), row("kind", "Development"), f("deliverables"), row("id", "9")];
        assert_eq!(area(&d), Area::Timeline);
        assert_eq!(subject(&d), Some(Subject::Deliverable(DeliverableId(9))));
        assert_eq!(area(&[f("budget"), f("kra_pool")]), Area::Budget);
        assert_eq!(area(&[f("followup"), f("measurements")]), Area::FollowUp);
        assert_eq!(area(&[f("baselines")]), Area::Other);
        assert_eq!(subject(&[f("meta"), f("name")]), None);
    }
}
