//! Tables in the page flow: rows that wrap, break across pages with the
//! header row repeated, and a row that goes on over a page break repeats
//! its time and title there, marked "(continued)". Columns with nothing in
//! them are left out; number columns are right-aligned.

use super::flow::{Flow, Style, split_take};
use super::fonts::{Weight, face};
use super::page::{Mark, Rgb};

/// How the cells of a column line up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    /// Numbers: their last digits line up.
    Right,
}

/// A table column: its title and its share of the width.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub title: String,
    pub share: f32,
    pub align: Align,
    /// Printed even with every cell empty: a column to write in.
    pub to_write_in: bool,
}

impl Column {
    pub fn new(title: &str, share: f32) -> Column {
        Column { title: title.to_string(), share, align: Align::Left, to_write_in: false }
    }

    /// A column of numbers, right-aligned.
    pub fn number(title: &str, share: f32) -> Column {
        Column { align: Align::Right, ..Column::new(title, share) }
    }

    /// A column left empty for people to write in (a signature, the actual time).
    pub fn to_write_in(title: &str, share: f32) -> Column {
        Column { to_write_in: true, ..Column::new(title, share) }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Normal,
    /// A heading row across the whole table (a section of the agenda).
    Section,
    /// A break or another pause: set off by a rule, which survives a
    /// monochrome printer (a light fill would not).
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

    pub fn muted(cells: Vec<String>) -> Row {
        Row { cells, kind: RowKind::Muted, titled: None }
    }

    /// Column `column` starts with a bold title line.
    pub fn titled(mut self, column: usize) -> Row {
        self.titled = Some(column);
        self
    }
}

/// The look of a table beyond its columns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableLook {
    pub size: f32,
    /// The least height of a row, e.g. room for a signature.
    pub min_row: f32,
    /// Vertical rules between the columns.
    pub column_rules: bool,
    /// As wide as the page allows, not just the text measure (a run sheet
    /// of seven columns).
    pub wide: bool,
    /// Starts on a new page rather than split, if it fits on one.
    pub keep_whole: bool,
}

impl TableLook {
    pub fn new(size: f32) -> TableLook {
        TableLook { size, min_row: 0.0, column_rules: false, wide: false, keep_whole: false }
    }
}

const PAD: f32 = 4.0;

/// A row's lines per cell, ready to draw.
struct SetRow {
    cells: Vec<Vec<(String, f32, Style)>>,
    kind: RowKind,
    /// What each cell shows again on the page a row continues on.
    continued: Vec<Vec<(String, f32, Style)>>,
}

impl SetRow {
    fn line_count(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }

    fn continued_count(&self) -> usize {
        self.continued.iter().map(Vec::len).max().unwrap_or(0)
    }
}

impl Flow {
    /// How many one-line rows of a table in `look` (with its header) fit in
    /// what is left of this page.
    pub(super) fn rows_that_fit(&self, look: &TableLook) -> usize {
        let lh = Style { size: look.size, ..Style::BODY }.line_height();
        let row = (lh + 2.0 * PAD).max(look.min_row);
        ((self.room() - (lh + 2.0 * PAD)) / row).floor().max(0.0) as usize
    }

    pub fn table(&mut self, columns: &[Column], rows: &[Row], size: f32) {
        self.table_with(columns, rows, TableLook::new(size));
    }

