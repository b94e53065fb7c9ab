//! A virtualised list: only the rows inside the scrolled viewport (and a few around it) are
//! built; spacers of the right height stand in for the rest, so a list of 20 000 rows costs
//! what one of twenty does. Rows have one fixed height.

use iced::widget::{column, scrollable, space};
use iced::{Element, Length};
use std::cell::Cell;
use std::ops::Range;

/// Rows built above and below the viewport, so fast scrolling shows no gap.
const OVERSCAN: usize = 3;

/// The viewport height assumed before the list has reported its own.
const FIRST_VIEWPORT: f32 = 900.0;

/// The scroll state of one list, kept in its screen's view state.
#[derive(Debug, Clone)]
pub struct VirtualList {
    scroll_y: f32,
    viewport_height: f32,
    built: Cell<usize>,
}

impl Default for VirtualList {
    fn default() -> VirtualList {
        VirtualList { scroll_y: 0.0, viewport_height: FIRST_VIEWPORT, built: Cell::new(0) }
    }
}

/// The rows of `total` to build for a scroll offset and viewport height, rows `row_height` high.
pub fn window(scroll_y: f32, viewport_height: f32, row_height: f32, total: usize) -> Range<usize> {
    let row_height = row_height.max(1.0);
    let visible = (viewport_height.max(row_height) / row_height).ceil() as usize + 1;
    // The first row in view (a stale offset past the end shows the last rows); overscan only
    // where there are rows to scroll to.
    let top = ((scroll_y.max(0.0) / row_height).floor() as usize).min(total.saturating_sub(visible));
    top.saturating_sub(OVERSCAN)..(top + visible + OVERSCAN).min(total)
}

impl VirtualList {
    /// Records where the list was scrolled to and how tall it is.
    pub fn scrolled(&mut self, viewport: scrollable::Viewport) {
        self.scroll_y = viewport.absolute_offset().y;
        self.viewport_height = viewport.bounds().height;
    }

    /// Scrolls the list's state to an offset (with the scroll operation that moves the widget),
    /// so the next view builds the rows there.
    pub fn scroll_to(&mut self, y: f32) {
        self.scroll_y = y.max(0.0);
    }

    /// Back to the top (after a filter or a change of section).
    pub fn reset(&mut self) {
        self.scroll_y = 0.0;
    }

    /// The scroll offset, in logical pixels.
    pub fn offset(&self) -> f32 {
        self.scroll_y
    }

    /// How many rows the last `view` built.
    pub fn built(&self) -> usize {
        self.built.get()
    }

    /// The offset that brings row `index` into view, if it is not in view now.
    pub fn reveal(&self, index: usize, row_height: f32) -> Option<f32> {
        let top = index as f32 * row_height;
        if top < self.scroll_y {
            Some(top)
        } else if top + row_height > self.scroll_y + self.viewport_height {
            Some(top + row_height - self.viewport_height)
        } else {
            None
        }
    }

    /// The list: a scrollable with widget id `id` holding only the visible rows of `total`,
    /// each built by `row(index)` and exactly `row_height` high.
    pub fn view<'a, M: 'a>(
        &self,
        id: &'static str,
        total: usize,
        row_height: f32,
        row: impl Fn(usize) -> Element<'a, M>,
        on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
    ) -> Element<'a, M> {
        self.build(id, total, row_height, self.viewport_height, row, on_scroll)
    }

    /// The same list in a box `height` pixels high.
    pub fn view_in<'a, M: 'a>(
        &self,
        height: f32,
        (id, total, row_height): (&'static str, usize, f32),
        row: impl Fn(usize) -> Element<'a, M>,
        on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
    ) -> Element<'a, M> {
        let viewport = self.viewport_height.min(height);
        iced::widget::container(self.build(id, total, row_height, viewport, row, on_scroll))
            .height(Length::Fixed(height))
            .into()
    }

    fn build<'a, M: 'a>(
        &self,
        id: &'static str,
        total: usize,
        row_height: f32,
        viewport: f32,
        row: impl Fn(usize) -> Element<'a, M>,
        on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
    ) -> Element<'a, M> {
        let range = window(self.scroll_y, viewport, row_height, total);
        self.built.set(range.len());
        let above = range.start as f32 * row_height;
        let below = (total - range.end) as f32 * row_height;
        let mut body = column![space::vertical().height(above)];
        for i in range {
            body = body.push(row(i));
        }
        body = body.push(space::vertical().height(below));
        scrollable(body.width(Length::Fill)).id(id).on_scroll(on_scroll).height(Length::Fill).width(Length::Fill).into()
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_window_covers_the_viewport_and_never_runs_past_the_end() {
        // (scroll, viewport, total) → expected range, rows 40 px high.
        let cases = [
            (0.0, 400.0, 20_000, 0..14),
            (0.0, 400.0, 5, 0..5),
            (40_000.0, 400.0, 20_000, 997..1014),
            (799_999.0, 400.0, 20_000, 19_986..20_000),
            (1e9, 400.0, 20_000, 19_986..20_000),
            (-10.0, 0.0, 20_000, 0..5),
            (0.0, 400.0, 0, 0..0),
        ];
        for (scroll, viewport, total, expected) in cases {
            assert_eq!(window(scroll, viewport, 40.0, total), expected, "{scroll} {viewport} {total}");
        }
    }
}
