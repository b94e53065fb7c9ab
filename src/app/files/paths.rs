//! Asking for a file path: the system's file chooser (the desktop portal, or zenity) where there
//! is one, and otherwise the application's own path dialog, which says why it is shown, starts
//! in the folder of the most recent file with the suggested name, lists what the folder holds
//! and completes with Tab. A chooser that answers "nothing" at once never opened: its answer is
//! not taken for a cancel, the own dialog opens instead.

use crate::app::{App, Message};
use crate::i18n::Language;
use crate::i18n::ui::paths::{self, Tx};
use crate::screen::{PathPurpose, PathRequest};
use crate::theme::space;
use crate::widget as w;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Length, Task};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The id of the path field.
pub const PATH_ID: &str = "path-prompt";

/// A chooser that answers sooner than this was never on screen.
const TOO_QUICK: Duration = Duration::from_millis(400);

/// How many entries of the folder the dialog lists.
const LISTED: usize = 8;

/// Why the application's own dialog is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    NoPortal,
    DialogFailed,
}

/// The application's own path dialog, open.
pub struct PathPrompt {
    pub purpose: PathPurpose,
    pub text: String,
    pub reason: Reason,
    pub error: Option<String>,
    /// What the folder of the typed path holds, read when the text changes (not in the view).
    listed: Vec<String>,
    then: Box<dyn Fn(Option<PathBuf>) -> Message + Send>,
}

#[derive(Debug, Clone)]
pub enum PromptMessage {
    Changed(String),
    Completed(String),
    Confirm,
    Cancel,
}

/// Whether a system file chooser can be reached: on Linux and the BSDs a D-Bus session (for the
/// desktop portal) or zenity on the PATH; elsewhere the system's own dialogs always are.
/// `ALLIANSSI_FILE_DIALOG=own` chooses the application's own dialog everywhere.
pub fn chooser_available() -> bool {
    // ALLIANSSI_FILE_DIALOG=own always uses the application's own dialog (a kiosk, a test).
    if std::env::var_os("ALLIANSSI_FILE_DIALOG").is_some_and(|v| v == "own") {
        return false;
    }
    if !cfg!(unix) || cfg!(target_os = "macos") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    let zenity =
        std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// The extensions of the files a purpose lists; the first is given to a name without one.
fn extensions(purpose: PathPurpose) -> &'static [&'static str] {
    match purpose {
        PathPurpose::Open | PathPurpose::Save | PathPurpose::OtherVersion | PathPurpose::BaseVersion => &["ron"],
        PathPurpose::ExportPdf => &["pdf"],
        PathPurpose::ImportSheet | PathPurpose::ExportSheet => &["xlsx", "ods", "csv"],
    }
}

/// The folder part and the name typed so far.
fn split(text: &str) -> (PathBuf, String) {
    match text.rfind(std::path::MAIN_SEPARATOR) {
        Some(i) => {
            let folder = if i == 0 { std::path::MAIN_SEPARATOR.to_string() } else { text[..i].to_string() };
            (PathBuf::from(folder), text[i + 1..].to_string())
        }
        None => (PathBuf::from("."), text.to_string()),
    }
}

/// What the folder of the typed path holds that begins with the typed name: folders (ending
/// with the separator) and files of the purpose's kind, sorted, hidden ones only when asked for.
pub fn completions(text: &str, purpose: PathPurpose) -> Vec<String> {
    let (folder, prefix) = split(text);
    let Ok(entries) = std::fs::read_dir(&folder) else { return Vec::new() };
    let base = match text.rfind(std::path::MAIN_SEPARATOR) {
        Some(i) => text[..=i].to_string(),
        None => String::new(),
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if !name.starts_with(&prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            let is_dir = e.file_type().ok()?.is_dir();
            let fits = is_dir
                || Path::new(&name)
                    .extension()
                    .is_some_and(|x| extensions(purpose).iter().any(|e| x.eq_ignore_ascii_case(e)));
            fits.then(|| format!("{base}{name}{}", if is_dir { std::path::MAIN_SEPARATOR_STR } else { "" }))
        })
        .collect();
    out.sort();
    out
}

