//! The comparison and merge dialog: changes grouped by the view they are seen in, each as the
//! object, the field and old → new with a button to the view; the merge's base choice, the
//! conflicts with the base's, the open plan's and the other version's value side by side, the
//! other version's changes to take or reject, and what the merge would break.

use super::{BaseChoice, Chosen, CompareMessage, Merging, Panel, Stage, VersionItem, tab_of};
use crate::app::{App, Message};
use crate::compare::Change;
use crate::compare::choose::{self, Area};
use crate::compare::merge::Side;
use crate::compare::text;
use crate::i18n::Language;
use crate::i18n::ui::compare::{self as txt, Cm};
use crate::theme::{BOLD, size, space};
use crate::widget::{self as w, Labeled};
use iced::widget::{button, column, container, pick_list, row, scrollable, text as label};
use iced::{Alignment, Element, Length, Theme};

/// The changes the dialog lists; the rest are counted (a plan of thousands of rows would
/// otherwise build thousands of rows in every frame).
const SHOWN: usize = 300;

fn msg(m: CompareMessage) -> Message {
    Message::Compare(m)
}

fn danger(t: &Theme) -> iced::Color {
    t.extended_palette().danger.base.color
}

/// The height of a dialog's list: as tall as its rows when they are few, else the room left
/// above the buttons (a list as tall as its rows would push them out of the window).
fn fit(rows: usize) -> Length {
    if rows > 5 { Length::Fill } else { Length::Shrink }
}

/// A button that is one of two choices: filled when chosen.
fn choice<'a>(content: impl Into<Element<'a, Message>>, chosen: bool, on: Message) -> Element<'a, Message> {
    button(content)
        .padding([space::XS, space::S])
        .style(if chosen { button::primary } else { button::secondary })
        .on_press(on)
        .into()
}

/// The area's heading: the view's name.
fn heading(area: Area, lang: Language) -> &'static str {
    tab_of(area).map_or(Cm::OtherArea.get(lang), |t| t.label(lang))
}

/// A change's object and field, one above the other.
fn what<'a>(object: String, field: String) -> Element<'a, Message> {
    column![label(object).font(BOLD).size(size::BODY), (!field.is_empty()).then(|| w::muted(field))]
        .spacing(2)
        .width(Length::FillPortion(2))
        .into()
}

/// Old → new, or "added" / "removed" for a whole row.
fn values(c: &Change, lang: Language) -> String {
    let d = text::change(c, lang);
    match (&c.old, &c.new) {
        (None, Some(_)) if d.field.is_empty() => format!("{} {}", Cm::Added.get(lang), d.values[1]),
        (Some(_), None) if d.field.is_empty() => format!("{} {}", Cm::Removed.get(lang), d.values[0]),
        _ => format!("{} → {}", d.values[0], d.values[1]),
    }
}

/// The changes grouped by area in the order of the tabs, each with its index in `changes`.
fn grouped(changes: &[Change]) -> Vec<(Area, Vec<(usize, &Change)>)> {
    Area::ALL
        .iter()
        .map(|&a| (a, changes.iter().enumerate().filter(|(_, c)| choose::area(&c.path) == a).collect::<Vec<_>>()))
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// The groups as rows; `end` makes the control at each row's end (a jump, a choice).
fn groups<'a>(
    changes: &'a [Change],
    lang: Language,
    end: impl Fn(usize, &'a Change, Area) -> Element<'a, Message>,
) -> Element<'a, Message> {
    let mut list = column![].spacing(space::S);
    let mut shown = 0;
    for (area, items) in grouped(changes) {
        if shown >= SHOWN {
            break;
        }
        list = list.push(container(w::h3(heading(area, lang))).padding([space::S, 0.0]));
        for (i, c) in items.into_iter().take(SHOWN - shown) {
            shown += 1;
            let d = text::change(c, lang);
            list = list.push(
                row![what(d.object, d.field), label(values(c, lang)).width(Length::FillPortion(3)), end(i, c, area)]
                    .spacing(space::M)
                    .align_y(Alignment::Center),
            );
        }
    }
    if changes.len() > shown {
        list = list.push(w::muted(crate::i18n::ui::sheets::more(changes.len() - shown, lang)));
    }
    list.into()
}

