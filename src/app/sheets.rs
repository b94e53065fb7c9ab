//! Spreadsheets in the window: the header's menu and the list views ask for a file; an import
//! is read and previewed off the UI thread (the counts of each list, the notes, or the first
//! problem) and changes nothing until the user applies it, as one undo step; removing rows the
//! file lacks is a choice that names how many go. An export writes the file atomically and says
//! where.

use super::{App, Message};
use crate::csvio::file::{self, FileImport};
use crate::csvio::{Kind, Options};
use crate::i18n::ui::sheets::{self as txt, Sh};
use crate::i18n::{Language, Named};
use crate::screen::{PathPurpose, PathRequest, SheetRequest};
use crate::storage;
use crate::theme::space;
use crate::widget::{self as w, BannerKind};
use iced::widget::{button, checkbox, column, row, text};
use iced::{Element, Task};
use std::path::PathBuf;
use std::sync::Arc;

/// The notes shown in the preview; the rest are counted.
const NOTES_SHOWN: usize = 6;

/// An import being previewed.
#[derive(Debug, Clone)]
pub struct Preview {
    pub path: PathBuf,
    pub kind: Option<Kind>,
    pub replace: bool,
    bytes: Arc<Vec<u8>>,
    /// The document's revision the outcome was computed from.
    revision: u64,
    /// `None` while the file is read and merged.
    pub outcome: Option<Result<Arc<FileImport>, String>>,
}

#[derive(Debug, Clone)]
pub enum SheetMessage {
    ImportPicked(Option<Kind>, Option<PathBuf>),
    Read(PathBuf, Option<Kind>, Result<Arc<Vec<u8>>, String>),
    /// A preview computed for the document's revision with these options.
    Previewed(u64, bool, Result<Arc<FileImport>, String>),
    ReplaceToggled(bool),
    Apply,
    Cancel,
    ExportTo(Option<Kind>, Option<PathBuf>),
    Exported(PathBuf, Result<(), String>),
    NoticeDismissed,
}

impl App {
    /// A spreadsheet asked for by a screen or the header's menu.
    pub(super) fn sheet_request(&mut self, request: SheetRequest) -> Task<Message> {
        let lang = self.language();
        let Some(doc) = &self.document else { return Task::none() };
        match request {
            SheetRequest::Import(kind) => {
                if doc.read_only().is_some() {
                    self.notice = Some((BannerKind::Warning, Sh::ReadOnly.get(lang).to_string()));
                    return Task::none();
                }
                self.ask_path(PathRequest {
                    purpose: PathPurpose::ImportSheet,
                    suggested: String::new(),
                    then: Box::new(move |p| Message::Sheet(SheetMessage::ImportPicked(kind, p))),
                })
            }
            SheetRequest::Export(kind) => {
                let stem = doc
                    .path()
                    .and_then(|p| p.file_stem())
                    .map_or_else(|| "suunnitelma".to_string(), |s| s.to_string_lossy().into_owned());
                let suggested = match kind {
                    Some(k) => format!("{stem}-{}.xlsx", k.name(lang).to_lowercase().replace(' ', "-")),
                    None => format!("{stem}.xlsx"),
                };
                self.ask_path(PathRequest {
                    purpose: PathPurpose::ExportSheet,
                    suggested,
                    then: Box::new(move |p| Message::Sheet(SheetMessage::ExportTo(kind, p))),
                })
            }
        }
    }

    pub(super) fn update_sheet(&mut self, message: SheetMessage) -> Task<Message> {
        let lang = self.language();
        match message {
            SheetMessage::ImportPicked(_, None) | SheetMessage::ExportTo(_, None) => Task::none(),
            SheetMessage::ImportPicked(kind, Some(path)) => {
                let read_path = path.clone();
                Task::perform(async move { file::read(&read_path, lang).map(Arc::new) }, move |r| {
                    Message::Sheet(SheetMessage::Read(path.clone(), kind, r))
                })
            }
            SheetMessage::Read(path, kind, Err(e)) => {
                let Some(doc) = &self.document else { return Task::none() };
                let revision = doc.revision();
                let bytes = Arc::new(Vec::new());
                self.preview = Some(Preview { path, kind, replace: false, bytes, revision, outcome: Some(Err(e)) });
                Task::none()
            }
            SheetMessage::Read(path, kind, Ok(bytes)) => {
                let Some(doc) = &self.document else { return Task::none() };
                let revision = doc.revision();
                self.preview = Some(Preview { path, kind, replace: false, bytes, revision, outcome: None });
                self.compute_preview()
            }
            SheetMessage::ReplaceToggled(on) => {
                let Some(p) = &mut self.preview else { return Task::none() };
                if p.bytes.is_empty() {
                    return Task::none();
                }
                p.replace = on;
                p.outcome = None;
                self.compute_preview()
            }
            SheetMessage::Previewed(revision, replace, outcome) => {
                if let Some(p) = &mut self.preview
                    && p.revision == revision
                    && p.replace == replace
                {
                    p.outcome = Some(outcome);
                }
                Task::none()
            }
            SheetMessage::Apply => self.apply_import(),
            SheetMessage::Cancel => {
                self.preview = None;
                Task::none()
            }
            SheetMessage::ExportTo(kind, Some(path)) => {
                let Some(doc) = &self.document else { return Task::none() };
                let plan = doc.plan().clone();
                let target = path.clone();
                Task::perform(
                    async move {
                        let name = target.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                        let bytes = file::export(&plan, &name, kind).map_err(|e| e.message(lang))?;
                        storage::write_bytes_atomic(&target, &bytes).map_err(|e| e.to_string())
                    },
                    move |r| Message::Sheet(SheetMessage::Exported(path.clone(), r)),
                )
            }
            SheetMessage::Exported(path, result) => {
                let p = path.display().to_string();
                self.notice = Some(match result {
                    Ok(()) => (BannerKind::Info, txt::exported(&p, lang)),
                    Err(e) => (BannerKind::Error, txt::export_failed(&p, &e, lang)),
                });
                Task::none()
            }
            SheetMessage::NoticeDismissed => {
                self.notice = None;
                Task::none()
            }
        }
    }

