//! Plan versions in the window: "Compare with…" reads another plan file off the UI thread and
//! lists the changes from the open plan to it by view, each with a button to the view (and the
//! row, where the view shows one); "Merge changes from…" reads the other version, asks which
//! version both started from (the open file's `.bak`, the newest baseline or another file),
//! lists what the other version brings and the conflicts, each accepted or rejected, decided
//! for ours or theirs, names what the merge would break, and applies it as one undo step.
//! The library computes (`compare::choose`); this module holds the dialog's state.

mod view;

use super::{App, Message};
use crate::compare::choose::{self, Area, Review};
use crate::compare::merge::{Merged, Side};
use crate::compare::{Change, diff};
use crate::i18n::Language;
use crate::i18n::ui::compare::{self as txt, Cm};
use crate::model::Plan;
use crate::rules::Subject;
use crate::screen::{PathPurpose, PathRequest, Tab, risks};
use crate::storage;
use crate::widget::BannerKind;
use iced::Task;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The dialog open: a comparison or a merge.
#[derive(Debug, Clone)]
pub enum Panel {
    Compare(Comparison),
    Merge(Merging),
}

/// The open plan compared with a file.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub path: PathBuf,
    /// `None` while the file is read and compared.
    pub outcome: Option<Result<Arc<Vec<Change>>, String>>,
}

/// A merge of another version into the open plan.
#[derive(Debug, Clone)]
pub struct Merging {
    /// The other version's file.
    pub path: PathBuf,
    theirs: Option<Arc<Plan>>,
    pub stage: Stage,
}

/// Where a merge is.
#[derive(Debug, Clone)]
pub enum Stage {
    /// The other version is being read.
    Reading,
    /// Asking for the base: the open file's backup (if there is one) and the newest
    /// baseline's date (if the plan has one) are offered besides another file.
    ChooseBase {
        backup: Option<PathBuf>,
        baseline: Option<String>,
    },
    Failed(String),
    Review(Box<Chosen>),
}

/// A merge under review: what the other version brings and the choices made.
#[derive(Debug, Clone)]
pub struct Chosen {
    /// The base as the user knows it (a file's name, "baseline 1.2.2026").
    pub base_name: String,
    base: Arc<Plan>,
    /// The document's revision the review was computed from.
    revision: u64,
    /// `None` while it is computed.
    pub review: Option<Arc<Review>>,
    /// Per change of `review.changes`: taken (true) or rejected.
    pub accepted: Vec<bool>,
    /// Per conflict of `review.conflicts`: the side that decides it.
    pub sides: Vec<Side>,
    /// Counts the choices made, so an outcome of older choices is not shown.
    generation: u64,
    /// The merge with the choices made (`None` while computed).
    pub outcome: Option<Result<Arc<Merged>, String>>,
}

/// Which base the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseChoice {
    Backup,
    Baseline,
    File,
}

/// An item of the header's versions menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionItem {
    Compare,
    Merge,
}

#[derive(Debug, Clone)]
pub enum CompareMessage {
    Requested(VersionItem),
    ComparePicked(Option<PathBuf>),
    Compared(PathBuf, Result<Arc<Vec<Change>>, String>),
    /// Go to the view (and the row) of a change.
    Jump(Area, Option<Subject>),
    TheirsPicked(Option<PathBuf>),
    TheirsRead(PathBuf, Result<Arc<Plan>, String>),
    BaseChosen(BaseChoice),
    BasePicked(Option<PathBuf>),
    BaseRead(String, Result<Arc<Plan>, String>),
    /// The review and the merge with every change taken, for a generation of choices.
    Reviewed(u64, Result<(Arc<Review>, Arc<Merged>), String>),
    Accepted(usize, bool),
    Decided(usize, Side),
    /// The merge with the choices of a generation.
    Merged(u64, Result<Arc<Merged>, String>),
    Apply,
    Close,
}

/// The view an area's changes are seen in.
pub fn tab_of(area: Area) -> Option<Tab> {
    match area {
        Area::Overview => Some(Tab::Overview),
        Area::Parties => Some(Tab::Parties),
        Area::Timeline => Some(Tab::Timeline),
        Area::Budget => Some(Tab::Budget),
        Area::Risks => Some(Tab::Risks),
        Area::FollowUp => Some(Tab::FollowUp),
        Area::Other => None,
    }
}

/// A file's name for messages.
fn name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Reads a plan file (off the UI thread), with the error in the language.
fn read(path: PathBuf, lang: Language) -> Task<Result<Arc<Plan>, String>> {
    Task::perform(async move { storage::load(&path).map(|l| Arc::new(l.plan)).map_err(|e| e.message(lang)) }, |r| r)
}

impl App {
    /// The comparison or merge dialog, if open.
    pub fn compare_panel(&self) -> Option<&Panel> {
        self.compare.as_ref()
    }

