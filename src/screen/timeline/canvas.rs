//! The timeline chart as an iced canvas `Program`: the date axis, phase bands and deliverable
//! rows, gate diamonds, the today line, the last baseline as a faint outline, the drag preview
//! and the hover tooltip. Pointer events go back to the screen as `Message::Canvas`; every
//! decision about them is made in `State::update`. Text is measured and elided, and the bars
//! are clipped to the chart, so nothing overflows.

use super::{Message, Pointer, PointerKind, State, gutter};
use crate::baseline;
use crate::i18n::ui::timeline::{self as t, T};
use crate::i18n::{Language, Named, format};
use crate::model::{DeliverableStatus, GateOutcome, PhaseState, Plan};
use crate::rules::{Severity, Subject};
use crate::screen::Context;
use crate::theme::{self, BOLD, FONT};
use crate::timescale::{self, DIAMOND, Layout, Part, Scale, Target, Zoom};
use chrono::{Datelike, NaiveDate};
use iced::widget::canvas::{self, Canvas, Event, Frame, Geometry, LineDash, Path, Stroke, Text};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, alignment, mouse};
use std::sync::OnceLock;

const TEXT: f32 = 13.0;
const SMALL: f32 = 11.5;

/// The chart of a plan on a scale.
pub fn chart<'a>(state: &'a State, plan: &'a Plan, scale: Scale, ctx: &Context<'a>) -> Element<'a, Message> {
    let layout = Layout::new(plan);
    let height = layout.height.max(200.0);
    Canvas::new(Chart {
        state,
        plan,
        scale,
        layout,
        lang: ctx.lang,
        today: ctx.today,
        analysis: ctx.analysis,
        revision: ctx.revision,
    })
    .width(Length::Fill)
    .height(Length::Fixed(height))
    .into()
}

struct Chart<'a> {
    state: &'a State,
    plan: &'a Plan,
    scale: Scale,
    layout: Layout,
    lang: Language,
    today: NaiveDate,
    analysis: &'a crate::analysis::Analysis,
    revision: u64,
}

/// What the cached geometry of the chart depends on besides its size: when any of it changes,
/// the cache is cleared and the chart drawn again; a pointer moving over it redraws only the
/// tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    revision: u64,
    scale: Scale,
    selected: Option<Target>,
    drag: Option<(f32, f32)>,
    lang: Language,
    today: NaiveDate,
    background: [u8; 4],
}

/// The chart's geometry, kept between frames (in the screen's view state).
#[derive(Default)]
pub struct ChartCache {
    cache: canvas::Cache,
    drawn: std::cell::RefCell<Option<Drawn>>,
}

impl std::fmt::Debug for ChartCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChartCache").field("drawn", &self.drawn).finish()
    }
}

impl ChartCache {
    /// Clears the geometry when what it shows has changed; returns whether it did.
    fn refresh(&self, now: Drawn) -> bool {
        let mut drawn = self.drawn.borrow_mut();
        if drawn.as_ref() == Some(&now) {
            return false;
        }
        self.cache.clear();
        *drawn = Some(now);
        true
    }
}

/// Whether the pointer is over the canvas (so leaving it is told once) and whether a press on
/// it is held (the screen's own drag state may lag one event behind).
#[derive(Debug, Default)]
pub struct Inside {
    over: bool,
    pressed: bool,
}

