//! The building blocks of our Word documents, on docx-rs: the page (paper,
//! margins, a header note and a footer with the page number), the styles
//! Word and LibreOffice know as theirs (Title, Heading 1, Heading 2, so the
//! navigation pane and a table of contents find the headings), bullets,
//! tables with a shaded header row, label–value facts, checkboxes and
//! ruled lines to write on. The colours are the PDFs'.

use docx_rs::{
    AbstractNumbering, BorderType, Docx, Footer, Header, HeightRule, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading, ShdType,
    SpecialIndentType, Start, Style, StyleType, Tab, TabValueType, Table, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use super::OfficeError;
pub(crate) use super::docx_package::About;
use super::docx_package::{core_properties, finish_package};
use crate::model::Lang;
use crate::pdf::Paper;
use crate::pdf::flow::content_width_on;
use crate::pdf::fonts::{Weight, face};
use crate::pdf::page::Rgb;
use crate::pdf::table::fitted_widths;
use crate::pdf::typography::{curly_quotes, hyphenation_points, keep_together};

/// Twentieths of a point, Word's unit of length.
type Twips = usize;

/// The PDFs' colours, as Word writes them (`1F4E79`).
fn hex(Rgb(r, g, b): Rgb) -> String {
    format!("{r:02X}{g:02X}{b:02X}")
}

/// 2 cm above and below, for the header and the footer; at the sides, the
/// PDF's margins, so a line holds what the PDF's holds (its text block is
/// 15 cm wide on A4 and on Letter).
const TOP_AND_BOTTOM: Twips = 1134;

/// The numbering our bullets use (Word's own default list is 1).
const BULLETS: usize = 2;

/// A cell's padding left and right, as the PDF's tables have: 4 pt.
const CELL_PAD: Twips = 80;

/// A paragraph style of ours: its id, the name Word knows it by, its size
/// in half-points, whether bold, its colour and the space above and below.
struct ParagraphStyle {
    id: &'static str,
    name: &'static str,
    half_points: usize,
    bold: bool,
    color: Rgb,
    before: u32,
    after: u32,
    outline: Option<usize>,
}

/// Title, Heading 1 and Heading 2 carry Word's own names, so Word and
/// LibreOffice treat them as their built-in headings. Normal is docx-rs's
/// own (it always writes one); the body's size and spacing are the
/// document's defaults.
const STYLES: [ParagraphStyle; 3] = [
    ParagraphStyle {
        id: "Title",
        name: "Title",
        half_points: 40,
        bold: true,
        color: Rgb::ACCENT,
        before: 0,
        after: 120,
        outline: None,
    },
    ParagraphStyle {
        id: "Heading1",
        name: "heading 1",
        half_points: 28,
        bold: true,
        color: Rgb::ACCENT,
        before: 320,
        after: 120,
        outline: Some(0),
    },
    ParagraphStyle {
        id: "Heading2",
        name: "heading 2",
        half_points: 22,
        bold: true,
        color: Rgb::TEXT,
        before: 200,
        after: 80,
        outline: Some(1),
    },
];

/// Heading levels, by the style they take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heading {
    H1,
    H2,
}

/// The size of a table's text, in half-points, and whether it stays on one page.
#[derive(Clone, Copy, Debug)]
pub struct TableLook {
    pub half_points: usize,
    pub keep_whole: bool,
}

/// A column of a table: its header and its share of the width.
pub struct Column<'a> {
    pub header: &'a str,
    pub share: f32,
}

/// How a table row looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowLook {
    /// A heading across the table, shaded.
    Section,
    /// A break: in grey.
    Muted,
    /// The cell at this index in bold (the title column).
    Titled(usize),
}

/// A Word document being written, with its page's measure.
pub struct WordDoc {
    docx: Docx,
    /// The width between the margins.
    measure: Twips,
    /// The document's language (the quotes are its own, and Word checks the
    /// spelling in it), its title and author for Word's File → Info.
    about: About,
}

