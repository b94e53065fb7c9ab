//! The risk register: a filterable, sortable table that draws only its visible rows, the
//! inherent and residual heatmaps (a click filters the table), the money picture with each
//! risk's share of the reserve, an editor with the status workflow, the workshop rating panel
//! (quick keys 1–5) and the plan's scales. Every change goes out as an `Edit`.

mod editor;
mod heatmap;
mod money;
mod rating;
mod scales;
mod table;

use super::{Action, Context};
use crate::i18n::Language;
use crate::i18n::ui::risks::Tx;
use crate::model::register::{self, Column, Filter, NatureFilter, OwnerFilter, SortOrder, WorkshopRating};
use crate::model::{Band, Edit, PartyId, PhaseKind, Plan, Rating, Risk, RiskCategory, RiskId, RiskStatus};
use crate::theme::space;
use crate::widget as w;
use iced::keyboard::{Key, Modifiers, key::Named as NamedKey};
use iced::widget::{column, container, row, scrollable};
use iced::{Element, Length};

pub use editor::{Change, DraftField, LongText, TITLE_ID};
pub use rating::Scale;

/// Height of one table row in logical pixels: rows are drawn only where they are visible.
pub const ROW_HEIGHT: f32 = 42.0;
/// The id of the table's scrollable.
pub const TABLE_ID: &str = "risk-table";

/// The height beside the table that holds the heatmaps above the panels.
const TALL_ENOUGH: f32 = 620.0;

/// The right-hand panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Editor,
    Rating,
    Money,
    Scales,
    /// The heatmaps, a panel of their own where the screen is too short for them above it.
    Heatmap,
}

/// The view state of the risks screen.
#[derive(Debug)]
pub struct State {
    filter: Filter,
    column: Column,
    order: SortOrder,
    selected: Option<RiskId>,
    scroll_y: f32,
    /// The table's height as last laid out (or scrolled), for the window of rows to build.
    viewport_height: std::cell::Cell<f32>,
    panel: Panel,
    /// Text being typed into amount, percent and date fields of the selected risk.
    drafts: std::collections::BTreeMap<DraftField, String>,
    workshop: WorkshopRating,
    /// Where the next quick key 1–5 goes: the party's index among those present, and the scale.
    cursor: (usize, Scale),
    rate_residual: bool,
    /// The facilitator's own choice instead of the median.
    adopt: (Option<u8>, Option<u8>),
    /// The table's rows for one plan revision, filter and order, so a view after a click or a
    /// keystroke does not filter and sort the register again.
    rows_cache: std::cell::RefCell<Option<(RowsKey, std::sync::Arc<Vec<usize>>)>>,
    /// The whole register sorted by the column, per plan revision: typing into the search
    /// filters it without sorting again.
    sorted_cache: std::cell::RefCell<Option<(SortedKey, std::sync::Arc<Vec<usize>>)>>,
    /// The selected risk's multi-line fields (cause, consequence, mitigation).
    texts: w::notes::Editors<editor::LongText>,
}

/// What the register's sorted order depends on.
type SortedKey = (u64, (usize, usize), Column, SortOrder);

/// What the table's rows depend on: the plan (its revision and register) and the query.
#[derive(Debug, Clone, PartialEq)]
struct RowsKey {
    revision: u64,
    /// The analysis the search texts came from (a newer one may arrive for the same revision).
    analysis: usize,
    register: (usize, usize),
    filter: Filter,
    column: Column,
    order: SortOrder,
}

impl Default for State {
    fn default() -> Self {
        State {
            filter: Filter::default(),
            column: Column::Code,
            order: SortOrder::Ascending,
            selected: None,
            scroll_y: 0.0,
            viewport_height: std::cell::Cell::new(800.0),
            panel: Panel::Editor,
            drafts: Default::default(),
            workshop: WorkshopRating::default(),
            cursor: (0, Scale::Probability),
            rate_residual: false,
            adopt: (None, None),
            rows_cache: Default::default(),
            sorted_cache: Default::default(),
            texts: Default::default(),
        }
    }
}

impl State {
    /// Brings the selected risk's multi-line fields in line with the plan (after a change made
    /// elsewhere, undo, or another selection).
    /// The selected risk's multi-line fields.
    pub fn texts(&self) -> &w::notes::Editors<editor::LongText> {
        &self.texts
    }

