//! The screens of the application. Each owns only its view state and returns an `Action`: an
//! `Edit` for the `App` to apply through the document, or a `Task` to run. Screens never change
//! the plan themselves; totals and findings come from the library.

pub mod annexes;
pub mod budget;
pub mod followup;
pub mod guide;
pub mod overview;
pub mod parties;
pub mod risks;
pub mod timeline;
pub mod welcome;

use crate::i18n::Language;
use crate::i18n::ui::Text;
use crate::model::Edit;
use crate::rules::Subject;
use chrono::NaiveDate;
use iced::Task;

/// Runs blocking work (layout, rendering, writing a file, a launcher) on a thread of its own, so
/// neither the UI nor the executor's workers wait for it; `None` when the thread ended without
/// an answer.
pub async fn on_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.await.ok()
}

/// What a screen asks the application to do after a message.
#[must_use]
pub enum Action<M> {
    None,
    /// Apply this edit to the plan (through the document: undo, dirty state, autosave).
    Edit(Edit),
    Run(Task<M>),
    /// Apply the edit, then run the task (e.g. focus the first field of a row just added).
    EditThen(Edit, Task<M>),
    /// Ask for a file path (the system's file chooser, or the application's own path dialog
    /// where there is none) and send the message made of the answer (`None`: cancelled).
    AskPath(PathRequest<M>),
    /// Import a spreadsheet into one list (or every list of a workbook), with a preview first,
    /// or export lists as a spreadsheet: the application asks for the file.
    Sheet(SheetRequest),
}

/// A spreadsheet asked for from a list view or the header's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetRequest {
    /// Import into this list (`None`: every list a workbook has).
    Import(Option<crate::csvio::Kind>),
    /// Export this list (`None`: every list, one sheet each).
    Export(Option<crate::csvio::Kind>),
}

/// What a path is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// An existing plan file to open.
    Open,
    /// A plan file to save to.
    Save,
    /// A PDF file for the annexes.
    ExportPdf,
    /// An existing spreadsheet (xlsx, ods, csv) to import.
    ImportSheet,
    /// A spreadsheet file to export to (xlsx unless the name says ods or csv).
    ExportSheet,
    /// Another version of the open plan, to compare with or merge changes from.
    OtherVersion,
    /// The version two versions to merge both started from.
    BaseVersion,
}

/// A request for a file path: its purpose, the file name to suggest and the message to send.
pub struct PathRequest<M> {
    pub purpose: PathPurpose,
    pub suggested: String,
    pub then: Box<dyn Fn(Option<std::path::PathBuf>) -> M + Send>,
}

impl<M: Send + 'static> Action<M> {
    /// The same action for a wider message type.
    pub fn map<N: Send + 'static>(self, f: impl Fn(M) -> N + Send + 'static) -> Action<N> {
        match self {
            Action::None => Action::None,
            Action::Edit(e) => Action::Edit(e),
            Action::Run(t) => Action::Run(t.map(f)),
            Action::EditThen(e, t) => Action::EditThen(e, t.map(f)),
            Action::AskPath(r) => {
                let then = r.then;
                Action::AskPath(PathRequest {
                    purpose: r.purpose,
                    suggested: r.suggested,
                    then: Box::new(move |p| f(then(p))),
                })
            }
            Action::Sheet(r) => Action::Sheet(r),
        }
    }
}

/// What every screen's update and view get besides the plan and their own state.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub lang: Language,
    /// The date used for phase states, due dates and new decisions.
    pub today: NaiveDate,
    /// False for a read-only plan (a file from a newer version): views show but offer no edits.
    pub editable: bool,
    /// Every derived figure of the plan's current revision.
    pub analysis: &'a crate::analysis::Analysis,
    /// The plan's revision: equal numbers mean equal plans (for the screens' view caches).
    pub revision: u64,
}

impl<'a> Context<'a> {
    /// The context for a plan's analysis at a revision, editable, in `lang` on `today`.
    pub fn of(analysis: &'a crate::analysis::Analysis, revision: u64, lang: Language, today: NaiveDate) -> Context<'a> {
        Context { lang, today, editable: true, analysis, revision }
    }
}

/// The views of an open plan, one tab each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    Overview,
    #[default]
    Guide,
    Timeline,
    Parties,
    Budget,
    Risks,
    Annexes,
    FollowUp,
}

impl Tab {
    /// In the order of Ctrl+1 … Ctrl+8.
    pub const ALL: [Tab; 8] =
        [Tab::Overview, Tab::Guide, Tab::Timeline, Tab::Parties, Tab::Budget, Tab::Risks, Tab::Annexes, Tab::FollowUp];

    /// The tab's label in the language.
    pub fn label(self, lang: Language) -> &'static str {
        let text = match self {
            Tab::Overview => Text::TabOverview,
            Tab::Guide => Text::TabGuide,
            Tab::Timeline => Text::TabTimeline,
            Tab::Parties => Text::TabParties,
            Tab::Budget => Text::TabBudget,
            Tab::Risks => Text::TabRisks,
            Tab::Annexes => Text::TabAnnexes,
            Tab::FollowUp => Text::TabFollowUp,
        };
        text.get(lang)
    }

    /// The view where the row a finding concerns is shown.
    pub fn for_subject(subject: Subject) -> Tab {
        match subject {
            Subject::Plan => Tab::Overview,
            Subject::Party(_) | Subject::Service(_) | Subject::Cell(..) => Tab::Parties,
            Subject::Phase(_) | Subject::Deliverable(_) | Subject::Decision(_) => Tab::Timeline,
            Subject::CostLine(_) | Subject::Budget | Subject::Metric(_) => Tab::Budget,
            Subject::Risk(_) | Subject::RiskScales => Tab::Risks,
        }
    }
}
