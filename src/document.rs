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
}

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
    pub fn analysis(&self) -> &Arc<Analysis> {
        self.analysis.get_or_init(|| Arc::new(Analysis::of(&self.plan)))
    }

    /// Installs figures computed elsewhere (e.g. off the UI thread) for `revision`; ignored
    /// when the plan has changed since.
    pub fn install_analysis(&mut self, revision: u64, analysis: Arc<Analysis>) {
        if revision == self.state {
            let _ = self.analysis.set(analysis);
        }
    }

    /// Whether the current revision's figures are computed.
    pub fn has_analysis(&self) -> bool {
        self.analysis.get().is_some()
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
        self.analysis = OnceLock::new();
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        match self.history.undo(&mut self.plan, self.state) {
            Some(s) => {
                self.state = s;
                self.analysis = OnceLock::new();
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.history.redo(&mut self.plan, self.state) {
            Some(s) => {
                self.state = s;
                self.analysis = OnceLock::new();
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
