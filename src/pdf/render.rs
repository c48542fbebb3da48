//! Laid-out pages to PDF bytes: the fonts subset to the characters used,
//! each text line its own text section at an absolute position.

use std::collections::{BTreeMap, BTreeSet};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, TextItem, TextMatrix,
};

use super::fonts::{Face, Weight, face};
use super::page::{Laid, Mark, Rgb};

/// What went wrong making a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the font could not be subset: {0}")]
    Font(String),
}

/// The PDF of a laid-out document.
pub fn render(laid: &Laid, created: Option<crate::model::Moment>) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&laid.title);
    let mut used: BTreeMap<Weight, BTreeSet<char>> = BTreeMap::new();
    for page in &laid.pages {
        for mark in &page.marks {
            if let Mark::Text { weight, text, .. } = mark {
                used.entry(*weight).or_default().extend(text.chars());
            }
        }
    }
    let mut fonts: BTreeMap<Weight, FontId> = BTreeMap::new();
    for (n, (weight, chars)) in used.iter().enumerate() {
        let name = match weight {
            Weight::Regular => "DejaVuSans",
            Weight::Bold => "DejaVuSans-Bold",
        };
        // A subset tag is six capital letters, different per font in one file.
        let tag: String = ["WKSUBA", "WKSUBB"][n % 2].to_string();
        let font = subset_face(face(*weight), chars, &format!("{tag}+{name}"))?;
        fonts.insert(*weight, doc.add_font(&font));
    }

    let (w, h) = laid.paper.size();
    let pages = laid
        .pages
        .iter()
        .map(|page| {
            let mut ops = Vec::new();
            for mark in &page.marks {
                draw(&mut ops, mark, h, &fonts);
            }
            let mut pdf_page = PdfPage::new(Mm(w * 25.4 / 72.0), Mm(h * 25.4 / 72.0), ops);
            // Exact boxes in points: Letter must be 612 × 792, not a rounded millimetre size.
            let full = Rect { x: Pt(0.0), y: Pt(0.0), width: Pt(w), height: Pt(h), mode: None, winding_order: None };
            pdf_page.media_box = full.clone();
            pdf_page.trim_box = full.clone();
            pdf_page.crop_box = full;
            pdf_page
        })
        .collect();

    let info = &mut doc.metadata.info;
    info.document_title = laid.title.clone();
    info.author = laid.author.clone();
    info.creator = "Workshop Kit".into();
    info.producer = "Workshop Kit".into();
    if let Some(date) = created.map(pdf_date) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
    let mut warnings = Vec::new();
    let options = PdfSaveOptions { subset_fonts: false, ..PdfSaveOptions::default() };
    let doc = doc.with_pages(pages);
    let mut pdf = printpdf::to_lopdf_doc(doc, &options, &mut warnings);
    // printpdf writes an empty /GTS_PDFXVersion, which makes readers call the
    // file PDF/X; it is not.
    if let Some(info) = pdf.trailer.get(b"Info").ok().and_then(|o| o.as_reference().ok())
        && let Ok(dict) = pdf.get_object_mut(info).and_then(|o| o.as_dict_mut())
    {
        dict.remove(b"GTS_PDFXVersion");
    }
    if options.optimize {
        pdf.compress();
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).map_err(|e| PdfError::Font(format!("the PDF could not be written: {e}")))?;
    Ok(bytes)
}

/// The font cut down to `chars` (plus .notdef), parsed again so text maps to
/// the subset's glyph ids, and named with a subset tag so readers know.
fn subset_face(face: &Face, chars: &BTreeSet<char>, name: &str) -> Result<ParsedFont, PdfError> {
    let err = |e: &dyn std::fmt::Display| PdfError::Font(e.to_string());
    let file = ReadScope::new(face.bytes).read::<FontData<'_>>().map_err(|e| err(&e))?;
    let provider = file.table_provider(0).map_err(|e| err(&e))?;
    let mut ids: Vec<u16> = chars
        .iter()
        .filter_map(|c| face.parsed.lookup_glyph_index(*c as u32))
        .chain(face.parsed.lookup_glyph_index('?' as u32))
        .filter(|g| *g != 0)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.insert(0, 0);
    let bytes = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode).map_err(|e| err(&e))?;
    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| PdfError::Font("the subset does not parse".into()))?;
    parsed.font_name = Some(name.to_string());
    Ok(parsed)
}

