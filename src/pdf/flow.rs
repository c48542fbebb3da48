//! Page flow: text, lists and label–value pairs poured down pages of a
//! given size, with a running header and a "page X of Y" footer added once
//! the page count is known. Tables are in `table`, charts in `chart`.
//!
//! Where a page breaks follows a typesetter's rules rather than wherever
//! the space ends:
//! - a heading or label is not drawn when it is given but held back until
//!   what follows it comes, and then goes on the page only with at least
//!   that block's first two lines (`commit`), so no page ends on one;
//! - a paragraph, list item or label–value pair that splits leaves at
//!   least two lines on each side (`split_take`);
//! - a group the caller keeps together (an activity's title, instructions
//!   and writing lines) moves whole to the next page when it does not fit.
//!
//! A new section therefore starts on a new page only when the rest of the
//! page cannot hold its heading and first block.

use super::fonts::{Weight, face};
use super::page::{Laid, Mark, Page, Paper, Rgb};
use super::text::{Line, Setting, set, set_title, wrap};
use super::typography::Lang;

/// The width of the text block on a page `page_width` wide.
pub fn content_width_on(page_width: f32) -> f32 {
    MEASURE.min(page_width - 2.0 * MARGIN)
}

/// Top and bottom margin, and the least margin on any side: 18 mm.
pub const MARGIN: f32 = 18.0 * 72.0 / 25.4;
/// The width of the text block: body text at 10.5 pt sets about 78
/// characters a line, which reads comfortably; the rest is side margin.
pub const MEASURE: f32 = 425.0;
const HEADER_SPACE: f32 = 26.0;
const FOOTER_SPACE: f32 = 22.0;
const LEADING: f32 = 1.35;
/// The height of one ruled writing line.
pub const WRITING_LINE: f32 = 22.0;

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
}

impl Style {
    pub const BODY: Style = Style { size: 10.5, weight: Weight::Regular, color: Rgb::TEXT };
    pub const SMALL: Style = Style { size: 8.5, weight: Weight::Regular, color: Rgb::MUTED };
    pub const STRONG: Style = Style { size: 10.5, weight: Weight::Bold, color: Rgb::TEXT };
    pub const TITLE: Style = Style { size: 21.0, weight: Weight::Bold, color: Rgb::ACCENT };
    pub const H1: Style = Style { size: 15.0, weight: Weight::Bold, color: Rgb::ACCENT };
    pub const H2: Style = Style { size: 12.0, weight: Weight::Bold, color: Rgb::TEXT };

    pub fn line_height(self) -> f32 {
        self.size * LEADING
    }
}

/// What stands before the first line of a list item.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Lead {
    None,
    Bullet,
    Checkbox,
}

/// A heading or label waiting for the block it belongs to.
struct Pending {
    lines: Vec<String>,
    style: Style,
    before: f32,
    after: f32,
}

impl Pending {
    fn height(&self) -> f32 {
        self.before + self.lines.len() as f32 * self.style.line_height() + self.after
    }
}

