//! The Annexes view: the plan's annexes with their numbers, a choice of annexes, language,
//! status and version, and printing them as one PDF off the UI thread (rfd save dialog, or a
//! path given directly for tests); the written file opens in the system viewer.

use super::{Action, Context};
use crate::annex::{self, AnnexLanguage, Options};
use crate::i18n::Language;
use crate::i18n::Named;
use crate::i18n::ui::annexes::{self as txt, T};
use crate::model::{AnnexKind, Plan, PlanStatus};
use crate::theme::{size, space};
use crate::widget as w;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{checkbox, column, progress_bar, row, text_input};
use iced::{Alignment, Element, Length, Task};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The view state of the annexes screen.
#[derive(Debug)]
pub struct State {
    /// Annexes left out (so that every annex is chosen at first).
    left_out: BTreeSet<AnnexKind>,
    pub lang: AnnexLanguage,
    /// `None`: the plan's own status.
    pub status: Option<PlanStatus>,
    /// `None`: the plan's own version.
    pub version: Option<String>,
    pub include_closed: bool,
    pub exporting: bool,
    /// The last file written, for "Open".
    pub last: Option<PathBuf>,
    /// What happened last, shown under the button.
    pub note: Option<Result<String, String>>,
}

impl Default for State {
    fn default() -> Self {
        State {
            left_out: BTreeSet::new(),
            lang: AnnexLanguage::Fi,
            status: None,
            version: None,
            include_closed: false,
            exporting: false,
            last: None,
            note: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Toggled(AnnexKind, bool),
    AllPressed,
    NonePressed,
    LanguageSelected(AnnexLanguage),
    StatusSelected(PlanStatus),
    VersionChanged(String),
    ClosedToggled(bool),
    ExportPressed,
    /// The save dialog's answer; `None` for Cancel or when no dialog can be shown.
    PathChosen(Option<PathBuf>),
    /// Export to this path without a dialog (the path twin of the dialog, for tests).
    ExportTo(PathBuf),
    Exported(Result<(PathBuf, usize), String>),
    OpenPressed,
    /// The viewer's launcher ended: `Err` with the message when nothing opened the file.
    Viewed(Result<(), String>),
}

impl State {
    /// The chosen annexes in the plan's order.
    pub fn chosen(&self, plan: &Plan) -> Vec<AnnexKind> {
        annex::all(plan).into_iter().filter(|k| !self.left_out.contains(k)).collect()
    }

    /// The export options for the plan on `today`.
    pub fn options(&self, plan: &Plan, today: chrono::NaiveDate) -> Options {
        let mut o = Options::new(plan, self.chosen(plan), self.lang, plan.meta.date.unwrap_or(today));
        if let Some(s) = self.status {
            o.status = s;
        }
        if let Some(v) = &self.version {
            o.version = v.trim().to_string();
        }
        o.include_closed_risks = self.include_closed;
        o
    }

    pub fn update(&mut self, message: Message, plan: &Plan, ctx: &Context) -> Action<Message> {
        let lang = ctx.lang;
        match message {
            Message::Toggled(kind, on) => {
                if on {
                    self.left_out.remove(&kind);
                } else {
                    self.left_out.insert(kind);
                }
            }
            Message::AllPressed => self.left_out.clear(),
            Message::NonePressed => self.left_out = AnnexKind::ALL.into_iter().collect(),
            Message::LanguageSelected(l) => self.lang = l,
            Message::StatusSelected(s) => self.status = Some(s),
            Message::VersionChanged(v) => self.version = Some(v),
            Message::ClosedToggled(b) => self.include_closed = b,
            Message::ExportPressed => {
                if self.chosen(plan).is_empty() {
                    self.note = Some(Err(T::NothingChosen.get(lang).to_string()));
                    return Action::None;
                }
                let name = file_name(plan, &self.options(plan, ctx.today));
                return Action::AskPath(super::PathRequest {
                    purpose: super::PathPurpose::ExportPdf,
                    suggested: name,
                    then: Box::new(Message::PathChosen),
                });
            }
            Message::PathChosen(None) => self.note = Some(Err(T::Cancelled.get(lang).to_string())),
            Message::PathChosen(Some(path)) | Message::ExportTo(path) => {
                let opts = self.options(plan, ctx.today);
                if opts.annexes.is_empty() {
                    self.note = Some(Err(T::NothingChosen.get(lang).to_string()));
                    return Action::None;
                }
                self.exporting = true;
                self.note = None;
                let plan = plan.clone();
                return Action::Run(Task::perform(export(plan, opts, path, lang), Message::Exported));
            }
            Message::Exported(result) => {
                self.exporting = false;
                match result {
                    Ok((path, bytes)) => {
                        self.note = Some(Ok(txt::written(&path.display().to_string(), bytes, lang)));
                        self.last = Some(path);
                    }
                    Err(e) => self.note = Some(Err(e)),
                }
            }
            Message::OpenPressed => {
                if let Some(path) = self.last.clone() {
                    return Action::Run(Task::perform(view_pdf(path, lang), Message::Viewed));
                }
            }
            Message::Viewed(Ok(())) => {}
            Message::Viewed(Err(e)) => self.note = Some(Err(e)),
        }
        Action::None
    }

    /// The message for a key press no widget took while this screen is shown.
    pub fn key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        // Ctrl+P prints the chosen annexes.
        match key.as_ref() {
            Key::Character("p") if modifiers.command() && !self.exporting => Some(Message::ExportPressed),
            _ => None,
        }
    }

    /// The screen, filling the space below the tabs; it scrolls its own content.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        iced::widget::scrollable(self.content(plan, ctx.lang)).height(Length::Fill).into()
    }