impl canvas::Program<Message> for Chart<'_> {
    type State = Inside;

    fn update(
        &self,
        inside: &mut Inside,
        event: &Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<Message>> {
        let Event::Mouse(event) = event else { return None };
        let dragging = self.state.drag.is_some() || inside.pressed;
        let at = cursor.position_in(bounds);
        let rel = cursor.position().map(|p| Point::new(p.x - bounds.x, p.y - bounds.y));
        let send = |kind: PointerKind, p: Point| {
            canvas::Action::publish(Message::Canvas(Pointer { kind, x: p.x, y: p.y, width: bounds.width }))
        };
        match event {
            mouse::Event::ButtonPressed(mouse::Button::Left) => {
                let p = at?;
                inside.pressed = true;
                Some(send(PointerKind::Pressed, p).and_capture())
            }
            mouse::Event::ButtonReleased(mouse::Button::Left) if dragging => {
                inside.pressed = false;
                rel.map(|p| send(PointerKind::Released, p).and_capture())
            }
            mouse::Event::CursorMoved { .. } => {
                if dragging {
                    return rel.map(|p| send(PointerKind::Moved, p).and_capture());
                }
                match at {
                    Some(p) => {
                        inside.over = true;
                        Some(send(PointerKind::Moved, p))
                    }
                    None if inside.over => {
                        inside.over = false;
                        Some(send(PointerKind::Moved, Point::new(-1.0, -1.0)))
                    }
                    None => None,
                }
            }
            mouse::Event::WheelScrolled { delta } => {
                let p = at.filter(|p| p.x >= gutter(bounds.width))?;
                let (x, y) = match delta {
                    mouse::ScrollDelta::Lines { x, y } => (*x * 40.0, *y),
                    mouse::ScrollDelta::Pixels { x, y } => (*x, *y / 40.0),
                };
                Some(send(PointerKind::Scrolled { lines: y, dx: x }, p).and_capture())
            }
            _ => None,
        }
    }

    fn draw(
        &self,
        _inside: &Inside,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let me = self.at_width(bounds.width);
        let colors = Colors::new(theme);
        let background = theme.palette().background.into_rgba8();
        me.state.chart_cache.refresh(Drawn {
            revision: me.revision,
            scale: me.scale,
            selected: me.state.selected,
            drag: me.state.drag.map(|d| (d.from_x, d.x)),
            lang: me.lang,
            today: me.today,
            background,
        });
        // Rows, axis, bars and lines are drawn once per plan revision, scale, selection and
        // drag position; only the tooltip follows the pointer.
        let chart = me.state.chart_cache.cache.draw(renderer, bounds.size(), |frame| {
            me.rows(frame, &colors, bounds.size());
            // Bars and labels on the chart are clipped to it, never over the label column.
            let area = Rectangle::new(
                Point::new(gutter(bounds.width), 0.0),
                Size::new((bounds.width - gutter(bounds.width)).max(0.0), bounds.height),
            );
            frame.with_clip(area, |chart| {
                me.axis(chart, &colors, bounds.size());
                me.baseline(chart, &colors, bounds.width);
                me.bars(chart, &colors, bounds.width);
                me.today_line(chart, &colors, (bounds.width, bounds.height));
            });
        });
        let mut over = Frame::new(renderer, bounds.size());
        me.tooltip(&mut over, &colors, bounds.size());
        vec![chart, over.into_geometry()]
    }

    fn mouse_interaction(&self, _inside: &Inside, bounds: Rectangle, cursor: mouse::Cursor) -> mouse::Interaction {
        if self.state.drag.is_some_and(|d| d.hit.is_some()) {
            return mouse::Interaction::Grabbing;
        }
        let Some(p) = cursor.position_in(bounds) else { return mouse::Interaction::default() };
        let scale = self.state.scale_at(self.plan, self.today, bounds.width);
        match timescale::hit(self.plan, &self.layout, &scale, p.x, p.y) {
            Some(_) if p.x < gutter(bounds.width) => mouse::Interaction::Pointer,
            Some(h) if matches!(h.target, Target::Gate(_)) => mouse::Interaction::ResizingHorizontally,
            Some(h) => match h.part {
                Part::Start | Part::End => mouse::Interaction::ResizingHorizontally,
                Part::Body => mouse::Interaction::Grab,
                Part::Row => mouse::Interaction::Move,
            },
            None => mouse::Interaction::default(),
        }
    }
}

/// The colours of the chart, from the theme.
struct Colors {
    text: Color,
    muted: Color,
    grid: Color,
    band: [Color; 2],
    gutter: Color,
    primary: Color,
    success: Color,
    warning: Color,
    danger: Color,
    background: Color,
}