    /// A table whose rows wrap, break across pages with two lines or more
    /// on each side, and repeat the header row on every page.
    pub fn table_with(&mut self, columns: &[Column], rows: &[Row], look: TableLook) {
        // Leave out the columns no row fills (unless they are there to be written in).
        let shown: Vec<usize> = (0..columns.len())
            .filter(|&c| {
                columns[c].to_write_in
                    || rows
                        .iter()
                        .any(|r| r.kind != RowKind::Section && r.cells.get(c).is_some_and(|t| !t.trim().is_empty()))
            })
            .collect();
        let shown = if shown.is_empty() { (0..columns.len().min(1)).collect() } else { shown };
        let columns: Vec<&Column> = shown.iter().map(|&c| &columns[c]).collect();
        let total: f32 = columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let (left, table_width) = if look.wide { self.wide_frame() } else { (self.left(), self.content_width()) };
        let cells: Vec<Vec<&str>> = shown
            .iter()
            .map(|&c| {
                rows.iter()
                    .filter(|r| r.kind != RowKind::Section)
                    .filter_map(|r| r.cells.get(c).map(String::as_str))
                    .collect()
            })
            .collect();
        let widths = column_widths(&columns, &cells, total, table_width, look.size);
        let body = Style { size: look.size, ..Style::BODY };
        let lh = body.line_height();
        let head = Style { size: look.size, weight: Weight::Bold, color: Rgb::WHITE };
        let header_lines: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| super::text::wrap(face(Weight::Bold), &c.title, look.size, w - 2.0 * PAD))
            .collect();
        let header_height = header_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh + 2.0 * PAD;
        let set_rows: Vec<SetRow> =
            rows.iter().map(|r| self.set_row(r, &shown, &widths, look.size, table_width)).collect();
        let row_height = |lines: usize| (lines as f32 * lh + 2.0 * PAD).max(look.min_row);
        // What must stand under the header on its page: the first row's start
        // (a section row with the start of the row after it).
        let start_of = |i: usize| -> f32 {
            let Some(row) = set_rows.get(i) else { return 0.0 };
            let first = row_height(row.line_count().min(2));
            match row.kind {
                RowKind::Section => first + set_rows.get(i + 1).map_or(0.0, |r| row_height(r.line_count().min(2))),
                _ => first,
            }
        };

        let draw_header = |flow: &mut Flow| {
            let (x, y, w) = (left, flow.y, table_width);
            flow.mark(Mark::Rect { x, y, w, h: header_height, fill: Some(Rgb::HEADER_FILL), stroke: None });
            let top = flow.y;
            let mut x = left;
            for ((lines, width), column) in header_lines.iter().zip(&widths).zip(&columns) {
                flow.y = top + PAD;
                for line in lines {
                    let at = aligned(x, *width, line, head, column.align);
                    flow.line_at(at, line, head);
                    flow.y += lh;
                }
                x += width;
            }
            flow.y = top + header_height;
        };

