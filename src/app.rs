//! The windowed application: `App` owns the one open `Document`, turns screen actions into
//! edits through it (undo, dirty state, autosave), runs loading and saving off the UI thread,
//! and asks before unsaved work is thrown away. `run` starts the window.

mod compare;
mod files;
pub mod settings;
mod sheets;
pub mod shortcuts;
mod view;

use crate::document::Document;
use crate::i18n::Language;
use crate::model::{Edit, PhaseKind};
use crate::rules::{Finding, Subject};
use crate::screen::{
    Action, Context, Tab, annexes, budget, followup, guide, overview, parties, risks, timeline, welcome,
};
use crate::storage;
use crate::theme::{self, Appearance};
use chrono::{NaiveDate, NaiveDateTime};
use iced::{Subscription, Task, Theme, keyboard, window};
use settings::{Paths, Settings};
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use compare::{BaseChoice, CompareMessage, Panel as ComparePanel, Stage as MergeStage, VersionItem};
pub use files::paths::PromptMessage;
pub use files::{Choice, FilePrompt, Pending};
pub use sheets::{Preview, SheetMessage};

/// How long the plan must stay unchanged before the recovery copy is written.
pub const AUTOSAVE_QUIET: Duration = Duration::from_secs(3);

/// The window's size when it opens.
const WINDOW_SIZE: (f32, f32) = (1280.0, 860.0);

/// Where the application keeps its files and what day it is; tests pass their own.
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// The settings and recovery folders; `None` keeps nothing between runs.
    pub paths: Option<Paths>,
    /// The date used for phase states and decisions; `None` is the real today.
    pub today: Option<NaiveDate>,
    /// A plan file to open at start.
    pub file: Option<PathBuf>,
}

impl Env {
    /// The user's real folders and today's date.
    pub fn system(file: Option<PathBuf>) -> Env {
        Env { paths: Paths::system(), today: None, file }
    }
}

/// Which screen fills the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Plan,
}

/// What is running in the background.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Busy {
    Loading(PathBuf),
    Saving(PathBuf),
}

#[derive(Debug, Clone)]
pub enum Message {
    Welcome(welcome::Message),
    Guide(guide::Message),
    Overview(overview::Message),
    Timeline(timeline::Message),
    Parties(parties::Message),
    Budget(budget::Message),
    Risks(risks::Message),
    Annexes(annexes::Message),
    FollowUp(followup::Message),
    /// Spreadsheet import and export (`sheets`).
    Sheet(SheetMessage),
    /// A spreadsheet asked for from the header's menu.
    SheetRequested(crate::screen::SheetRequest),
    /// Comparing with and merging from another version of the plan (`compare`).
    Compare(CompareMessage),
    /// A key press that no widget and no global shortcut took: offered to the shown screen.
    KeyPressed(keyboard::Key, keyboard::Modifiers),
    TabSelected(Tab),
    /// A phase of the stepper: shows it in the guide.
    PhaseSelected(PhaseKind),
    /// Ctrl+PageDown / Ctrl+PageUp: the next or previous phase in the guide.
    PhaseStepped(bool),
    /// Tab / Shift+Tab moves the keyboard focus to the next or previous field.
    FocusMoved(bool),
    /// Shows the welcome screen to start a new plan.
    New,
    NewFromTemplate(usize),
    /// Asks for a file to open.
    Open,
    OpenPath(PathBuf),
    Loaded(PathBuf, Result<storage::Loaded, storage::Error>),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    /// A save finished; the revision of the plan it wrote, and the hash of the file's content.
    Saved(u64, Result<(PathBuf, storage::ContentHash), storage::Error>),
    /// An answer to a question about the file on disk (locked by someone, changed on disk).
    FileChoice(Choice),
    /// A file dialog was cancelled (or no dialog could be shown).
    DialogClosed,
    /// The system file chooser's answer, and whether it came at once (it never opened).
    PathAnswered(Option<PathBuf>, bool),
    PathPrompt(files::paths::PromptMessage),
    ConfirmSave,
    ConfirmDiscard,
    ConfirmCancel,
    Undo,
    Redo,
    LanguageSelected(Language),
    AppearanceToggled,
    ProjectorToggled,
    HelpToggled,
    FindingsToggled,
    FindingPressed(Subject),
    ErrorDismissed,
    EscapePressed,
    CloseRequested(window::Id),
    /// The window's new size, in the logical pixels of the scale it was drawn at.
    WindowResized(iced::Size),
    /// The autosave timer ran out.
    AutosaveDue,
    RecoveryWritten(Result<(), String>),
    RestoreRecovery,
    Restored(Result<storage::Loaded, storage::Error>),
    DiscardRecovery,
    SettingsSaved(Result<(), String>),
    /// The figures of a large plan's revision, computed off the UI thread.
    Analysed(crate::document::RevisionKey, std::sync::Arc<crate::analysis::Analysis>),
}