impl Colors {
    fn new(theme: &Theme) -> Colors {
        let p = theme.palette();
        let mix = |a: Color, b: Color, k: f32| {
            Color::from_rgb(a.r * k + b.r * (1.0 - k), a.g * k + b.g * (1.0 - k), a.b * k + b.b * (1.0 - k))
        };
        Colors {
            text: p.text,
            muted: theme::muted(theme),
            grid: mix(p.text, p.background, 0.12),
            band: [mix(p.primary, p.background, 0.06), mix(p.text, p.background, 0.03)],
            gutter: mix(p.text, p.background, 0.05),
            primary: p.primary,
            success: p.success,
            warning: p.warning,
            danger: p.danger,
            background: p.background,
        }
    }

    fn state(&self, s: PhaseState) -> Color {
        match s {
            PhaseState::NotStarted => self.muted,
            PhaseState::InProgress => self.primary,
            PhaseState::Passed => self.success,
            PhaseState::Exited => self.danger,
        }
    }

    fn status(&self, s: DeliverableStatus) -> Color {
        match s {
            DeliverableStatus::NotStarted => self.muted,
            DeliverableStatus::InProgress => self.primary,
            DeliverableStatus::Done => self.success,
            DeliverableStatus::Cancelled => Color { a: 0.35, ..self.muted },
        }
    }
}