        let whole: f32 = header_height + set_rows.iter().map(|r| row_height(r.line_count())).sum::<f32>();
        if look.keep_whole && whole <= self.body_height() {
            self.keep(whole);
        }
        // A table starts on a page with two rows under its header (or all it
        // has), and does not leave its last row alone on a page.
        let two_rows = |i: usize| -> f32 {
            let Some(row) = set_rows.get(i) else { return 0.0 };
            let first = if row.line_count() <= 4 { row_height(row.line_count()) } else { start_of(i) };
            first + set_rows.get(i + 1).map_or(0.0, |_| start_of(i + 1))
        };
        self.commit(header_height + two_rows(0).min(self.body_height() - header_height - 1.0));
        draw_header(self);
        let mut table_top = self.y;
        for (index, row) in set_rows.iter().enumerate() {
            if row.kind == RowKind::Section {
                // A section heading row stays with the start of the row after it.
                let height = start_of(index);
                if height > self.room() {
                    self.new_page();
                    draw_header(self);
                    table_top = self.y;
                }
                self.draw_fragment(
                    row,
                    (0, row.line_count()),
                    false,
                    (left, &widths),
                    &columns,
                    look,
                    row_height(row.line_count()),
                );
                continue;
            }
            let count = row.line_count();
            let last_two = index + 2 == set_rows.len() && count <= 4;
            if last_two && two_rows(index) > self.room() && (self.y - table_top).abs() > 0.01 {
                self.new_page();
                draw_header(self);
                table_top = self.y;
            }
            let mut done = 0;
            while done < count {
                let continued = done > 0;
                let extra = if continued { row.continued_count() } else { 0 };
                let fit = (((self.room() - 2.0 * PAD) / lh + 0.001).floor().max(0.0) as usize).saturating_sub(extra);
                let fresh = (self.y - table_top).abs() < 0.01;
                let mut take = split_take(count - done, fit, fresh);
                if take > 0 && row_height(take + extra) > self.room() + 0.01 && !fresh {
                    take = 0;
                }
                if take == 0 {
                    self.new_page();
                    draw_header(self);
                    table_top = self.y;
                    continue;
                }
                let height = row_height(take + extra);
                self.draw_fragment(row, (done, take), continued, (left, &widths), &columns, look, height);
                done += take;
                if done < count {
                    self.new_page();
                    draw_header(self);
                    table_top = self.y;
                }
            }
        }
        self.space(8.0);
    }

    /// One row's lines `from..from + take` (after what a continued row
    /// repeats), its rules and its marks.
    #[allow(clippy::too_many_arguments)]
    fn draw_fragment(
        &mut self,
        row: &SetRow,
        (from, take): (usize, usize),
        continued: bool,
        (x0, widths): (f32, &[f32]),
        columns: &[&Column],
        look: TableLook,
        height: f32,
    ) {
        let lh = Style { size: look.size, ..Style::BODY }.line_height();
        let (y0, w) = (self.y, widths.iter().sum::<f32>());
        match row.kind {
            RowKind::Section => {
                self.mark(Mark::Rect { x: x0, y: y0, w, h: height, fill: Some(Rgb::SHADE), stroke: None });
            }
            RowKind::Muted => {
                // A rule above and a bar at the left: a pause, on any printer.
                self.mark(Mark::Line { x1: x0, y1: y0, x2: x0 + w, y2: y0, width: 0.8, color: Rgb::MUTED });
                self.mark(Mark::Rect { x: x0, y: y0, w: 2.5, h: height, fill: Some(Rgb::MUTED), stroke: None });
            }
            RowKind::Normal => {}
        }
        let mut x = x0;
        for (n, lines) in row.cells.iter().enumerate() {
            let width = widths.get(n).copied().unwrap_or(w);
            let align = columns.get(n).map_or(Align::Left, |c| c.align);
            self.y = y0 + PAD;
            let repeated = if continued { row.continued.get(n).map_or(&[][..], Vec::as_slice) } else { &[] };
            let extra = if continued { row.continued_count() } else { 0 };
            for (line, indent, style) in repeated {
                let at = aligned(x + indent, width - indent, line, *style, align);
                self.line_at(at, line, *style);
                self.y += lh;
            }
            self.y = y0 + PAD + extra as f32 * lh;
            for (line, indent, style) in lines.iter().skip(from).take(take) {
                let at = aligned(x + indent, width - indent, line, *style, align);
                self.line_at(at, line, *style);
                self.y += lh;
            }
            x += width;
        }
        self.y = y0 + height;
        let y = self.y;
        self.mark(Mark::Line { x1: x0, y1: y, x2: x0 + w, y2: y, width: 0.4, color: Rgb::RULE });
        if look.column_rules && row.kind != RowKind::Section {
            let mut x = x0;
            for width in &widths[..widths.len().saturating_sub(1)] {
                x += width;
                self.mark(Mark::Line { x1: x, y1: y0, x2: x, y2: y, width: 0.4, color: Rgb::RULE });
            }
        }
    }

    /// A row's cells set in their columns (only the `shown` ones), with what
    /// a continued row repeats: the first cell's first line (the time) and
    /// the title, marked "(continued)".
    fn set_row(&self, row: &Row, shown: &[usize], widths: &[f32], size: f32, table_width: f32) -> SetRow {
        let body = Style { size, ..Style::BODY };
        let muted = Style { color: Rgb::MUTED, ..body };
        let bold = Style { size, ..Style::STRONG };
        let lines_of = |text: &str, style: Style, width: f32| -> Vec<(String, f32, Style)> {
            self.set(text, style, width).into_iter().map(|l| (l.text, l.indent, style)).collect()
        };
        if row.kind == RowKind::Section {
            let text = row.cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" ");
            return SetRow {
                cells: vec![lines_of(&text, bold, table_width - 2.0 * PAD)],
                kind: row.kind,
                continued: Vec::new(),
            };
        }
        let plain = if row.kind == RowKind::Muted { muted } else { body };
        let titled = row.titled.and_then(|t| shown.iter().position(|&c| c == t));
        let continued_word = crate::catalogue::Word::Continued.text(self.setting.lang);
        let mut cells = Vec::new();
        let mut continued = Vec::new();
        for (n, &c) in shown.iter().enumerate() {
            let width = widths[n] - 2.0 * PAD;
            let cell = row.cells.get(c).map_or("", String::as_str);
            let (title, rest) = match cell.split_once('\n') {
                Some((t, r)) if titled == Some(n) => (Some(t), r),
                None if titled == Some(n) => (Some(cell), ""),
                _ => (None, cell),
            };
            let mut lines = Vec::new();
            if let Some(title) = title {
                lines.extend(lines_of(title, bold, width));
            }
            lines.extend(lines_of(rest, plain, width).into_iter().filter(|(t, _, _)| !t.is_empty() || title.is_none()));
            // What this cell shows again where the row continues on a new page.
            let marks_continued = titled == Some(n) || (titled.is_none() && n == 0);
            let again = match (title, n) {
                (Some(title), _) => lines_of(&format!("{title} {continued_word}"), bold, width),
                (None, 0) if marks_continued => {
                    let first = cell.lines().next().unwrap_or("");
                    lines_of(&format!("{first} {continued_word}"), plain, width)
                }
                (None, 0) => lines_of(cell.lines().next().unwrap_or(""), plain, width),
                _ => Vec::new(),
            };
            cells.push(lines);
            continued.push(again);
        }
        SetRow { cells, kind: row.kind, continued }
    }
}

