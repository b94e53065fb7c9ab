//! New, open, save and save as; the question before unsaved work is thrown away (also when the
//! window is closed); the autosave timer and the recovery copy. Dialogs and file work run in
//! tasks off the UI thread; every dialog has a twin message carrying a path.

use super::settings;
use super::{App, Busy, Message, Screen};
use crate::document::{Document, ReadOnly};
use crate::storage;
use crate::template;
use iced::Task;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What waits for the user's answer to "save the changes?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Template(usize),
    OpenDialog,
    OpenPath(PathBuf),
    RestoreRecovery,
    Quit,
}

impl App {
    pub(super) fn update_files(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::New => {
                self.screen = Screen::Welcome;
                Task::none()
            }
            Message::NewFromTemplate(i) => self.guard(Pending::Template(i)),
            Message::Open => self.guard(Pending::OpenDialog),
            Message::OpenPath(path) => self.guard(Pending::OpenPath(path)),
            Message::RestoreRecovery => self.guard(Pending::RestoreRecovery),
            Message::CloseRequested(_) => self.guard(Pending::Quit),
            Message::Loaded(path, result) => {
                self.busy = None;
                match result {
                    Ok(loaded) => {
                        let read_only = loaded.newer.then_some(ReadOnly::NewerVersion(loaded.version));
                        self.settings.remember(&path, self.today());
                        self.show(Document::opened(loaded.plan, path, read_only));
                        self.save_settings()
                    }
                    Err(e) => {
                        self.error = Some(e);
                        Task::none()
                    }
                }
            }
            Message::Save => self.save(),
            Message::SaveAs => {
                if self.document.is_none() {
                    return Task::none();
                }
                Task::perform(save_dialog(self.suggested_file_name()), |p| {
                    p.map_or(Message::DialogClosed, Message::SaveTo)
                })
            }
            Message::SaveTo(path) => self.save_to(with_extension(path)),
            Message::Saved(revision, result) => {
                self.busy = None;
                match result {
                    Ok(path) => {
                        if let Some(doc) = &mut self.document {
                            doc.mark_saved_revision(path.clone(), revision);
                        }
                        self.settings.remember(&path, self.today());
                        if let Some(paths) = &self.paths
                            && !self.document.as_ref().is_some_and(Document::is_dirty)
                        {
                            settings::remove_recovery(paths);
                        }
                        let next = self.after_save.take().map_or_else(Task::none, |p| self.proceed(p));
                        Task::batch([self.save_settings(), next])
                    }
                    Err(e) => {
                        self.after_save = None;
                        self.error = Some(e);
                        Task::none()
                    }
                }
            }
            Message::DialogClosed => {
                // rfd answers `None` both for Cancel and when no dialog can be shown.
                eprintln!("Allianssi: no file chosen");
                self.after_save = None;
                Task::none()
            }
            Message::ConfirmSave => {
                self.after_save = self.confirm.take();
                self.save()
            }
            Message::ConfirmDiscard => match self.confirm.take() {
                Some(p) => self.proceed(p),
                None => Task::none(),
            },
            Message::ConfirmCancel => {
                self.confirm = None;
                Task::none()
            }
            Message::AutosaveDue => {
                self.autosave_timer = false;
                match self.autosave_due {
                    Some(due) if Instant::now() < due => self.arm_autosave(due - Instant::now()),
                    Some(_) => {
                        self.autosave_due = None;
                        self.write_recovery()
                    }
                    None => Task::none(),
                }
            }
            Message::RecoveryWritten(result) => {
                if let Err(e) = result {
                    eprintln!("Allianssi: could not write the recovery copy: {e}");
                }
                Task::none()
            }
            Message::Restored(result) => {
                self.busy = None;
                match result {
                    Ok(loaded) => {
                        self.recovery = None;
                        self.show(Document::new(loaded.plan));
                        Task::none()
                    }
                    Err(e) => {
                        self.error = Some(e);
                        Task::none()
                    }
                }
            }
            Message::DiscardRecovery => {
                if let Some(paths) = &self.paths {
                    settings::remove_recovery(paths);
                }
                self.recovery = None;
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// Whether closing the plan now would lose work: unsaved changes, except a new plan that
    /// was never edited (it is the template as it was).
    pub fn has_unsaved_work(&self) -> bool {
        self.document.as_ref().is_some_and(|d| d.is_dirty() && (d.path().is_some() || d.history().can_undo()))
    }

    /// Does `pending` now, or first asks whether to save the changes.
    fn guard(&mut self, pending: Pending) -> Task<Message> {
        if self.has_unsaved_work() {
            self.confirm = Some(pending);
            Task::none()
        } else {
            self.proceed(pending)
        }
    }

    fn proceed(&mut self, pending: Pending) -> Task<Message> {
        match pending {
            Pending::Template(i) => {
                if let Some(t) = template::all().get(i) {
                    self.show(Document::new((t.build)()));
                }
                Task::none()
            }
            Pending::OpenDialog => Task::perform(open_dialog(), |p| p.map_or(Message::DialogClosed, Message::OpenPath)),
            Pending::OpenPath(path) => {
                self.busy = Some(Busy::Loading(path.clone()));
                let task_path = path.clone();
                Task::perform(async move { storage::load(&task_path) }, move |r| Message::Loaded(path.clone(), r))
            }
            Pending::RestoreRecovery => {
                let Some(paths) = self.paths.clone() else { return Task::none() };
                Task::perform(async move { storage::load(&paths.recovery_file()) }, Message::Restored)
            }
            Pending::Quit => {
                // A clean exit: the recovery copy is not needed any more.
                if let Some(paths) = &self.paths {
                    settings::remove_recovery(paths);
                }
                self.autosave_due = None;
                iced::exit()
            }
        }
    }

    /// Makes a document the open one and shows it.
    fn show(&mut self, doc: Document) {
        let today = self.today();
        self.guide.show_current(doc.plan(), today);
        self.document = Some(doc);
        self.autosave_due = None;
        self.screen = Screen::Plan;
        self.error = None;
        self.refresh_findings();
    }

    fn save(&mut self) -> Task<Message> {
        let Some(doc) = &self.document else { return Task::none() };
        match doc.path() {
            Some(path) if doc.read_only().is_none() => {
                let path = path.clone();
                self.save_to(path)
            }
            // A new plan, or a file of a newer version that must not be overwritten.
            _ => self.update(Message::SaveAs),
        }
    }

    fn save_to(&mut self, path: PathBuf) -> Task<Message> {
        let Some(doc) = &self.document else { return Task::none() };
        let plan = doc.plan().clone();
        let revision = doc.revision();
        self.busy = Some(Busy::Saving(path.clone()));
        Task::perform(
            async move {
                let result = storage::save(&plan, &path);
                result.map(|()| path)
            },
            move |r| Message::Saved(revision, r),
        )
    }

    fn suggested_file_name(&self) -> String {
        let name = self.document.as_ref().map_or("", |d| d.plan().meta.name.as_str());
        let stem: String =
            name.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '-' }).collect::<String>();
        let stem = stem.trim_matches('-');
        format!("{}.ron", if stem.is_empty() { "suunnitelma" } else { stem })
    }

