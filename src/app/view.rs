//! The window's layout: the header with file, undo and display controls, banners, the phase
//! stepper, the tabs and the current view, the findings panel, and the confirm and help overlays.

use super::{App, Busy, Message, Screen, shortcuts};
use crate::document::{Document, ReadOnly};
use crate::i18n::ui::{self, Text};
use crate::i18n::{Language, Named};
use crate::model::PhaseKind;
use crate::rules::Severity;
use crate::screen::{Tab, welcome};
use crate::theme::{self, BOLD, size, space};
use crate::widget::{self as w, BannerKind, Labeled};
use iced::widget::{button, center, column, container, opaque, pick_list, row, scrollable, space as gap, stack, text};
use iced::{Alignment, Background, Border, Color, Element, Length, Theme};

/// How many findings the findings panel lists.
const FINDINGS_SHOWN: usize = 100;

/// An item of the header's display menu on a small screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    Language(Language),
    Theme(&'static str),
    Projector(&'static str),
    Help(&'static str),
    /// Comparing or merging versions (on a small screen the versions menu folds in here).
    Version(super::VersionItem, &'static str),
}

impl MenuItem {
    pub fn message(self) -> Message {
        match self {
            MenuItem::Language(l) => Message::LanguageSelected(l),
            MenuItem::Theme(_) => Message::AppearanceToggled,
            MenuItem::Projector(_) => Message::ProjectorToggled,
            MenuItem::Help(_) => Message::HelpToggled,
            MenuItem::Version(v, _) => Message::Compare(super::CompareMessage::Requested(v)),
        }
    }
}

impl std::fmt::Display for MenuItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MenuItem::Language(l) => l.native_name(),
            MenuItem::Theme(s) | MenuItem::Projector(s) | MenuItem::Help(s) | MenuItem::Version(_, s) => s,
        })
    }
}

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        let lang = self.language();
        let mut page = column![self.header(lang)];
        for banner in self.banners(lang) {
            page = page.push(banner);
        }
        let body: Element<'_, Message> = match (&self.document, self.screen) {
            (Some(doc), Screen::Plan) => self.plan_view(doc, lang),
            _ => scrollable(
                welcome::view(welcome::Context {
                    lang,
                    recent: &self.settings.recent,
                    recovery: self.recovery,
                    has_document: self.document.is_some(),
                })
                .map(Message::Welcome),
            )
            .height(Length::Fill)
            .into(),
        };
        let base: Element<'_, Message> = page.push(body).into();

        let overlay = if let Some(d) = self.path_dialog(lang) {
            Some(d)
        } else if let Some(d) = self.sheet_dialog(lang) {
            Some(d)
        } else if let Some(d) = self.compare_dialog(lang) {
            Some(d)
        } else if let Some(d) = self.file_dialog(lang) {
            Some(d)
        } else if self.confirm.is_some() {
            Some(self.confirm_dialog(lang))
        } else if self.help_open {
            Some(help(lang))
        } else {
            None
        };
        let all = match overlay {
            Some(o) => stack![base, modal(o)].into(),
            None => base,
        };
        w::manners(all)
    }

    fn header(&self, lang: Language) -> Element<'_, Message> {
        let t = |x: Text| x.get(lang);
        let doc = self.document.as_ref();
        let can_undo = doc.is_some_and(|d| d.history().can_undo() && d.read_only().is_none());
        let can_redo = doc.is_some_and(|d| d.history().can_redo() && d.read_only().is_none());
        let idle = self.busy.is_none();

        let languages: Vec<Labeled<Language>> =
            Language::ALL.iter().map(|&l| Labeled { value: l, label: l.native_name() }).collect();
        let current = Labeled { value: lang, label: lang.native_name() };

        let wide = self.is_wide();
        // The name is in the window's title too: a small screen leaves it out.
        let files = row![
            wide.then(|| text("Allianssi").font(BOLD).size(size::H2)),
            w::tool(t(Text::New), Some(Message::New)),
            w::tool(t(Text::Open), idle.then_some(Message::Open)),
            w::tool(t(Text::Save), (doc.is_some() && idle).then_some(Message::Save)),
            w::tool(t(Text::SaveAs), (doc.is_some() && idle).then_some(Message::SaveAs)),
            w::tool(t(Text::Undo), can_undo.then_some(Message::Undo)),
            w::tool(t(Text::Redo), can_redo.then_some(Message::Redo)),
            doc.filter(|_| idle).map(|_| self.sheet_menu(lang)),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center);
        let display = row![
            pick_list(languages, Some(current), |l: Labeled<Language>| Message::LanguageSelected(l.value)),
            w::tool(t(self.theme_toggle()), Some(Message::AppearanceToggled)),
            w::tool(t(Text::ProjectorShort), Some(Message::ProjectorToggled)),
            w::tool("?", Some(Message::HelpToggled)),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center);
        // Side by side when there is room; on a small screen or a projector the display
        // controls fold into one menu, so the header stays one line.
        let bar: Element<'_, Message> = if wide {
            row![files, gap::horizontal(), display].align_y(Alignment::Center).into()
        } else {
            let menu = pick_list(self.view_menu(lang), None::<MenuItem>, MenuItem::message)
                .placeholder(t(Text::ViewMenu))
                .text_size(size::BODY);
            let files = container(files.wrap()).width(Length::Fill);
            row![files, menu].spacing(space::S).align_y(Alignment::Center).into()
        };

        container(bar)
            .padding([space::S, space::L])
            .width(Length::Fill)
            .style(|t: &Theme| {
                let p = t.extended_palette();
                container::Style {
                    background: Some(Background::Color(p.background.weak.color)),
                    ..container::Style::default()
                }
            })
            .into()
    }

    /// The header's spreadsheet menu: import into any list, export every list (each list's own
    /// Import…/Export… sit by the list, the follow-up's in the Follow-up view).
    fn sheet_menu(&self, lang: Language) -> Element<'_, Message> {
        use crate::i18n::ui::sheets::Sh;
        use crate::screen::SheetRequest;
        let items = vec![
            Labeled { value: SheetRequest::Import(None), label: Sh::ImportAll.get(lang) },
            Labeled { value: SheetRequest::Export(None), label: Sh::ExportAll.get(lang) },
        ];
        pick_list(items, None::<Labeled<SheetRequest>>, |l| Message::SheetRequested(l.value))
            .placeholder(Sh::Menu.get(lang))
            .text_size(size::BODY)
            .into()
    }

    /// Whether the layout is wide enough, in the pixels it is drawn in, for the header's file
    /// and display controls side by side.
    fn is_wide(&self) -> bool {
        self.layout_size().width >= 1180.0
    }

    /// Whether the layout is short (a small screen, a projector): the phase steps then take
    /// one line without their dates.
    fn is_short(&self) -> bool {
        self.layout_size().height < 720.0
    }

    /// The label of the theme switch: the theme it switches to.
    fn theme_toggle(&self) -> Text {
        match self.settings.appearance {
            theme::Appearance::Light => Text::DarkTheme,
            theme::Appearance::Dark => Text::LightTheme,
        }
    }

    /// The display controls as the items of the header's menu on a small screen: the other
    /// languages, the theme, projector mode and help.
    fn view_menu(&self, lang: Language) -> Vec<MenuItem> {
        let mut items: Vec<MenuItem> =
            Language::ALL.iter().filter(|&&l| l != lang).map(|&l| MenuItem::Language(l)).collect();
        items.push(MenuItem::Theme(self.theme_toggle().get(lang)));
        items.push(MenuItem::Projector(Text::ProjectorShort.get(lang)));
        items.push(MenuItem::Help(Text::Help.get(lang)));
        if self.busy.is_none() {
            items.extend(self.version_items(lang).into_iter().map(|l| MenuItem::Version(l.value, l.label)));
        }
        items
    }

    fn findings_button(&self, lang: Language) -> Element<'_, Message> {
        let (errors, warnings) =
            self.document.as_ref().map_or((0, 0), |d| (d.analysis().errors, d.analysis().warnings));
        let label = if self.is_wide() {
            ui::findings_count(errors, warnings, lang)
        } else {
            ui::findings_summary(errors, warnings, lang)
        };
        button(text(label).size(size::BODY))
            .padding([space::XS + 2.0, space::M])
            .style(w::readable(move |t: &Theme, s| {
                if errors > 0 {
                    button::danger(t, s)
                } else if warnings > 0 {
                    button::warning(t, s)
                } else {
                    button::success(t, s)
                }
            }))
            .on_press(Message::FindingsToggled)
            .into()
    }

    fn banners(&self, lang: Language) -> Vec<Element<'_, Message>> {
        let mut out = Vec::new();
        if let Some(busy) = &self.busy {
            let (label, path) = match busy {
                Busy::Loading(p) => (Text::Loading, p),
                Busy::Saving(p) => (Text::Saving, p),
            };
            out.push(w::banner(text(format!("{} {}", label.get(lang), path.display())), BannerKind::Info));
        }
        if let Some(error) = &self.error {
            // A failed save keeps the work: Save As is offered right there.
            let save_as = (error.is_save_error() && self.document.is_some() && self.busy.is_none()).then(|| {
                button(text(crate::i18n::tr(lang, crate::i18n::Key::FilesSaveElsewhere, &[])))
                    .style(button::primary)
                    .on_press(Message::SaveAs)
            });
            out.push(w::banner(
                row![
                    text(error.message(lang)).width(Length::Fill),
                    save_as,
                    button(text(Text::Close.get(lang))).style(button::secondary).on_press(Message::ErrorDismissed),
                ]
                .spacing(space::M)
                .align_y(Alignment::Center),
                BannerKind::Error,
            ));
        }
        if let Some((kind, notice)) = &self.notice {
            let close = button(text(Text::Close.get(lang)))
                .style(button::secondary)
                .on_press(Message::Sheet(super::SheetMessage::NoticeDismissed));
            out.push(w::banner(
                row![text(notice.as_str()).width(Length::Fill), close].spacing(space::M).align_y(Alignment::Center),
                *kind,
            ));
        }
        if self.screen == Screen::Plan
            && let Some(ReadOnly::NewerVersion(version)) = self.document.as_ref().and_then(Document::read_only)
        {
            out.push(w::banner(text(ui::read_only_newer(*version, lang)), BannerKind::Warning));
        }
        if self.screen == Screen::Plan
            && let Some(ReadOnly::Locked(holder)) = self.document.as_ref().and_then(Document::read_only)
        {
            let message = super::files::locked_banner(holder.as_ref(), lang);
            out.push(w::banner(text(message), BannerKind::Warning));
        }
        out
    }

    fn plan_view<'a>(&'a self, doc: &'a Document, lang: Language) -> Element<'a, Message> {
        let plan = doc.plan();
        let today = self.today();
        let tabs = row(Tab::ALL.iter().map(|&tab| w::tab(tab.label(lang), tab == self.tab, Message::TabSelected(tab))))
            .spacing(space::XS)
            .align_y(Alignment::Center);
        // One line with the findings button at its end; the tabs wrap only where even the
        // short findings label leaves them too little room.
        // The versions menu sits here (the header has no room left for it at 1280 px); on a
        // small screen it folds into the header's menu.
        let versions = (self.busy.is_none() && self.is_wide()).then(|| self.version_menu(lang));
        let tabs: Element<'a, Message> =
            row![container(tabs.wrap()).width(Length::Fill), versions, self.findings_button(lang)]
                .spacing(space::S)
                .align_y(Alignment::Center)
                .into();
        let ctx = Self::context(doc, (lang, today));
        let scrolled = |content: Element<'a, Message>| -> Element<'a, Message> {
            scrollable(content).id(super::CONTENT_ID).height(Length::Fill).width(Length::Fill).spacing(space::S).into()
        };
        // Overview and Guide scroll as a whole; the other screens scroll their own parts
        // (frozen headers, long tables rendered only where visible).
        let content: Element<'a, Message> = match self.tab {
            Tab::Overview => {
                scrolled(self.overview.view(plan, ctx.analysis, lang, doc.read_only().is_some()).map(Message::Overview))
            }
            Tab::Guide => scrolled(self.guide.view(plan, lang, today, doc.read_only().is_none()).map(Message::Guide)),
            Tab::Timeline => self.timeline.view(plan, &ctx).map(Message::Timeline),
            Tab::Parties => self.parties.view(plan, &ctx).map(Message::Parties),
            Tab::Budget => self.budget.view(plan, &ctx).map(Message::Budget),
            Tab::Risks => self.risks.view(plan, &ctx).map(Message::Risks),
            Tab::Annexes => self.annexes.view(plan, &ctx).map(Message::Annexes),
            Tab::FollowUp => self.followup.view(plan, &ctx).map(Message::FollowUp),
        };
        let content = container(content).height(Length::Fill).width(Length::Fill);
        let main: Element<'a, Message> = match (self.findings_open, self.is_wide()) {
            (false, _) => content.into(),
            (true, true) => row![content, self.findings_panel(lang)].into(),
            // On a small screen the panel lies over the right edge instead of squeezing the
            // view beside it (the timeline's chart was left 200 px).
            (true, false) => stack![
                content,
                container(opaque(self.findings_panel(lang))).align_right(Length::Fill).height(Length::Fill)
            ]
            .into(),
        };
        column![
            container(self.stepper(doc, lang)).padding([space::S, space::L]),
            container(tabs).padding([0.0, space::L]).width(Length::Fill),
            main
        ]
        .spacing(space::S)
        .into()
    }

    /// The four phases across the top, with their dates and state; a click opens the guide.
    fn stepper<'a>(&'a self, doc: &'a Document, lang: Language) -> Element<'a, Message> {
        let today = self.today();
        let selected = (self.tab == Tab::Guide).then(|| self.guide.phase());
        let short = self.is_short();
        row(doc.plan().phases.iter().map(|phase| {
            let state = phase.state(today);
            let kind = phase.kind;
            let name = text(format!("{}. {}", kind.number(), kind.name(lang))).font(BOLD);
            let badge = w::badge(state.name(lang), move |t| theme::phase_state_color(t, state));
            // On a short layout each step is one line (the guide shows the dates).
            let content: Element<'a, Message> = if short {
                row![badge, name.size(size::SMALL)].spacing(space::S).align_y(Alignment::Center).into()
            } else {
                column![
                    name.size(size::BODY),
                    row![badge, w::muted(crate::screen::guide::dates(phase, lang))]
                        .spacing(space::S)
                        .align_y(Alignment::Center),
                ]
                .spacing(space::XS)
                .into()
            };
            step_button(content, kind, selected == Some(kind))
        }))
        .spacing(space::S)
        .into()
    }

    /// The findings panel lists the first findings (errors first); a plan with thousands of
    /// findings would otherwise build thousands of rows in every frame.
    fn findings_panel(&self, lang: Language) -> Element<'_, Message> {
        let list: Element<'_, Message> = if self.findings().is_empty() {
            w::body(Text::NoFindings.get(lang)).into()
        } else {
            let shown = self.findings().len().min(FINDINGS_SHOWN);
            let more = self.findings().len() - shown;
            column(self.findings()[..shown].iter().map(|f| {
                let severity = f.severity;
                let label = match severity {
                    Severity::Error => Text::Error.get(lang),
                    Severity::Warning => Text::Warning.get(lang),
                };
                button(
                    column![
                        row![w::badge(label, move |t| theme::severity_color(t, severity)), w::muted(f.code())]
                            .spacing(space::S)
                            .align_y(Alignment::Center),
                        text(f.message(lang)).size(size::SMALL),
                    ]
                    .spacing(space::XS),
                )
                .width(Length::Fill)
                .style(button::subtle)
                .on_press(Message::FindingPressed(f.subject))
                .into()
            }))
            .push((more > 0).then(|| w::muted(crate::i18n::ui::more_findings(more, lang))))
            .spacing(space::XS)
            .into()
        };
        container(
            column![
                row![
                    w::h2(Text::Findings.get(lang)),
                    gap::horizontal(),
                    button(text(Text::Close.get(lang))).style(button::secondary).on_press(Message::FindingsToggled),
                ]
                .align_y(Alignment::Center),
                w::muted(Text::FindingsHint.get(lang)),
                scrollable(list).height(Length::Fill).spacing(space::S),
            ]
            .spacing(space::S),
        )
        .padding(space::M)
        .width(Length::Fixed(400.0))
        .height(Length::Fill)
        .style(container::bordered_box)
        .into()
    }

    fn confirm_dialog(&self, lang: Language) -> Element<'_, Message> {
        let t = |x: Text| x.get(lang);
        dialog(
            column![
                w::h2(t(Text::UnsavedTitle)),
                w::body(t(Text::UnsavedBody)),
                row![
                    button(text(t(Text::Save))).style(button::primary).on_press(Message::ConfirmSave),
                    button(text(t(Text::DiscardChanges)))
                        .style(w::readable(button::danger))
                        .on_press(Message::ConfirmDiscard),
                    button(text(t(Text::Cancel))).style(button::secondary).on_press(Message::ConfirmCancel),
                ]
                .spacing(space::S),
            ]
            .spacing(space::M),
        )
    }
}