pub struct Flow {
    paper: Paper,
    width: f32,
    height: f32,
    pub(super) pages: Vec<Page>,
    /// Distance from the top of the page to where the next thing goes.
    pub(super) y: f32,
    title: String,
    header_note: String,
    pending: Vec<Pending>,
    pub(super) setting: Setting,
    /// One label column for every label–value list of the document.
    label_width: Option<f32>,
    /// Printed before the page numbers ("printed 1 December 2026").
    footer_note: String,
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
            pending: Vec::new(),
            setting: Setting::new(Lang::English),
            label_width: None,
            footer_note: String::new(),
        }
    }

    /// A note at the foot of every page, before its number: the day it was printed.
    pub fn with_footer_note(mut self, note: &str) -> Flow {
        self.footer_note = note.to_string();
        self
    }

    /// Sets the document's language (quotes and hyphenation).
    pub fn with_lang(mut self, lang: Lang) -> Flow {
        self.setting = Setting::new(lang);
        self
    }

    /// The left edge of the text block: the measure is centred on the page.
    pub fn left(&self) -> f32 {
        ((self.width - self.content_width()) / 2.0).max(MARGIN)
    }

    pub fn content_width(&self) -> f32 {
        content_width_on(self.width)
    }

    /// The left edge and width of something as wide as the page allows
    /// (inside the least margin), for tables of many columns.
    pub(super) fn wide_frame(&self) -> (f32, f32) {
        (MARGIN, self.width - 2.0 * MARGIN)
    }

    pub(super) fn body_top(&self) -> f32 {
        MARGIN + HEADER_SPACE
    }

    pub(super) fn body_bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER_SPACE
    }

    /// The height a page's body can hold, in points.
    pub fn body_height(&self) -> f32 {
        self.body_bottom() - self.body_top()
    }

    pub(super) fn room(&self) -> f32 {
        self.body_bottom() - self.y
    }

    pub(super) fn at_top(&self) -> bool {
        self.y <= self.body_top() + 0.01
    }

    pub(super) fn mark(&mut self, mark: Mark) {
        self.pages.last_mut().expect("a flow always has a page").marks.push(mark);
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.body_top();
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(super) fn need(&mut self, height: f32) {
        // Nothing to place needs no page, even where the last block's space
        // after it ran past the foot of this one.
        if height > 0.0 && height > self.room() && !self.at_top() {
            self.new_page();
        }
    }

    pub fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y = (self.y + height).min(self.body_bottom());
        }
    }

    /// Places the held-back headings and labels, on this page if it also
    /// holds `first` (the height of the start of the block that follows),
    /// else with it on a new page.
    pub(super) fn commit(&mut self, first: f32) {
        let pending = std::mem::take(&mut self.pending);
        let height: f32 = pending.iter().map(Pending::height).sum();
        self.need(height + first);
        for p in pending {
            self.space(p.before);
            for line in &p.lines {
                let x = self.left();
                self.line_at(x, line, p.style);
                self.y += p.style.line_height();
            }
            self.y += p.after;
        }
    }

    /// Keeps the next `height` points together: they start on a new page
    /// unless they fit on this one (with any heading held back for them).
    pub fn keep(&mut self, height: f32) {
        self.commit(height.min(self.body_height() - 1.0));
    }

    /// Draws one line of text with its baseline `ascent` below the cursor.
    pub(super) fn line_at(&mut self, x: f32, text: &str, style: Style) {
        let ascent = face(style.weight).ascent * style.size;
        let baseline = self.y + ascent;
        if !text.is_empty() {
            self.mark(text_mark(x, baseline, style, text));
        }
    }

    /// `text` as it will be set at `style` in `width`: curly quotes, hanging
    /// steps, long words hyphenated (bold text is not hyphenated).
    pub(super) fn set(&self, text: &str, style: Style, width: f32) -> Vec<Line> {
        let setting = if style.weight == Weight::Bold { self.setting.unhyphenated() } else { self.setting };
        set(face(style.weight), text, style.size, width, setting)
    }

    /// The height `text` will take at `style`, `indent` from the left.
    pub fn measure_text(&self, text: &str, style: Style, indent: f32) -> f32 {
        if text.trim().is_empty() {
            return 0.0;
        }
        self.set(text, style, self.content_width() - indent).len() as f32 * style.line_height()
    }

    /// The height a heading will take, with its space.
    pub fn measure_heading(&self, text: &str, style: Style) -> f32 {
        self.heading_of(text, style).height()
    }

    /// Wrapped text starting at `indent` from the left margin, breaking pages
    /// between lines with at least two lines on each side.
    pub fn text(&mut self, text: &str, style: Style, indent: f32) {
        if text.trim().is_empty() {
            return;
        }
        let lines = self.set(text, style, self.content_width() - indent);
        self.lines_block(&lines, style, indent, Lead::None);
    }

    pub fn paragraph(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.text(text, Style::BODY, 0.0);
        self.space(5.0);
    }

    /// Set lines as one block: with any held-back heading, split across
    /// pages only with two lines or more on each side.
    fn lines_block(&mut self, lines: &[Line], style: Style, indent: f32, lead: Lead) {
        let lh = style.line_height();
        self.commit(lh * lines.len().min(2) as f32);
        let mut done = 0;
        while done < lines.len() {
            let fit = (self.room() / lh + 0.001).floor().max(0.0) as usize;
            let take = split_lines(&lines[done..], fit, self.at_top());
            // A block (and the heading over it) starts with two lines on its page.
            let take = if done == 0 && take == 1 && lines.len() > 1 && !self.at_top() { 0 } else { take };
            if take == 0 {
                self.new_page();
                continue;
            }
            for (n, line) in lines[done..done + take].iter().enumerate() {
                let x = self.left() + indent;
                if done + n == 0 {
                    match lead {
                        Lead::None => {}
                        Lead::Bullet => self.line_at(x - 11.0, "•", style),
                        Lead::Checkbox => {
                            let (bx, by) = (x - 18.0, self.y + 2.0);
                            let side = style.size * 0.8;
                            self.mark(Mark::Rect {
                                x: bx,
                                y: by,
                                w: side,
                                h: side,
                                fill: None,
                                stroke: Some((Rgb::TEXT, 0.7)),
                            });
                        }
                    }
                }
                self.line_at(x + line.indent, &line.text, style);
                self.y += lh;
            }
            done += take;
            if done < lines.len() {
                self.new_page();
            }
        }
    }

    fn heading_of(&self, text: &str, style: Style) -> Pending {
        let setting = self.setting;
        let lines = set_title(face(style.weight), text, style.size, self.content_width(), setting.lang);
        let (before, after) = if style.size <= Style::BODY.size { (2.0, 2.0) } else { (style.size * 0.75, 3.0) };
        Pending { lines, style, before, after }
    }

    /// A heading, kept on the page with at least the first two lines of
    /// what follows it.
    pub fn heading(&mut self, text: &str, style: Style) {
        let heading = self.heading_of(text, style);
        self.pending.push(heading);
    }

    /// A bold label over the block it names, kept with its first lines.
    pub fn label(&mut self, text: &str) {
        self.heading(text, Style::STRONG);
    }

    /// The document title and a line of facts under it.
    pub fn title_block(&mut self, title: &str, facts: &[String]) {
        self.commit(0.0);
        let lines =
            set_title(face(Style::TITLE.weight), title, Style::TITLE.size, self.content_width(), self.setting.lang);
        for line in lines {
            let x = self.left();
            self.line_at(x, &line, Style::TITLE);
            self.y += Style::TITLE.line_height();
        }
        self.y += 2.0;
        for fact in facts.iter().filter(|f| !f.is_empty()) {
            self.text(fact, Style { size: 10.5, ..Style::BODY }, 0.0);
        }
        self.space(6.0);
        self.rule();
        self.space(8.0);
    }

    pub fn bullets(&mut self, items: &[String]) {
        for item in items.iter().filter(|i| !i.trim().is_empty()) {
            let lines = self.set(item, Style::BODY, self.content_width() - 14.0);
            self.lines_block(&lines, Style::BODY, 14.0, Lead::Bullet);
            self.y += 2.0;
        }
        self.space(4.0);
    }

    /// A box to tick, then the text.
    pub fn checkbox(&mut self, text: &str) {
        let lines = self.set(text, Style::BODY, self.content_width() - 18.0);
        self.lines_block(&lines, Style::BODY, 18.0, Lead::Checkbox);
        self.y += 3.0;
    }

    /// Sets the label column of every later `facts` list, so the labels of
    /// a whole document line up.
    pub fn set_label_width(&mut self, width: f32) {
        self.label_width = Some(width);
    }

    /// The label column that fits `labels` in bold body text.
    pub fn label_width_for(labels: &[&str]) -> f32 {
        labels.iter().map(|l| face(Weight::Bold).width(l, Style::BODY.size)).fold(0.0, f32::max) + 12.0
    }

    /// `Label: value` pairs in two aligned columns; a long label wraps
    /// inside its column. A pair splits across pages like a paragraph.
    pub fn facts(&mut self, pairs: &[(&str, String)]) {
        let pairs: Vec<&(&str, String)> = pairs.iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        let label_width = self
            .label_width
            .unwrap_or_else(|| Flow::label_width_for(&pairs.iter().map(|(l, _)| *l).collect::<Vec<_>>()));
        let lh = Style::BODY.line_height();
        for (label, value) in pairs {
            let labels = wrap(face(Weight::Bold), label, Style::BODY.size, label_width - 8.0);
            let values = self.set(value, Style::BODY, self.content_width() - label_width);
            let rows = labels.len().max(values.len());
            self.commit(lh * rows.min(2) as f32);
            let mut done = 0;
            while done < rows {
                let fit = (self.room() / lh + 0.001).floor().max(0.0) as usize;
                // A label longer than its value keeps the pair whole.
                let take = if rows > values.len() {
                    split_take(rows - done, fit, self.at_top())
                } else {
                    split_lines(&values[done..], fit, self.at_top())
                };
                // What a label heads starts with two lines under it.
                let take = if done == 0 && take == 1 && rows > 1 && !self.at_top() { 0 } else { take };
                if take == 0 {
                    self.new_page();
                    continue;
                }
                for row in done..done + take {
                    let x = self.left();
                    if let Some(l) = labels.get(row) {
                        self.line_at(x, l, Style::STRONG);
                    }
                    if let Some(v) = values.get(row) {
                        self.line_at(x + label_width + v.indent, &v.text, Style::BODY);
                    }
                    self.y += lh;
                }
                done += take;
                if done < rows {
                    self.new_page();
                }
            }
            self.y += 2.0;
        }
        self.space(4.0);
    }

    pub fn rule(&mut self) {
        self.commit(0.0);
        let (x1, x2, y) = (self.left(), self.left() + self.content_width(), self.y);
        self.mark(Mark::Line { x1, y1: y, x2, y2: y, width: 0.6, color: Rgb::RULE });
        self.y += 1.0;
    }

    /// Ruled lines to write on.
    pub fn writing_lines(&mut self, count: usize) {
        self.commit(WRITING_LINE * count.min(2) as f32);
        for _ in 0..count {
            self.need(WRITING_LINE);
            self.y += WRITING_LINE;
            let (x1, x2, y) = (self.left(), self.left() + self.content_width(), self.y);
            self.mark(Mark::Line { x1, y1: y, x2, y2: y, width: 0.4, color: Rgb::RULE });
        }
        self.space(8.0);
    }

    /// Writing lines down to the foot of this page (at least `min`, which
    /// may start a new page); how many were drawn.
    pub fn writing_lines_to_page_end(&mut self, min: usize) -> usize {
        let fit = ((self.room() - self.pending.iter().map(Pending::height).sum::<f32>()) / WRITING_LINE).floor();
        let count = (fit.max(0.0) as usize).max(min);
        self.writing_lines(count);
        count
    }

    /// Adds the header and the "page X of Y" footer, and hands over the pages.
    pub fn finish(mut self, footer: &str) -> Laid {
        // A heading with nothing after it still belongs in the document.
        self.commit(0.0);
        let count = self.pages.len();
        let (width, height) = (self.width, self.height);
        let small = Style::SMALL;
        let left = self.left();
        let right_edge = left + self.content_width();
        let lang = self.setting.lang;
        let title = super::typography::curly_quotes(&self.title, lang);
        let note = super::typography::curly_quotes(&self.header_note, lang);
        let footer = super::typography::curly_quotes(footer, lang);
        for (n, page) in self.pages.iter_mut().enumerate() {
            let top_baseline = MARGIN + face(small.weight).ascent * small.size;
            let note_width = face(small.weight).width(&note, small.size);
            let shown_title = fit_text(&title, small, right_edge - left - note_width - 16.0, lang);
            page.marks.push(text_mark(left, top_baseline, small, &shown_title));
            page.marks.push(text_mark(right_edge - note_width, top_baseline, small, &note));
            let rule_y = MARGIN + small.size * LEADING + 2.0;
            page.marks.push(Mark::Line {
                x1: left,
                y1: rule_y,
                x2: right_edge,
                y2: rule_y,
                width: 0.5,
                color: Rgb::RULE,
            });

            let bottom_baseline = height - MARGIN + face(small.weight).descent * small.size;
            let page_number = crate::catalogue::Word::PageOf.fill(lang, &[&(n + 1), &count]);
            let numbers = match self.footer_note.is_empty() {
                true => page_number,
                false => format!("{} · {page_number}", self.footer_note),
            };
            let numbers_width = face(small.weight).width(&numbers, small.size);
            let shown_footer = fit_text(&footer, small, right_edge - left - numbers_width - 16.0, lang);
            page.marks.push(text_mark(left, bottom_baseline, small, &shown_footer));
            page.marks.push(text_mark(right_edge - numbers_width, bottom_baseline, small, &numbers));
        }
        let _ = width;
        Laid { title, author: String::new(), paper: self.paper, margin: MARGIN, pages: self.pages }
    }
}