    /// Merges the file into the current plan off the UI thread.
    fn compute_preview(&mut self) -> Task<Message> {
        let lang = self.language();
        // The window's today (tests pass their own) dates new risks and status changes.
        let today = Some(self.today());
        let (Some(doc), Some(p)) = (&self.document, &mut self.preview) else { return Task::none() };
        p.revision = doc.revision();
        p.outcome = None;
        let (plan, bytes, kind, replace, revision) =
            (doc.plan().clone(), p.bytes.clone(), p.kind, p.replace, p.revision);
        let name = p.path.display().to_string();
        Task::perform(
            async move {
                file::import(&plan, &bytes, kind, Options { replace, today })
                    .map(Arc::new)
                    .map_err(|e| e.message(&name, lang))
            },
            move |r| Message::Sheet(SheetMessage::Previewed(revision, replace, r)),
        )
    }

    /// Applies the previewed import as one undo step (computed again if the plan changed).
    fn apply_import(&mut self) -> Task<Message> {
        let lang = self.language();
        let at = self.now_ms();
        let Some(doc) = &mut self.document else { return Task::none() };
        let Some(p) = &self.preview else { return Task::none() };
        if p.revision != doc.revision() {
            return self.compute_preview();
        }
        let Some(Ok(done)) = &p.outcome else { return Task::none() };
        let summary = summary(done, lang);
        let name = p.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let changed = doc.replace(done.plan.clone(), at);
        self.preview = None;
        self.notice = Some((BannerKind::Info, txt::imported(&name, &summary, lang)));
        if changed { self.changed() } else { Task::none() }
    }

    /// The import preview, if one is open.
    pub(super) fn sheet_dialog(&self, lang: Language) -> Option<Element<'_, Message>> {
        let p = self.preview.as_ref()?;
        let t = |x: Sh| x.get(lang);
        let msg = |m: SheetMessage| Message::Sheet(m);
        let mut content = column![w::h2(t(Sh::PreviewTitle)), w::body(p.path.display().to_string())].spacing(space::M);
        let cancel = button(text(t(Sh::Cancel))).style(button::secondary).on_press(msg(SheetMessage::Cancel));
        match &p.outcome {
            None => {
                content = content.push(w::muted(t(Sh::Reading)));
                content = content.push(cancel);
            }
            Some(Err(e)) => {
                content = content.push(w::body(t(Sh::Failed)));
                content = content.push(w::colored(e.clone(), |t: &iced::Theme| t.extended_palette().danger.base.color));
                content = content.push(cancel);
            }
            Some(Ok(done)) => {
                for (kind, counts) in &done.lists {
                    content = content.push(w::body(format!("{}: {}.", kind.name(lang), counts.message(lang))));
                }
                if !done.notes.is_empty() {
                    let mut notes = column![w::muted(t(Sh::Notes))].spacing(2);
                    for (sheet, note) in done.notes.iter().take(NOTES_SHOWN) {
                        let at = sheet.as_ref().map_or_else(String::new, |s| format!("{s}: "));
                        notes = notes.push(w::muted(format!("• {at}{}", note.message(lang))));
                    }
                    if done.notes.len() > NOTES_SHOWN {
                        notes = notes.push(w::muted(txt::more(done.notes.len() - NOTES_SHOWN, lang)));
                    }
                    content = content.push(notes);
                }
                content = content.push(
                    checkbox(p.replace)
                        .label(t(Sh::Replace))
                        .on_toggle(move |b| Message::Sheet(SheetMessage::ReplaceToggled(b))),
                );
                let removed: usize = done.lists.iter().map(|(_, c)| c.removed).sum();
                if removed > 0 {
                    content = content.push(w::colored(txt::removal_warning(removed, lang), |t: &iced::Theme| {
                        t.extended_palette().danger.base.color
                    }));
                }
                if !done.changes() {
                    content = content.push(w::muted(t(Sh::NothingChanges)));
                }
                let apply = if removed > 0 {
                    button(text(txt::apply_removing(removed, lang))).style(w::readable(button::danger))
                } else {
                    button(text(t(Sh::Apply))).style(button::primary)
                };
                let apply = apply.on_press_maybe(done.changes().then_some(msg(SheetMessage::Apply)));
                content = content.push(row![apply, cancel].spacing(space::S));
            }
        }
        Some(super::view::dialog(content))
    }
}

/// "Osapuolet: 1 lisätty, …; Budjetti: …".
fn summary(done: &FileImport, lang: Language) -> String {
    done.lists.iter().map(|(k, c)| format!("{}: {}", k.name(lang), c.message(lang))).collect::<Vec<_>>().join("; ")
}
