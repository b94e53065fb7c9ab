//! Moving a row one place up or down its list (parties, deliverables of a phase): the typed
//! direction and the edit it gives, or none at either end.

use super::Plan;
use super::edit::Edit;
use super::id::{DeliverableId, PartyId};

/// One place towards the top (`Up`) or the bottom (`Down`) of a list. (Named apart from
/// `metric::Direction`, which says whether higher values are better.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    Up,
    Down,
}

impl Move {
    /// The index row `i` of a list of `len` rows moves to, or `None` at the end it moves
    /// towards (or when `i` is not in the list).
    pub fn target(self, i: usize, len: usize) -> Option<usize> {
        if i >= len {
            return None;
        }
        match self {
            Move::Up => i.checked_sub(1),
            Move::Down => Some(i + 1).filter(|&j| j < len),
        }
    }
}

impl Plan {
    /// The edit moving a party one place; `None` at either end or for a party not in the plan.
    pub fn move_party(&self, id: PartyId, by: Move) -> Option<Edit> {
        let i = self.parties.iter().position(|p| p.id == id)?;
        by.target(i, self.parties.len()).map(|to| Edit::MoveParty { id, to })
    }

    /// The edit moving a deliverable one place within its phase; `None` at either end or for a
    /// deliverable not in the plan.
    pub fn move_deliverable(&self, id: DeliverableId, by: Move) -> Option<Edit> {
        let list = &self.phases.iter().find(|p| p.deliverables.iter().any(|d| d.id == id))?.deliverables;
        let i = list.iter().position(|d| d.id == id)?;
        by.target(i, list.len()).map(|to| Edit::MoveDeliverable { id, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AllianceRole, Party, PartyKind};

    #[test]
    fn targets_stop_at_the_ends() {
        use Move::*;
        let cases = [
            (Up, 0, 3, None),
            (Up, 1, 3, Some(0)),
            (Up, 2, 3, Some(1)),
            (Down, 0, 3, Some(1)),
            (Down, 1, 3, Some(2)),
            (Down, 2, 3, None),
            (Down, 0, 1, None),
            (Up, 0, 1, None),
            (Up, 3, 3, None),
            (Down, 5, 3, None),
            (Up, 0, 0, None),
        ];
        for (by, i, len, want) in cases {
            assert_eq!(by.target(i, len), want, "{by:?} {i} of {len}");
        }
    }

    #[test]
    fn parties_move_one_place() {
        let mut plan = Plan::new("order");
        for name in ["A", "B", "C"] {
            let id = PartyId(plan.allocate_id());
            plan.parties.push(Party::new(id, name, PartyKind::Municipality, AllianceRole::Owner));
        }
        let names = |p: &Plan| p.parties.iter().map(|x| x.name.clone()).collect::<String>();
        let b = plan.parties[1].id;
        let e = plan.move_party(b, Move::Down).expect("down");
        plan.apply(&e).expect("apply");
        assert_eq!(names(&plan), "ACB");
        assert_eq!(plan.move_party(b, Move::Down), None, "already last");
        let e = plan.move_party(b, Move::Up).expect("up");
        plan.apply(&e).expect("apply");
        assert_eq!(names(&plan), "ABC");
        assert_eq!(plan.move_party(PartyId(99), Move::Up), None);
        assert_eq!(plan.move_deliverable(DeliverableId(99), Move::Up), None);
    }

    #[test]
    fn deliverables_move_within_their_phase() {
        use crate::model::PhaseKind;
        let mut plan = Plan::new("order");
        let mut ids = Vec::new();
        for (kind, title) in [(PhaseKind::Strategy, "s"), (PhaseKind::Formation, "a"), (PhaseKind::Formation, "b")] {
            let row = plan.new_deliverable(kind, title).expect("phase");
            ids.push(row.id);
            plan.apply(&row.edit).expect("add");
        }
        // The only deliverable of its phase goes nowhere, though another phase's list is longer.
        assert_eq!(plan.move_deliverable(ids[0], Move::Down), None);
        assert_eq!(plan.move_deliverable(ids[1], Move::Down), Some(Edit::MoveDeliverable { id: ids[1], to: 1 }));
        assert_eq!(plan.move_deliverable(ids[1], Move::Up), None);
        assert_eq!(plan.move_deliverable(ids[2], Move::Up), Some(Edit::MoveDeliverable { id: ids[2], to: 0 }));
    }
}