/// How many of the `remaining` lines of a block to set on this page, where
/// `fit` lines still fit: all if they fit; else as many as fit but leaving
/// two for the next page, and only if that keeps two here; else none (the
/// block moves on). On a page with nothing on it yet, whatever fits.
pub(super) fn split_take(remaining: usize, fit: usize, fresh_page: bool) -> usize {
    if remaining <= fit {
        return remaining;
    }
    let take = fit.min(remaining.saturating_sub(2));
    if take >= 2 {
        take
    } else if fresh_page {
        fit.max(1)
    } else {
        0
    }
}

/// Like `split_take`, for set text of several paragraphs (or steps): it
/// may break between two paragraphs anywhere, but inside one only where
/// that leaves two of its lines on each side.
pub(super) fn split_lines(remaining: &[Line], fit: usize, fresh_page: bool) -> usize {
    if remaining.len() <= fit {
        return remaining.len();
    }
    let of = |p: usize| remaining.iter().filter(|l| l.paragraph == p).count();
    for take in (1..=fit).rev() {
        let (before, after) = (&remaining[take - 1], &remaining[take]);
        if before.paragraph != after.paragraph {
            return take;
        }
        let here = remaining[..take].iter().filter(|l| l.paragraph == before.paragraph).count();
        let there = of(before.paragraph) - here;
        if here >= 2 && there >= 2 {
            return take;
        }
    }
    if fresh_page { fit.max(1) } else { 0 }
}