    pub fn sync_texts(&mut self, plan: &Plan) {
        let r = self.selected.and_then(|id| plan.risk(id));
        self.texts.sync(r.into_iter().flat_map(|r| editor::LongText::ALL.map(|f| (f, f.of(r)))));
    }
}

/// A filter criterion.
#[derive(Debug, Clone)]
pub enum FilterChange {
    Category(Option<RiskCategory>),
    Owner(OwnerFilter),
    /// `None` for every open risk.
    Status(Option<RiskStatus>),
    Band(Option<Band>),
    Phase(Option<PhaseKind>),
    Nature(NatureFilter),
    Text(String),
    ShowClosed(bool),
    OverdueOnly(bool),
    /// A heatmap cell (probability, impact, residual); the same cell again clears it.
    Cell(u8, u8, bool),
    Clear,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A spreadsheet into or out of a list of this view.
    Sheet(crate::screen::SheetRequest),
    Scrolled(scrollable::Viewport),
    SortBy(Column),
    Filter(FilterChange),
    Select(RiskId),
    /// Select the row `n` steps below (negative: above) the selected one.
    Step(i32),
    Add,
    Duplicate,
    Remove,
    ShowPanel(Panel),
    Change(Change),
    /// Typing in a multi-line field of the selected risk.
    LongEdited(editor::LongText, iced::widget::text_editor::Action),
    Draft(DraftField, String),
    Status(RiskStatus),
    Vote(PartyId, Scale, u8),
    QuickKey(u8),
    Cursor(usize, Scale),
    RateResidual(bool),
    AdoptProbability(u8),
    AdoptImpact(u8),
    Adopt,
    ClearVotes,
    ScaleText(Scale, usize, String),
    /// Move a band limit (0 low, 1 moderate, 2 high) by a step.
    BandLimit(usize, i8),
    ResetScales,
}

impl State {
    /// The risk being edited and rated.
    pub fn selected(&self) -> Option<RiskId> {
        self.selected
    }

    /// The table's filter.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The current votes of the rating panel.
    pub fn workshop(&self) -> &WorkshopRating {
        &self.workshop
    }

    /// The rows the table shows, as indices into the register, filtered and sorted.
    pub fn rows(&self, plan: &Plan) -> Vec<usize> {
        register::filter_sorted(plan, &self.filter, self.column, self.order)
    }

    /// The rows for the plan at `revision`, filtered and sorted once per revision and query.
    fn rows_at(&self, plan: &Plan, ctx: &Context) -> std::sync::Arc<Vec<usize>> {
        let revision = ctx.revision;
        let key = RowsKey {
            revision,
            analysis: std::ptr::from_ref(ctx.analysis) as usize,
            register: (plan.risks.risks.as_ptr() as usize, plan.risks.risks.len()),
            filter: self.filter.clone(),
            column: self.column,
            order: self.order,
        };
        let mut cache = self.rows_cache.borrow_mut();
        match cache.as_ref() {
            Some((k, rows)) if *k == key => rows.clone(),
            _ => {
                let texts = &ctx.analysis.register.search;
                let sorted = self.sorted_at(plan, key.revision, key.register);
                let rows = std::sync::Arc::new(register::filter_in(plan, texts, &self.filter, &sorted));
                *cache = Some((key, rows.clone()));
                rows
            }
        }
    }

    /// The whole register sorted by the table's column, once per revision and column.
    fn sorted_at(&self, plan: &Plan, revision: u64, register: (usize, usize)) -> std::sync::Arc<Vec<usize>> {
        let key = (revision, register, self.column, self.order);
        let mut cache = self.sorted_cache.borrow_mut();
        match cache.as_ref() {
            Some((k, sorted)) if *k == key => sorted.clone(),
            _ => {
                let sorted = std::sync::Arc::new(register::sorted(plan, self.column, self.order));
                *cache = Some((key, sorted.clone()));
                sorted
            }
        }
    }