    pub(super) fn update_compare(&mut self, message: CompareMessage) -> Task<Message> {
        let lang = self.language();
        let msg = Message::Compare;
        match message {
            CompareMessage::Requested(item) => {
                let Some(doc) = &self.document else { return Task::none() };
                if item == VersionItem::Merge && doc.read_only().is_some() {
                    self.notice = Some((BannerKind::Warning, Cm::ReadOnly.get(lang).to_string()));
                    return Task::none();
                }
                self.ask_path(PathRequest {
                    purpose: PathPurpose::OtherVersion,
                    suggested: String::new(),
                    then: Box::new(move |p| {
                        msg(match item {
                            VersionItem::Compare => CompareMessage::ComparePicked(p),
                            VersionItem::Merge => CompareMessage::TheirsPicked(p),
                        })
                    }),
                })
            }
            CompareMessage::ComparePicked(None)
            | CompareMessage::TheirsPicked(None)
            | CompareMessage::BasePicked(None) => Task::none(),
            CompareMessage::ComparePicked(Some(path)) => {
                let Some(doc) = &self.document else { return Task::none() };
                let ours = doc.plan().clone();
                self.compare = Some(Panel::Compare(Comparison { path: path.clone(), outcome: None }));
                let target = path.clone();
                Task::perform(
                    async move {
                        let theirs = storage::load(&target).map_err(|e| e.message(lang))?.plan;
                        Ok(Arc::new(diff(&ours, &theirs)))
                    },
                    move |r| msg(CompareMessage::Compared(path.clone(), r)),
                )
            }
            CompareMessage::Compared(path, outcome) => {
                if let Some(Panel::Compare(c)) = &mut self.compare
                    && c.path == path
                {
                    c.outcome = Some(outcome);
                }
                Task::none()
            }
            CompareMessage::Jump(area, subject) => self.jump(area, subject),
            CompareMessage::TheirsPicked(Some(path)) => {
                self.compare = Some(Panel::Merge(Merging { path: path.clone(), theirs: None, stage: Stage::Reading }));
                read(path.clone(), lang).map(move |r| msg(CompareMessage::TheirsRead(path.clone(), r)))
            }
            CompareMessage::TheirsRead(path, result) => {
                let Some(doc) = &self.document else { return Task::none() };
                let backup = doc.path().map(|p| storage::backup_path(p)).filter(|p| p.is_file());
                let baseline = doc
                    .plan()
                    .baselines
                    .last()
                    .map(|b| txt::baseline(&crate::i18n::format::date(b.taken_on, lang), lang));
                let Some(Panel::Merge(m)) = &mut self.compare else { return Task::none() };
                if m.path != path {
                    return Task::none();
                }
                match result {
                    Ok(plan) => {
                        m.theirs = Some(plan);
                        m.stage = Stage::ChooseBase { backup, baseline };
                    }
                    Err(e) => m.stage = Stage::Failed(e),
                }
                Task::none()
            }
            CompareMessage::BaseChosen(choice) => self.base_chosen(choice),
            CompareMessage::BasePicked(Some(path)) => {
                let shown = name(&path);
                read(path, lang).map(move |r| msg(CompareMessage::BaseRead(shown.clone(), r)))
            }
            CompareMessage::BaseRead(shown, Ok(base)) => self.start_review(shown, base),
            CompareMessage::BaseRead(_, Err(e)) => {
                if let Some(Panel::Merge(m)) = &mut self.compare {
                    m.stage = Stage::Failed(e);
                }
                Task::none()
            }
            CompareMessage::Reviewed(generation, result) => {
                let Some(c) = self.chosen() else { return Task::none() };
                if c.generation != generation {
                    return Task::none();
                }
                match result {
                    Ok((review, merged)) => {
                        c.accepted = vec![true; review.changes.len()];
                        c.sides = vec![Side::Ours; review.conflicts.len()];
                        c.review = Some(review);
                        c.outcome = Some(Ok(merged));
                    }
                    Err(e) => c.outcome = Some(Err(e)),
                }
                Task::none()
            }
            CompareMessage::Accepted(i, on) => {
                let Some(c) = self.chosen() else { return Task::none() };
                if let Some(a) = c.accepted.get_mut(i) {
                    *a = on;
                }
                self.remerge()
            }
            CompareMessage::Decided(i, side) => {
                let Some(c) = self.chosen() else { return Task::none() };
                if let Some(s) = c.sides.get_mut(i) {
                    *s = side;
                }
                self.remerge()
            }
            CompareMessage::Merged(generation, result) => {
                if let Some(c) = self.chosen()
                    && c.generation == generation
                {
                    c.outcome = Some(result);
                }
                Task::none()
            }
            CompareMessage::Apply => self.apply_merge(),
            CompareMessage::Close => {
                self.compare = None;
                Task::none()
            }
        }
    }

    /// The merge under review, if the dialog shows one.
    fn chosen(&mut self) -> Option<&mut Chosen> {
        match &mut self.compare {
            Some(Panel::Merge(Merging { stage: Stage::Review(c), .. })) => Some(c),
            _ => None,
        }
    }