/// What a document's every page and its properties say.
pub struct Page<'a> {
    pub paper: Paper,
    /// The design's title, at the top of every page.
    pub title: &'a str,
    /// The version and the date, at the top right of every page.
    pub header_note: &'a str,
    /// The client and the day it is printed, at the foot.
    pub footer: &'a str,
    /// The document's language, own title, author and day.
    pub about: About,
}

impl WordDoc {
    /// A document on the page `page` describes, with the page number at the
    /// foot of every page.
    pub fn new(page: Page) -> WordDoc {
        let Page { paper, title, header_note, footer, about } = page;
        let lang = about.lang;
        let (w, h) = paper.size();
        let (width, height) = ((w * 20.0).round() as u32, (h * 20.0).round() as u32);
        let measure = (content_width_on(w) * 20.0).round() as Twips;
        let side = (width as Twips - measure) / 2;
        let mut docx = Docx::new()
            .page_size(width, height)
            .page_margin(
                PageMargin::new()
                    .top(TOP_AND_BOTTOM as i32)
                    .bottom(TOP_AND_BOTTOM as i32)
                    .left(side as i32)
                    .right(side as i32)
                    .header(567)
                    .footer(567),
            )
            .default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri").east_asia("Calibri"))
            .default_size(20)
            .default_line_spacing(LineSpacing::new().after(100));
        for s in &STYLES {
            let mut style = Style::new(s.id, StyleType::Paragraph)
                .name(s.name)
                .size(s.half_points)
                .color(hex(s.color))
                .line_spacing(LineSpacing::new().before(s.before).after(s.after))
                .q_format(true)
                .based_on("Normal")
                .next("Normal");
            if s.bold {
                style = style.bold();
            }
            if let Some(level) = s.outline {
                style = style.outline_lvl(level);
            }
            docx = docx.add_style(style);
        }
        let bullet =
            Level::new(0, Start::new(1), NumberFormat::new("bullet"), LevelText::new("•"), LevelJc::new("left"))
                .indent(Some(360), Some(SpecialIndentType::Hanging(240)), None, None);
        docx = docx
            .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet))
            .add_numbering(Numbering::new(BULLETS, BULLETS));
        // The title at the left, the version and date at the right, as the PDF has.
        let quoted = |t: &str| curly_quotes(t, lang);
        let head = Paragraph::new()
            .add_tab(Tab::new().val(TabValueType::Right).pos(measure))
            .add_run(small(&quoted(title)))
            .add_run(Run::new().add_tab().size(16))
            .add_run(small(&quoted(header_note)));
        let foot = Paragraph::new()
            .add_tab(Tab::new().val(TabValueType::Right).pos(measure))
            .add_run(small(&quoted(footer)))
            .add_run(Run::new().add_tab().size(16))
            .add_page_num(PageNum::new());
        docx = docx.header(Header::new().add_paragraph(head)).footer(Footer::new().add_paragraph(foot));
        WordDoc { docx, measure, about }
    }

    /// A run of `text` with the language's quotes, and no line break inside
    /// "20 min" or a short aside ("(2 min each)"), as the PDF sets them.
    fn run(&self, text: &str) -> Run {
        Run::new().add_text(keep_together(&curly_quotes(text, self.about.lang)))
    }

    /// The document's title and the lines under it.
    pub fn title(&mut self, title: &str, lines: &[String]) {
        self.push(Paragraph::new().style("Title").add_run(self.run(title)));
        for line in lines.iter().filter(|l| !l.is_empty()) {
            self.push(Paragraph::new().add_run(self.run(line).color(hex(Rgb::MUTED))));
        }
    }

    pub fn heading(&mut self, text: &str, level: Heading) {
        let style = match level {
            Heading::H1 => "Heading1",
            Heading::H2 => "Heading2",
        };
        self.push(Paragraph::new().style(style).keep_next(true).add_run(self.run(text)));
    }

    /// Text that stays on the page of what follows it (instructions and
    /// the lines to write on under them).
    pub fn lead_in(&mut self, text: &str) {
        for line in text.lines() {
            self.push(Paragraph::new().keep_next(true).keep_lines(true).add_run(self.run(line)));
        }
    }

    /// A small grey line, as a note.
    pub fn note(&mut self, text: &str) {
        self.push(Paragraph::new().add_run(small(&curly_quotes(text, self.about.lang))));
    }

    /// A bold label over what follows, a little apart from what is above.
    pub fn label(&mut self, text: &str) {
        let p = Paragraph::new().keep_next(true).line_spacing(LineSpacing::new().before(160).after(60));
        self.push(p.add_run(self.run(text).bold()));
    }

    pub fn bullets(&mut self, items: &[String]) {
        for item in items {
            let p = Paragraph::new().numbering(NumberingId::new(BULLETS), IndentLevel::new(0)).add_run(self.run(item));
            self.push(p);
        }
    }

    /// A box to tick and its text.
    pub fn checkbox(&mut self, text: &str) {
        self.push(Paragraph::new().add_run(self.run(&format!("\u{2610}  {text}"))));
    }

    /// `n` ruled lines to write on, 9 mm apart: the rows of a table with
    /// rules between them (adjacent paragraphs with the same border would
    /// share one rule at the bottom of the group), kept on one page.
    pub fn writing_lines(&mut self, n: usize) {
        let rows: Vec<TableRow> = (0..n)
            .map(|i| {
                let p = Paragraph::new().keep_next(i + 1 < n);
                TableRow::new(vec![TableCell::new().width(self.measure, WidthType::Dxa).add_paragraph(p)])
                    .row_height(510.0)
                    .height_rule(HeightRule::Exact)
                    .cant_split()
            })
            .collect();
        let rule = |p| TableBorder::new(p).border_type(BorderType::Single).size(4).color(hex(Rgb::RULE));
        let table = Table::without_borders(rows)
            .set_grid(vec![self.measure])
            .layout(TableLayoutType::Fixed)
            .width(self.measure, WidthType::Dxa)
            .set_border(rule(TableBorderPosition::InsideH))
            .set_border(rule(TableBorderPosition::Bottom));
        self.add_table(table);
    }

    /// Labels and values in two columns, without rules; an empty value is
    /// left out, as in the PDF. The first `kept` of `facts` stay on the page
    /// of the row after them (a card's facts with the start of its What; all
    /// of them with what follows the table).
    pub fn facts(&mut self, facts: &[(&str, String)], kept: usize) {
        let label_width = self.measure / 4;
        let label = CellLook { color: Some(Rgb::MUTED), bold: Bold::All, half_points: None };
        let rows: Vec<TableRow> = facts
            .iter()
            .enumerate()
            .filter(|(_, (_, v))| !v.trim().is_empty())
            .map(|(n, (name, value))| {
                let keep = n < kept;
                TableRow::new(vec![
                    self.cell(name, label_width, label).keep_next(keep),
                    self.cell(value, self.measure - label_width, CellLook::PLAIN).keep_next(keep),
                ])
                .cant_split()
            })
            .collect();
        let all_kept = kept >= facts.len();
        if rows.is_empty() {
            return;
        }
        let table = Table::without_borders(rows)
            .set_grid(vec![label_width, self.measure - label_width])
            .layout(TableLayoutType::Fixed)
            .width(self.measure, WidthType::Dxa)
            .margins(TableCellMargins::new().margin(40, 60, 40, 0));
        self.add_table(table);
        if all_kept {
            self.push(Paragraph::new().keep_next(true).line_spacing(LineSpacing::new().before(0).after(0)).size(8));
        } else {
            self.space();
        }
    }

    /// A table with a shaded header row, repeated on every page it runs
    /// over; each row kept on one page, and the whole table when
    /// `keep_whole` (every paragraph kept with the next, as Word keeps a
    /// table together). A section row spans the table. The columns are
    /// measured as the PDF's are: none narrower than its longest word (up
    /// to a quarter of the table), and a word longer than its column gets
    /// hyphenation points.
    pub fn table(&mut self, columns: &[Column], rows: &[(RowLook, Vec<String>)], look: TableLook) {
        let TableLook { half_points, keep_whole } = look;
        let size = half_points as f32 / 2.0;
        let total: f32 = columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let titles: Vec<&str> = columns.iter().map(|c| c.header).collect();
        let shares: Vec<f32> = columns.iter().map(|c| c.share / total).collect();
        let cells: Vec<Vec<&str>> = (0..columns.len())
            .map(|i| {
                rows.iter()
                    .filter(|(look, _)| *look != RowLook::Section)
                    .filter_map(|(_, cells)| cells.get(i).map(String::as_str))
                    .collect()
            })
            .collect();
        let points = fitted_widths(&titles, &shares, &cells, self.measure as f32 / 20.0, size);
        let widths: Vec<Twips> = points.iter().map(|w| (w * 20.0).round() as Twips).collect();
        let sized = |color, bold| CellLook { color, bold, half_points: Some(half_points) };
        let all = |color| sized(color, Bold::All);
        let header = TableRow::new(
            columns
                .iter()
                .zip(&widths)
                .map(|(c, w)| {
                    self.cell(c.header, *w, all(Some(Rgb::WHITE)))
                        .keep_next(true)
                        .shading(Shading::new().shd_type(ShdType::Clear).fill(hex(Rgb::HEADER_FILL)))
                })
                .collect(),
        )
        .row_height(super::docx_package::HEADER_ROW_MARK)
        .height_rule(HeightRule::AtLeast)
        .cant_split();
        let mut table_rows = vec![header];
        for (n, (look, cells)) in rows.iter().enumerate() {
            let keep = keep_whole && n + 1 < rows.len();
            let row = match look {
                RowLook::Section => TableRow::new(vec![
                    self.cell(&cells[0], self.measure, all(Some(Rgb::ACCENT)))
                        .keep_next(true)
                        .grid_span(columns.len())
                        .shading(Shading::new().shd_type(ShdType::Clear).fill(hex(Rgb::SHADE))),
                ]),
                _ => TableRow::new(
                    cells
                        .iter()
                        .zip(&widths)
                        .enumerate()
                        .map(|(i, (text, w))| {
                            let color = (*look == RowLook::Muted).then_some(Rgb::MUTED);
                            // The title column's first line is the title: bold, as in the PDF.
                            let (bold, weight) = match *look == RowLook::Titled(i) {
                                true => (Bold::FirstLine, Weight::Bold),
                                false => (Bold::None, Weight::Regular),
                            };
                            let text = hyphenate_long_words(text, *w - 2 * CELL_PAD, weight, size, self.about.lang);
                            self.cell(&text, *w, sized(color, bold)).keep_next(keep)
                        })
                        .collect(),
                ),
            };
            table_rows.push(row.cant_split());
        }
        let rule = |p| TableBorder::new(p).border_type(BorderType::Single).size(4).color(hex(Rgb::RULE));
        let borders = TableBorders::with_empty()
            .set(rule(TableBorderPosition::Top))
            .set(rule(TableBorderPosition::Bottom))
            .set(rule(TableBorderPosition::InsideH))
            .set(rule(TableBorderPosition::InsideV))
            .set(rule(TableBorderPosition::Left))
            .set(rule(TableBorderPosition::Right));
        let table = Table::new(table_rows)
            .set_grid(widths)
            .layout(TableLayoutType::Fixed)
            .width(self.measure, WidthType::Dxa)
            .set_borders(borders)
            .margins(TableCellMargins::new().margin(50, CELL_PAD, 50, CELL_PAD));
        self.add_table(table);
        self.space();
    }

    /// A table cell of `width` with a paragraph for each line of `text`.
    fn cell(&self, text: &str, width: Twips, look: CellLook) -> TableCell {
        let mut cell = TableCell::new().width(width, WidthType::Dxa);
        let lines: Vec<&str> = if text.is_empty() { vec![""] } else { text.lines().collect() };
        for (n, line) in lines.into_iter().enumerate() {
            let mut run = self.run(line);
            if let Some(c) = look.color {
                run = run.color(hex(c));
            }
            if look.bold == Bold::All || (look.bold == Bold::FirstLine && n == 0) {
                run = run.bold();
            }
            if let Some(size) = look.half_points {
                run = run.size(size);
            }
            let p = Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0)).add_run(run);
            cell = cell.add_paragraph(p);
        }
        cell
    }

    /// A little space after a table, which Word would join to the next heading.
    fn space(&mut self) {
        self.push(Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0)).size(8));
    }

    fn push(&mut self, p: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(p);
    }

    fn add_table(&mut self, table: Table) {
        self.docx = std::mem::take(&mut self.docx).add_table(table);
    }

    /// The finished document's bytes.
    pub fn finish(self) -> Result<Vec<u8>, OfficeError> {
        let mut out = std::io::Cursor::new(Vec::new());
        let properties = core_properties(&self.about);
        self.docx.build().pack(&mut out).map_err(|e| OfficeError(e.to_string()))?;
        finish_package(&out.into_inner(), &properties, self.about.lang)
    }
}