impl App {
    /// The header's versions menu: compare, and merge unless the plan is read-only.
    pub(in crate::app) fn version_menu(&self, lang: Language) -> Element<'_, Message> {
        pick_list(self.version_items(lang), None::<Labeled<VersionItem>>, |l| msg(CompareMessage::Requested(l.value)))
            .placeholder(Cm::Menu.get(lang))
            .text_size(size::BODY)
            .into()
    }

    /// The versions menu's items (none without a plan; no merge into a read-only plan).
    pub(in crate::app) fn version_items(&self, lang: Language) -> Vec<Labeled<VersionItem>> {
        let Some(doc) = &self.document else { return Vec::new() };
        let mut items = vec![Labeled { value: VersionItem::Compare, label: Cm::CompareWith.get(lang) }];
        if doc.read_only().is_none() {
            items.push(Labeled { value: VersionItem::Merge, label: Cm::MergeFrom.get(lang) });
        }
        items
    }

    /// The comparison or merge dialog, if open.
    pub(in crate::app) fn compare_dialog(&self, lang: Language) -> Option<Element<'_, Message>> {
        let content = match self.compare.as_ref()? {
            Panel::Compare(c) => {
                let t = |x: Cm| x.get(lang);
                let mut content = column![w::h2(t(Cm::CompareTitle))].spacing(space::M);
                match &c.outcome {
                    None => content = content.push(w::muted(t(Cm::Reading))),
                    Some(Err(e)) => {
                        content = content.push(w::body(t(Cm::Failed)));
                        content = content.push(w::colored(e.clone(), danger));
                    }
                    Some(Ok(changes)) => {
                        content = content.push(w::body(txt::compared(&super::name(&c.path), changes.len(), lang)));
                        if changes.is_empty() {
                            content = content.push(w::muted(t(Cm::Same)));
                        } else {
                            let list = groups(changes, lang, |_, c, area| {
                                let jump =
                                    tab_of(area).map(|_| msg(CompareMessage::Jump(area, choose::subject(&c.path))));
                                button(label(t(Cm::Jump)).size(size::SMALL))
                                    .padding([space::XS, space::S])
                                    .style(button::secondary)
                                    .on_press_maybe(jump)
                                    .into()
                            });
                            content = content.push(scrollable(list).spacing(space::S).height(fit(changes.len())));
                        }
                    }
                }
                content.push(button(label(t(Cm::Close))).style(button::secondary).on_press(msg(CompareMessage::Close)))
            }
            Panel::Merge(m) => merge_view(m, lang),
        };
        // A margin around it on a small screen; the lists scroll inside.
        let size = self.layout_size();
        let (width, height) = ((size.width - 64.0).clamp(320.0, 1000.0), (size.height - 80.0).max(200.0));
        Some(
            container(content)
                .padding(space::XL)
                .max_width(width)
                .max_height(height)
                .style(container::bordered_box)
                .into(),
        )
    }
}

fn merge_view(m: &Merging, lang: Language) -> iced::widget::Column<'_, Message> {
    let t = |x: Cm| x.get(lang);
    let mut content = column![w::h2(t(Cm::MergeTitle))].spacing(space::M);
    let cancel = button(label(t(Cm::Cancel))).style(button::secondary).on_press(msg(CompareMessage::Close));
    match &m.stage {
        Stage::Reading => content.push(w::muted(t(Cm::Reading))).push(cancel),
        Stage::Failed(e) => {
            content = content.push(w::body(super::name(&m.path)));
            content.push(w::body(t(Cm::Failed))).push(w::colored(e.clone(), danger)).push(cancel)
        }
        Stage::ChooseBase { backup, baseline } => {
            content = content.push(w::body(super::name(&m.path)));
            content = content.push(w::body(t(Cm::ChooseBase))).push(w::muted(t(Cm::BaseHint)));
            let option = |text: String, choice: BaseChoice, on: bool| {
                button(label(text))
                    .width(Length::Fill)
                    .style(button::secondary)
                    .on_press_maybe(on.then_some(msg(CompareMessage::BaseChosen(choice))))
            };
            let backup_text = match backup {
                Some(p) => format!("{} – {}", t(Cm::BaseBackup), super::name(p)),
                None => t(Cm::BaseBackup).to_string(),
            };
            let baseline_text = match baseline {
                Some(b) => format!("{} – {b}", t(Cm::BaseBaseline)),
                None => t(Cm::BaseBaseline).to_string(),
            };
            let options = column![
                option(backup_text, BaseChoice::Backup, backup.is_some()),
                option(baseline_text, BaseChoice::Baseline, baseline.is_some()),
                option(t(Cm::BaseFile).to_string(), BaseChoice::File, true),
            ]
            .spacing(space::S)
            .max_width(560);
            content.push(options).push(cancel)
        }
        Stage::Review(c) => {
            content = content.push(w::body(txt::merging(&super::name(&m.path), &c.base_name, lang)));
            review_view(content, c, lang, cancel)
        }
    }
}