/// The whole application state.
pub struct App {
    document: Option<Document>,
    screen: Screen,
    tab: Tab,
    guide: guide::Guide,
    timeline: timeline::State,
    parties: parties::State,
    budget: budget::State,
    risks: risks::State,
    annexes: annexes::State,
    followup: followup::State,
    overview: overview::State,
    /// The application's own path dialog, where the system has no file chooser.
    path_prompt: Option<files::paths::PathPrompt>,
    /// What to do with the answer of the system's file chooser now open.
    path_waiting: Option<crate::screen::PathRequest<Message>>,
    settings: Settings,
    paths: Option<Paths>,
    today: Option<NaiveDate>,
    projector: bool,
    help_open: bool,
    findings_open: bool,
    /// Unsaved work would be lost: the dialog asking what to do is open for this.
    confirm: Option<Pending>,
    /// What to do once the save started from the confirm dialog has finished.
    after_save: Option<Pending>,
    busy: Option<Busy>,
    error: Option<storage::Error>,
    /// The open file's lock and content hash, and a question about the file on screen.
    file_guard: files::FileGuard,
    /// When the recovery copy found at start was written.
    recovery: Option<NaiveDateTime>,
    started: Instant,
    /// When the recovery copy is due, if there are edits it does not hold.
    autosave_due: Option<Instant>,
    autosave_timer: bool,
    /// Whether a large plan's figures are being computed off the UI thread.
    analysing: bool,
    /// A spreadsheet import being previewed.
    preview: Option<sheets::Preview>,
    /// The comparison or merge dialog.
    compare: Option<compare::Panel>,
    /// What the last spreadsheet import or export did, shown until dismissed.
    notice: Option<(crate::widget::BannerKind, String)>,
    /// The window's size in the system's logical pixels (before the projector's scale).
    window: iced::Size,
    /// The scale last handed to iced, which the window's events count in.
    drawn_scale: std::cell::Cell<f32>,
}

impl App {
    /// The application as it starts, with the task that opens the file given on the command line.
    pub fn new(env: Env) -> (App, Task<Message>) {
        let settings = env.paths.as_ref().map(settings::load).unwrap_or_default();
        let recovery = env.paths.as_ref().and_then(settings::recovery_time);
        let mut app = App {
            document: None,
            screen: Screen::Welcome,
            tab: Tab::default(),
            guide: guide::Guide::default(),
            timeline: timeline::State::default(),
            parties: parties::State::default(),
            budget: budget::State::default(),
            risks: risks::State::default(),
            annexes: annexes::State::default(),
            followup: followup::State::default(),
            overview: overview::State::default(),
            path_prompt: None,
            path_waiting: None,
            settings,
            paths: env.paths,
            today: env.today,
            projector: false,
            help_open: false,
            findings_open: false,
            confirm: None,
            after_save: None,
            busy: None,
            error: None,
            file_guard: files::FileGuard::default(),
            recovery,
            started: Instant::now(),
            autosave_due: None,
            autosave_timer: false,
            analysing: false,
            preview: None,
            compare: None,
            notice: None,
            window: iced::Size::new(WINDOW_SIZE.0, WINDOW_SIZE.1),
            drawn_scale: std::cell::Cell::new(1.0),
        };
        let task = match env.file {
            Some(path) => app.update(Message::OpenPath(path)),
            None => Task::none(),
        };
        (app, task)
    }