/// The longest common beginning of the completions, when it says more than the text typed.
pub fn complete(text: &str, purpose: PathPurpose) -> Option<String> {
    let all = completions(text, purpose);
    let first = all.first()?;
    let common = all.iter().skip(1).fold(first.as_str(), |acc, other| {
        let same = acc.char_indices().zip(other.chars()).take_while(|((_, a), b)| a == b).last();
        &acc[..same.map_or(0, |((i, c), _)| i + c.len_utf8())]
    });
    (common.len() > text.len()).then(|| common.to_string())
}

/// The path the text names, or why it cannot be used: a file to open must exist; a file to
/// save to needs an existing folder and a name, and gets the purpose's extension when it has
/// none.
pub fn resolve(text: &str, purpose: PathPurpose, lang: Language) -> Result<PathBuf, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Tx::EmptyName.get(lang).to_string());
    }
    let path = PathBuf::from(text);
    if path.is_dir() {
        return Err(Tx::IsFolder.get(lang).to_string());
    }
    match purpose {
        PathPurpose::Open | PathPurpose::ImportSheet | PathPurpose::OtherVersion | PathPurpose::BaseVersion => {
            if path.is_file() { Ok(path) } else { Err(paths::not_found(text, lang)) }
        }
        PathPurpose::Save | PathPurpose::ExportPdf | PathPurpose::ExportSheet => {
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            if !folder.is_dir() {
                return Err(paths::no_folder(&folder.display().to_string(), lang));
            }
            Ok(if path.extension().is_some() { path } else { path.with_extension(extensions(purpose)[0]) })
        }
    }
}

/// Where the dialog starts: the folder of the most recent file (or the home folder) and the
/// suggested name.
fn start_text(recent: Option<&Path>, suggested: &str) -> String {
    let folder = recent
        .and_then(Path::parent)
        .filter(|p| p.is_dir())
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("."));
    let mut text = folder.display().to_string();
    if !text.ends_with(std::path::MAIN_SEPARATOR) {
        text.push(std::path::MAIN_SEPARATOR);
    }
    text.push_str(suggested);
    text
}

async fn system_dialog(purpose: PathPurpose, suggested: String) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new();
    let picked = match purpose {
        PathPurpose::Open | PathPurpose::OtherVersion | PathPurpose::BaseVersion => {
            dialog.add_filter("Allianssi (.ron)", &["ron"]).pick_file().await
        }
        PathPurpose::Save => dialog.add_filter("Allianssi (.ron)", &["ron"]).set_file_name(suggested).save_file().await,
        PathPurpose::ExportPdf => dialog.add_filter("PDF", &["pdf"]).set_file_name(suggested).save_file().await,
        PathPurpose::ImportSheet => dialog.add_filter("xlsx, ods, csv", &["xlsx", "ods", "csv"]).pick_file().await,
        PathPurpose::ExportSheet => {
            let f = dialog.add_filter("Excel (.xlsx)", &["xlsx"]).add_filter("OpenDocument (.ods)", &["ods"]);
            f.add_filter("CSV", &["csv"]).set_file_name(suggested).save_file().await
        }
    };
    picked.map(|h| h.path().to_path_buf())
}

impl App {
    /// Asks for a path: the system's chooser where it can be reached, the own dialog otherwise.
    pub(in crate::app) fn ask_path(&mut self, request: PathRequest<Message>) -> Task<Message> {
        if !chooser_available() {
            return self.open_prompt(request, Reason::NoPortal);
        }
        let (purpose, suggested) = (request.purpose, request.suggested.clone());
        self.path_waiting = Some(request);
        let asked = Instant::now();
        Task::perform(system_dialog(purpose, suggested), move |p| Message::PathAnswered(p, asked.elapsed() < TOO_QUICK))
    }

    fn open_prompt(&mut self, request: PathRequest<Message>, reason: Reason) -> Task<Message> {
        let recent = self.settings.recent.first().map(|r| r.path.as_path());
        let text = start_text(recent, &request.suggested);
        let listed = completions(&text, request.purpose);
        let (purpose, then) = (request.purpose, request.then);
        self.path_prompt = Some(PathPrompt { purpose, text, reason, error: None, listed, then });
        // Selected whole: typing a path replaces the suggestion, End keeps it.
        iced::widget::operation::focus(PATH_ID).chain(iced::widget::operation::select_all(PATH_ID))
    }

