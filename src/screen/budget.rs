//! The target budget: cost lines with add, edit and remove; pivot totals by party, category and
//! year; the reimbursable-cost list; the target cost with its reserve, fee and sharing
//! settings; the KRA metrics with their live scores; and the scenario table with two charts.
//! Every figure comes from `commercial`; the screen only formats and turns typing into `Edit`s.

pub(crate) mod chart;
mod chooser;
mod input;
mod kra;
mod pivots;
mod scenarios;
mod table;
mod target;

pub use chooser::Pick;
pub use input::Field;
pub use table::LINE_HEIGHT;

use super::{Action, Context};
use crate::i18n::Language;
use crate::i18n::ui::budget::T;
use crate::model::{CategoryId, CostLineId, Direction, MetricId, PartyId, Plan};
use crate::theme::space;
use crate::widget as w;
use iced::keyboard::{Key, Modifiers};
use iced::widget::{column, row, scrollable};
use iced::{Element, Length};
use std::collections::BTreeMap;

/// The parts of the budget screen, one shown at a time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Section {
    #[default]
    Lines,
    Pivots,
    Categories,
    Target,
    Kra,
    Scenarios,
}

impl Section {
    pub const ALL: [Section; 6] =
        [Section::Lines, Section::Pivots, Section::Categories, Section::Target, Section::Kra, Section::Scenarios];

    fn label(self) -> T {
        match self {
            Section::Lines => T::SectionLines,
            Section::Pivots => T::SectionPivots,
            Section::Categories => T::SectionCategories,
            Section::Target => T::SectionTarget,
            Section::Kra => T::SectionKra,
            Section::Scenarios => T::SectionScenarios,
        }
    }
}

/// Which pivot table is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum PivotView {
    #[default]
    ByParty,
    ByCategory,
    ByYear,
}

/// A text field of a cost category row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CategoryField {
    Code,
    Category,
    Unit,
    Evidence,
    Approver,
}

/// A text field of a metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricField {
    Name,
    Definition,
    Source,
    Unit,
}

/// How a metric's actual value is entered (the library's, under its old path here).
pub use crate::model::ActualKind;

/// How the risk reserve, the fee and the caps are set (the rule without its number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleKind {
    FromRegister,
    FlatPercent,
    Fixed,
    FeePerProducer,
    FeePercent,
    CapFee,
    CapAmount,
    CapNone,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A spreadsheet into or out of a list of this view.
    Sheet(crate::screen::SheetRequest),
    SectionSelected(Section),
    PivotSelected(PivotView),
    /// The cost lines were scrolled.
    LinesScrolled(scrollable::Viewport),
    /// The producers' fees were scrolled.
    FeesScrolled(scrollable::Viewport),
    /// The owners' funding shares were scrolled.
    SharesScrolled(scrollable::Viewport),
    /// Opens the chooser of a line's party or category.
    ChooserOpened(CostLineId, Pick),
    ChooserSearched(String),
    ChooserScrolled(scrollable::Viewport),
    /// Enter in the chooser's search: picks the first match.
    ChooserSubmitted,
    ChooserClosed,
    /// A number typed into a field: parsed, and applied when valid.
    Typed(Field, String),
    AddLine,
    RemoveLine(CostLineId),
    LinePartySelected(CostLineId, PartyId),
    LineCategorySelected(CostLineId, String),
    LineDescriptionChanged(CostLineId, String),
    AddCategory,
    RemoveCategory(CategoryId),
    CategoryChanged(CategoryId, CategoryField, String),
    ReimbursableToggled(CategoryId, bool),
    RestoreDefaults,
    ReserveRuleSelected(RuleKind),
    FeeRuleSelected(RuleKind),
    FeeInsideToggled(bool),
    GainCapSelected(RuleKind),
    PainCapSelected(RuleKind),
    CombinedCapToggled(bool),
    AddMetric,
    RemoveMetric(MetricId),
    MetricChanged(MetricId, MetricField, String),
    DirectionSelected(MetricId, Direction),
    ActualKindSelected(MetricId, ActualKind),
    /// The decimals a metric is reported with; `None`: those of its levels.
    DecimalsSelected(MetricId, Option<u8>),
}

/// What was typed into a number field and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Draft {
    text: String,
    /// The field's display text after the edit the draft made; `None` when the text was invalid.
    applied: Option<String>,
    /// The message shown under an invalid field.
    error: Option<String>,
}

