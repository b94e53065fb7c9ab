//! A document: one plan with its file path, undo history, read-only state and whether it has
//! unsaved changes. The GUI owns one; every change goes through `Document::apply`.

use crate::analysis::Analysis;
use crate::history::History;
use crate::model::{Edit, EditError, Plan};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Why a document may not be saved over its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file was written by a newer version of Allianssi (its format version).
    NewerVersion(u32),
    /// Someone else holds the file's lock (who, when the lock file could be read).
    Locked(Option<crate::storage::lock::LockInfo>),
}

/// An open plan.
#[derive(Debug, Clone)]
pub struct Document {
    plan: Plan,
    path: Option<PathBuf>,
    history: History,
    state: u64,
    next_state: u64,
    saved_state: Option<u64>,
    read_only: Option<ReadOnly>,
    /// The derived figures of the current revision, computed on first use after each change.
    analysis: OnceLock<Arc<Analysis>>,
    /// The figures of an earlier revision, shown while those of the current one are computed
    /// in the background (`pending`).
    stale: Option<Arc<Analysis>>,
    pending: bool,
    /// Tells this document from others (a background result for another file is ignored).
    instance: u64,
}

/// Identifies a revision of one document: the document's instance and the revision.
pub type RevisionKey = (u64, u64);

static INSTANCES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Plans larger than this (cost lines + risks + matrix cells) have their figures computed off
/// the UI thread after an edit; smaller ones at once.
const BACKGROUND_FROM: usize = 5_000;