    pub fn update(&mut self, message: Message, plan: &Plan, ctx: &Context) -> Action<Message> {
        let risk = self.selected.and_then(|id| plan.risk(id));
        match message {
            Message::Sheet(request) => return Action::Sheet(request),
            Message::Scrolled(viewport) => {
                self.scroll_y = viewport.absolute_offset().y;
                self.viewport_height.set(viewport.bounds().height);
            }
            Message::SortBy(column) => {
                self.order = if self.column == column && self.order == SortOrder::Ascending {
                    SortOrder::Descending
                } else {
                    SortOrder::Ascending
                };
                self.column = column;
            }
            Message::Filter(change) => {
                self.change_filter(change, ctx);
                self.scroll_y = 0.0;
                return Action::Run(iced::widget::operation::scroll_to(
                    TABLE_ID,
                    iced::widget::operation::AbsoluteOffset { x: None, y: Some(0.0) },
                ));
            }
            Message::Select(id) => self.select(Some(id)),
            Message::Step(n) => {
                let rows = self.rows_at(plan, ctx);
                let at = risk.and_then(|r| rows.iter().position(|&i| plan.risks.risks[i].id == r.id));
                let next = match at {
                    Some(i) => (i as i64 + i64::from(n)).clamp(0, rows.len() as i64 - 1) as usize,
                    None => 0,
                };
                if let Some(&i) = rows.get(next) {
                    self.select(Some(plan.risks.risks[i].id));
                    return self.scroll_into_view(next);
                }
            }
            Message::Add | Message::Duplicate if !ctx.editable => {}
            Message::Add => {
                let row = plan.new_risk(ctx.today);
                self.select(Some(row.id));
                self.panel = Panel::Editor;
                // The new risk's title is focused: the facilitator types it straight away.
                return Action::EditThen(row.edit, iced::widget::operation::focus(editor::TITLE_ID));
            }
            Message::Duplicate => {
                let Some(r) = risk else { return Action::None };
                let title = format!("{} ({})", r.title, Tx::CopySuffix.get(ctx.lang));
                let Some(row) = plan.duplicate_risk(r.id, title, ctx.today) else { return Action::None };
                self.select(Some(row.id));
                return Action::Edit(row.edit);
            }
            Message::Remove => {
                if let (Some(r), true) = (risk, ctx.editable) {
                    let id = r.id;
                    self.select(None);
                    return Action::Edit(Edit::RemoveRisk(id));
                }
            }
            Message::ShowPanel(panel) => self.panel = panel,
            Message::Change(change) => {
                if let (Some(r), true) = (risk, ctx.editable) {
                    return edit(editor::apply(r, change));
                }
            }
            Message::LongEdited(field, action) => {
                let (Some(r), true) = (risk, ctx.editable) else { return Action::None };
                let Some(text) = self.texts.perform(field, action) else { return Action::None };
                return edit(editor::apply(r, field.change(text)));
            }
            Message::Draft(field, text) => {
                let Some(r) = risk else { return Action::None };
                let parsed = editor::parse_draft(r, field, &text);
                self.drafts.insert(field, text);
                if let (Some(updated), true) = (parsed, ctx.editable) {
                    return edit(updated);
                }
            }
            Message::Status(status) => {
                if let (Some(r), true) = (risk, ctx.editable)
                    && let Ok(updated) = register::change_status(r, status, ctx.today)
                {
                    return Action::Edit(Edit::RecordRisk(Box::new(updated)));
                }
            }
            Message::Vote(party, scale, value) => {
                self.vote(party, scale, value);
                self.advance_cursor(plan, party, scale);
            }
            Message::QuickKey(value) => {
                let parties = rating::present(plan);
                if let Some(p) = parties.get(self.cursor.0) {
                    let (party, scale) = (p.id, self.cursor.1);
                    self.vote(party, scale, value);
                    self.advance_cursor(plan, party, scale);
                }
            }
            Message::Cursor(index, scale) => self.cursor = (index, scale),
            Message::RateResidual(on) => {
                self.rate_residual = on;
                self.workshop = WorkshopRating::default();
                self.adopt = (None, None);
                self.cursor = (0, Scale::Probability);
            }
            Message::AdoptProbability(v) => self.adopt.0 = Some(v),
            Message::AdoptImpact(v) => self.adopt.1 = Some(v),
            Message::Adopt => {
                if let (Some(r), Some(rating), true) = (risk, self.adopted(), ctx.editable) {
                    let note = rating::note(&self.workshop, plan, ctx.lang);
                    let updated = register::adopt_rating(r, rating, self.rate_residual, ctx.today, &note);
                    self.workshop = WorkshopRating::default();
                    self.adopt = (None, None);
                    self.cursor = (0, Scale::Probability);
                    return Action::Edit(Edit::RecordRisk(Box::new(updated)));
                }
            }
            Message::ClearVotes => {
                self.workshop = WorkshopRating::default();
                self.adopt = (None, None);
                self.cursor = (0, Scale::Probability);
            }
            Message::ScaleText(scale, level, text) if ctx.editable && level < 5 => {
                let mut s = plan.risks.scales.clone();
                match scale {
                    Scale::Probability => s.probability[level] = text,
                    Scale::Impact => s.impact[level] = text,
                }
                return Action::Edit(Edit::SetRiskScales(Box::new(s)));
            }
            Message::BandLimit(which, step) if ctx.editable => {
                if let Some(s) = scales::move_limit(&plan.risks.scales, which, step) {
                    return Action::Edit(Edit::SetRiskScales(Box::new(s)));
                }
            }
            Message::ResetScales if ctx.editable => {
                return Action::Edit(Edit::SetRiskScales(Box::default()));
            }
            Message::ScaleText(..) | Message::BandLimit(..) | Message::ResetScales => {}
        }
        Action::None
    }