/// The view state of the budget screen: the section shown, the pivot chosen and the texts being
/// typed into number fields.
#[derive(Debug, Default)]
pub struct State {
    section: Section,
    pivot: PivotView,
    drafts: BTreeMap<Field, Draft>,
    /// The scroll state of the cost lines (only the lines in view are built).
    lines: w::VirtualList,
    /// The chooser of a line's party or category, when open.
    chooser: chooser::Chooser,
    /// The field whose typed edit the application is applying.
    awaiting: Option<Field>,
    /// The producers' fees and the owners' funding shares of the target-cost panel, each a
    /// list of its own when there are many parties.
    fees: w::VirtualList,
    shares: w::VirtualList,
}

impl State {
    /// The section shown.
    pub fn section(&self) -> Section {
        self.section
    }

    /// The line and the value whose chooser is open.
    pub fn chooser(&self) -> Option<(CostLineId, Pick)> {
        self.chooser.line
    }

    /// After the application has applied (`Some(plan)`) or refused (`None`) the edit of the
    /// field typed last: the draft stands for the value the plan now holds.
    pub fn edit_applied(&mut self, plan: Option<&Plan>, lang: Language) {
        let Some(field) = self.awaiting.take() else { return };
        if let (Some(plan), Some(d)) = (plan, self.drafts.get_mut(&field)) {
            d.applied = Some(input::current(field, plan, lang));
        }
    }

    /// How many cost lines the last view built.
    /// How far the cost lines are scrolled, in logical pixels.
    pub fn lines_offset(&self) -> f32 {
        self.lines.offset()
    }

    pub fn lines_built(&self) -> usize {
        self.lines.built()
    }

    /// How many rows the target-cost panel's lists of fees and of funding shares built.
    pub fn party_rows_built(&self) -> (usize, usize) {
        (self.fees.built(), self.shares.built())
    }

    /// The fields matching `which` whose text could not be read, with their messages.
    fn errors(&self, which: impl Fn(Field) -> bool) -> impl Iterator<Item = (Field, &str)> {
        self.drafts.iter().filter(move |(f, _)| which(**f)).filter_map(|(f, d)| d.error.as_deref().map(|e| (*f, e)))
    }

    /// The message under a field whose text could not be read, if any.
    pub fn error(&self, field: Field) -> Option<&str> {
        self.drafts.get(&field).and_then(|d| d.error.as_deref())
    }

    pub fn update(&mut self, message: Message, plan: &Plan, ctx: &Context) -> Action<Message> {
        if let Message::Sheet(request) = message {
            return Action::Sheet(request);
        }
        let lang = ctx.lang;
        if let Message::AddLine = message {
            // The new line is the last: the list snaps to its end (its state too, so the next
            // view builds the last rows) and the amount's "0,00" is focused and selected, so
            // typing replaces it.
            let Some(row) = plan.new_cost_line(ctx.today).filter(|_| ctx.editable) else { return Action::None };
            let last = plan.budget.cost_lines.len();
            let id = input::Field::LineAmount(row.id).id();
            let focus = iced::widget::operation::focus(id.clone()).chain(iced::widget::operation::select_all(id));
            if self.lines.reveal(last, table::LINE_HEIGHT).is_none() {
                return Action::EditThen(row.edit, focus);
            }
            self.lines.scroll_to((last + 1) as f32 * table::LINE_HEIGHT);
            let scroll = iced::widget::operation::snap_to_end(table::LINES_ID);
            return Action::EditThen(row.edit, scroll.chain(focus));
        }
        let edit = match message {
            Message::SectionSelected(s) => {
                self.section = s;
                None
            }
            Message::PivotSelected(p) => {
                self.pivot = p;
                None
            }
            Message::LinesScrolled(viewport) => {
                self.lines.scrolled(viewport);
                None
            }
            Message::FeesScrolled(viewport) => {
                self.fees.scrolled(viewport);
                None
            }
            Message::SharesScrolled(viewport) => {
                self.shares.scrolled(viewport);
                None
            }
            Message::ChooserOpened(line, what) => {
                if !ctx.editable {
                    return Action::None;
                }
                self.chooser = chooser::Chooser { line: Some((line, what)), ..Default::default() };
                return Action::Run(iced::widget::operation::focus(chooser::SEARCH_ID));
            }
            Message::ChooserSearched(text) => {
                self.chooser.search = text;
                self.chooser.list.reset();
                None
            }
            Message::ChooserScrolled(viewport) => {
                self.chooser.list.scrolled(viewport);
                None
            }
            Message::ChooserSubmitted => {
                return match chooser::first(self, ctx) {
                    Some(m) => self.update(m, plan, ctx),
                    None => Action::None,
                };
            }
            Message::ChooserClosed => {
                self.chooser.line = None;
                None
            }
            m @ (Message::LinePartySelected(..) | Message::LineCategorySelected(..)) => {
                self.chooser.line = None;
                if ctx.editable { table::edit(m, plan, ctx).ok().flatten() } else { None }
            }
            Message::Typed(field, text) => {
                if !ctx.editable {
                    return Action::None;
                }
                match input::parse(field, &text, plan, lang) {
                    Ok(edit) => {
                        // What the field shows once the edit is applied is read from the plan
                        // then (`edit_applied`): no copy of the plan here.
                        self.drafts.insert(field, Draft { text, applied: None, error: None });
                        self.awaiting = Some(field);
                        Some(edit)
                    }
                    Err(error) => {
                        self.drafts.insert(field, Draft { text, applied: None, error: Some(error) });
                        None
                    }
                }
            }
            other if ctx.editable => table::edit(other, plan, ctx)
                .or_else(|m| target::edit(m, plan))
                .or_else(|m| kra::edit(m, plan))
                .ok()
                .flatten(),
            _ => None,
        };
        edit.map_or(Action::None, Action::Edit)
    }

