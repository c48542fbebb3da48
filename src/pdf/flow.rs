//! Page flow: text, lists, tables and charts poured down pages of a given
//! size, breaking pages where needed, with a running header and a
//! "page X of Y" footer added once the page count is known.

use super::fonts::{Weight, face};
use super::page::{Laid, Mark, Page, Paper, Rgb};
use super::text::wrap;

/// 14 mm: inside what every office printer can print.
pub const MARGIN: f32 = 14.0 * 72.0 / 25.4;
const HEADER_SPACE: f32 = 24.0;
const FOOTER_SPACE: f32 = 20.0;
const LEADING: f32 = 1.35;

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
}

impl Style {
    pub const BODY: Style = Style { size: 10.0, weight: Weight::Regular, color: Rgb::TEXT };
    pub const SMALL: Style = Style { size: 8.5, weight: Weight::Regular, color: Rgb::MUTED };
    pub const STRONG: Style = Style { size: 10.0, weight: Weight::Bold, color: Rgb::TEXT };
    pub const TITLE: Style = Style { size: 20.0, weight: Weight::Bold, color: Rgb::ACCENT };
    pub const H1: Style = Style { size: 14.0, weight: Weight::Bold, color: Rgb::ACCENT };
    pub const H2: Style = Style { size: 11.5, weight: Weight::Bold, color: Rgb::TEXT };

    fn line_height(self) -> f32 {
        self.size * LEADING
    }
}

/// A table column: its title and its share of the width.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub title: String,
    pub share: f32,
}

impl Column {
    pub fn new(title: &str, share: f32) -> Column {
        Column { title: title.to_string(), share }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Normal,
    /// A heading row across the whole table (a section of the agenda).
    Section,
    /// Shaded, e.g. a break.
    Muted,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    pub kind: RowKind,
    /// A column whose first line (up to the first line break) is a title, set in bold.
    pub titled: Option<usize>,
}

impl Row {
    pub fn new(cells: Vec<String>) -> Row {
        Row { cells, kind: RowKind::Normal, titled: None }
    }

    pub fn section(title: &str) -> Row {
        Row { cells: vec![title.to_string()], kind: RowKind::Section, titled: None }
    }

    /// Column `column` starts with a bold title line.
    pub fn titled(mut self, column: usize) -> Row {
        self.titled = Some(column);
        self
    }
}

pub struct Flow {
    paper: Paper,
    width: f32,
    height: f32,
    pages: Vec<Page>,
    /// Distance from the top of the page to where the next thing goes.
    y: f32,
    title: String,
    header_note: String,
}

impl Flow {
    /// A document titled `title`; `header_note` (e.g. the variant and date)
    /// is printed at the top right of every page.
    pub fn new(paper: Paper, title: &str, header_note: &str) -> Flow {
        let (width, height) = paper.size();
        Flow {
            paper,
            width,
            height,
            pages: vec![Page::default()],
            y: MARGIN + HEADER_SPACE,
            title: title.to_string(),
            header_note: header_note.to_string(),
        }
    }

    pub fn left(&self) -> f32 {
        MARGIN
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn body_top(&self) -> f32 {
        MARGIN + HEADER_SPACE
    }

    fn body_bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER_SPACE
    }

    fn room(&self) -> f32 {
        self.body_bottom() - self.y
    }