    /// The spreadsheet import being previewed, if any.
    pub fn sheet_preview(&self) -> Option<&Preview> {
        self.preview.as_ref()
    }

    /// What the last spreadsheet import or export did, until dismissed.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|(_, s)| s.as_str())
    }

    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// The overview's view state (its editors), for tests.
    pub fn overview(&self) -> &overview::State {
        &self.overview
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The budget screen's view state (section shown, messages under fields).
    pub fn budget(&self) -> &budget::State {
        &self.budget
    }

    /// The follow-up view's state (for tests).
    pub fn followup(&self) -> &followup::State {
        &self.followup
    }

    /// The parties screen's view state (part shown, selected cell, pending removal).
    pub fn parties(&self) -> &parties::State {
        &self.parties
    }

    /// The text the guide's editor of a checklist answer holds now.
    pub fn guide_answer(&self, item: crate::model::ChecklistItem) -> Option<String> {
        self.guide.answer_text(item)
    }

    pub fn guide_phase(&self) -> PhaseKind {
        self.guide.phase()
    }

    pub fn language(&self) -> Language {
        self.settings.language
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The open plan's findings (from its analysis, computed once per revision).
    pub fn findings(&self) -> &[Finding] {
        self.document.as_ref().map_or(&[], |d| d.analysis().findings.as_slice())
    }

    /// The confirm dialog's pending action, if the dialog is open.
    pub fn confirming(&self) -> Option<&Pending> {
        self.confirm.as_ref()
    }

    pub fn error(&self) -> Option<&storage::Error> {
        self.error.as_ref()
    }

    pub fn busy(&self) -> Option<&Busy> {
        self.busy.as_ref()
    }

    pub fn is_projector(&self) -> bool {
        self.projector
    }

    pub fn is_help_open(&self) -> bool {
        self.help_open
    }

    pub fn is_findings_open(&self) -> bool {
        self.findings_open
    }

    /// When the recovery copy offered on the welcome screen was written.
    pub fn recovery(&self) -> Option<NaiveDateTime> {
        self.recovery
    }

    /// The date used for phase states and decisions.
    pub fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn lang_today(&self) -> (Language, NaiveDate) {
        (self.language(), self.today())
    }

    /// What the screens get besides the plan.
    pub(crate) fn context(doc: &Document, (lang, today): (Language, NaiveDate)) -> Context<'_> {
        let analysis = doc.analysis();
        Context { lang, today, editable: doc.read_only().is_none(), analysis, revision: doc.revision() }
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// "Allianssi – plan name – file name", with "•" when there are unsaved changes.
    pub fn title(&self) -> String {
        let Some(doc) = &self.document else {
            return "Allianssi".to_string();
        };
        let file = doc
            .path()
            .map_or_else(|| crate::i18n::ui::Text::Unsaved.get(self.language()).to_string(), |p| welcome::file_name(p));
        let dirty = if doc.is_dirty() { " •" } else { "" };
        format!("Allianssi – {} – {file}{dirty}", doc.plan().meta.name)
    }

    pub fn theme(&self) -> Theme {
        theme::theme(self.settings.appearance, self.projector)
    }

    /// Projector mode draws everything larger, as large as the screen allows: up to
    /// `theme::PROJECTOR_SCALE`, but never so large that less than `theme::PROJECTOR_ROOM` is left
    /// for the layout (a 1280×800 projector gets 1.25, a 1920×1080 one 1.5).
    pub fn scale_factor(&self) -> f32 {
        let scale = self.scale();
        self.drawn_scale.set(scale);
        scale
    }

    /// The scale the window is drawn at for its size (1 outside projector mode).
    fn scale(&self) -> f32 {
        if self.projector { theme::projector_scale(self.window.width, self.window.height) } else { 1.0 }
    }

    /// The room the layout has, in the logical pixels it is drawn in.
    pub fn layout_size(&self) -> iced::Size {
        let scale = self.scale();
        iced::Size::new(self.window.width / scale, self.window.height / scale)
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            keyboard::listen().filter_map(shortcuts::on_key),
            window::close_requests().map(Message::CloseRequested),
            window::resize_events().map(|(_, size)| Message::WindowResized(size)),
        ])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        // The overview's multi-line editors follow the plan after any change made elsewhere.
        if let Some(doc) = &self.document {
            self.overview.sync(doc.plan(), doc.revision_key());
            self.risks.sync_texts(doc.plan());
            self.timeline.sync_notes(doc.plan());
            self.guide.sync_answers(doc.plan());
        }
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Welcome(m) => self.welcome(m),
            Message::Guide(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let phase = self.guide.phase();
                let action = self.guide.update(m, doc.plan(), self.today());
                let task = self.act(action, Message::Guide);
                if self.guide.phase() == phase { task } else { Task::batch([task, scroll_to_top()]) }
            }
            Message::Overview(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let action = self.overview.update(m, doc.plan());
                self.act(action, Message::Overview)
            }
            Message::Timeline(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let action = self.timeline.update(m, doc.plan(), &Self::context(doc, self.lang_today()));
                self.act(action, Message::Timeline)
            }
            Message::Parties(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let action = self.parties.update(m, doc.plan(), &Self::context(doc, self.lang_today()));
                self.act(action, Message::Parties)
            }
            Message::Budget(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let revision = doc.revision();
                let action = self.budget.update(m, doc.plan(), &Self::context(doc, self.lang_today()));
                let task = self.act(action, Message::Budget);
                let applied = self.document.as_ref().filter(|d| d.revision() != revision).map(Document::plan);
                self.budget.edit_applied(applied, self.settings.language);
                task
            }
            Message::Risks(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let action = self.risks.update(m, doc.plan(), &Self::context(doc, self.lang_today()));
                self.act(action, Message::Risks)
            }
            Message::Annexes(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let action = self.annexes.update(m, doc.plan(), &Self::context(doc, self.lang_today()));
                self.act(action, Message::Annexes)
            }
            Message::FollowUp(m) => {
                let Some(doc) = &self.document else { return Task::none() };
                let action = self.followup.update(m, doc.plan(), &Self::context(doc, self.lang_today()));
                self.act(action, Message::FollowUp)
            }
            Message::Sheet(m) => self.update_sheet(m),
            Message::SheetRequested(r) => self.sheet_request(r),
            Message::Compare(m) => self.update_compare(m),
            Message::KeyPressed(key, modifiers) => {
                if self.document.is_none()
                    || self.screen != Screen::Plan
                    || self.confirm.is_some()
                    || self.file_guard.is_asking()
                {
                    return Task::none();
                }
                let message = match self.tab {
                    Tab::Timeline => self.timeline.key(&key, modifiers).map(Message::Timeline),
                    Tab::Parties => self.parties.key(&key, modifiers).map(Message::Parties),
                    Tab::Budget => self.budget.key(&key, modifiers).map(Message::Budget),
                    Tab::Risks => self.risks.key(&key, modifiers).map(Message::Risks),
                    Tab::Annexes => self.annexes.key(&key, modifiers).map(Message::Annexes),
                    Tab::Overview | Tab::Guide | Tab::FollowUp => None,
                };
                message.map_or_else(Task::none, |m| self.update(m))
            }
            Message::TabSelected(tab) => {
                self.tab = tab;
                scroll_to_top()
            }
            Message::PhaseSelected(kind) => {
                self.guide.select(kind);
                self.tab = Tab::Guide;
                scroll_to_top()
            }
            Message::PhaseStepped(forward) => {
                let all = PhaseKind::ALL;
                let i = all.iter().position(|k| *k == self.guide.phase()).unwrap_or(0);
                let j = if forward { (i + 1).min(all.len() - 1) } else { i.saturating_sub(1) };
                self.update(Message::PhaseSelected(all[j]))
            }
            Message::FocusMoved(forward) if forward && self.path_prompt.is_some() => self.prompt_complete(),
            Message::PathAnswered(path, at_once) => self.path_answered(path, at_once),
            Message::PathPrompt(m) => self.prompt_message(m),
            Message::FocusMoved(forward) => {
                if forward {
                    iced::widget::operation::focus_next()
                } else {
                    iced::widget::operation::focus_previous()
                }
            }
            Message::FindingPressed(subject) => {
                self.tab = Tab::for_subject(subject);
                if let Subject::Phase(kind) = subject {
                    self.guide.select(kind);
                }
                if self.tab == Tab::Parties
                    && let Some(doc) = &self.document
                {
                    return self.parties.show(subject, doc.plan()).map(Message::Parties);
                }
                scroll_to_top()
            }
            Message::Undo => {
                if let Some(doc) = &mut self.document
                    && doc.undo()
                {
                    self.followup.edit_applied();
                    self.changed()
                } else {
                    Task::none()
                }
            }
            Message::Redo => {
                if let Some(doc) = &mut self.document
                    && doc.redo()
                {
                    self.followup.edit_applied();
                    self.changed()
                } else {
                    Task::none()
                }
            }
            Message::LanguageSelected(lang) => {
                self.settings.language = lang;
                self.save_settings()
            }
            Message::AppearanceToggled => {
                self.settings.appearance = match self.settings.appearance {
                    Appearance::Light => Appearance::Dark,
                    Appearance::Dark => Appearance::Light,
                };
                self.save_settings()
            }
            Message::ProjectorToggled => {
                self.projector = !self.projector;
                let mode = if self.projector { window::Mode::Fullscreen } else { window::Mode::Windowed };
                window::oldest().and_then(move |id| window::set_mode(id, mode))
            }
            Message::WindowResized(size) => {
                // The event counts in the pixels of the scale the window was drawn at.
                let scale = self.drawn_scale.get();
                self.window = iced::Size::new(size.width * scale, size.height * scale);
                Task::none()
            }
            Message::HelpToggled => {
                self.help_open = !self.help_open;
                Task::none()
            }
            Message::FindingsToggled => {
                self.findings_open = !self.findings_open;
                Task::none()
            }
            Message::ErrorDismissed => {
                self.error = None;
                Task::none()
            }
            Message::EscapePressed => {
                if self.path_prompt.is_some() {
                    return self.prompt_message(files::paths::PromptMessage::Cancel);
                }
                if self.preview.is_some() {
                    self.preview = None;
                } else if self.compare.is_some() {
                    self.compare = None;
                } else if self.help_open {
                    self.help_open = false;
                } else if self.file_guard.is_asking() {
                    return self.update(Message::FileChoice(Choice::Cancel));
                } else if self.confirm.is_some() {
                    self.confirm = None;
                } else if self.findings_open {
                    self.findings_open = false;
                } else if self.tab == Tab::Budget && self.budget.chooser().is_some() {
                    return self.update(Message::Budget(budget::Message::ChooserClosed));
                } else {
                    self.error = None;
                }
                Task::none()
            }
            Message::Analysed(revision, analysis) => {
                self.analysing = false;
                if let Some(doc) = &mut self.document {
                    doc.install_analysis(revision, analysis);
                }
                // Edits made meanwhile: their figures next.
                self.analyse()
            }
            Message::SettingsSaved(result) => {
                if let Err(e) = result {
                    eprintln!("Allianssi: could not save the settings: {e}");
                }
                Task::none()
            }
            other => self.update_files(other),
        }
    }

    fn welcome(&mut self, message: welcome::Message) -> Task<Message> {
        match message {
            welcome::Message::TemplatePressed(i) => self.update(Message::NewFromTemplate(i)),
            welcome::Message::OpenPressed => self.update(Message::Open),
            welcome::Message::RecentPressed(path) => self.update(Message::OpenPath(path)),
            welcome::Message::RestorePressed => self.update(Message::RestoreRecovery),
            welcome::Message::DiscardRecoveryPressed => self.update(Message::DiscardRecovery),
            welcome::Message::BackPressed => {
                if self.document.is_some() {
                    self.screen = Screen::Plan;
                }
                Task::none()
            }
        }
    }

    /// Carries out what a screen asked for.
    fn act<M: Send + 'static>(
        &mut self,
        action: Action<M>,
        wrap: impl Fn(M) -> Message + Send + 'static,
    ) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply(&edit),
            Action::Run(task) => task.map(wrap),
            Action::EditThen(edit, task) => {
                let applied = self.apply(&edit);
                Task::batch([applied, task.map(wrap)])
            }
            Action::AskPath(request) => {
                let then = request.then;
                self.ask_path(crate::screen::PathRequest {
                    purpose: request.purpose,
                    suggested: request.suggested,
                    then: Box::new(move |p| wrap(then(p))),
                })
            }
            Action::Sheet(request) => self.sheet_request(request),
        }
    }

    /// Applies an edit through the document. Read-only plans take no edits.
    pub fn apply(&mut self, edit: &Edit) -> Task<Message> {
        let at = self.now_ms();
        let Some(doc) = &mut self.document else { return Task::none() };
        if doc.read_only().is_some() {
            return Task::none();
        }
        match doc.apply(edit, at) {
            Ok(()) => self.changed(),
            Err(e) => {
                eprintln!("Allianssi: edit refused: {e}");
                Task::none()
            }
        }
    }

    /// After any change of the plan: the autosave timer, and for a large plan its figures
    /// computed off the UI thread (a small plan's are computed by the document on first use).
    fn changed(&mut self) -> Task<Message> {
        let analysis = self.analyse();
        self.autosave_due = Some(Instant::now() + AUTOSAVE_QUIET);
        Task::batch([analysis, self.arm_autosave(AUTOSAVE_QUIET)])
    }

    /// Starts computing a large plan's figures off the UI thread, one computation at a time:
    /// edits made while one runs are computed when it ends (the views show the last figures).
    fn analyse(&mut self) -> Task<Message> {
        let Some(doc) = self.document.as_mut() else { return Task::none() };
        if self.analysing {
            doc.defer_analysis();
            return Task::none();
        }
        match doc.analysis_job() {
            Some((revision, plan)) => {
                self.analysing = true;
                Task::perform(async move { std::sync::Arc::new(crate::analysis::Analysis::of(&plan)) }, move |a| {
                    Message::Analysed(revision, a)
                })
            }
            None => Task::none(),
        }
    }

    fn save_settings(&self) -> Task<Message> {
        let Some(paths) = self.paths.clone() else { return Task::none() };
        let settings = self.settings.clone();
        Task::perform(async move { settings::save(&paths, &settings) }, Message::SettingsSaved)
    }
}

/// The id of the scrollable holding the current view.
pub const CONTENT_ID: &str = "content";

/// Shows the top of the current view (after switching views or phases).
fn scroll_to_top() -> Task<Message> {
    iced::widget::operation::snap_to(CONTENT_ID, iced::widget::operation::RelativeOffset::START)
}

/// Runs the window; `file` is a plan to open at start.
/// The main window: its first size, and on Linux the app id that ties it to the desktop entry
/// (`allianssi install-desktop`), so the launcher's icon and name show for it.
fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: WINDOW_SIZE.into(),
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: crate::APP_ID.to_string(),
            ..Default::default()
        },
        ..Default::default()
    }
}

pub fn run(file: Option<PathBuf>) -> iced::Result {
    iced::application(move || App::new(Env::system(file.clone())), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .subscription(App::subscription)
        .font(theme::FONT_REGULAR_BYTES)
        .font(theme::FONT_BOLD_BYTES)
        .default_font(theme::FONT)
        .window(window_settings())
        .exit_on_close_request(false)
        .run()
}