/// Small grey text, for the page's header and footer and notes.
fn small(text: &str) -> Run {
    Run::new().add_text(text).size(16).color(hex(Rgb::MUTED))
}

/// How a cell's text looks: its colour, what of it is bold, its size in half-points.
#[derive(Clone, Copy)]
struct CellLook {
    color: Option<Rgb>,
    bold: Bold,
    half_points: Option<usize>,
}

impl CellLook {
    const PLAIN: CellLook = CellLook { color: None, bold: Bold::None, half_points: None };
}

/// What of a cell is bold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bold {
    None,
    All,
    /// The first line: a title, with what may move under it.
    FirstLine,
}

/// `text` with soft hyphens at the hyphenation points of each word wider
/// than `width` (twips) at `size` points, measured with the PDF's font, which
/// is wider than Word's: Word breaks such a word at a hyphen, not between
/// any two letters.
fn hyphenate_long_words(text: &str, width: Twips, weight: Weight, size: f32, lang: Lang) -> String {
    let room = width as f32 / 20.0;
    let fits = |word: &str| face(weight).width(word, size) <= room;
    if text.split_whitespace().all(fits) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut word_start = None;
    let flush = |out: &mut String, word: &str| {
        if fits(word) {
            out.push_str(word);
            return;
        }
        let mut last = 0;
        for at in hyphenation_points(word, lang) {
            out.push_str(&word[last..at]);
            out.push('\u{ad}');
            last = at;
        }
        out.push_str(&word[last..]);
    };
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(start)) => {
                flush(&mut out, &text[start..i]);
                word_start = None;
                out.push(c);
            }
            (false, None) => out.push(c),
            (true, Some(_)) => {}
        }
    }
    if let Some(start) = word_start {
        flush(&mut out, &text[start..]);
    }
    out
}

/// Keeping a cell's paragraphs with the next: what keeps a Word table whole.
trait KeepNext {
    fn keep_next(self, keep: bool) -> Self;
}

impl KeepNext for TableCell {
    fn keep_next(mut self, keep: bool) -> TableCell {
        for child in &mut self.children {
            if let docx_rs::TableCellContent::Paragraph(p) = child {
                p.property = std::mem::take(&mut p.property).keep_next(keep);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_word_wider_than_its_column_gets_soft_hyphens() {
        let narrow = 60 * 20;
        let text = "Servicewiederherstellung üben";
        let set = hyphenate_long_words(text, narrow, Weight::Regular, 9.0, Lang::German);
        assert!(set.contains('\u{ad}'), "{set:?}");
        assert_eq!(set.replace('\u{ad}', ""), text, "only soft hyphens are added");
        assert!(set.ends_with(" üben"), "a word that fits is left alone: {set:?}");
        let wide = 400 * 20;
        assert_eq!(hyphenate_long_words(text, wide, Weight::Regular, 9.0, Lang::German), text);
    }
}
