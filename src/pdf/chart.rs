//! Horizontal bar charts in the page flow (minutes per item, poll answers).

use super::flow::{Flow, Style};
use super::page::{Mark, Rgb};

impl Flow {
    /// Horizontal bars, one per label, scaled to the largest value; the
    /// value is printed after its bar.
    pub fn bar_chart(&mut self, bars: &[(String, f64)], value_text: impl Fn(f64) -> String) {
        let max = bars.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max).max(f64::EPSILON);
        let label_width = self.content_width() * 0.4;
        let bar_space = self.content_width() - label_width - 60.0;
        let style = Style { size: 9.5, ..Style::BODY };
        let heights: Vec<(Vec<String>, f32)> = bars
            .iter()
            .map(|(label, _)| {
                let lines: Vec<String> =
                    self.set(label, style, label_width - 8.0).into_iter().map(|l| l.text).collect();
                let height = (lines.len() as f32 * style.line_height()).max(14.0) + 4.0;
                (lines, height)
            })
            .collect();
        // A chart of up to half a page stays whole, with whatever heading or
        // label names it; a longer one keeps at least its first bars with it.
        let whole: f32 = heights.iter().map(|(_, h)| h).sum();
        if whole <= self.body_height() / 2.0 {
            self.keep(whole);
        } else {
            self.commit(heights.iter().take(2).map(|(_, h)| h).sum());
        }
        for ((_, value), (lines, height)) in bars.iter().zip(heights) {
            self.need(height);
            let top = self.y;
            for line in &lines {
                let x = self.left();
                self.line_at(x, line, style);
                self.y += style.line_height();
            }
            let w = (*value / max) as f32 * bar_space;
            let x = self.left() + label_width;
            self.mark(Mark::Rect { x, y: top + 2.0, w: w.max(0.5), h: 9.0, fill: Some(Rgb::ACCENT), stroke: None });
            self.y = top;
            let small = Style::SMALL;
            self.line_at(x + w + 6.0, &value_text(*value), small);
            self.y = top + height;
        }
        self.space(6.0);
    }
}