    /// Keys: 1–5 give the next workshop vote while the rating panel is open; ↑ and ↓ move the
    /// selection in the table.
    pub fn key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return None;
        }
        match key {
            Key::Character(c) if self.panel == Panel::Rating && self.selected.is_some() => {
                c.parse::<u8>().ok().filter(|v| (1..=5).contains(v)).map(Message::QuickKey)
            }
            Key::Named(NamedKey::ArrowDown) => Some(Message::Step(1)),
            Key::Named(NamedKey::ArrowUp) => Some(Message::Step(-1)),
            _ => None,
        }
    }

    /// The rating the Adopt button records: the facilitator's choice, else the medians.
    pub fn adopted(&self) -> Option<Rating> {
        let median = self.workshop.median();
        Some(Rating {
            probability: self.adopt.0.or(median.map(|m| m.probability))?,
            impact: self.adopt.1.or(median.map(|m| m.impact))?,
        })
    }

    fn select(&mut self, id: Option<RiskId>) {
        if id != self.selected {
            self.selected = id;
            self.drafts.clear();
            self.workshop = WorkshopRating::default();
            self.adopt = (None, None);
            self.cursor = (0, Scale::Probability);
        }
    }

    fn vote(&mut self, party: PartyId, scale: Scale, value: u8) {
        match scale {
            Scale::Probability => self.workshop.set_probability(party, value),
            Scale::Impact => self.workshop.set_impact(party, value),
        }
    }

    /// After a vote: probability → impact of the same party → probability of the next party.
    fn advance_cursor(&mut self, plan: &Plan, party: PartyId, scale: Scale) {
        let parties = rating::present(plan);
        let Some(i) = parties.iter().position(|p| p.id == party) else { return };
        self.cursor = match scale {
            Scale::Probability => (i, Scale::Impact),
            Scale::Impact => ((i + 1).min(parties.len().saturating_sub(1)), Scale::Probability),
        };
    }

    fn change_filter(&mut self, change: FilterChange, ctx: &Context) {
        let f = &mut self.filter;
        match change {
            FilterChange::Category(c) => f.category = c,
            FilterChange::Owner(o) => f.owner = o,
            FilterChange::Status(s) => f.status = s,
            FilterChange::Band(b) => f.band = b,
            FilterChange::Phase(p) => f.phase = p,
            FilterChange::Nature(n) => f.nature = n,
            FilterChange::Text(t) => f.text = t,
            FilterChange::ShowClosed(on) => f.include_closed = on,
            FilterChange::OverdueOnly(on) => f.overdue_on = on.then_some(ctx.today),
            FilterChange::Cell(p, i, residual) => {
                f.cell = if f.cell == Some((p, i, residual)) { None } else { Some((p, i, residual)) }
            }
            FilterChange::Clear => *f = Filter::default(),
        }
    }

    /// Scrolls so that row `index` of the table is visible.
    fn scroll_into_view(&mut self, index: usize) -> Action<Message> {
        let top = index as f32 * ROW_HEIGHT;
        let y = if top < self.scroll_y {
            top
        } else if top + ROW_HEIGHT > self.scroll_y + self.viewport_height.get() {
            top + ROW_HEIGHT - self.viewport_height.get()
        } else {
            return Action::None;
        };
        self.scroll_y = y.max(0.0);
        Action::Run(iced::widget::operation::scroll_to(
            TABLE_ID,
            iced::widget::operation::AbsoluteOffset { x: None, y: Some(self.scroll_y) },
        ))
    }

    /// The screen, filling the space below the tabs: the table on the left, the heatmaps and
    /// the panels on the right.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let rows = self.rows_at(plan, ctx);
        let left = column![
            toolbar(self, plan, ctx),
            table::filters(&self.filter, self.column, plan, lang),
            table::view(self, plan, rows, ctx),
        ]
        .spacing(space::M)
        .width(Length::FillPortion(3))
        .height(Length::Fill);
        let ctx = *ctx;
        // Beside the table: the heatmaps above the panels where the screen is tall enough,
        // otherwise the heatmaps are a panel of their own, so the tabs and the editor's
        // buttons stay on screen (a small window, a projector).
        let right = iced::widget::responsive(move |size| {
            let tall = size.height >= TALL_ENOUGH;
            let shown = if tall && self.panel == Panel::Heatmap { Panel::Editor } else { self.panel };
            let panel: Element<'a, Message> = match shown {
                Panel::Editor => editor::view(self, plan, &ctx),
                Panel::Rating => rating::view(self, plan, &ctx),
                Panel::Money => money::view(self, plan, &ctx),
                Panel::Scales => scales::view(plan, &ctx),
                Panel::Heatmap => heatmap::view(plan, ctx.analysis, &self.filter, lang),
            };
            let body = scrollable(container(panel).padding(iced::Padding { right: space::M, ..iced::Padding::ZERO }))
                .height(Length::Fill);
            let tabs = panel_tabs(shown, !tall, lang);
            if tall {
                column![heatmap::view(plan, ctx.analysis, &self.filter, lang), tabs, body]
            } else {
                column![tabs, body]
            }
            .spacing(space::M)
            .into()
        })
        .width(Length::Fixed(392.0))
        .height(Length::Fill);
        row![left, right].spacing(space::L).padding(space::L).height(Length::Fill).into()
    }

    /// The ids of the risks drawn in the table now (only the visible window of rows).
    pub fn visible_window(&self, total: usize) -> std::ops::Range<usize> {
        table::window(self.scroll_y, self.viewport_height.get(), total)
    }
}

