//! The two charts of the scenario section, drawn on an iced canvas: the budget by party and
//! category (stacked bars) and the producers' and owners' result across the actual cost (lines,
//! where the caps bite marked). Amounts arrive as money from the library and become `f32` only
//! for drawing.

use super::Message;
use crate::i18n::{Language, format};
use crate::model::{Bp, Money};
use crate::theme::FONT;
use iced::widget::canvas::{self, Frame, Geometry, LineDash, Path, Stroke, Text};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

/// Colours of the categories and series, distinguishable in light, dark and projector themes.
const COLORS: [Color; 10] = [
    Color::from_rgb(0.16, 0.44, 0.73),
    Color::from_rgb(0.90, 0.49, 0.13),
    Color::from_rgb(0.20, 0.63, 0.33),
    Color::from_rgb(0.80, 0.22, 0.25),
    Color::from_rgb(0.55, 0.38, 0.74),
    Color::from_rgb(0.55, 0.34, 0.29),
    Color::from_rgb(0.89, 0.47, 0.76),
    Color::from_rgb(0.50, 0.50, 0.50),
    Color::from_rgb(0.74, 0.74, 0.13),
    Color::from_rgb(0.09, 0.75, 0.81),
];

/// A colour for the n-th series.
pub fn color(n: usize) -> Color {
    COLORS[n % COLORS.len()]
}

fn euros(m: Money) -> f32 {
    m.cents() as f32 / 100.0
}

/// A short axis label: "1,5 M€", "250 k€", "−40 k€".
fn short(v: f32, lang: Language) -> String {
    format::money_short(Money((v * 100.0).round() as i64), lang)
}

/// A "nice" step for about `n` ticks over `span`.
pub(crate) fn step(span: f32, n: f32) -> f32 {
    let raw = (span / n).max(1.0);
    let mag = 10f32.powf(raw.log10().floor());
    let f = raw / mag;
    (if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    }) * mag
}

pub(crate) fn label(frame: &mut Frame, content: impl Into<String>, at: Point, color: Color, align_right: bool) {
    frame.fill_text(Text {
        content: content.into(),
        position: at,
        color,
        size: Pixels(12.0),
        font: FONT,
        align_x: if align_right {
            iced::alignment::Horizontal::Right.into()
        } else {
            iced::alignment::Horizontal::Left.into()
        },
        align_y: iced::alignment::Vertical::Center,
        ..Text::default()
    });
}

pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { format!("{}…", s.chars().take(n - 1).collect::<String>()) }
}

/// Horizontal grid lines with labels at nice steps from `lo` to `hi`; returns the y mapping.
fn y_axis(
    frame: &mut Frame,
    area: Rectangle,
    lo: f32,
    hi: f32,
    theme: &Theme,
    lang: Language,
) -> impl Fn(f32) -> f32 + use<> {
    let text = theme.palette().text;
    let grid = Color { a: 0.15, ..text };
    let span = (hi - lo).max(1.0);
    let y = move |v: f32| area.y + area.height - (v - lo) / span * area.height;
    let s = step(span, 5.0);
    let mut v = (lo / s).ceil() * s;
    while v <= hi + s * 0.001 {
        frame.stroke(
            &Path::line(Point::new(area.x, y(v)), Point::new(area.x + area.width, y(v))),
            Stroke::default()
                .with_color(if v.abs() < s * 0.001 { Color { a: 0.5, ..text } } else { grid })
                .with_width(1.0),
        );
        label(frame, short(v, lang), Point::new(area.x - 6.0, y(v)), text, true);
        v += s;
    }
    y
}

/// The budget by party (bars) and category (stacks).
#[derive(Debug, Clone)]
pub struct BudgetBars {
    pub parties: Vec<String>,
    /// Category labels, in stack order.
    pub categories: Vec<String>,
    /// `values[party][category]`.
    pub values: Vec<Vec<Money>>,
    pub lang: Language,
}

impl canvas::Program<Message> for BudgetBars {
    type State = ();

    fn draw(&self, _: &(), renderer: &Renderer, theme: &Theme, bounds: Rectangle, _: mouse::Cursor) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let text = theme.palette().text;
        let legend_w = 260.0;
        let area = Rectangle::new(
            Point::new(80.0, 12.0),
            Size::new((bounds.width - 80.0 - legend_w).max(40.0), (bounds.height - 52.0).max(20.0)),
        );
        let totals: Vec<f32> = self.values.iter().map(|r| r.iter().map(|&m| euros(m).max(0.0)).sum()).collect();
        let hi = totals.iter().copied().fold(0.0f32, f32::max).max(1.0);
        let y = y_axis(&mut frame, area, 0.0, hi * 1.05, theme, self.lang);
        let n = self.parties.len().max(1) as f32;
        let slot = area.width / n;
        let bar = (slot * 0.6).min(80.0);
        for (i, row) in self.values.iter().enumerate() {
            let x = area.x + slot * i as f32 + (slot - bar) / 2.0;
            let mut base = 0.0f32;
            for (c, &m) in row.iter().enumerate() {
                let v = euros(m).max(0.0);
                if v <= 0.0 {
                    continue;
                }
                let (top, bottom) = (y(base + v), y(base));
                frame.fill_rectangle(Point::new(x, top), Size::new(bar, (bottom - top).max(0.5)), color(c));
                base += v;
            }
            label(&mut frame, short(totals[i], self.lang), Point::new(x, y(base) - 8.0), text, false);
            let name = truncate(&self.parties[i], ((slot / 7.0) as usize).max(4));
            frame.fill_text(Text {
                content: name,
                position: Point::new(x + bar / 2.0, area.y + area.height + 14.0),
                color: text,
                size: Pixels(12.0),
                font: FONT,
                align_x: iced::alignment::Horizontal::Center.into(),
                align_y: iced::alignment::Vertical::Center,
                ..Text::default()
            });
        }
        let lx = bounds.width - legend_w + 16.0;
        for (c, name) in self.categories.iter().enumerate() {
            let ly = 16.0 + c as f32 * 20.0;
            frame.fill_rectangle(Point::new(lx, ly - 6.0), Size::new(12.0, 12.0), color(c));
            label(&mut frame, truncate(name, 32), Point::new(lx + 18.0, ly), text, false);
        }
        vec![frame.into_geometry()]
    }
}