impl Document {
    /// A new, never saved document.
    pub fn new(plan: Plan) -> Document {
        Document {
            plan,
            path: None,
            history: History::default(),
            state: 0,
            next_state: 1,
            saved_state: None,
            read_only: None,
            analysis: OnceLock::new(),
            stale: None,
            pending: false,
            instance: INSTANCES.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// A document loaded from a file: clean, with an empty history (loading is not undoable).
    pub fn opened(plan: Plan, path: PathBuf, read_only: Option<ReadOnly>) -> Document {
        let mut d = Document::new(plan);
        d.path = Some(path);
        d.saved_state = Some(d.state);
        d.read_only = read_only;
        d
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The derived figures of the current plan: computed once per revision (on first use after
    /// a change) and shared by every view.
    ///
    /// While a background computation for a large plan is pending (see `analysis_job`), the
    /// previous revision's figures are returned.
    pub fn analysis(&self) -> &Arc<Analysis> {
        if let Some(a) = self.analysis.get() {
            return a;
        }
        if self.pending
            && let Some(stale) = &self.stale
        {
            return stale;
        }
        self.analysis.get_or_init(|| Arc::new(Analysis::of(&self.plan)))
    }

    /// For a large plan whose figures are not computed yet: the revision and a copy of the plan
    /// to compute them from off the UI thread (until `install_analysis`, `analysis` returns the
    /// previous figures). `None` for a small plan, computed at once when first needed.
    pub fn analysis_job(&mut self) -> Option<(RevisionKey, Plan)> {
        self.defer_analysis().then(|| ((self.instance, self.state), self.plan.clone()))
    }

    /// For a large plan whose figures are not computed yet: shows the previous figures until
    /// `install_analysis` (while a computation for an earlier revision is still running).
    /// Returns whether the figures are deferred.
    pub fn defer_analysis(&mut self) -> bool {
        if self.analysis.get().is_some() || self.stale.is_none() || !is_large(&self.plan) {
            return false;
        }
        self.pending = true;
        true
    }

    /// Installs figures computed elsewhere (e.g. off the UI thread) for a revision; ignored
    /// when the plan has changed since or they are another document's.
    pub fn install_analysis(&mut self, (instance, revision): RevisionKey, analysis: Arc<Analysis>) {
        if instance == self.instance && revision == self.state {
            let _ = self.analysis.set(analysis);
            self.pending = false;
        }
    }

    /// Whether the current revision's figures are computed (not the previous ones shown while
    /// they are).
    pub fn has_analysis(&self) -> bool {
        self.analysis.get().is_some()
    }

    /// A new revision: its figures are to be computed; the last ones stay for the meantime.
    fn revised(&mut self) {
        if let Some(a) = std::mem::take(&mut self.analysis).into_inner() {
            self.stale = Some(a);
        }
        self.pending = false;
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// Whether the plan differs from what was last saved or loaded (always for a new plan).
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state)
    }

    /// Applies an edit at a time in milliseconds (for merging bursts of typing). On error
    /// nothing changes.
    pub fn apply(&mut self, edit: &Edit, at_ms: u64) -> Result<(), EditError> {
        let next = self.plan.applied(edit)?;
        let before = std::mem::replace(&mut self.plan, next);
        self.history.record(before, self.state, edit.merge_key(), at_ms);
        self.state = self.next_state;
        self.next_state += 1;
        self.revised();
        Ok(())
    }

    /// Replaces the plan with one made from it elsewhere (a spreadsheet import merging many
    /// rows) as one undo step. A read-only document is not changed.
    pub fn replace(&mut self, plan: Plan, at_ms: u64) -> bool {
        if self.read_only.is_some() || plan == self.plan {
            return false;
        }
        let before = std::mem::replace(&mut self.plan, plan);
        self.history.record(before, self.state, None, at_ms);
        self.state = self.next_state;
        self.next_state += 1;
        self.revised();
        true
    }

    pub fn undo(&mut self) -> bool {
        match self.history.undo(&mut self.plan, self.state) {
            Some(s) => {
                self.state = s;
                self.revised();
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.history.redo(&mut self.plan, self.state) {
            Some(s) => {
                self.state = s;
                self.revised();
                true
            }
            None => false,
        }
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Records that the current plan was saved to `path` (Save As changes the path and ends
    /// any read-only state, as the new file is ours).
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.mark_saved_revision(path, self.state);
    }

    /// A number that identifies the current plan among this document's states: equal numbers
    /// mean equal plans. A background save records the revision it wrote.
    pub fn revision(&self) -> u64 {
        self.state
    }

    /// The revision among every document's: this document's instance and its revision.
    pub fn revision_key(&self) -> RevisionKey {
        (self.instance, self.state)
    }

    /// Records that the plan as it was at `revision` was saved to `path`: a save that ran in
    /// the background while the user went on editing leaves the document dirty.
    pub fn mark_saved_revision(&mut self, path: PathBuf, revision: u64) {
        if self.path.as_ref() != Some(&path) {
            self.read_only = None;
        }
        self.path = Some(path);
        self.saved_state = Some(revision);
        if revision == self.state {
            self.history.seal();
        }
    }
}

/// Whether a plan is large enough to have its figures computed off the UI thread.
fn is_large(plan: &Plan) -> bool {
    let cells: usize = plan.services.iter().map(|s| s.cells.len()).sum();
    plan.budget.cost_lines.len() + plan.risks.risks.len() + cells >= BACKGROUND_FROM
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CostLine, CostLineId, Money};

    fn renamed(plan: &Plan, name: &str) -> Edit {
        let mut meta = plan.meta.clone();
        meta.name = name.to_string();
        Edit::SetMeta(Box::new(meta))
    }

    fn large() -> Plan {
        let mut plan = (crate::template::all()[0].build)();
        let party = plan.parties[0].id;
        for n in 0..BACKGROUND_FROM as u32 {
            let id = CostLineId(plan.allocate_id());
            let category = "K1".to_string();
            let amount = Money::euros(i64::from(n));
            plan.budget.cost_lines.push(CostLine {
                id,
                party,
                category,
                year: 2027,
                amount,
                description: String::new(),
            });
        }
        plan
    }

    #[test]
    fn a_small_plan_is_analysed_at_once_and_after_each_edit() {
        let mut doc = Document::new((crate::template::all()[0].build)());
        let first = doc.analysis().clone();
        assert_eq!(*first, Analysis::of(doc.plan()));
        doc.apply(&renamed(doc.plan(), "Uusi nimi"), 0).expect("applied");
        assert_eq!(doc.analysis_job(), None, "a small plan is not sent to the background");
        assert!(!Arc::ptr_eq(doc.analysis(), &first), "a new revision has new figures");
        assert_eq!(**doc.analysis(), Analysis::of(doc.plan()));
    }

    #[test]
    fn a_large_plan_shows_the_last_figures_until_the_new_ones_are_installed() {
        let mut doc = Document::new(large());
        let first = doc.analysis().clone();
        let edit = Edit::RemoveCostLine(doc.plan().budget.cost_lines[0].id);
        doc.apply(&edit, 0).expect("applied");
        let (revision, plan) = doc.analysis_job().expect("a job for a large plan");
        assert_eq!(&plan, doc.plan());
        assert!(Arc::ptr_eq(doc.analysis(), &first), "the previous figures meanwhile");
        assert!(!doc.has_analysis());
        doc.install_analysis((revision.0, revision.1 + 1), Arc::new(Analysis::of(&plan)));
        assert!(!doc.has_analysis(), "figures of another revision are ignored");
        doc.install_analysis((revision.0 + 1, revision.1), Arc::new(Analysis::of(&plan)));
        assert!(!doc.has_analysis(), "figures of another document are ignored");
        doc.install_analysis(revision, Arc::new(Analysis::of(&plan)));
        assert!(doc.has_analysis());
        assert_eq!(**doc.analysis(), Analysis::of(doc.plan()));
        assert_eq!(doc.analysis_job(), None, "nothing left to compute");
        // Undo is a new revision too: its figures are computed again.
        assert!(doc.undo());
        assert!(doc.analysis_job().is_some());
    }
}
