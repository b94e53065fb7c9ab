//! The timeline: a canvas chart of the phases, their deliverables and gates on a date axis
//! (zoom, fit, pan, drag to move or resize, keyboard nudges), with a side panel for editing the
//! selected phase or deliverable, recording gate decisions and exits, and comparing the plan
//! with a baseline. All date arithmetic and hit testing live in `crate::timescale`.

mod canvas;
pub(crate) use canvas::elide;
pub mod compare;
pub mod editors;
pub mod gate;

use super::{Action, Context};
use crate::baseline;
use crate::i18n::Named;
use crate::i18n::ui::timeline::{self as t, T};
use crate::model::{DeliverableId, Edit, Move, PhaseKind, PhaseMove, Plan};
use crate::theme::{size, space};
use crate::timescale::{self, Hit, Layout, Part, Scale, Target};
use crate::widget as w;
use chrono::NaiveDate;
use iced::keyboard::{Key, Modifiers, key::Named as NamedKey};
use iced::widget::{button, checkbox, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

/// The width of the label column for a canvas this wide: a quarter of it, at least 210 and at
/// most 340 pixels, so long phase and deliverable names are cut only on a small screen.
pub fn gutter(width: f32) -> f32 {
    (width * 0.25).clamp(210.0, 340.0)
}

/// The chart's width until the canvas has reported its own.
const DEFAULT_WIDTH: f32 = 900.0;
/// How far (in pixels) a press may move and still count as a click.
const CLICK_SLOP: f32 = 3.0;

/// The view state of the timeline screen.
#[derive(Debug)]
pub struct State {
    /// The scale chosen by zooming or panning; `None` fits the plan to the width.
    view: Option<Scale>,
    /// The canvas width last reported.
    width: f32,
    selected: Option<Target>,
    drag: Option<Drag>,
    hover: Option<(Target, f32, f32)>,
    /// Moving a phase moves the later phases with it.
    shift_later: bool,
    panel: Panel,
    editor: editors::Drafts,
    gate: gate::Draft,
    compare: compare::State,
    /// The chart's geometry, drawn again only when the plan, the scale or the selection change.
    chart_cache: canvas::ChartCache,
}

impl State {
    /// Brings the notes editor of the selected phase or deliverable in line with the plan.
    pub fn sync_notes(&mut self, plan: &Plan) {
        self.editor.sync_notes(self.selected, plan);
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            view: None,
            width: DEFAULT_WIDTH,
            selected: None,
            drag: None,
            hover: None,
            shift_later: false,
            panel: Panel::Edit,
            editor: editors::Drafts::default(),
            gate: gate::Draft::default(),
            compare: compare::State::default(),
            chart_cache: canvas::ChartCache::default(),
        }
    }
}

/// A press on the canvas being dragged.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Drag {
    /// What was pressed; `None` pans the chart.
    hit: Option<Hit>,
    from_x: f32,
    x: f32,
    /// The scale when the press began (panning moves from it).
    scale: Scale,
}

/// What the side panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Edit,
    Gate,
    Compare,
}

