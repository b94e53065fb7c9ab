//! New, open, save and save as; the question before unsaved work is thrown away (also when the
//! window is closed); the autosave timer and the recovery copy. Dialogs and file work run in
//! tasks off the UI thread; every dialog has a twin message carrying a path.
//! File safety: the lock of the open file (a second copy is told who holds it and may open it
//! read-only or as a copy, or take over a stale lock), the content hash checked before saving
//! over the file (a file changed on disk is not overwritten without asking), and the dialogs.

mod dialogs;
pub mod paths;

pub use dialogs::locked_banner;

use super::settings;
use super::{App, Busy, Message, Screen};
use crate::document::{Document, ReadOnly};
use crate::screen::{PathPurpose, PathRequest};
use crate::storage::lock::{self, Lock, LockError, LockInfo};
use crate::storage::{self, ContentHash};
use crate::template;
use iced::Task;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock and content hash of the open file, and the question about it on screen, if any.
#[derive(Debug, Default)]
pub struct FileGuard {
    lock: Option<Lock>,
    /// The file's content as this document last loaded or saved it.
    hash: Option<(PathBuf, ContentHash)>,
    prompt: Option<FilePrompt>,
}

/// A question about the file on disk, shown as a dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilePrompt {
    /// The file being opened is locked by someone else (`stale`: their program is gone).
    Locked { path: PathBuf, loaded: Box<storage::Loaded>, holder: Option<LockInfo>, stale: bool },
    /// The file changed on disk since it was loaded or saved: overwrite, save as or cancel.
    Changed { path: PathBuf },
}