impl Chart<'_> {
    /// The chart drawn at the canvas's real width (fitting depends on it).
    fn at_width(&self, width: f32) -> Chart<'_> {
        Chart {
            state: self.state,
            plan: self.plan,
            scale: self.state.scale_at(self.plan, self.today, width),
            layout: self.layout.clone(),
            lang: self.lang,
            today: self.today,
            analysis: self.analysis,
            revision: self.revision,
        }
    }

    /// The dates of a target as drawn: the drag preview for the one being dragged.
    fn dates(&self, target: Target) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
        let span = timescale::span(self.plan, target)?;
        if let Some(d) = self.state.drag
            && let Some(hit) = d.hit
        {
            let same = match (hit.target, target) {
                (Target::Gate(a), Target::Phase(b)) => a == b,
                (a, b) => a == b,
            };
            if same {
                let part = if let Target::Gate(_) = hit.target { Part::End } else { hit.part };
                return Some(timescale::dragged(&d.scale, part, span.0, span.1, d.x - d.from_x));
            }
        }
        Some(span)
    }

    fn worst_finding(&self, target: Target) -> Option<Severity> {
        let a = self.analysis;
        match target {
            Target::Phase(k) => {
                let decisions = self.plan.phase(k).into_iter().flat_map(|p| &p.decisions);
                let flags = decisions.map(|d| a.flag(Subject::Decision(d.id)));
                std::iter::once(a.flag(Subject::Phase(k))).chain(flags).flatten().min()
            }
            Target::Deliverable(id) => a.flag(Subject::Deliverable(id)),
            Target::Gate(_) => None,
        }
    }

    /// Row backgrounds and the label column.
    fn rows(&self, frame: &mut Frame, c: &Colors, size: Size) {
        frame.fill_rectangle(Point::ORIGIN, Size::new(gutter(size.width), size.height), c.gutter);
        let mut band = 0;
        for r in &self.layout.rows {
            if let Target::Phase(_) = r.target {
                band += 1;
            }
            let bg = c.band[band % 2];
            frame.fill_rectangle(
                Point::new(gutter(size.width), r.y),
                Size::new(size.width - gutter(size.width), r.height),
                bg,
            );
            if self.state.selected.is_some_and(|s| same_row(s, r.target)) {
                let sel = Color { a: 0.14, ..c.primary };
                frame.fill_rectangle(Point::new(0.0, r.y), Size::new(size.width, r.height), sel);
            }
            let (label, font, indent, size_px) = match r.target {
                Target::Phase(k) => (super::phase_title(k, self.lang), BOLD, 8.0, TEXT),
                Target::Deliverable(id) => {
                    let title = self.plan.phases.iter().flat_map(|p| &p.deliverables).find(|d| d.id == id);
                    (title.map_or(String::new(), |d| d.title.clone()), FONT, 22.0, TEXT - 0.5)
                }
                Target::Gate(_) => continue,
            };
            let marker = self.worst_finding(r.target);
            let room = gutter(size.width) - indent - if marker.is_some() { 20.0 } else { 8.0 };
            let bold = font == BOLD;
            frame.fill_text(text(
                elide(&label, room, size_px, bold),
                Point::new(indent, r.y + r.height / 2.0),
                c.text,
                size_px,
                font,
            ));
            if let Some(sev) = marker {
                let color = if sev == Severity::Error { c.danger } else { c.warning };
                frame.fill(&Path::circle(Point::new(gutter(size.width) - 10.0, r.y + r.height / 2.0), 4.5), color);
            }
            frame.fill_rectangle(Point::new(0.0, r.y + r.height - 0.5), Size::new(size.width, 0.5), c.grid);
        }
        frame.fill_rectangle(Point::new(gutter(size.width) - 1.0, 0.0), Size::new(1.0, size.height), c.grid);
    }

    /// Grid lines and the two label lines of the axis.
    fn axis(&self, frame: &mut Frame, c: &Colors, size: Size) {
        let zoom = self.scale.zoom();
        let ticks = self.scale.ticks(gutter(size.width), size.width);
        frame.fill_rectangle(
            Point::new(gutter(size.width), 0.0),
            Size::new(size.width, timescale::AXIS_HEIGHT),
            c.background,
        );
        let spacing = ticks.windows(2).map(|w| w[1].x - w[0].x).fold(f32::MAX, f32::min);
        let widest =
            ticks.iter().map(|tk| measure(&t::tick_label(zoom, tk.date, self.lang), SMALL, false)).fold(0.0, f32::max);
        let every =
            if spacing <= 0.0 || spacing == f32::MAX { 1 } else { ((widest + 8.0) / spacing).ceil().max(1.0) as usize };
        for (i, tk) in ticks.iter().enumerate() {
            if tk.x < gutter(size.width) {
                continue;
            }
            let color = if tk.major { Color { a: 0.5, ..c.muted } } else { c.grid };
            frame.fill_rectangle(Point::new(tk.x, timescale::AXIS_HEIGHT - 18.0), Size::new(1.0, size.height), color);
            let label = t::tick_label(zoom, tk.date, self.lang);
            // A label the "Today" flag would cover is left out (the flag marks its place).
            let (left, right) = (tk.x + 3.0, tk.x + 3.0 + measure(&label, SMALL, false));
            let covered = self.today_flag(size.width).is_some_and(|(a, b)| left < b && right > a);
            if i % every == 0 && tk.x >= gutter(size.width) && !covered {
                frame.fill_text(text(
                    label,
                    Point::new(tk.x + 3.0, timescale::AXIS_HEIGHT - 10.0),
                    c.muted,
                    SMALL,
                    FONT,
                ));
            }
        }
        // The upper line: the year (or month when zoomed to weeks), at each major tick and at the left edge.
        let upper = |d: NaiveDate| match zoom {
            Zoom::Weeks => t::month_year(d, self.lang),
            _ => d.format("%Y").to_string(),
        };
        let first = self.scale.date_at(gutter(size.width));
        let mut marks: Vec<(f32, String)> = vec![(gutter(size.width), upper(first))];
        // Months (weeks zoom) or years begin on their first day, not on the first tick.
        let mut d = match zoom {
            Zoom::Weeks => first.with_day(1),
            _ => first.with_day(1).and_then(|x| x.with_month(1)),
        }
        .unwrap_or(first);
        let step = if zoom == Zoom::Weeks { 1 } else { 12 };
        while let Some(next) = d.checked_add_months(chrono::Months::new(step)) {
            d = next;
            let x = self.scale.x(d);
            if x > size.width || marks.len() > 400 {
                break;
            }
            frame.fill_rectangle(Point::new(x, 2.0), Size::new(1.0, timescale::AXIS_HEIGHT - 2.0), c.grid);
            marks.push((x, upper(d)));
        }
        for (i, (x, label)) in marks.iter().enumerate() {
            let next = marks.get(i + 1).map_or(size.width, |m| m.0);
            let room = next - x - 8.0;
            if room > 20.0 {
                let label = elide(label, room, TEXT, true);
                frame.fill_text(text(label, Point::new(x + 4.0, 13.0), c.text, TEXT, BOLD));
            }
        }
        frame.fill_rectangle(
            Point::new(gutter(size.width), timescale::AXIS_HEIGHT - 1.0),
            Size::new(size.width, 1.0),
            c.grid,
        );
    }

    /// The faint outline of the last passed gate's baseline, so slippage shows.
    fn baseline(&self, frame: &mut Frame, c: &Colors, width: f32) {
        let Some(b) = baseline::last_passed(self.plan) else { return };
        let dash = Stroke {
            width: 1.5,
            line_dash: LineDash { segments: &[4.0, 3.0], offset: 0 },
            ..Stroke::default().with_color(Color { a: 0.75, ..c.muted })
        };
        for r in &self.layout.rows {
            let Some((Some(s), Some(e))) = timescale::span(&b.plan, r.target) else { continue };
            let Some((x0, x1)) = visible(self.scale.x(s), self.scale.x_end(e), width) else { continue };
            let (y, h) = bar_box(r);
            frame.stroke(&Path::rectangle(Point::new(x0, y - 3.0), Size::new((x1 - x0).max(2.0), h + 6.0)), dash);
        }
    }

    fn bars(&self, frame: &mut Frame, c: &Colors, width: f32) {
        for r in &self.layout.rows {
            let Some((start, end)) = self.dates(r.target) else { continue };
            let selected = self.state.selected.is_some_and(|s| same_row(s, r.target));
            let (y, h) = bar_box(r);
            let (fill, label, owner) = match r.target {
                Target::Phase(k) => {
                    let ph = self.plan.phase(k);
                    let state = ph.map_or(PhaseState::NotStarted, |p| p.state(self.today));
                    (c.state(state), k.name(self.lang).to_string(), None)
                }
                Target::Deliverable(id) => {
                    let d = self.plan.phases.iter().flat_map(|p| &p.deliverables).find(|d| d.id == id);
                    let owner = d.and_then(|d| d.owner).and_then(|o| self.plan.party(o)).map(|p| p.label().to_string());
                    (c.status(d.map_or(DeliverableStatus::NotStarted, |d| d.status)), String::new(), owner)
                }
                Target::Gate(_) => continue,
            };
            match (start, end) {
                (Some(s), Some(e)) => {
                    // Only the part right of the label column is drawn.
                    let Some((x0, x1)) = visible(self.scale.x(s), self.scale.x_end(e), width) else { continue };
                    let w = (x1 - x0).max(2.0);
                    let rect = Path::rounded_rectangle(Point::new(x0, y), Size::new(w, h), 3.0.into());
                    frame.fill(&rect, fill);
                    if selected {
                        frame.stroke(&rect, Stroke::default().with_width(2.5).with_color(c.text));
                    }
                    let inside = if label.is_empty() { owner.unwrap_or_default() } else { label };
                    let bold = matches!(r.target, Target::Phase(_));
                    let room = w - 12.0;
                    let size = if bold { TEXT } else { SMALL };
                    let font = if bold { BOLD } else { FONT };
                    let whole = measure(&inside, size, bold);
                    if inside.is_empty() {
                        // Nothing to write on the bar.
                    } else if whole <= room {
                        frame.fill_text(text(inside, Point::new(x0 + 6.0, y + h / 2.0), Color::WHITE, size, font));
                    } else {
                        // Too long for its bar: the label follows the bar (a phase's after its
                        // gate diamond) instead of being cut to "Hä…".
                        let after = x0 + w + if bold { DIAMOND + 18.0 } else { 6.0 };
                        let s = elide(&inside, (width - after - 4.0).max(0.0), size, bold);
                        frame.fill_text(text(s, Point::new(after, y + h / 2.0), c.text, size, font));
                    }
                }
                (None, Some(e)) | (Some(e), None) => {
                    let x = if end.is_some() { self.scale.x_end(e) } else { self.scale.x(e) };
                    if x < gutter(width) + 6.0 {
                        continue;
                    }
                    let cy = y + h / 2.0;
                    let tri = Path::new(|p| {
                        p.move_to(Point::new(x, cy - 7.0));
                        p.line_to(Point::new(x + 6.0, cy));
                        p.line_to(Point::new(x, cy + 7.0));
                        p.line_to(Point::new(x - 6.0, cy));
                        p.close();
                    });
                    frame.fill(&tri, fill);
                    if selected {
                        frame.stroke(&tri, Stroke::default().with_width(2.0).with_color(c.text));
                    }
                }
                (None, None) => {}
            }
            if let Target::Phase(k) = r.target
                && let Some(e) = end
                && self.scale.x_end(e) >= gutter(width) + DIAMOND
            {
                self.diamond(frame, c, k, self.scale.x_end(e), r.y + r.height / 2.0);
            }
        }
    }

    fn diamond(&self, frame: &mut Frame, c: &Colors, kind: crate::model::PhaseKind, x: f32, y: f32) {
        let d = DIAMOND;
        let path = Path::new(|p| {
            p.move_to(Point::new(x, y - d));
            p.line_to(Point::new(x + d, y));
            p.line_to(Point::new(x, y + d));
            p.line_to(Point::new(x - d, y));
            p.close();
        });
        let outcome = self.plan.phase(kind).and_then(|p| p.latest_decision()).map(|d| d.outcome);
        let fill = match outcome {
            Some(GateOutcome::Go) => c.success,
            Some(GateOutcome::Rework) => c.warning,
            Some(GateOutcome::Exit) => c.danger,
            None => c.background,
        };
        frame.fill(&path, fill);
        let selected = self.state.selected == Some(Target::Gate(kind));
        frame.stroke(&path, Stroke::default().with_width(if selected { 2.5 } else { 1.5 }).with_color(c.text));
        frame.fill_text(text(kind.gate_name().to_string(), Point::new(x + d + 3.0, y - d - 1.0), c.muted, SMALL, BOLD));
    }

    /// The left and right edge of the "Today" flag on the axis, when today is in view.
    fn today_flag(&self, width: f32) -> Option<(f32, f32)> {
        let x = self.scale.x(self.today) + self.scale.px_per_day / 2.0;
        let w = measure(T::Today.get(self.lang), SMALL, true) + 8.0;
        (x >= gutter(width) + 20.0).then_some((x - w / 2.0, x + w / 2.0))
    }

    fn today_line(&self, frame: &mut Frame, c: &Colors, (width, height): (f32, f32)) {
        let Some((left, right)) = self.today_flag(width) else { return };
        let x = (left + right) / 2.0;
        frame.fill_rectangle(Point::new(x - 1.0, timescale::AXIS_HEIGHT - 4.0), Size::new(2.0, height), c.danger);
        let label = T::Today.get(self.lang);
        let w = right - left;
        frame.fill_rectangle(Point::new(x - w / 2.0, timescale::AXIS_HEIGHT - 17.0), Size::new(w, 15.0), c.danger);
        frame.fill_text(Text {
            align_x: alignment::Horizontal::Center.into(),
            ..text(label.to_string(), Point::new(x, timescale::AXIS_HEIGHT - 9.5), Color::WHITE, SMALL, BOLD)
        });
    }

    /// The details of the hovered item in a box by the pointer, kept inside the canvas.
    fn tooltip(&self, frame: &mut Frame, c: &Colors, size: Size) {
        if let Some(d) = self.state.drag {
            // While dragging, the dates the item would get, by the pointer.
            let Some(hit) = d.hit else { return };
            let target = if let Target::Gate(k) = hit.target { Target::Phase(k) } else { hit.target };
            let Some((start, end)) = self.dates(target) else { return };
            let day = |x: Option<NaiveDate>| x.map_or_else(|| "–".to_string(), |x| format::date(x, self.lang));
            let line = format!("{} – {}", day(start), day(end));
            let w = measure(&line, TEXT, true) + 20.0;
            // Above the dragged row, or below it where the axis leaves no room.
            let row = self.layout.row_of(target).map_or((timescale::AXIS_HEIGHT, 24.0), |r| (r.y, r.height));
            let above = row.0 - 28.0;
            let by = if above >= timescale::AXIS_HEIGHT { above } else { row.0 + row.1 + 2.0 };
            let bx = if d.x + 16.0 + w > size.width { (d.x - 16.0 - w).max(0.0) } else { d.x + 16.0 };
            let rect = Path::rounded_rectangle(Point::new(bx, by), Size::new(w, 26.0), 4.0.into());
            frame.fill(&rect, c.background);
            frame.stroke(&rect, Stroke::default().with_width(1.0).with_color(c.muted));
            frame.fill_text(text(line, Point::new(bx + 10.0, by + 13.0), c.text, TEXT, BOLD));
            return;
        }
        let Some((target, x, y)) = self.state.hover else { return };
        let lines = t::details(self.plan, target, self.today, self.lang);
        if lines.is_empty() {
            return;
        }
        let max_w = 420.0;
        let lines: Vec<String> = lines.iter().map(|l| elide(l, max_w, TEXT, false)).collect();
        let w = lines.iter().enumerate().map(|(i, l)| measure(l, TEXT, i == 0)).fold(0.0, f32::max) + 20.0;
        let h = lines.len() as f32 * 18.0 + 12.0;
        let bx = if x + 16.0 + w > size.width { (x - 16.0 - w).max(0.0) } else { x + 16.0 };
        let by = if y + 16.0 + h > size.height { (y - 8.0 - h).max(0.0) } else { y + 16.0 };
        let rect = Path::rounded_rectangle(Point::new(bx, by), Size::new(w, h), 4.0.into());
        frame.fill(&rect, c.background);
        frame.stroke(&rect, Stroke::default().with_width(1.0).with_color(c.muted));
        for (i, l) in lines.into_iter().enumerate() {
            let font = if i == 0 { BOLD } else { FONT };
            frame.fill_text(text(l, Point::new(bx + 10.0, by + 15.0 + i as f32 * 18.0), c.text, TEXT, font));
        }
    }
}