fn step_button<'a>(content: impl Into<Element<'a, Message>>, kind: PhaseKind, selected: bool) -> Element<'a, Message> {
    button(content)
        .padding([space::S, space::M])
        .width(Length::Fill)
        .style(move |t: &Theme, status| {
            let p = t.extended_palette();
            let mut style = button::secondary(t, status);
            style.background =
                Some(Background::Color(if selected { p.primary.weak.color } else { p.background.weak.color }));
            style.text_color = if selected { p.primary.weak.text } else { p.background.weak.text };
            style.border = Border {
                width: if selected { 2.0 } else { 1.0 },
                color: if selected { p.primary.strong.color } else { p.background.strong.color },
                radius: 6.0.into(),
            };
            style
        })
        .on_press(Message::PhaseSelected(kind))
        .into()
}

fn help(lang: Language) -> Element<'static, Message> {
    let keys = column(shortcuts::list(lang).into_iter().map(|(keys, what)| {
        row![text(keys).font(BOLD).width(Length::Fixed(220.0)), text(what)].spacing(space::M).into()
    }))
    .spacing(space::S);
    dialog(
        column![
            w::h2(Text::Help.get(lang)),
            w::body(Text::HelpIntro.get(lang)),
            keys,
            button(text(Text::Close.get(lang))).on_press(Message::HelpToggled),
        ]
        .spacing(space::M),
    )
}

pub(super) fn dialog<'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    container(content).padding(space::XL).max_width(620).style(container::bordered_box).into()
}

/// Dims the window and shows the content in the middle; clicks do not reach what is below.
fn modal(content: Element<'_, Message>) -> Element<'_, Message> {
    opaque(center(content).style(|_t: &Theme| container::Style {
        background: Some(Background::Color(Color { a: 0.55, ..Color::BLACK })),
        ..container::Style::default()
    }))
}
