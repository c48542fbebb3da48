//! Importing an agenda from a Word document (`.docx`): the first table whose
//! header row is When / What / Why (or Wann / Was / Warum), read from the
//! document's XML. The paragraphs of a cell are kept as its lines (the
//! first line of a What is the title, the rest its details); a cell merged
//! across columns fills the first of them, as in a spreadsheet, so a
//! heading row becomes a section. The document's title (its Title
//! paragraph, else its first Heading 1) names the agenda when the table has
//! no title row of its own.

use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::StoreError;
use super::agenda_table::{Cell, Source, SourceRow, design_from_rows, has_agenda_header};
use super::office_package::{MAX_UNPACKED_BYTES, Package, damaged, invalid, open_package, read_package};
use crate::catalogue::{StoreText, app_lang};
use crate::model::Design;

/// The part of the package that holds the document's text.
const BODY: &str = "word/document.xml";

/// Whether `path` names a Word document, by its extension.
pub fn is_document(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Imports the agenda in the first When / What / Why table of a `.docx`.
pub fn import_docx(path: &Path) -> Result<Design, StoreError> {
    let bytes = read_package(path, Package::Document)?;
    let xml = document_xml(path, &bytes)?;
    let body = read_body(&xml).map_err(|_| damaged(path, Package::Document))?;
    let lang = app_lang();
    if body.tables.is_empty() {
        return Err(invalid(path, StoreText::DocumentHasNoTable.text(lang).into()));
    }
    let Some(index) = body.tables.iter().position(|t| has_agenda_header(t)) else {
        return Err(invalid(path, StoreText::NoAgendaTable.fill(lang, &[&body.tables.len()])));
    };
    let rows = body.tables.into_iter().nth(index).unwrap_or_default();
    // The document's title above the table names the agenda, unless the table has a title row.
    design_from_rows(path, &Source::Table(index + 1), rows, body.title)
}

/// The document's XML, after the package's checks.
fn document_xml(path: &Path, bytes: &[u8]) -> Result<Vec<u8>, StoreError> {
    let mut archive = open_package(path, bytes, Package::Document)?;
    let mut part = archive.by_name(BODY).map_err(|_| damaged(path, Package::Document))?;
    let mut xml = Vec::new();
    // The directory's sizes were checked; the bound holds even if they lie.
    (&mut part).take(MAX_UNPACKED_BYTES + 1).read_to_end(&mut xml).map_err(|_| damaged(path, Package::Document))?;
    if xml.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(invalid(
            path,
            StoreText::DocumentUnpacksTooLarge.fill(app_lang(), &[&xml.len(), &MAX_UNPACKED_BYTES]),
        ));
    }
    Ok(xml)
}

/// What the importer takes from a document: its tables, row by row, and
/// its title.
#[derive(Debug, Default)]
struct Body {
    tables: Vec<Vec<SourceRow>>,
    title: Option<String>,
}

/// Where the reader is in the document.
#[derive(Default)]
struct Reader {
    body: Body,
    /// How deep in tables: 1 in a table, 2 in a table inside one of its cells.
    depth: usize,
    rows: Vec<SourceRow>,
    cells: Vec<Cell>,
    /// The lines of the cell being read; a table inside it adds its own.
    lines: Vec<String>,
    /// The columns the cell spans (`w:gridSpan`).
    span: usize,
    paragraph: String,
    /// The style of the paragraph outside a table, for the title.
    style: Option<String>,
    in_text: bool,
    in_run: bool,
    /// Inside a `mc:Fallback`: a copy of what its `mc:Choice` said.
    fallback: usize,
    /// The first Heading 1 outside a table, if there is no Title.
    first_heading: Option<String>,
}