/// One series of the result chart.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    /// (share in percent, euros) points.
    pub points: Vec<(f32, Money)>,
    pub color: Color,
}

/// The producers' and owners' result across the actual cost.
#[derive(Debug, Clone)]
pub struct ResultChart {
    pub series: Vec<Series>,
    /// Labels for the cap marks: shown where a series stops changing.
    pub cap_label: String,
    pub x_label: String,
    pub lang: Language,
}

impl canvas::Program<Message> for ResultChart {
    type State = ();

    fn draw(&self, _: &(), renderer: &Renderer, theme: &Theme, bounds: Rectangle, _: mouse::Cursor) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let text = theme.palette().text;
        let legend_w = 260.0;
        let area = Rectangle::new(
            Point::new(80.0, 12.0),
            Size::new((bounds.width - 80.0 - legend_w).max(40.0), (bounds.height - 52.0).max(20.0)),
        );
        let all = self.series.iter().flat_map(|s| s.points.iter());
        let (x0, x1) = all.clone().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        if x0 >= x1 {
            return vec![frame.into_geometry()];
        }
        let (lo, hi) = all.fold((0.0f32, 0.0f32), |(a, b), p| (a.min(euros(p.1)), b.max(euros(p.1))));
        let pad = ((hi - lo) * 0.08).max(1.0);
        let y = y_axis(&mut frame, area, lo - pad, hi + pad, theme, self.lang);
        let x = |v: f32| area.x + (v - x0) / (x1 - x0) * area.width;
        let mut tick = (x0 / 10.0).ceil() * 10.0;
        while tick <= x1 + 0.01 {
            let at = x(tick);
            let strong = (tick - 100.0).abs() < 0.01;
            frame.stroke(
                &Path::line(Point::new(at, area.y), Point::new(at, area.y + area.height)),
                Stroke::default().with_color(Color { a: if strong { 0.5 } else { 0.12 }, ..text }).with_width(1.0),
            );
            frame.fill_text(Text {
                content: format::percent(Bp::percent(tick.round().max(0.0) as u32), self.lang),
                position: Point::new(at, area.y + area.height + 12.0),
                color: text,
                size: Pixels(12.0),
                font: FONT,
                align_x: iced::alignment::Horizontal::Center.into(),
                align_y: iced::alignment::Vertical::Center,
                ..Text::default()
            });
            tick += 10.0;
        }
        label(&mut frame, self.x_label.clone(), Point::new(area.x, area.y + area.height + 32.0), text, false);
        for s in &self.series {
            let path = Path::new(|b| {
                for (i, &(px, m)) in s.points.iter().enumerate() {
                    let p = Point::new(x(px), y(euros(m)));
                    if i == 0 { b.move_to(p) } else { b.line_to(p) }
                }
            });
            frame.stroke(&path, Stroke::default().with_color(s.color).with_width(2.5));
            // Where the curve stops changing at either end, a cap bites: mark that point.
            for (a, b) in [(0usize, 1usize), (s.points.len().saturating_sub(1), s.points.len().saturating_sub(2))] {
                let (Some(&(_, end)), Some(_)) = (s.points.get(a), s.points.get(b)) else { continue };
                let flat: Vec<_> = if a == 0 {
                    s.points.iter().take_while(|p| p.1 == end).collect()
                } else {
                    s.points.iter().rev().take_while(|p| p.1 == end).collect()
                };
                if let Some(&&(px, m)) = flat.last().filter(|_| flat.len() >= 2 && flat.len() < s.points.len()) {
                    let p = Point::new(x(px), y(euros(m)));
                    frame.fill(&Path::circle(p, 4.5), s.color);
                    frame.stroke(
                        &Path::line(Point::new(p.x, area.y), Point::new(p.x, area.y + area.height)),
                        Stroke {
                            line_dash: LineDash { segments: &[4.0, 4.0], offset: 0 },
                            ..Stroke::default().with_color(Color { a: 0.6, ..s.color }).with_width(1.0)
                        },
                    );
                    let above = if a == 0 { -12.0 } else { 12.0 };
                    label(
                        &mut frame,
                        format!("{} {}", self.cap_label, short(euros(m), self.lang)),
                        Point::new(p.x + 6.0, p.y + above),
                        s.color,
                        false,
                    );
                }
            }
        }
        let lx = bounds.width - legend_w + 16.0;
        for (i, s) in self.series.iter().enumerate() {
            let ly = 16.0 + i as f32 * 20.0;
            frame.fill_rectangle(Point::new(lx, ly - 2.0), Size::new(18.0, 4.0), s.color);
            label(&mut frame, truncate(&s.name, 34), Point::new(lx + 24.0, ly), text, false);
        }
        vec![frame.into_geometry()]
    }
}