/// A pointer event on the canvas, in the canvas's own coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pointer {
    pub kind: PointerKind,
    pub x: f32,
    pub y: f32,
    /// The canvas width, so zoom and fit agree with what is drawn.
    pub width: f32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PointerKind {
    Pressed,
    Moved,
    Released,
    /// The wheel turned: positive lines zoom in; `dx` pans.
    Scrolled {
        lines: f32,
        dx: f32,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Canvas(Pointer),
    ZoomIn,
    ZoomOut,
    Fit,
    ShiftLaterToggled(bool),
    PanelSelected(Panel),
    Selected(Option<Target>),
    /// Keyboard: the selected row one step up or down.
    SelectionStepped(Move),
    /// Keyboard: moves the selection by snap units (negative is earlier); `end_only` resizes.
    Nudged {
        units: i32,
        end_only: bool,
    },
    Editor(editors::Message),
    Gate(gate::Message),
    Compare(compare::Message),
}

impl State {
    /// The selected phase, deliverable or gate.
    pub fn selected(&self) -> Option<Target> {
        self.selected
    }

    /// The scale the chart is drawn with.
    pub fn scale(&self, plan: &Plan, today: NaiveDate) -> Scale {
        self.scale_at(plan, today, self.width)
    }

    /// The scale for a canvas `width` pixels wide.
    fn scale_at(&self, plan: &Plan, today: NaiveDate, width: f32) -> Scale {
        self.view.unwrap_or_else(|| fitted(plan, today, width))
    }

    /// The phase the side panels work on: the selected one, or the one in progress.
    fn phase(&self, plan: &Plan, today: NaiveDate) -> PhaseKind {
        match self.selected {
            Some(Target::Phase(k) | Target::Gate(k)) => k,
            Some(Target::Deliverable(id)) => phase_of(plan, id).unwrap_or(PhaseKind::Strategy),
            None => plan
                .phases
                .iter()
                .find(|p| p.state(today) == crate::model::PhaseState::InProgress)
                .map_or(PhaseKind::Strategy, |p| p.kind),
        }
    }

    fn select(&mut self, target: Option<Target>) {
        if target != self.selected {
            self.selected = target;
            self.editor = editors::Drafts::default();
        }
        if let Some(Target::Gate(_)) = target {
            self.panel = Panel::Gate;
        } else if target.is_some() && self.panel == Panel::Gate {
            self.panel = Panel::Edit;
        }
    }

    pub fn update(&mut self, message: Message, plan: &Plan, ctx: &Context) -> Action<Message> {
        let today = ctx.today;
        match message {
            Message::Canvas(p) => return self.pointer(p, plan, ctx),
            Message::ZoomIn | Message::ZoomOut => {
                let s = self.scale(plan, today);
                let mid = gutter(self.width) + (self.width - gutter(self.width)) / 2.0;
                self.view = Some(s.zoomed(matches!(message, Message::ZoomIn), mid));
            }
            Message::Fit => self.view = None,
            Message::ShiftLaterToggled(on) => self.shift_later = on,
            Message::PanelSelected(p) => self.panel = p,
            Message::Selected(t) => self.select(t),
            Message::SelectionStepped(by) => {
                let layout = Layout::new(plan);
                let i = self.selected.and_then(|s| {
                    let s = if let Target::Gate(k) = s { Target::Phase(k) } else { s };
                    layout.rows.iter().position(|r| r.target == s)
                });
                let j = i.map_or(0, |i| by.target(i, layout.rows.len()).unwrap_or(i));
                if let Some(r) = layout.rows.get(j) {
                    self.select(Some(r.target));
                }
            }
            Message::Nudged { units, end_only } => {
                let (Some(target), true) = (self.selected, ctx.editable) else { return Action::None };
                let snap = self.scale(plan, today).zoom().snap();
                let part = if end_only || matches!(target, Target::Gate(_)) { Part::End } else { Part::Body };
                let Some((start, end)) = timescale::span(plan, target) else { return Action::None };
                let new = timescale::nudged(snap, part, start, end, units);
                return self.moved(plan, target, part, new).map_or(Action::None, Action::Edit);
            }
            Message::Editor(m) => {
                return editors::update(&mut self.editor, &mut self.selected, m, plan, ctx).map(Message::Editor);
            }
            Message::Gate(m) => {
                let phase = self.phase(plan, today);
                return self.gate.update(m, phase, plan, ctx).map(Message::Gate);
            }
            Message::Compare(m) => self.compare.update(m),
        }
        Action::None
    }

    fn pointer(&mut self, p: Pointer, plan: &Plan, ctx: &Context) -> Action<Message> {
        if p.width.is_finite() && p.width > 0.0 {
            self.width = p.width;
        }
        let scale = self.scale(plan, ctx.today);
        match p.kind {
            PointerKind::Pressed => {
                let layout = Layout::new(plan);
                let hit = timescale::hit(plan, &layout, &scale, p.x, p.y);
                if let Some(h) = hit {
                    self.select(Some(h.target));
                }
                let grab = hit.filter(|h| h.part != Part::Row && p.x >= gutter(p.width) && ctx.editable);
                let pans = hit.is_none_or(|h| h.part == Part::Row) && p.x >= gutter(p.width);
                if grab.is_some() || pans {
                    self.drag = Some(Drag { hit: grab, from_x: p.x, x: p.x, scale });
                }
                self.hover = None;
            }
            PointerKind::Moved => match &mut self.drag {
                Some(d) => {
                    d.x = p.x;
                    if d.hit.is_none() {
                        self.view = Some(d.scale.panned(d.x - d.from_x));
                    }
                }
                None => {
                    let layout = Layout::new(plan);
                    self.hover = timescale::hit(plan, &layout, &scale, p.x, p.y)
                        .filter(|h| h.part != Part::Row || p.x < gutter(p.width))
                        .map(|h| (h.target, p.x, p.y));
                }
            },
            PointerKind::Released => {
                let Some(d) = self.drag.take() else { return Action::None };
                let dx = p.x - d.from_x;
                if let Some(hit) = d.hit
                    && dx.abs() > CLICK_SLOP
                {
                    let part = if let Target::Gate(_) = hit.target { Part::End } else { hit.part };
                    let Some((start, end)) = timescale::span(plan, hit.target) else { return Action::None };
                    let new = timescale::dragged(&d.scale, part, start, end, dx);
                    return self.moved(plan, hit.target, part, new).map_or(Action::None, Action::Edit);
                }
            }
            PointerKind::Scrolled { lines, dx } => {
                if dx.abs() > f32::EPSILON {
                    self.view = Some(scale.panned(dx));
                }
                if lines.abs() > f32::EPSILON {
                    self.view = Some(self.scale(plan, ctx.today).zoomed(lines > 0.0, p.x.max(gutter(p.width))));
                }
            }
        }
        Action::None
    }

    /// The edit that gives `target` the dates `(ns, ne)` after moving its `part`; with "move
    /// later phases" the phases after a moved phase follow by as many days, and a phase moved
    /// whole takes its deliverables along (the cascade is `Plan::move_phase`). `None` when
    /// nothing changes.
    fn moved(
        &self,
        plan: &Plan,
        target: Target,
        part: Part,
        (ns, ne): (Option<NaiveDate>, Option<NaiveDate>),
    ) -> Option<Edit> {
        let (start, end) = timescale::span(plan, target)?;
        if (ns, ne) == (start, end) {
            return None;
        }
        match target {
            Target::Phase(kind) | Target::Gate(kind) => plan.move_phase(
                kind,
                PhaseMove {
                    start: ns,
                    end: ne,
                    deliverables_follow: part == Part::Body,
                    later_follow: self.shift_later && part != Part::Start,
                },
            ),
            Target::Deliverable(id) => {
                let d = plan.phases.iter().flat_map(|p| &p.deliverables).find(|d| d.id == id)?;
                let mut next = d.clone();
                // A start after the due date is not drawn as a bar; keep it as it was then.
                if start.is_some() {
                    next.start = ns;
                }
                next.due = ne;
                Some(Edit::UpdateDeliverable(Box::new(next)))
            }
        }
    }

    /// The message for a key press no widget took while this screen is shown: +/− zoom, 0 fits,
    /// ↑/↓ select, ←/→ move the selection by a snap unit, Shift+←/→ move its end.
    pub fn key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return None;
        }
        let end_only = modifiers.shift();
        match key.as_ref() {
            Key::Character("+") | Key::Character("=") => Some(Message::ZoomIn),
            Key::Character("-") => Some(Message::ZoomOut),
            Key::Character("0") => Some(Message::Fit),
            Key::Named(NamedKey::ArrowUp) => Some(Message::SelectionStepped(Move::Up)),
            Key::Named(NamedKey::ArrowDown) => Some(Message::SelectionStepped(Move::Down)),
            Key::Named(NamedKey::ArrowLeft) if self.selected.is_some() => Some(Message::Nudged { units: -1, end_only }),
            Key::Named(NamedKey::ArrowRight) if self.selected.is_some() => Some(Message::Nudged { units: 1, end_only }),
            _ => None,
        }
    }

    /// The screen, filling the space below the tabs; the chart and the panel scroll on their own.
    pub fn view<'a>(&'a self, plan: &'a Plan, ctx: &Context<'a>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let scale = self.scale(plan, ctx.today);
        let zoom = t::zoom_name(scale.zoom(), lang);
        let toolbar = row![
            w::h1(crate::i18n::ui::Text::TabTimeline.get(lang)),
            iced::widget::space::horizontal(),
            w::tool("−", Some(Message::ZoomOut)),
            w::muted(zoom),
            w::tool("+", Some(Message::ZoomIn)),
            w::tool(T::Fit.get(lang), Some(Message::Fit)),
            checkbox(self.shift_later)
                .label(T::ShiftLater.get(lang))
                .on_toggle(Message::ShiftLaterToggled)
                .text_size(size::SMALL)
                .size(16),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center);

        let chart = scrollable(canvas::chart(self, plan, scale, ctx)).height(Length::Fill).width(Length::Fill);
        let legend = w::muted(T::Legend.get(lang));

        let tabs = row([(Panel::Edit, T::PanelEdit), (Panel::Gate, T::PanelGate), (Panel::Compare, T::PanelCompare)]
            .map(|(p, label)| w::tab(label.get(lang), self.panel == p, Message::PanelSelected(p))))
        .spacing(space::XS);
        let body: Element<'a, Message> = match self.panel {
            Panel::Edit => editors::view(&self.editor, self.selected, plan, ctx).map(Message::Editor),
            Panel::Gate => self.gate.view(self.phase(plan, ctx.today), plan, ctx).map(Message::Gate),
            Panel::Compare => self.compare.view(plan, ctx).map(Message::Compare),
        };
        let side = column![tabs, scrollable(container(body).padding([0.0, space::M])).height(Length::Fill)]
            .spacing(space::S)
            .width(Length::Fixed(400.0));

        column![
            toolbar,
            row![column![chart, legend].spacing(space::XS).width(Length::Fill), side]
                .spacing(space::L)
                .height(Length::Fill),
        ]
        .spacing(space::M)
        .padding(space::L)
        .into()
    }
}