    fn mark(&mut self, mark: Mark) {
        self.pages.last_mut().expect("a flow always has a page").marks.push(mark);
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.body_top();
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn need(&mut self, height: f32) {
        if height > self.room() && self.y > self.body_top() {
            self.new_page();
        }
    }

    pub fn space(&mut self, height: f32) {
        if self.y > self.body_top() {
            self.y = (self.y + height).min(self.body_bottom());
        }
    }

    /// Draws one line of text with its baseline `ascent` below the cursor.
    fn line_at(&mut self, x: f32, text: &str, style: Style) {
        let ascent = face(style.weight).ascent * style.size;
        let baseline = self.y + ascent;
        if !text.is_empty() {
            self.mark(Mark::Text {
                x,
                y: baseline,
                size: style.size,
                weight: style.weight,
                color: style.color,
                text: text.to_string(),
            });
        }
    }

    /// Wrapped text starting at `indent` from the left margin, breaking pages between lines.
    pub fn text(&mut self, text: &str, style: Style, indent: f32) {
        let lines = wrap(face(style.weight), text, style.size, self.content_width() - indent);
        for line in lines {
            self.need(style.line_height());
            let x = self.left() + indent;
            self.line_at(x, &line, style);
            self.y += style.line_height();
        }
    }

    pub fn paragraph(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.text(text, Style::BODY, 0.0);
        self.space(4.0);
    }

    /// A heading, kept on the page with the start of what follows (room for
    /// a note and a table's header and first rows, or a few lines of text).
    pub fn heading(&mut self, text: &str, style: Style) {
        self.space(style.size * 0.6);
        let lines = wrap(face(style.weight), text, style.size, self.content_width()).len() as f32;
        self.need(lines * style.line_height() + 6.0 * Style::BODY.line_height());
        self.text(text, style, 0.0);
        self.space(2.0);
    }

    /// The document title and a line of facts under it.
    pub fn title_block(&mut self, title: &str, facts: &[String]) {
        self.text(title, Style::TITLE, 0.0);
        for fact in facts.iter().filter(|f| !f.is_empty()) {
            self.text(fact, Style { size: 10.5, ..Style::BODY }, 0.0);
        }
        self.space(6.0);
        self.rule();
        self.space(6.0);
    }

    pub fn bullets(&mut self, items: &[String]) {
        for item in items.iter().filter(|i| !i.trim().is_empty()) {
            let lines = wrap(face(Weight::Regular), item, Style::BODY.size, self.content_width() - 14.0);
            for (n, line) in lines.iter().enumerate() {
                self.need(Style::BODY.line_height());
                if n == 0 {
                    let x = self.left() + 3.0;
                    self.line_at(x, "•", Style::BODY);
                }
                let x = self.left() + 14.0;
                self.line_at(x, line, Style::BODY);
                self.y += Style::BODY.line_height();
            }
            self.y += 1.5;
        }
        self.space(3.0);
    }

    /// `Label: value` pairs in two aligned columns.
    pub fn facts(&mut self, pairs: &[(&str, String)]) {
        let label_width =
            pairs.iter().map(|(l, _)| face(Weight::Bold).width(l, Style::BODY.size)).fold(0.0, f32::max) + 12.0;
        for (label, value) in pairs.iter().filter(|(_, v)| !v.trim().is_empty()) {
            let lines = wrap(face(Weight::Regular), value, Style::BODY.size, self.content_width() - label_width);
            self.need(Style::BODY.line_height() * lines.len().min(3) as f32);
            let x = self.left();
            self.line_at(x, label, Style::STRONG);
            for line in lines {
                self.need(Style::BODY.line_height());
                let x = self.left() + label_width;
                self.line_at(x, &line, Style::BODY);
                self.y += Style::BODY.line_height();
            }
        }
        self.space(4.0);
    }

    pub fn rule(&mut self) {
        let (x1, x2, y) = (self.left(), self.left() + self.content_width(), self.y);
        self.mark(Mark::Line { x1, y1: y, x2, y2: y, width: 0.6, color: Rgb::RULE });
        self.y += 1.0;
    }

    /// Ruled lines to write on.
    pub fn writing_lines(&mut self, count: usize) {
        for _ in 0..count {
            self.need(22.0);
            self.y += 22.0;
            let (x1, x2, y) = (self.left(), self.left() + self.content_width(), self.y);
            self.mark(Mark::Line { x1, y1: y, x2, y2: y, width: 0.4, color: Rgb::RULE });
        }
        self.space(8.0);
    }

    /// A box to tick, then the text.
    pub fn checkbox(&mut self, text: &str) {
        let lines = wrap(face(Weight::Regular), text, Style::BODY.size, self.content_width() - 18.0);
        self.need(Style::BODY.line_height() * lines.len() as f32);
        let (x, y) = (self.left(), self.y + 2.0);
        self.mark(Mark::Rect { x, y, w: 8.0, h: 8.0, fill: None, stroke: Some((Rgb::TEXT, 0.7)) });
        for line in lines {
            let x = self.left() + 18.0;
            self.line_at(x, &line, Style::BODY);
            self.y += Style::BODY.line_height();
        }
        self.y += 2.0;
    }

    /// A table whose rows wrap, break across pages, and repeat the header row
    /// on every page; a row taller than a page continues on the next.
    pub fn table(&mut self, columns: &[Column], rows: &[Row], size: f32) {
        let total: f32 = columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let widths: Vec<f32> = columns.iter().map(|c| c.share / total * self.content_width()).collect();
        let pad = 4.0;
        let body = Style { size, ..Style::BODY };
        let bold = Style { size, weight: Weight::Bold, ..Style::BODY };
        let head = Style { size, weight: Weight::Bold, color: Rgb::WHITE };
        let header_lines: Vec<Vec<String>> =
            columns.iter().zip(&widths).map(|(c, w)| wrap(face(Weight::Bold), &c.title, size, w - 2.0 * pad)).collect();
        let header_height =
            header_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * head.line_height() + 2.0 * pad;

        let draw_header = |flow: &mut Flow| {
            let (x, y, w) = (flow.left(), flow.y, flow.content_width());
            flow.mark(Mark::Rect { x, y, w, h: header_height, fill: Some(Rgb::HEADER_FILL), stroke: None });
            let top = flow.y;
            let mut x = flow.left();
            for (lines, width) in header_lines.iter().zip(&widths) {
                flow.y = top + pad;
                for line in lines {
                    flow.line_at(x + pad, line, head);
                    flow.y += head.line_height();
                }
                x += width;
            }
            flow.y = top + header_height;
        };

        self.need(header_height + body.line_height() * 2.0 + 2.0 * pad);
        draw_header(self);
        for (index, row) in rows.iter().enumerate() {
            let cells: Vec<Vec<(String, Style)>> = match row.kind {
                RowKind::Section => {
                    let text = row.cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" ");
                    let lines = wrap(face(Weight::Bold), &text, size, self.content_width() - 2.0 * pad);
                    vec![lines.into_iter().map(|l| (l, bold)).collect()]
                }
                _ => row
                    .cells
                    .iter()
                    .zip(&widths)
                    .enumerate()
                    .map(|(n, (cell, w))| {
                        let w = w - 2.0 * pad;
                        match cell.split_once('\n') {
                            Some((title, rest)) if row.titled == Some(n) => {
                                let mut lines: Vec<(String, Style)> =
                                    wrap(face(Weight::Bold), title, size, w).into_iter().map(|l| (l, bold)).collect();
                                lines.extend(wrap(face(Weight::Regular), rest, size, w).into_iter().map(|l| (l, body)));
                                lines
                            }
                            _ if row.titled == Some(n) => {
                                wrap(face(Weight::Bold), cell, size, w).into_iter().map(|l| (l, bold)).collect()
                            }
                            _ => wrap(face(Weight::Regular), cell, size, w).into_iter().map(|l| (l, body)).collect(),
                        }
                    })
                    .collect(),
            };
            let style = body;
            // A section heading row stays with the start of the row after it.
            if row.kind == RowKind::Section && index + 1 < rows.len() {
                self.need(style.line_height() * 4.0 + 4.0 * pad);
                if self.y == self.body_top() {
                    draw_header(self);
                }
            }
            let line_count = cells.iter().map(Vec::len).max().unwrap_or(1);
            let mut done = 0;
            while done < line_count {
                // Lines of this row that fit here; at least one, on a fresh page.
                let fit = ((self.room() - 2.0 * pad) / style.line_height()).floor().max(0.0) as usize;
                if fit == 0 || (done == 0 && fit < line_count.min(3)) {
                    self.new_page();
                    draw_header(self);
                    continue;
                }
                let take = fit.min(line_count - done);
                let height = take as f32 * style.line_height() + 2.0 * pad;
                let (x0, y0, w) = (self.left(), self.y, self.content_width());
                match row.kind {
                    RowKind::Section => {
                        self.mark(Mark::Rect { x: x0, y: y0, w, h: height, fill: Some(Rgb::SHADE), stroke: None })
                    }
                    RowKind::Muted => self.mark(Mark::Rect {
                        x: x0,
                        y: y0,
                        w,
                        h: height,
                        fill: Some(Rgb(0xf6, 0xf6, 0xf6)),
                        stroke: None,
                    }),
                    RowKind::Normal => {}
                }
                let mut x = self.left();
                for (n, lines) in cells.iter().enumerate() {
                    self.y = y0 + pad;
                    for (line, line_style) in lines.iter().skip(done).take(take) {
                        self.line_at(x + pad, line, *line_style);
                        self.y += style.line_height();
                    }
                    x += widths.get(n).copied().unwrap_or(0.0);
                }
                self.y = y0 + height;
                let y = self.y;
                self.mark(Mark::Line { x1: x0, y1: y, x2: x0 + w, y2: y, width: 0.4, color: Rgb::RULE });
                done += take;
            }
        }
        self.space(8.0);
    }