fn column_widths(columns: &[&Column], cells: &[Vec<&str>], total: f32, table_width: f32, size: f32) -> Vec<f32> {
    let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
    let shares: Vec<f32> = columns.iter().map(|c| c.share / total).collect();
    fitted_widths(&titles, &shares, cells, table_width, size)
}

/// The columns' widths in points by their `shares` (which sum to 1), but
/// never so narrow that a word of a column's title breaks ("Suggeste-d"):
/// a column that needs more takes it from those with room to spare. The
/// Word documents' tables are measured so too, `cells` being each column's
/// texts at `size` points.
pub fn fitted_widths(titles: &[&str], shares: &[f32], cells: &[Vec<&str>], table_width: f32, size: f32) -> Vec<f32> {
    let mut widths: Vec<f32> = shares.iter().map(|s| s * table_width).collect();
    // Each column is as wide as its header's longest word and, up to a
    // quarter of the table, its cells' longest word ("Geschäftsführung" in
    // a Lead column): a word is broken only when it is longer than that.
    let widest_word = |text: &str, weight: Weight, cap: f32| {
        // Words as the lines break them: a no-break space joins ("1. Dez. 2026").
        text.split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .map(|w| face(weight).width(w, size))
            .fold(0.0, f32::max)
            .min(cap)
    };
    let least: Vec<f32> = titles
        .iter()
        .zip(cells)
        .map(|(title, cells)| {
            let header = widest_word(title, Weight::Bold, f32::MAX);
            let cell = cells.iter().map(|t| widest_word(t, Weight::Regular, table_width / 4.0)).fold(0.0, f32::max);
            header.max(cell) + 2.0 * PAD + 0.5
        })
        .collect();
    let short: f32 = widths.iter().zip(&least).map(|(w, l)| (l - w).max(0.0)).sum();
    let spare: f32 = widths.iter().zip(&least).map(|(w, l)| (w - l).max(0.0)).sum();
    if short <= 0.0 || spare <= short {
        return widths;
    }
    for (w, l) in widths.iter_mut().zip(&least) {
        if *w < *l {
            *w = *l;
        } else {
            *w -= (*w - l) / spare * short;
        }
    }
    widths
}

/// Where a line starts in a column: at its left padding, or right-aligned.
fn aligned(x: f32, width: f32, text: &str, style: Style, align: Align) -> f32 {
    match align {
        Align::Left => x + PAD,
        Align::Right => x + width - PAD - face(style.weight).width(text, style.size),
    }
}