impl Reader {
    fn start(&mut self, e: &BytesStart, empty: bool) {
        let name = e.local_name();
        match name.as_ref() {
            b"Fallback" if !empty => self.fallback += 1,
            _ if self.fallback > 0 => {}
            b"tbl" if !empty => {
                self.depth += 1;
                if self.depth == 1 {
                    self.rows.clear();
                }
            }
            b"tr" if self.depth == 1 && !empty => self.cells.clear(),
            b"tc" if self.depth == 1 && !empty => {
                self.lines.clear();
                self.span = 1;
            }
            b"gridSpan" if self.depth == 1 => {
                self.span = attribute(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(1).clamp(1, 64);
            }
            b"p" if !empty => {
                self.paragraph.clear();
                self.style = None;
            }
            b"pStyle" if self.depth == 0 => self.style = attribute(e, b"val"),
            b"r" if !empty => self.in_run = true,
            b"t" if !empty => self.in_text = true,
            b"tab" if self.in_run => self.paragraph.push(' '),
            b"br" | b"cr" if self.in_run => self.end_paragraph(),
            b"noBreakHyphen" if self.in_run => self.paragraph.push('-'),
            _ => {}
        }
    }

    fn end(&mut self, local_name: &[u8]) {
        match local_name {
            b"Fallback" if self.fallback > 0 => self.fallback -= 1,
            _ if self.fallback > 0 => {}
            b"t" => self.in_text = false,
            b"r" => self.in_run = false,
            b"p" => self.end_paragraph(),
            b"tc" if self.depth == 1 => {
                let text = std::mem::take(&mut self.lines).join("\n");
                self.cells.push(Cell::Text(text));
                // A cell merged across columns fills the first; the others are empty.
                self.cells.extend((1..self.span).map(|_| Cell::Text(String::new())));
            }
            b"tr" if self.depth == 1 => {
                let number = self.rows.len() + 1;
                self.rows.push(SourceRow { number, line: None, cells: std::mem::take(&mut self.cells) });
            }
            b"tbl" if self.depth > 0 => {
                self.depth -= 1;
                if self.depth == 0 {
                    self.body.tables.push(std::mem::take(&mut self.rows));
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_text && self.fallback == 0 {
            // A soft hyphen is where Word may break a word, not a letter of
            // it; a no-break space is a space that keeps "20 min" together.
            let plain = text.chars().filter(|&c| c != '\u{ad}').map(|c| if c == '\u{a0}' { ' ' } else { c });
            self.paragraph.extend(plain);
        }
    }

    /// A paragraph ends (or a line break in it): in a cell it is a line;
    /// outside, it may be the title.
    fn end_paragraph(&mut self) {
        let line = std::mem::take(&mut self.paragraph);
        let line = line.trim();
        if self.depth > 0 {
            if !line.is_empty() {
                self.lines.push(line.to_string());
            }
            return;
        }
        if line.is_empty() || self.body.title.is_some() {
            return;
        }
        let style = self.style.as_deref().unwrap_or("").to_lowercase();
        // Word names its styles by the language it runs in: "Title" and "Titel",
        // "Heading1" and "berschrift1" (from "Überschrift 1").
        if style.starts_with("title") || style.starts_with("titel") {
            self.body.title = Some(line.to_string());
        } else if (style == "heading1" || style == "berschrift1") && self.first_heading.is_none() {
            self.first_heading = Some(line.to_string());
        }
    }
}

/// The value of an attribute by its local name (`w:val` → `val`): a style's
/// id or a number, which Word writes without escapes.
fn attribute(e: &BytesStart, local_name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local_name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Reads a document's body: its tables and its title.
fn read_body(xml: &[u8]) -> Result<Body, quick_xml::Error> {
    let mut xml_reader = quick_xml::Reader::from_reader(xml);
    let mut reader = Reader::default();
    let mut buf = Vec::new();
    loop {
        match xml_reader.read_event_into(&mut buf)? {
            Event::Start(e) => reader.start(&e, false),
            Event::Empty(e) => reader.start(&e, true),
            Event::End(e) => reader.end(e.local_name().as_ref()),
            Event::Text(t) => reader.text(&t.xml_content().map_err(quick_xml::Error::from)?),
            Event::CData(t) => reader.text(&String::from_utf8_lossy(&t)),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref()? {
                    Some(c) => Some(c.to_string()),
                    None => {
                        let name = r.decode().map_err(quick_xml::Error::from)?;
                        quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
                    }
                };
                if let Some(text) = resolved {
                    reader.text(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let mut body = reader.body;
    body.title = body.title.or(reader.first_heading);
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(row: &SourceRow) -> Vec<String> {
        row.cells
            .iter()
            .map(|c| match c {
                Cell::Text(t) => t.clone(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn cells_keep_their_paragraphs_as_lines_and_merged_cells_fill_the_first() {
        let xml = br#"<w:document xmlns:w="w"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Strategy</w:t></w:r><w:r><w:t xml:space="preserve"> day</w:t></w:r></w:p>
            <w:tbl>
              <w:tr><w:tc><w:p><w:r><w:t>When</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>What</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Why</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>Part 1</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>09:00</w:t></w:r></w:p></w:tc>
                <w:tc><w:p><w:r><w:t>Check-in</w:t></w:r></w:p><w:p><w:r><w:t>One word &amp; a name</w:t></w:r><w:r><w:br/><w:t>each</w:t></w:r></w:p></w:tc>
                <w:tc><w:p><w:r><w:t>Arrive</w:t></w:r><w:r><w:delText>deleted</w:delText></w:r></w:p></w:tc></w:tr>
            </w:tbl></w:body></w:document>"#;
        let body = read_body(xml).unwrap();
        assert_eq!(body.title.as_deref(), Some("Strategy day"));
        let rows = &body.tables[0];
        assert_eq!(rows.len(), 3);
        assert_eq!(cells(&rows[1]), ["Part 1", "", ""]);
        assert_eq!(cells(&rows[2]), ["09:00", "Check-in\nOne word & a name\neach", "Arrive"]);
        assert_eq!(rows[2].number, 3);
    }

    #[test]
    fn a_text_box_word_also_keeps_as_a_fallback_is_read_once() {
        let xml = br#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body><w:tbl><w:tr><w:tc><w:p>
            <mc:AlternateContent><mc:Choice><w:r><w:t>Once</w:t></w:r></mc:Choice>
            <mc:Fallback><w:r><w:t>Once</w:t></w:r></mc:Fallback></mc:AlternateContent>
            </w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let body = read_body(xml).unwrap();
        assert_eq!(cells(&body.tables[0][0]), ["Once"]);
    }

    #[test]
    fn a_table_inside_a_cell_adds_its_lines_to_that_cell() {
        let xml = br#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr>
            <w:tc><w:p><w:r><w:t>Outer</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>
            <w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let body = read_body(xml).unwrap();
        assert_eq!(body.tables.len(), 1);
        assert_eq!(cells(&body.tables[0][0]), ["Outer\nInner", ""]);
    }
}