fn review_view<'a>(
    mut content: iced::widget::Column<'a, Message>,
    c: &'a Chosen,
    lang: Language,
    cancel: button::Button<'a, Message>,
) -> iced::widget::Column<'a, Message> {
    let t = |x: Cm| x.get(lang);
    let Some(review) = &c.review else {
        let shown = match &c.outcome {
            Some(Err(e)) => w::colored(e.clone(), danger),
            _ => w::muted(t(Cm::Merging)),
        };
        return content.push(shown).push(cancel);
    };
    let mut list = column![].spacing(space::S);
    if !review.conflicts.is_empty() {
        list = list.push(w::h3(t(Cm::Conflicts)));
        for (i, k) in review.conflicts.iter().enumerate() {
            let d = text::conflict(k, lang);
            let side = c.sides.get(i).copied().unwrap_or(Side::Ours);
            let cell = |head: Cm, value: &str| {
                column![label(t(head)).size(size::SMALL).font(BOLD), label(value.to_string()).size(size::BODY)]
                    .spacing(2)
                    .width(Length::Fill)
            };
            let base = container(cell(Cm::Base, &d.values[0])).padding([space::XS, space::S]).width(Length::Fill);
            let ours =
                choice(cell(Cm::Ours, &d.values[1]), side == Side::Ours, msg(CompareMessage::Decided(i, Side::Ours)));
            let theirs = choice(
                cell(Cm::Theirs, &d.values[2]),
                side == Side::Theirs,
                msg(CompareMessage::Decided(i, Side::Theirs)),
            );
            list = list.push(
                column![
                    what(d.object, d.field),
                    row![base, container(ours).width(Length::Fill), container(theirs).width(Length::Fill)]
                        .spacing(space::S)
                ]
                .spacing(space::XS),
            );
        }
    }
    if !review.changes.is_empty() {
        list = list.push(w::h3(t(Cm::Changes)));
        list = list.push(groups(&review.changes, lang, |i, _, _| {
            let on = c.accepted.get(i).copied().unwrap_or(true);
            row![
                choice(label(t(Cm::Accept)).size(size::SMALL), on, msg(CompareMessage::Accepted(i, true))),
                choice(label(t(Cm::Reject)).size(size::SMALL), !on, msg(CompareMessage::Accepted(i, false))),
            ]
            .spacing(space::XS)
            .into()
        }));
    }
    if review.conflicts.is_empty() && review.changes.is_empty() {
        content = content.push(w::muted(t(Cm::NothingToMerge)));
    } else {
        let rows = review.changes.len() + 2 * review.conflicts.len();
        content = content.push(scrollable(list).spacing(space::S).height(fit(rows)));
    }
    let ready = match &c.outcome {
        None => {
            content = content.push(w::muted(t(Cm::Merging)));
            false
        }
        Some(Err(e)) => {
            content = content.push(w::colored(e.clone(), danger));
            false
        }
        Some(Ok(merged)) => {
            if !merged.broke.is_empty() {
                let mut broke = column![w::colored(t(Cm::Broke), danger)].spacing(2);
                for f in merged.broke.iter().take(8) {
                    broke = broke.push(w::colored(format!("• [{}] {}", f.code(), f.message(lang)), danger));
                }
                content = content.push(broke);
            }
            !review.changes.is_empty() || !review.conflicts.is_empty()
        }
    };
    let apply =
        button(label(t(Cm::Apply))).style(button::primary).on_press_maybe(ready.then_some(msg(CompareMessage::Apply)));
    content.push(row![apply, cancel].spacing(space::S))
}