fn edit(risk: Risk) -> Action<Message> {
    Action::Edit(Edit::UpdateRisk(Box::new(risk)))
}

/// A copy of a risk under a new id and code, identified today, without its histories.
fn toolbar<'a>(state: &'a State, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let t = |x: Tx| x.get(lang);
    let has = state.selected.is_some_and(|id| plan.risk(id).is_some()) && ctx.editable;
    // The counts of open and all risks are in the table's footer.
    // The buttons wrap under the title when the column is narrow.
    row![
        w::h1(t(Tx::Title)),
        w::tool(t(Tx::Add), ctx.editable.then_some(Message::Add)),
        w::tool(t(Tx::Duplicate), has.then_some(Message::Duplicate)),
        w::tool(t(Tx::Remove), has.then_some(Message::Remove)),
    ]
    .extend(w::sheet_tools(crate::csvio::Kind::Risks, ctx.editable, lang, Message::Sheet))
    .spacing(space::S)
    .align_y(iced::Alignment::Center)
    .wrap()
    .vertical_spacing(space::S)
    .into()
}

fn panel_tabs<'a>(panel: Panel, with_heatmap: bool, lang: Language) -> Element<'a, Message> {
    let tab = |p: Panel, x: Tx| w::tab(x.get(lang), panel == p, Message::ShowPanel(p));
    row![
        tab(Panel::Editor, Tx::PanelEditor),
        tab(Panel::Rating, Tx::PanelRating),
        tab(Panel::Money, Tx::PanelMoney),
        tab(Panel::Scales, Tx::PanelScales),
    ]
    .push(with_heatmap.then(|| tab(Panel::Heatmap, Tx::PanelHeatmap)))
    .spacing(space::XS)
    .wrap()
    .into()
}