/// A line as `TJ` items: runs of text with the font's kerning between
/// the pairs that have it (a positive offset draws the next glyph closer).
fn kerned(face: &Face, text: &str) -> Vec<TextItem> {
    let mut items = Vec::new();
    let mut run = String::new();
    let mut previous = None;
    for c in text.chars() {
        if let Some(p) = previous {
            let kern = face.kern(p, c);
            if kern != 0.0 {
                items.push(TextItem::Text(std::mem::take(&mut run)));
                items.push(TextItem::Offset(-kern));
            }
        }
        run.push(c);
        previous = Some(c);
    }
    items.push(TextItem::Text(run));
    items
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false }
}

/// One mark as PDF operations; `h` flips our top-down y to PDF's bottom-up.
fn draw(ops: &mut Vec<Op>, mark: &Mark, h: f32, fonts: &BTreeMap<Weight, FontId>) {
    match mark {
        Mark::Text { x, y, size, weight, color: c, text } => {
            let Some(font) = fonts.get(weight) else { return };
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFillColor { col: color(*c) });
            ops.push(Op::SetFont { font: PdfFontHandle::External(font.clone()), size: Pt(*size) });
            // An absolute text matrix per line: `Td` would be relative to the last line.
            ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(*x), Pt(h - y)) });
            ops.push(Op::ShowText { items: kerned(face(*weight), text) });
            ops.push(Op::EndTextSection);
        }
        Mark::Line { x1, y1, x2, y2, width, color: c } => {
            ops.push(Op::SetOutlineColor { col: color(*c) });
            ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
            ops.push(Op::DrawLine {
                line: Line { points: vec![point(*x1, h - y1), point(*x2, h - y2)], is_closed: false },
            });
        }
        Mark::Rect { x, y, w, h: rh, fill, stroke } => {
            let mode = match (fill, stroke) {
                (Some(_), Some(_)) => PaintMode::FillStroke,
                (Some(_), None) => PaintMode::Fill,
                (None, Some(_)) => PaintMode::Stroke,
                (None, None) => return,
            };
            if let Some(f) = fill {
                ops.push(Op::SetFillColor { col: color(*f) });
            }
            if let Some((s, width)) = stroke {
                ops.push(Op::SetOutlineColor { col: color(*s) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
            }
            let rect = Rect {
                x: Pt(*x),
                y: Pt(h - y - rh),
                width: Pt(*w),
                height: Pt(*rh),
                mode: Some(mode),
                winding_order: None,
            };
            ops.push(Op::DrawRectangle { rectangle: rect });
        }
    }
}

/// A PDF date from a local wall-clock moment.
fn pdf_date(m: crate::model::Moment) -> printpdf::OffsetDateTime {
    let date = m.date();
    let s = m.seconds_of_day();
    printpdf::OffsetDateTime {
        date: printpdf::Date {
            year: date.map_or(2000, |d| i32::from(d.year())),
            month: date.map_or(1, |d| d.month()),
            day: date.map_or(1, |d| d.day()),
        },
        time: printpdf::Time {
            hour: (s / 3600) as u8,
            minute: (s / 60 % 60) as u8,
            second: (s % 60) as u8,
            millisecond: 0,
        },
        offset: printpdf::Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::flow::{Flow, Style};
    use crate::pdf::page::Paper;
    use crate::pdf::table::{Column, Row};

    #[test]
    fn a_small_document_renders_with_subset_fonts_and_readable_text() {
        let mut flow = Flow::new(Paper::A4, "Kundenservice – Vormittag", "Frontline · 2026-12-03");
        flow.title_block("Kundenservice – Vormittag", &["Stadtwerke Süd · Jürgen Weiß".into()]);
        flow.heading("Was wir vorhaben", Style::H1);
        flow.bullets(&["Gute Betreuung erleben – „aus Kundensicht“".into()]);
        let rows = vec![
            Row::section("Teil 1"),
            Row::new(vec!["09:30".into(), "Begrüßung".into(), "Warum wir hier sind".into()]),
        ];
        flow.table(&[Column::new("When", 1.0), Column::new("What", 3.0), Column::new("Why", 3.0)], &rows, 9.5);
        let laid = flow.finish("Stadtwerke Süd");
        let bytes = render(&laid, None).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() < 60_000, "subset fonts keep it small: {} bytes", bytes.len());
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        let text = doc.extract_text(&[1]).unwrap();
        for expected in ["Begrüßung", "„aus Kundensicht“", "Jürgen Weiß", "Page 1 of 1"] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }
}
