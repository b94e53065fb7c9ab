//! Undo and redo for one document.
//!
//! The model: every applied edit pushes a snapshot of the whole plan *before* the edit onto
//! the undo stack. Consecutive edits with the same `MergeKey` within `MERGE_WINDOW_MS`
//! (a burst of typing in one field) merge into one step by keeping the older snapshot. Undo
//! swaps the current plan with the top snapshot and moves the current one to the redo stack;
//! any new edit clears redo. Loading a file starts a fresh history: it is never an undo step.
//! Each state carries a number so the document can tell whether it equals the saved one.
//!
//! The plan's large collections (cost lines, risks, services, parties, baselines) are
//! `model::Shared`: snapshots hold them as one with the plan and each other until an edit
//! changes one, so a step costs about what the edit changed: typing amounts into a plan of
//! 20 000 cost lines and 10 000 risks keeps one copy of the risks, not one per step.

use crate::model::{MergeKey, Plan};

/// Edits with the same merge key closer together than this merge into one undo step.
pub const MERGE_WINDOW_MS: u64 = 1_500;
/// The deepest undo history kept; older steps are forgotten.
pub const DEFAULT_LIMIT: usize = 500;

#[derive(Debug, Clone)]
struct Step {
    plan: Plan,
    state: u64,
    key: Option<MergeKey>,
    at_ms: u64,
}

/// Undo and redo stacks of whole-plan snapshots.
#[derive(Debug, Clone)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::with_limit(DEFAULT_LIMIT)
    }
}

impl History {
    pub fn with_limit(limit: usize) -> History {
        History { undo: Vec::new(), redo: Vec::new(), limit: limit.max(1) }
    }

    /// Records the plan as it was before an edit. Returns `true` when the edit merged into the
    /// previous step.
    pub fn record(&mut self, before: Plan, before_state: u64, key: Option<MergeKey>, at_ms: u64) -> bool {
        self.redo.clear();
        if let (Some(k), Some(top)) = (key, self.undo.last_mut())
            && top.key == Some(k)
            && at_ms >= top.at_ms
            && at_ms - top.at_ms <= MERGE_WINDOW_MS
        {
            top.at_ms = at_ms;
            return true;
        }
        self.undo.push(Step { plan: before, state: before_state, key, at_ms });
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        false
    }

    /// Steps back: `current` becomes the previous plan. Returns the restored state number.
    pub fn undo(&mut self, current: &mut Plan, current_state: u64) -> Option<u64> {
        let step = self.undo.pop()?;
        let plan = std::mem::replace(current, step.plan);
        self.redo.push(Step { plan, state: current_state, key: None, at_ms: 0 });
        // The plan undo returned to must stay reachable: the next edit starts a new step.
        self.seal();
        Some(step.state)
    }

    /// Ends the current burst: the next edit never merges into the step before it (after a
    /// save, so that the saved plan stays one undo away).
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.key = None;
        }
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: &mut Plan, current_state: u64) -> Option<u64> {
        let step = self.redo.pop()?;
        let plan = std::mem::replace(current, step.plan);
        self.undo.push(Step { plan, state: current_state, key: None, at_ms: 0 });
        Some(step.state)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How many undo steps there are.
    pub fn depth(&self) -> usize {
        self.undo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_share_what_the_edits_left_alone_and_undo_gives_back_every_plan() {
        let mut plan = (crate::template::all()[0].build)();
        let mut history = History::default();
        let mut seen = vec![plan.clone()];
        // Three renames, then a change of one cost line: only the meta, then the lines change.
        for n in 0..4 {
            let before = plan.clone();
            if n < 3 {
                plan.meta.name = format!("Nimi {n}");
            } else {
                plan.budget.cost_lines[0].amount.0 += 1;
            }
            history.record(before, n, None, 0);
            seen.push(plan.clone());
        }
        let steps = &history.undo;
        use crate::model::Shared;
        assert!(Shared::same(&steps[0].plan.risks.risks, &steps[3].plan.risks.risks), "risks kept once");
        assert!(
            Shared::same(&steps[0].plan.budget.cost_lines, &steps[3].plan.budget.cost_lines),
            "lines unchanged until step 4"
        );
        assert!(
            !Shared::same(&steps[3].plan.budget.cost_lines, &plan.budget.cost_lines),
            "the last edit copied the lines"
        );
        assert!(Shared::same(&steps[0].plan.baselines, &steps[2].plan.baselines));
        // Undo walks back through every plan exactly; redo walks forward again.
        let mut current = plan.clone();
        for n in (0..4).rev() {
            assert_eq!(history.undo(&mut current, n + 1), Some(n));
            assert_eq!(current, seen[n as usize]);
        }
        for n in 1..5 {
            assert!(history.redo(&mut current, n - 1).is_some());
            assert_eq!(current, seen[n as usize]);
        }
        assert!(
            Shared::same(&history.undo[0].plan.risks.risks, &history.undo[3].plan.risks.risks),
            "still shared after redo"
        );
    }
}