pub(super) fn text_mark(x: f32, y: f32, style: Style, text: &str) -> Mark {
    Mark::Text { x, y, size: style.size, weight: style.weight, color: style.color, text: text.to_string() }
}

/// `text`, shortened with "…" to fit `width` (for one-line headers and
/// footers), at the end of a word that is not an article or a preposition.
pub(super) fn fit_text(text: &str, style: Style, width: f32, lang: Lang) -> String {
    let f = face(style.weight);
    if f.width(text, style.size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut whole = true;
    for c in text.chars() {
        if f.width(&format!("{out}{c}…"), style.size) > width {
            whole = c.is_whitespace();
            break;
        }
        out.push(c);
    }
    // Cut at the end of a word ("ein Tag für die…", not "…die Sta…"), unless
    // that would leave too little; then without the dash or comma before it.
    if !whole && let Some(space) = out.rfind(char::is_whitespace).filter(|&at| at * 2 > out.len()) {
        out.truncate(space);
    }
    // "…ein Tag für die…" says less than "…ein Tag…".
    while let Some((rest, last)) = out.trim_end().rsplit_once(char::is_whitespace) {
        if !crate::catalogue::weak_end(last, lang) || rest.len() * 2 < text.len() / 2 {
            break;
        }
        out = rest.to_string();
    }
    let kept = out.trim_end().trim_end_matches(['–', '—', '-', ',', ':', ';', '·']).trim_end();
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_leaves_two_lines_on_each_side_or_moves_the_block() {
        assert_eq!(split_take(5, 10, false), 5, "fits");
        assert_eq!(split_take(5, 3, false), 3, "3 here, 2 there");
        assert_eq!(split_take(5, 4, false), 3, "not 4 and a widow");
        assert_eq!(split_take(3, 2, false), 0, "2 and 1 would widow: move it");
        assert_eq!(split_take(6, 1, false), 0, "an orphan: move it");
        assert_eq!(split_take(3, 2, true), 2, "a fresh page takes what fits");
    }

    #[test]
    fn steps_split_between_them_or_with_two_lines_of_a_step_on_each_side() {
        let line = |paragraph| Line { text: String::new(), indent: 0.0, paragraph };
        // Steps of 3, 1 and 3 lines.
        let lines: Vec<Line> = [0, 0, 0, 1, 2, 2, 2].into_iter().map(line).collect();
        assert_eq!(split_lines(&lines, 3, false), 3, "after the first step");
        assert_eq!(split_lines(&lines, 4, false), 4, "after the one-line step");
        assert_eq!(split_lines(&lines, 5, false), 4, "not one line of the last step alone");
        assert_eq!(split_lines(&lines, 2, false), 0, "nor one line of the first");
    }

    /// The text of each page, top to bottom.
    fn page_texts(laid: &Laid) -> Vec<Vec<String>> {
        laid.pages.iter().map(|p| p.text().into_iter().map(str::to_string).collect()).collect()
    }

    #[test]
    fn a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text() {
        let mut flow = Flow::new(Paper::A4, "T", "");
        // Fill the page to two lines from its foot.
        while flow.room() > Style::BODY.line_height() * 3.0 {
            flow.text("filler", Style::BODY, 0.0);
        }
        flow.heading("Your notes", Style::H1);
        flow.paragraph("First line of the notes.\nSecond line.\nThird line.");
        let pages = page_texts(&flow.finish("f"));
        assert_eq!(pages.len(), 2);
        assert!(!pages[0].iter().any(|t| t == "Your notes"), "{:?}", pages[0]);
        assert!(pages[1].iter().any(|t| t == "Your notes"));
    }

    #[test]
    fn a_paragraph_never_leaves_a_single_line_behind_or_ahead() {
        for gap in 1..6 {
            let mut flow = Flow::new(Paper::A4, "T", "");
            while flow.room() > Style::BODY.line_height() * gap as f32 + 0.5 {
                flow.text("filler", Style::BODY, 0.0);
            }
            // One paragraph of five lines: each word fills a narrow column.
            let words: Vec<String> = (1..=5).map(|n| format!("line{n}")).collect();
            let indent = flow.content_width() - 40.0;
            flow.text(&words.join(" "), Style::BODY, indent);
            let pages = page_texts(&flow.finish("f"));
            let on_first = pages[0].iter().filter(|t| t.starts_with("line")).count();
            let on_second = pages.get(1).map_or(0, |p| p.iter().filter(|t| t.starts_with("line")).count());
            assert_eq!(on_first + on_second, 5);
            assert!(on_first == 0 || on_first >= 2, "room for {gap}: {on_first} line(s) stranded");
            assert!(on_second == 0 || on_second >= 2, "room for {gap}: {on_second} line(s) carried over");
        }
    }
}