/// The user's answer to a `FilePrompt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    OpenReadOnly,
    OpenCopy,
    TakeOver,
    Overwrite,
    SaveElsewhere,
    Cancel,
}

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
                    Ok(loaded) => self.opened(path, loaded),
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
                let request = PathRequest {
                    purpose: PathPurpose::Save,
                    suggested: self.suggested_file_name(),
                    then: Box::new(|p| p.map_or(Message::DialogClosed, Message::SaveTo)),
                };
                self.ask_path(request)
            }
            Message::SaveTo(path) => self.save_to(with_extension(path)),
            Message::Saved(revision, result) => {
                self.busy = None;
                match result {
                    Ok((path, hash)) => {
                        if let Some(doc) = &mut self.document {
                            doc.mark_saved_revision(path.clone(), revision);
                        }
                        self.saved_as(&path, hash);
                        // The failure of an earlier try is over.
                        if self.error.as_ref().is_some_and(storage::Error::is_save_error) {
                            self.error = None;
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
                    Err(storage::Error::ChangedOnDisk { path }) => {
                        // What was to follow the save waits for the answer.
                        self.file_guard.prompt = Some(FilePrompt::Changed { path });
                        Task::none()
                    }
                    Err(e) => {
                        if let storage::Error::Save { path, step: storage::SaveStep::SyncDir, .. } = &e
                            && let Ok(Some(now)) = storage::hash::on_disk(path)
                        {
                            // Only flushing the folder failed: the file already holds the new
                            // content, which is the reference for the next save.
                            self.file_guard.hash = Some((path.clone(), now));
                        }
                        self.after_save = None;
                        self.error = Some(e);
                        Task::none()
                    }
                }
            }
            Message::FileChoice(choice) => self.choose(choice),
            Message::DialogClosed => {
                // A cancel: a chooser that could not be shown opens the own path dialog instead.
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
                        self.show(Document::new(loaded.plan), None, None);
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
                    self.show(Document::new((t.build)()), None, None);
                }
                Task::none()
            }
            Pending::OpenDialog => self.ask_path(PathRequest {
                purpose: PathPurpose::Open,
                suggested: String::new(),
                then: Box::new(|p| p.map_or(Message::DialogClosed, Message::OpenPath)),
            }),
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
                self.file_guard.lock = None;
                iced::exit()
            }
        }
    }

    /// Makes a document the open one and shows it, with the lock held on its file and the hash
    /// of the file's content (the previous file's lock is released).
    fn show(&mut self, doc: Document, lock: Option<Lock>, hash: Option<ContentHash>) {
        let hash = hash.and_then(|h| Some((doc.path()?.clone(), h)));
        self.file_guard = FileGuard { lock, hash, prompt: None };
        let today = self.today();
        self.guide.show_current(doc.plan(), today);
        self.document = Some(doc);
        self.autosave_due = None;
        self.screen = Screen::Plan;
        self.error = None;
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

    /// Saves to a path; over the open file only while it still has the content it was
    /// loaded or last saved with.
    fn save_to(&mut self, path: PathBuf) -> Task<Message> {
        let expected = self.file_guard.hash.as_ref().filter(|(p, _)| *p == path).map(|(_, h)| *h);
        self.save_checked(path, expected)
    }

    fn save_checked(&mut self, path: PathBuf, expected: Option<ContentHash>) -> Task<Message> {
        let Some(doc) = &self.document else { return Task::none() };
        let plan = doc.plan().clone();
        let revision = doc.revision();
        self.busy = Some(Busy::Saving(path.clone()));
        Task::perform(async move { storage::save_checked(&plan, &path, expected).map(|hash| (path, hash)) }, move |r| {
            Message::Saved(revision, r)
        })
    }

    /// The question about the file on disk that is on screen, if any.
    pub fn file_prompt(&self) -> Option<&FilePrompt> {
        self.file_guard.prompt.as_ref()
    }

    /// Who this window holds the open file's lock as, if it holds one.
    pub fn file_lock(&self) -> Option<&LockInfo> {
        self.file_guard.lock.as_ref().map(Lock::info)
    }

    /// A file was read: it opens when it can be locked; otherwise the user is asked.
    fn opened(&mut self, path: PathBuf, loaded: storage::Loaded) -> Task<Message> {
        if loaded.newer {
            // Never saved over, so nobody needs to be kept out.
            let read_only = Some(ReadOnly::NewerVersion(loaded.version));
            return self.open_document(path, loaded, read_only, None);
        }
        // Opening the same file again keeps its lock; another file's lock is kept until the
        // new file opens (the question about it may be cancelled).
        let same = self.file_guard.lock.as_ref().is_some_and(|l| l.path() == lock::lock_path(&path));
        let held = if same { self.file_guard.lock.take() } else { None };
        let lock = match held.map_or_else(|| lock::acquire(&path), Ok) {
            Ok(lock) => Some(lock),
            Err(LockError::Io(e)) => {
                // A folder we may not write in: the file opens; saving will tell what is wrong.
                eprintln!("Allianssi: no lock file: {e}");
                None
            }
            Err(LockError::Stale(holder)) if holder.user == lock::user_name() => {
                // Our own lock, left by a crash: taken back without asking.
                lock::take_over(&path, &holder).ok()
            }
            Err(LockError::Stale(holder)) => return self.ask_locked(path, loaded, Some(holder), true),
            Err(LockError::Held(holder)) => return self.ask_locked(path, loaded, holder, false),
        };
        self.open_document(path, loaded, None, lock)
    }

    fn ask_locked(
        &mut self,
        path: PathBuf,
        loaded: storage::Loaded,
        holder: Option<LockInfo>,
        stale: bool,
    ) -> Task<Message> {
        self.file_guard.prompt = Some(FilePrompt::Locked { path, loaded: Box::new(loaded), holder, stale });
        Task::none()
    }

    fn open_document(
        &mut self,
        path: PathBuf,
        loaded: storage::Loaded,
        read_only: Option<ReadOnly>,
        lock: Option<Lock>,
    ) -> Task<Message> {
        self.settings.remember(&path, self.today());
        self.show(Document::opened(loaded.plan, path, read_only), lock, Some(loaded.hash));
        self.save_settings()
    }

    /// After a save: the new content's hash, and the lock moves with Save As to the new file.
    fn saved_as(&mut self, path: &Path, hash: ContentHash) {
        self.file_guard.hash = Some((path.to_path_buf(), hash));
        if self.file_guard.lock.as_ref().is_none_or(|l| l.path() != lock::lock_path(path)) {
            self.file_guard.lock = None;
            self.file_guard.lock = lock::acquire(path).ok();
        }
    }

    fn choose(&mut self, choice: Choice) -> Task<Message> {
        let Some(prompt) = self.file_guard.prompt.take() else { return Task::none() };
        match (prompt, choice) {
            (FilePrompt::Locked { path, loaded, holder, .. }, Choice::OpenReadOnly) => {
                self.open_document(path, *loaded, Some(ReadOnly::Locked(holder)), None)
            }
            (FilePrompt::Locked { loaded, .. }, Choice::OpenCopy) => {
                // An untitled plan: saving it asks for a new name.
                self.show(Document::new(loaded.plan), None, None);
                Task::none()
            }
            (FilePrompt::Locked { path, loaded, holder: Some(holder), stale: true }, Choice::TakeOver) => {
                match lock::take_over(&path, &holder) {
                    Ok(lock) => self.open_document(path, *loaded, None, Some(lock)),
                    Err(LockError::Stale(now)) => self.ask_locked(path, *loaded, Some(now), true),
                    Err(LockError::Held(now)) => self.ask_locked(path, *loaded, now, false),
                    Err(LockError::Io(e)) => {
                        eprintln!("Allianssi: could not take over the lock: {e}");
                        self.ask_locked(path, *loaded, Some(holder), true)
                    }
                }
            }
            (FilePrompt::Changed { path }, Choice::Overwrite) => self.save_checked(path, None),
            (FilePrompt::Changed { .. }, Choice::SaveElsewhere) => self.update(Message::SaveAs),
            (FilePrompt::Changed { .. }, Choice::Cancel) => {
                self.after_save = None;
                Task::none()
            }
            // Any other answer closes the question (Cancel of the lock dialog).
            _ => Task::none(),
        }
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

/// Waits without holding a worker of the executor: a thread sleeps and wakes the task.
async fn sleep(duration: Duration) {
    crate::screen::on_thread(move || std::thread::sleep(duration)).await;
}

impl FileGuard {
    /// Whether a question about the file is on screen.
    pub fn is_asking(&self) -> bool {
        self.prompt.is_some()
    }
}