    /// The system chooser's answer: a path, a cancel, or nothing at once (it never opened).
    pub(in crate::app) fn path_answered(&mut self, path: Option<PathBuf>, at_once: bool) -> Task<Message> {
        let Some(request) = self.path_waiting.take() else { return Task::none() };
        match path {
            None if at_once => self.open_prompt(request, Reason::DialogFailed),
            path => self.update((request.then)(path)),
        }
    }

    pub(in crate::app) fn prompt_message(&mut self, message: PromptMessage) -> Task<Message> {
        let lang = self.language();
        let Some(prompt) = &mut self.path_prompt else { return Task::none() };
        match message {
            PromptMessage::Changed(text) | PromptMessage::Completed(text) => {
                prompt.listed = completions(&text, prompt.purpose);
                prompt.text = text;
                prompt.error = None;
                iced::widget::operation::focus(PATH_ID).chain(iced::widget::operation::move_cursor_to_end(PATH_ID))
            }
            PromptMessage::Confirm => match resolve(&prompt.text, prompt.purpose, lang) {
                Ok(path) => {
                    let prompt = self.path_prompt.take().expect("open");
                    self.update((prompt.then)(Some(path)))
                }
                Err(e) => {
                    prompt.error = Some(e);
                    Task::none()
                }
            },
            PromptMessage::Cancel => {
                let prompt = self.path_prompt.take().expect("open");
                self.update((prompt.then)(None))
            }
        }
    }

    /// Tab in the dialog completes the path as far as the folder allows.
    pub(in crate::app) fn prompt_complete(&mut self) -> Task<Message> {
        let Some(prompt) = &self.path_prompt else { return Task::none() };
        match complete(&prompt.text, prompt.purpose) {
            Some(longer) => self.prompt_message(PromptMessage::Completed(longer)),
            None => Task::none(),
        }
    }

    /// What the own path dialog asks now: its purpose, the path typed and the message under it.
    pub fn asking_path(&self) -> Option<(PathPurpose, &str, Option<&str>)> {
        self.path_prompt.as_ref().map(|p| (p.purpose, p.text.as_str(), p.error.as_deref()))
    }