    /// Starts the autosave timer unless it runs already.
    pub(super) fn arm_autosave(&mut self, after: Duration) -> Task<Message> {
        if self.autosave_timer || self.paths.is_none() {
            return Task::none();
        }
        self.autosave_timer = true;
        Task::perform(sleep(after), |()| Message::AutosaveDue)
    }

    fn write_recovery(&mut self) -> Task<Message> {
        let (Some(paths), Some(doc)) = (self.paths.clone(), &self.document) else { return Task::none() };
        if !doc.is_dirty() {
            return Task::none();
        }
        let plan = doc.plan().clone();
        Task::perform(async move { settings::write_recovery(&paths, &plan) }, Message::RecoveryWritten)
    }
}

/// Adds ".ron" when the chosen name has no extension.
fn with_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension("ron") }
}

async fn open_dialog() -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter("Allianssi (.ron)", &["ron"])
        .pick_file()
        .await
        .map(|h| h.path().to_path_buf())
}

async fn save_dialog(file_name: String) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter("Allianssi (.ron)", &["ron"])
        .set_file_name(file_name)
        .save_file()
        .await
        .map(|h| h.path().to_path_buf())
}

/// Waits without holding a worker of the executor: a thread sleeps and wakes the task.
async fn sleep(duration: Duration) {
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        std::thread::sleep(duration);
        let _ = tx.send(());
    });
    let _ = rx.await;
}