/// Whether two targets are drawn on the same row (a gate sits on its phase's row).
fn same_row(a: Target, b: Target) -> bool {
    let norm = |t: Target| if let Target::Gate(k) = t { Target::Phase(k) } else { t };
    norm(a) == norm(b)
}

/// The part of `x0..x1` right of the label column and left of the canvas's edge, if any.
fn visible(x0: f32, x1: f32, width: f32) -> Option<(f32, f32)> {
    let (a, b) = (x0.max(gutter(width)), x1.min(width + 4.0));
    (b > a).then_some((a, b))
}

/// The box of a bar inside its row.
fn bar_box(r: &timescale::Row) -> (f32, f32) {
    match r.target {
        Target::Phase(_) => (r.y + 6.0, r.height - 12.0),
        _ => (r.y + 6.0, r.height - 12.0),
    }
}

/// A line of text whose left edge is at `p.x` and middle at `p.y`.
fn text(content: String, p: Point, color: Color, size: f32, font: iced::Font) -> Text {
    Text {
        content,
        position: p,
        color,
        size: size.into(),
        font,
        align_y: alignment::Vertical::Center,
        ..Text::default()
    }
}

/// The bundled font's metrics, shared with the PDF layout (`annex::font`).
fn fonts() -> Option<&'static crate::annex::font::Fonts> {
    static FONTS: OnceLock<Option<crate::annex::font::Fonts>> = OnceLock::new();
    FONTS.get_or_init(|| crate::annex::font::Fonts::new().ok()).as_ref()
}

/// The width of a line of text in pixels, from the bundled font's advances (a generous
/// estimate when the font cannot be read).
pub fn measure(s: &str, size: f32, bold: bool) -> f32 {
    match fonts() {
        Some(f) => f.width(s, size, bold),
        None => s.chars().count() as f32 * size * 0.7,
    }
}

/// The text cut with "…" so that it fits `room` pixels; empty when not even one letter fits.
pub fn elide(s: &str, room: f32, size: f32, bold: bool) -> String {
    if measure(s, size, bold) <= room {
        return s.to_string();
    }
    let ell = measure("…", size, bold);
    let mut out = String::new();
    let mut w = 0.0;
    for ch in s.chars() {
        let cw = measure(ch.encode_utf8(&mut [0; 4]), size, bold);
        if w + cw + ell > room {
            break;
        }
        w += cw;
        out.push(ch);
    }
    let out = out.trim_end();
    if out.is_empty() { String::new() } else { format!("{out}…") }
}