    fn content<'a>(&'a self, plan: &'a Plan, lang: Language) -> Element<'a, Message> {
        let ui = match lang {
            Language::Fi => AnnexLanguage::Fi,
            Language::Sv => AnnexLanguage::Sv,
            Language::En => AnnexLanguage::En,
        };
        let list = column(annex::all(plan).into_iter().map(|kind| {
            let on = !self.left_out.contains(&kind);
            row![
                checkbox(on)
                    .label(txt::annex_label(annex::number(plan, kind), lang))
                    .on_toggle(move |b| Message::Toggled(kind, b))
                    .size(18)
                    .width(Length::Fixed(130.0)),
                w::body(annex::title(plan, kind, ui)),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center)
            .into()
        }))
        .spacing(space::S);
        let choose = row![
            w::h3(T::Annexes.get(lang)),
            w::tool(T::All.get(lang), Some(Message::AllPressed)),
            w::tool(T::None.get(lang), Some(Message::NonePressed)),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);
        let languages = row(AnnexLanguage::ALL
            .into_iter()
            .map(|l| w::tab(l.name(lang), self.lang == l, Message::LanguageSelected(l))))
        .spacing(space::S);
        let status_now = self.status.unwrap_or(plan.meta.status);
        let statuses = row([PlanStatus::Draft, PlanStatus::Approved]
            .map(|s| w::tab(s.name(lang), status_now == s, Message::StatusSelected(s))))
        .spacing(space::S);
        let version_value = self.version.as_deref().unwrap_or(plan.meta.version.as_str());
        let version = text_input(T::VersionHint.get(lang), version_value)
            .id("annex-version")
            .on_input(Message::VersionChanged)
            .width(Length::Fixed(140.0));
        let label = |t: T| w::muted(t.get(lang)).width(Length::Fixed(110.0));
        let settings = column![
            row![label(T::Language), languages].spacing(space::M).align_y(Alignment::Center),
            row![label(T::Status), statuses].spacing(space::M).align_y(Alignment::Center),
            row![label(T::Version), version].spacing(space::M).align_y(Alignment::Center),
            checkbox(self.include_closed)
                .label(T::IncludeClosed.get(lang))
                .on_toggle(Message::ClosedToggled)
                .text_size(size::SMALL)
                .size(16),
        ]
        .spacing(space::M);
        let can_export = !self.exporting && !self.chosen(plan).is_empty();
        let mut actions = row![w::tool(T::Export.get(lang), can_export.then_some(Message::ExportPressed))]
            .spacing(space::M)
            .align_y(Alignment::Center);
        if self.last.is_some() && !self.exporting {
            actions = actions.push(w::tool(T::Open.get(lang), Some(Message::OpenPressed)));
        }
        let mut status_area = column![].spacing(space::S);
        if self.exporting {
            status_area = status_area.push(w::muted(T::Exporting.get(lang)));
            status_area = status_area.push(progress_bar(0.0..=1.0, 0.5).girth(6.0).length(Length::Fixed(320.0)));
        }
        match &self.note {
            Some(Ok(s)) => status_area = status_area.push(w::body(s.as_str())),
            Some(Err(s)) => status_area = status_area.push(w::colored(s.as_str(), |t| t.palette().danger)),
            None => {}
        }
        column![
            w::h1(T::Title.get(lang)),
            w::muted(T::Intro.get(lang)),
            w::card(column![choose, list, w::muted(T::Contents.get(lang))].spacing(space::M)),
            w::card(settings),
            actions,
            status_area,
        ]
        .spacing(space::L)
        .padding(space::XL)
        .max_width(900)
        .into()
    }
}

/// A file name for the save dialog, after the plan and the annex: e.g.
/// "Hämeenlinnan_seudun_työllisyysallianssi_Liitteet.pdf" or "…_Liite_3_Kaupallinen_malli.pdf";
/// letters and digits kept, anything else one underscore, at most 120 characters before ".pdf".
fn file_name(plan: &Plan, opts: &Options) -> String {
    let base = match opts.annexes.as_slice() {
        [one] => format!(
            "{}_{}_{}",
            opts.lang.both("Liite", "Bilaga", "Annex").replace(" / ", "_"),
            annex::number(plan, *one),
            annex::title(plan, *one, opts.lang)
        ),
        _ => opts.lang.both("Liitteet", "Bilagor", "Annexes").replace(" / ", "_"),
    };
    let named = if plan.meta.name.trim().is_empty() { base } else { format!("{}_{base}", plan.meta.name.trim()) };
    let clean: String =
        named.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    // One underscore where several stood, none at the ends, and a length a file system takes.
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    let out: String = out.trim_matches('_').chars().take(120).collect();
    format!("{}.pdf", out.trim_end_matches('_'))
}