    /// The own path dialog, if open.
    pub(in crate::app) fn path_dialog(&self, lang: Language) -> Option<Element<'_, Message>> {
        let prompt = self.path_prompt.as_ref()?;
        let t = |x: Tx| x.get(lang);
        let title = match prompt.purpose {
            PathPurpose::Open => Tx::TitleOpen,
            PathPurpose::Save => Tx::TitleSave,
            PathPurpose::ExportPdf => Tx::TitleExport,
            PathPurpose::ImportSheet => Tx::TitleImportSheet,
            PathPurpose::ExportSheet => Tx::TitleExportSheet,
            PathPurpose::OtherVersion => Tx::TitleOtherVersion,
            PathPurpose::BaseVersion => Tx::TitleBaseVersion,
        };
        let why = match prompt.reason {
            Reason::NoPortal => Tx::NoPortal,
            Reason::DialogFailed => Tx::DialogFailed,
        };
        let msg = |m: PromptMessage| Message::PathPrompt(m);
        let field = text_input(t(Tx::Path), &prompt.text)
            .id(PATH_ID)
            .on_input(move |s| msg(PromptMessage::Changed(s)))
            .on_submit(msg(PromptMessage::Confirm))
            .padding(space::S);
        let listed: Vec<Element<'_, Message>> = prompt
            .listed
            .iter()
            .take(LISTED)
            .map(|c| {
                // The entry's own name (a folder with its separator).
                let bare = c.strip_suffix(std::path::MAIN_SEPARATOR).unwrap_or(c);
                let name = bare.rsplit_once(std::path::MAIN_SEPARATOR).map_or(bare, |(_, n)| n);
                let shown = if bare.len() < c.len() {
                    format!("{name}{}", std::path::MAIN_SEPARATOR)
                } else {
                    name.to_string()
                };
                button(text(shown).size(crate::theme::size::SMALL))
                    .style(button::text)
                    .padding([2.0, space::S])
                    .on_press(msg(PromptMessage::Completed(c.clone())))
                    .into()
            })
            .collect();
        let mut content = column![
            w::h2(t(title)),
            w::body(t(why)),
            w::with_message(field, prompt.error.clone(), w::Beside::Below, None)
        ]
        .spacing(space::M);
        if !listed.is_empty() {
            content = content.push(column![w::muted(t(Tx::Completions))].extend(listed).spacing(0));
        }
        content = content.push(
            row![
                button(text(t(Tx::Choose))).style(w::readable(button::primary)).on_press(msg(PromptMessage::Confirm)),
                button(text(t(Tx::Cancel))).style(button::secondary).on_press(msg(PromptMessage::Cancel)),
            ]
            .spacing(space::S),
        );
        Some(
            container(content)
                .padding(space::XL)
                .max_width(680)
                .width(Length::Fill)
                .style(container::bordered_box)
                .into(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_list_folders_and_files_of_the_kind() {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in ["suunnitelma.ron", "suunta.ron", "liite.pdf", "muu.txt", ".piilo.ron"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("suojattu")).expect("mkdir");
        let base = format!("{}{}", dir.path().display(), std::path::MAIN_SEPARATOR);
        let names = |text: &str, purpose| -> Vec<String> {
            completions(text, purpose).into_iter().map(|c| c[base.len()..].to_string()).collect()
        };
        let sep = std::path::MAIN_SEPARATOR_STR;
        assert_eq!(
            names(&base, PathPurpose::Open),
            vec![format!("suojattu{sep}"), "suunnitelma.ron".into(), "suunta.ron".into()]
        );
        assert_eq!(
            names(&format!("{base}suun"), PathPurpose::Open),
            vec!["suunnitelma.ron".to_string(), "suunta.ron".into()]
        );
        assert_eq!(names(&base, PathPurpose::ExportPdf), vec!["liite.pdf".to_string(), format!("suojattu{sep}")]);
        assert_eq!(names(&format!("{base}."), PathPurpose::Open), vec![".piilo.ron".to_string()], "hidden when asked");
        // Tab: the common beginning of "suunnitelma.ron" and "suunta.ron" is "suun".
        assert_eq!(complete(&format!("{base}su"), PathPurpose::Open), None, "suojattu/ and suun… share only su");
        assert_eq!(complete(&format!("{base}suu"), PathPurpose::Open), Some(format!("{base}suun")));
        assert_eq!(complete(&format!("{base}suunn"), PathPurpose::Open), Some(format!("{base}suunnitelma.ron")));
        assert_eq!(complete(&format!("{base}x"), PathPurpose::Open), None);
    }

    #[test]
    fn a_path_is_resolved_or_refused_with_a_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.ron");
        std::fs::write(&file, "x").expect("write");
        let lang = Language::Fi;
        let text = |p: &Path| p.display().to_string();
        assert_eq!(resolve(&text(&file), PathPurpose::Open, lang), Ok(file.clone()));
        assert!(resolve(&text(&dir.path().join("b.ron")), PathPurpose::Open, lang).is_err_and(|e| e.contains("b.ron")));
        assert!(resolve(&text(dir.path()), PathPurpose::Save, lang).is_err_and(|e| e.contains("kansio")));
        assert_eq!(resolve(&text(&dir.path().join("uusi")), PathPurpose::Save, lang), Ok(dir.path().join("uusi.ron")));
        assert_eq!(resolve(&text(&dir.path().join("l")), PathPurpose::ExportPdf, lang), Ok(dir.path().join("l.pdf")));
        let missing = dir.path().join("ei").join("x.ron");
        assert!(resolve(&text(&missing), PathPurpose::Save, lang).is_err_and(|e| e.starts_with("Kansiota ei ole")));
        assert!(resolve("  ", PathPurpose::Save, lang).is_err());
    }

    #[test]
    fn the_dialog_starts_in_the_recent_folder_with_the_suggested_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let recent = dir.path().join("vanha.ron");
        let start = start_text(Some(&recent), "Uusi.ron");
        assert_eq!(start, format!("{}{}Uusi.ron", dir.path().display(), std::path::MAIN_SEPARATOR));
    }
}