    /// Horizontal bars, one per label, scaled to the largest value.
    pub fn bar_chart(&mut self, bars: &[(String, f64)], value_text: impl Fn(f64) -> String) {
        let max = bars.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max).max(f64::EPSILON);
        let label_width = self.content_width() * 0.38;
        let bar_space = self.content_width() - label_width - 60.0;
        for (label, value) in bars {
            let lines = wrap(face(Weight::Regular), label, Style::BODY.size, label_width - 8.0);
            let height = (lines.len() as f32 * Style::BODY.line_height()).max(14.0) + 4.0;
            self.need(height);
            let top = self.y;
            for line in &lines {
                let x = self.left();
                self.line_at(x, line, Style::BODY);
                self.y += Style::BODY.line_height();
            }
            let w = (*value / max) as f32 * bar_space;
            let x = self.left() + label_width;
            self.mark(Mark::Rect { x, y: top + 2.0, w: w.max(0.5), h: 9.0, fill: Some(Rgb::ACCENT), stroke: None });
            self.y = top;
            self.line_at(x + w + 6.0, &value_text(*value), Style::SMALL);
            self.y = top + height;
        }
        self.space(6.0);
    }

    /// Adds the header and the "page X of Y" footer, and hands over the pages.
    pub fn finish(mut self, footer: &str) -> Laid {
        let count = self.pages.len();
        let (width, height) = (self.width, self.height);
        let small = Style::SMALL;
        let right_edge = width - MARGIN;
        for (n, page) in self.pages.iter_mut().enumerate() {
            let top_baseline = MARGIN + face(small.weight).ascent * small.size;
            let note_width = face(small.weight).width(&self.header_note, small.size);
            let title = fit_text(&self.title, small, right_edge - MARGIN - note_width - 16.0);
            page.marks.push(text_mark(MARGIN, top_baseline, small, &title));
            page.marks.push(text_mark(right_edge - note_width, top_baseline, small, &self.header_note));
            let rule_y = MARGIN + small.size * LEADING + 2.0;
            page.marks.push(Mark::Line {
                x1: MARGIN,
                y1: rule_y,
                x2: right_edge,
                y2: rule_y,
                width: 0.5,
                color: Rgb::RULE,
            });

            let bottom_baseline = height - MARGIN + face(small.weight).descent * small.size;
            let numbers = format!("Page {} of {count}", n + 1);
            let numbers_width = face(small.weight).width(&numbers, small.size);
            let left = fit_text(footer, small, right_edge - MARGIN - numbers_width - 16.0);
            page.marks.push(text_mark(MARGIN, bottom_baseline, small, &left));
            page.marks.push(text_mark(right_edge - numbers_width, bottom_baseline, small, &numbers));
        }
        Laid { title: self.title, author: String::new(), paper: self.paper, margin: MARGIN, pages: self.pages }
    }
}

fn text_mark(x: f32, y: f32, style: Style, text: &str) -> Mark {
    Mark::Text { x, y, size: style.size, weight: style.weight, color: style.color, text: text.to_string() }
}

/// `text`, shortened with "…" to fit `width` (for one-line headers and footers).
fn fit_text(text: &str, style: Style, width: f32) -> String {
    let f = face(style.weight);
    if f.width(text, style.size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if f.width(&format!("{out}{c}…"), style.size) > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}