    fn base_chosen(&mut self, choice: BaseChoice) -> Task<Message> {
        let lang = self.language();
        let Some(doc) = &self.document else { return Task::none() };
        match choice {
            BaseChoice::Backup => {
                let Some(path) = doc.path().map(|p| storage::backup_path(p)) else { return Task::none() };
                self.update_compare(CompareMessage::BasePicked(Some(path)))
            }
            BaseChoice::Baseline => {
                let Some(b) = doc.plan().baselines.last() else { return Task::none() };
                let shown = txt::baseline(&crate::i18n::format::date(b.taken_on, lang), lang);
                let base = Arc::new((*b.plan).clone());
                self.start_review(shown, base)
            }
            BaseChoice::File => self.ask_path(PathRequest {
                purpose: PathPurpose::BaseVersion,
                suggested: String::new(),
                then: Box::new(|p| Message::Compare(CompareMessage::BasePicked(p))),
            }),
        }
    }

    /// Computes what the other version brings from the base, off the UI thread.
    fn start_review(&mut self, base_name: String, base: Arc<Plan>) -> Task<Message> {
        let lang = self.language();
        let Some(doc) = &self.document else { return Task::none() };
        let (ours, revision) = (doc.plan().clone(), doc.revision());
        let Some(Panel::Merge(m)) = &mut self.compare else { return Task::none() };
        let Some(theirs) = m.theirs.clone() else { return Task::none() };
        let generation = match &m.stage {
            Stage::Review(c) => c.generation + 1,
            _ => 0,
        };
        m.stage = Stage::Review(Box::new(Chosen {
            base_name,
            base: base.clone(),
            revision,
            review: None,
            accepted: Vec::new(),
            sides: Vec::new(),
            generation,
            outcome: None,
        }));
        Task::perform(
            async move {
                let review = choose::review(&base, &ours, &theirs).map_err(|e| txt::invalid(&e.0, lang))?;
                let merged = choose::merge_chosen(&base, &ours, &theirs, &review, &[], &[])
                    .map_err(|e| txt::invalid(&e.0, lang))?;
                Ok((Arc::new(review), Arc::new(merged)))
            },
            move |r| Message::Compare(CompareMessage::Reviewed(generation, r)),
        )
    }

    /// Merges again with the choices made, off the UI thread.
    fn remerge(&mut self) -> Task<Message> {
        let lang = self.language();
        let Some(doc) = &self.document else { return Task::none() };
        let ours = doc.plan().clone();
        let Some(Panel::Merge(m)) = &mut self.compare else { return Task::none() };
        let Some(theirs) = m.theirs.clone() else { return Task::none() };
        let Stage::Review(c) = &mut m.stage else { return Task::none() };
        let Some(review) = c.review.clone() else { return Task::none() };
        c.generation += 1;
        c.outcome = None;
        let (base, accepted, sides, generation) = (c.base.clone(), c.accepted.clone(), c.sides.clone(), c.generation);
        Task::perform(
            async move {
                choose::merge_chosen(&base, &ours, &theirs, &review, &accepted, &sides)
                    .map(Arc::new)
                    .map_err(|e| txt::invalid(&e.0, lang))
            },
            move |r| Message::Compare(CompareMessage::Merged(generation, r)),
        )
    }

    /// Applies the merge with the choices made as one undo step (reviewed again if the plan
    /// changed meanwhile).
    fn apply_merge(&mut self) -> Task<Message> {
        let lang = self.language();
        let at = self.now_ms();
        let Some(doc) = &mut self.document else { return Task::none() };
        let Some(Panel::Merge(m)) = &self.compare else { return Task::none() };
        let Stage::Review(c) = &m.stage else { return Task::none() };
        if c.revision != doc.revision() {
            let (shown, base) = (c.base_name.clone(), c.base.clone());
            return self.start_review(shown, base);
        }
        let Some(Ok(merged)) = &c.outcome else { return Task::none() };
        let taken = c.accepted.iter().filter(|a| **a).count() + c.sides.iter().filter(|s| **s == Side::Theirs).count();
        let file = name(&m.path);
        let changed = doc.replace(merged.plan.clone(), at);
        self.compare = None;
        self.notice = Some((BannerKind::Info, txt::merged(&file, taken, lang)));
        if changed { self.changed() } else { Task::none() }
    }

    /// Closes the dialog and shows the view of a change, at its row where the view can.
    fn jump(&mut self, area: Area, subject: Option<Subject>) -> Task<Message> {
        self.compare = None;
        let Some(tab) = tab_of(area) else { return Task::none() };
        let Some(plan) = self.document.as_ref().map(|d| d.plan()) else { return Task::none() };
        match subject {
            Some(s @ Subject::Party(p)) if plan.party(p).is_some() => self.update(Message::FindingPressed(s)),
            Some(s @ Subject::Service(id)) if plan.service(id).is_some() => self.update(Message::FindingPressed(s)),
            Some(s @ Subject::Cell(id, p)) if plan.service(id).is_some() && plan.party(p).is_some() => {
                self.update(Message::FindingPressed(s))
            }
            Some(Subject::Risk(id)) if plan.risks.risks.iter().any(|r| r.id == id) => {
                let task = self.update(Message::TabSelected(Tab::Risks));
                Task::batch([task, self.update(Message::Risks(risks::Message::Select(id)))])
            }
            _ => self.update(Message::TabSelected(tab)),
        }
    }
}