/// Lays out, renders and writes on a thread of its own, so neither the UI nor the executor's
/// workers wait for it.
async fn export(plan: Plan, opts: Options, path: PathBuf, lang: Language) -> Result<(PathBuf, usize), String> {
    super::on_thread(move || annex::write(&plan, &opts, &path).map(|n| (path, n)).map_err(|e| e.message(lang)))
        .await
        .unwrap_or_else(|| Err(annex::Error::Render.message(lang)))
}

/// Opens the file in the system's PDF viewer on a thread of its own and says when nothing could
/// open it: the launcher missing, or ending with an error (xdg-open's "no application").
async fn view_pdf(path: PathBuf, lang: Language) -> Result<(), String> {
    super::on_thread(move || {
        let shown = path.display().to_string();
        match open_in_viewer(&path) {
            // Explorer answers 1 even when it opened the file.
            Ok(status) if status.success() || cfg!(windows) => Ok(()),
            Ok(_) => Err(crate::i18n::ui::paths::no_viewer(&shown, lang)),
            Err(e) => Err(txt::cannot_open(&shown, &e.to_string(), lang)),
        }
    })
    .await
    .unwrap_or(Ok(()))
}

/// Runs the system's opener on the file and waits for the opener (not the viewer) to end.
fn open_in_viewer(path: &std::path::Path) -> std::io::Result<std::process::ExitStatus> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template;

    fn ctx() -> Context<'static> {
        static ANALYSIS: std::sync::OnceLock<crate::analysis::Analysis> = std::sync::OnceLock::new();
        let analysis = ANALYSIS.get_or_init(|| crate::analysis::Analysis::of(&(template::all()[0].build)()));
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        Context::of(analysis, 0, Language::Fi, today)
    }

    #[test]
    fn choices_make_the_options_and_the_export_writes_the_file() {
        let plan = (template::all()[0].build)();
        let mut s = State::default();
        assert_eq!(s.chosen(&plan).len(), 7, "every annex is chosen at first");
        let _ = s.update(Message::NonePressed, &plan, &ctx());
        let _ = s.update(Message::ExportPressed, &plan, &ctx());
        assert!(matches!(s.note, Some(Err(_))), "nothing chosen is refused");
        let _ = s.update(Message::Toggled(AnnexKind::Risks, true), &plan, &ctx());
        let _ = s.update(Message::LanguageSelected(AnnexLanguage::FiSv), &plan, &ctx());
        let _ = s.update(Message::StatusSelected(PlanStatus::Approved), &plan, &ctx());
        let _ = s.update(Message::VersionChanged("1.0".into()), &plan, &ctx());
        let o = s.options(&plan, ctx().today);
        assert_eq!(o.annexes, vec![AnnexKind::Risks]);
        assert_eq!((o.lang, o.status, o.version.as_str()), (AnnexLanguage::FiSv, PlanStatus::Approved, "1.0"));
        assert!(file_name(&plan, &o).ends_with(".pdf"));
        // Named after the plan (was "Liitteet.pdf" for every plan).
        let mut all = o.clone();
        all.annexes = vec![AnnexKind::Risks, AnnexKind::Commercial];
        all.lang = AnnexLanguage::Fi;
        let mut named = plan.clone();
        named.meta.name = "Hämeen  työllisyysallianssi: 2027 / luonnos".into();
        assert_eq!(file_name(&named, &all), "Hämeen_työllisyysallianssi_2027_luonnos_Liitteet.pdf");
        named.meta.name = "x".repeat(300);
        assert_eq!(file_name(&named, &all).chars().count(), 124);

        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("riskit.pdf");
        assert!(matches!(s.update(Message::ExportTo(path.clone()), &plan, &ctx()), Action::Run(_)));
        assert!(s.exporting, "progress shows while the export runs");
        let result = iced::futures::executor::block_on(export(plan.clone(), o, path.clone(), Language::Fi));
        let _ = s.update(Message::Exported(result), &plan, &ctx());
        assert!(!s.exporting);
        assert_eq!(s.last.as_deref(), Some(path.as_path()));
        assert!(matches!(&s.note, Some(Ok(t)) if t.contains("riskit.pdf")));
        let bytes = std::fs::read(&path).expect("written");
        assert!(bytes.starts_with(b"%PDF-"));

        let bad = dir.path().join("missing").join("x.pdf");
        let o = s.options(&plan, ctx().today);
        let result = iced::futures::executor::block_on(export(plan.clone(), o, bad, Language::Fi));
        let _ = s.update(Message::Exported(result), &plan, &ctx());
        assert!(matches!(&s.note, Some(Err(t)) if t.contains("missing")), "{:?}", s.note);
    }
}