/// The scale fitting the plan (and the last baseline) into a canvas `width` pixels wide; a
/// plan without dates shows the months around today.
pub fn fitted(plan: &Plan, today: NaiveDate, width: f32) -> Scale {
    let chart = (width - gutter(width) - space::M).max(100.0);
    let mut range = timescale::plan_range(plan);
    if let Some(b) = baseline::last_passed(plan).and_then(|b| timescale::plan_range(&b.plan)) {
        range = Some(range.map_or(b, |(x, y)| (x.min(b.0), y.max(b.1))));
    }
    let (from, to) = range.unwrap_or((timescale::add_days(today, -90), timescale::add_days(today, 270)));
    Scale::fit(from, to, gutter(width), chart)
}

/// The phase a deliverable belongs to.
pub(crate) fn phase_of(plan: &Plan, id: DeliverableId) -> Option<PhaseKind> {
    plan.phases.iter().find(|p| p.deliverables.iter().any(|d| d.id == id)).map(|p| p.kind)
}

/// A title and a value under it, for the panels.
pub(crate) fn field<'a, M: 'a>(label: &'a str, input: impl Into<Element<'a, M>>) -> Element<'a, M> {
    column![text(label).size(size::SMALL), input.into()].spacing(2).into()
}

/// "1. Strategiavaihe".
pub(crate) fn phase_title(kind: PhaseKind, lang: crate::i18n::Language) -> String {
    format!("{}. {}", kind.number(), kind.name(lang))
}

/// A small button of the panels.
pub(crate) fn small_button<'a, M: Clone + 'a>(label: impl text::IntoFragment<'a>, on: Option<M>) -> Element<'a, M> {
    button(text(label).size(size::SMALL)).padding([2.0, space::S]).style(button::secondary).on_press_maybe(on).into()
}
