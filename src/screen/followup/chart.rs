//! The KPI chart of the follow-up view, drawn on an iced canvas: one line per area and a bold
//! one for the whole alliance across the periods, with the metric's minimum, target and
//! excellent levels as labelled dashed lines. Values arrive as reported by the library and
//! become `f32` only for drawing.

use super::Message;
use crate::i18n::{Language, format};
use crate::screen::budget::chart::{color, label, step, truncate};
use crate::theme::FONT;
use iced::widget::canvas::{self, Frame, Geometry, LineDash, Path, Stroke, Text};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

/// One line of the chart.
#[derive(Debug, Clone)]
pub struct Line {
    pub name: String,
    /// One value per period of the chart (`None`: not measured then).
    pub values: Vec<Option<f32>>,
    /// The whole alliance's line: drawn thicker, in the text colour.
    pub bold: bool,
}

/// A metric's series over its periods.
#[derive(Debug, Clone)]
pub struct KpiChart {
    pub periods: Vec<String>,
    pub lines: Vec<Line>,
    /// (label, value) of the minimum, target and excellent levels.
    pub levels: Vec<(String, f32)>,
    /// Axis labels have at most the metric's decimals, in the language's number format.
    pub decimals: u32,
    pub lang: Language,
}

impl KpiChart {
    /// An axis value at a grid step: as many decimals as the step needs, at most the metric's.
    fn axis(&self, v: f32, step: f32) -> String {
        let needed = if step >= 1.0 { 0 } else { (-step.log10()).ceil().max(0.0) as u32 };
        let decimals = needed.min(self.decimals);
        let scaled = (f64::from(v) * 10f64.powi(decimals as i32)).round() as i128;
        format::reported(scaled, decimals, self.lang)
    }
}

impl canvas::Program<Message> for KpiChart {
    type State = ();

    fn draw(&self, _: &(), renderer: &Renderer, theme: &Theme, bounds: Rectangle, _: mouse::Cursor) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let text = theme.palette().text;
        let legend_w = (bounds.width * 0.25).clamp(140.0, 240.0);
        let area = Rectangle::new(
            Point::new(56.0, 14.0),
            Size::new((bounds.width - 56.0 - legend_w - 90.0).max(40.0), (bounds.height - 44.0).max(20.0)),
        );
        let values = self.lines.iter().flat_map(|l| l.values.iter().flatten().copied());
        let all: Vec<f32> = values.chain(self.levels.iter().map(|l| l.1)).collect();
        if all.is_empty() || self.periods.is_empty() {
            return vec![frame.into_geometry()];
        }
        let (lo, hi) = all.iter().fold((f32::MAX, f32::MIN), |(a, b), &v| (a.min(v), b.max(v)));
        let pad = ((hi - lo) * 0.08).max(0.5);
        let (lo, hi) = (lo - pad, hi + pad);
        let y = |v: f32| area.y + area.height - (v - lo) / (hi - lo) * area.height;
        let grid = Color { a: 0.15, ..text };
        let s = step(hi - lo, 5.0).max(f32::EPSILON);
        let mut v = (lo / s).ceil() * s;
        while v <= hi {
            frame.stroke(
                &Path::line(Point::new(area.x, y(v)), Point::new(area.x + area.width, y(v))),
                Stroke::default().with_color(grid).with_width(1.0),
            );
            label(&mut frame, self.axis(v, s), Point::new(area.x - 6.0, y(v)), text, true);
            v += s;
        }
        let n = self.periods.len();
        let x = |i: usize| {
            if n == 1 { area.x + area.width / 2.0 } else { area.x + area.width * i as f32 / (n - 1) as f32 }
        };
        // Period labels, thinned to fit.
        let every = ((n as f32 * 64.0 / area.width.max(1.0)).ceil() as usize).max(1);
        // The last period is always labelled; a regular label too close before it is left out.
        for (i, p) in
            self.periods.iter().enumerate().filter(|(i, _)| *i == n - 1 || (i % every == 0 && n - 1 - i >= every))
        {
            frame.fill_text(Text {
                content: p.clone(),
                position: Point::new(x(i), area.y + area.height + 14.0),
                color: text,
                size: Pixels(12.0),
                font: FONT,
                align_x: iced::alignment::Horizontal::Center.into(),
                align_y: iced::alignment::Vertical::Center,
                ..Text::default()
            });
        }
        // Level labels at least 14 px apart, so close levels stay readable.
        let mut label_y: Vec<(usize, f32)> = self.levels.iter().enumerate().map(|(i, l)| (i, y(l.1))).collect();
        label_y.sort_by(|a, b| a.1.total_cmp(&b.1));
        for k in 1..label_y.len() {
            label_y[k].1 = label_y[k].1.max(label_y[k - 1].1 + 14.0);
        }
        for (i, (name, v)) in self.levels.iter().enumerate() {
            let ly = label_y.iter().find(|(j, _)| *j == i).map_or(y(*v), |l| l.1);
            let c = [
                Color::from_rgb(0.80, 0.22, 0.25),
                Color::from_rgb(0.85, 0.60, 0.10),
                Color::from_rgb(0.20, 0.63, 0.33),
            ][i % 3];
            frame.stroke(
                &Path::line(Point::new(area.x, y(*v)), Point::new(area.x + area.width, y(*v))),
                Stroke {
                    line_dash: LineDash { segments: &[6.0, 4.0], offset: 0 },
                    ..Stroke::default().with_color(c).with_width(1.5)
                },
            );
            label(&mut frame, truncate(name, 14), Point::new(area.x + area.width + 6.0, ly), c, false);
        }
        // Many areas: their lines thin and faint, so the alliance's (drawn last) stands out.
        let crowded = self.lines.len() > 9;
        let order = (0..self.lines.len())
            .filter(|&k| !self.lines[k].bold)
            .chain((0..self.lines.len()).filter(|&k| self.lines[k].bold));
        for k in order {
            let line = &self.lines[k];
            let c = match (line.bold, crowded) {
                (true, _) => text,
                (false, false) => color(k),
                (false, true) => Color { a: 0.35, ..color(k) },
            };
            let width = match (line.bold, crowded) {
                (true, _) => 3.5,
                (false, false) => 2.0,
                (false, true) => 1.0,
            };
            let mut segment: Vec<Point> = Vec::new();
            let flush = |segment: &mut Vec<Point>, frame: &mut Frame| {
                if segment.len() > 1 {
                    let path = Path::new(|b| {
                        b.move_to(segment[0]);
                        for p in &segment[1..] {
                            b.line_to(*p);
                        }
                    });
                    frame.stroke(&path, Stroke::default().with_color(c).with_width(width));
                }
                segment.clear();
            };
            for (i, v) in line.values.iter().enumerate() {
                match v {
                    Some(v) => {
                        let p = Point::new(x(i), y(*v));
                        frame.fill(&Path::circle(p, if line.bold { 4.0 } else { 3.0 }), c);
                        segment.push(p);
                    }
                    None => flush(&mut segment, &mut frame),
                }
            }
            flush(&mut segment, &mut frame);
            let ly = 16.0 + k as f32 * 20.0;
            if ly < bounds.height - 8.0 {
                let lx = bounds.width - legend_w + 8.0;
                frame.fill_rectangle(Point::new(lx, ly - 2.0), Size::new(18.0, width), c);
                label(&mut frame, truncate(&line.name, 26), Point::new(lx + 24.0, ly), text, false);
            }
        }
        vec![frame.into_geometry()]
    }
}