    /// The message for a key press no widget took: Alt+1 … Alt+6 show the sections.
    pub fn key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        let Key::Character(c) = key else { return None };
        if !modifiers.alt() || modifiers.control() {
            return None;
        }
        let i = c.as_str().parse::<usize>().ok()?.checked_sub(1)?;
        Section::ALL.get(i).map(|&s| Message::SectionSelected(s))
    }

    /// The text a number field shows: what is being typed, while it still stands for the plan's
    /// value (or could not be read), otherwise the plan's value.
    pub fn shown(&self, field: Field, plan: &Plan, lang: Language) -> String {
        let current = input::current(field, plan, lang);
        match self.drafts.get(&field) {
            Some(d) if d.error.is_some() || d.applied.as_deref() == Some(current.as_str()) => d.text.clone(),
            _ => current,
        }
    }

    /// A number field with its message when the text could not be read.
    fn number<'a>(&self, field: Field, plan: &Plan, ctx: &Context, width: f32) -> Element<'a, Message> {
        input::number(field, self.shown(field, plan, ctx.lang), self.error(field), ctx.editable, width)
    }

    /// The screen, filling the space below the tabs; it scrolls its own content.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let tabs = row(Section::ALL
            .iter()
            .map(|&s| w::tab(s.label().get(lang), s == self.section, Message::SectionSelected(s))))
        .spacing(space::XS);
        let scrolled = |body: Element<'a, Message>| -> Element<'a, Message> {
            scrollable(iced::widget::container(body).padding(iced::Padding { right: space::M, ..iced::Padding::ZERO }))
                .height(Length::Fill)
                .width(Length::Fill)
                .into()
        };
        // The cost lines scroll their own rows (only those in view are built); the other
        // sections are short and scroll as a whole.
        let body = match self.section {
            Section::Lines => table::lines(self, plan, ctx),
            Section::Pivots => scrolled(pivots::view(self.pivot, plan, ctx)),
            Section::Categories => scrolled(table::categories(self, plan, ctx)),
            Section::Target => scrolled(target::view(self, plan, ctx)),
            Section::Kra => scrolled(kra::view(self, plan, ctx)),
            Section::Scenarios => scrolled(scenarios::view(self, plan, ctx)),
        };
        let screen: Element<'a, Message> = column![
            row![w::h1(T::Title.get(lang)), iced::widget::space::horizontal(), target::summary(ctx.analysis, lang)]
                .spacing(space::L)
                .align_y(iced::Alignment::Center),
            tabs,
            body
        ]
        .spacing(space::L)
        .padding(space::XL)
        .height(Length::Fill)
        .width(Length::Fill)
        .into();
        match chooser::overlay(self, plan, ctx) {
            Some(over) => iced::widget::stack![screen, over].into(),
            None => screen,
        }
    }
}
