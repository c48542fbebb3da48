//! The participant handout and the facilitator guide as Word documents, for
//! clients who want to edit them: the content of the PDFs (the same lines,
//! from `pdf::design_content`), with Word's heading styles, the agenda as a
//! real table, lines to write on and the glossary. As in the PDF, the
//! handout never reads a facilitator note.

use super::OfficeError;
use super::word::{About, Column, Heading, Page, RowLook, TableLook, WordDoc};
use crate::catalogue::Word;
use crate::pdf::design_content::{Card, DesignDoc, Line, LineKind};
use crate::pdf::design_docs::{
    AGENDA_SHARES, GLOSSARY_SHARES, GLOSSARY_SIZE, HANDOUT_AGENDA_SIZE, HANDOUT_WRITING_LINES, RUN_SHEET_SHARES,
    RUN_SHEET_SIZE, shortened_agenda,
};
use crate::pdf::page::document_title;

/// A table's columns: their headers with the PDF's shares of the width.
fn columns<'a>(headers: &[&'a str], shares: &[f32]) -> Vec<Column<'a>> {
    headers.iter().zip(shares).map(|(header, &share)| Column { header, share }).collect()
}

/// A size in points as Word's half-points.
fn half_points(points: f32) -> usize {
    (points * 2.0).round() as usize
}

/// A line of an agenda table as a Word table's row; `title` is the column set in bold.
fn row_of(line: Line, title: usize) -> (RowLook, Vec<String>) {
    let look = match line.kind {
        LineKind::Section => RowLook::Section,
        LineKind::Break => RowLook::Muted,
        LineKind::Activity | LineKind::Close => RowLook::Titled(title),
    };
    (look, line.cells)
}

/// The lines to write on below the run sheet, where the PDF fills the rest
/// of its page (Word's pages are Word's to break, so no break is forced).
const RUN_SHEET_NOTE_LINES: usize = 6;

/// The participant handout: the agenda at a glance, then each activity's
/// instructions with room to write, then the words the workshop uses.
pub fn handout_docx(doc: &DesignDoc) -> Result<Vec<u8>, OfficeError> {
    let d = doc.design;
    let s = doc.schedule();
    let what = doc.word(Word::ParticipantHandout);
    let mut w = WordDoc::new(page(doc, what, &doc.header_note(None), &footer(doc)));
    w.title(&d.title, &[doc.facts_line(), doc.when_line(&s)]);
    for (title, list) in doc.handout_lists() {
        w.heading(title, Heading::H1);
        w.bullets(list);
    }

    w.heading(doc.word(Word::Agenda), Heading::H1);
    // The Why is shortened as in the PDF: the full text is in the guide.
    let rows: Vec<(RowLook, Vec<String>)> = shortened_agenda(doc, &s).into_iter().map(|l| row_of(l, 1)).collect();
    let look = TableLook { half_points: half_points(HANDOUT_AGENDA_SIZE), keep_whole: true };
    w.table(&columns(&doc.handout_columns(), &AGENDA_SHARES), &rows, look);

    let with_instructions = doc.instructions(&s);
    if !with_instructions.is_empty() {
        w.heading(doc.word(Word::YourNotes), Heading::H1);
        for (heading, instructions) in with_instructions {
            w.heading(&heading, Heading::H2);
            w.lead_in(instructions);
            w.writing_lines(HANDOUT_WRITING_LINES);
        }
    }

    if !d.glossary.is_empty() {
        w.heading(doc.word(Word::WordsWeUse), Heading::H1);
        let rows: Vec<(RowLook, Vec<String>)> =
            d.glossary.iter().map(|g| (RowLook::Titled(0), vec![g.term.clone(), g.meaning.clone()])).collect();
        // A short glossary stays on one page.
        let look = TableLook { half_points: half_points(GLOSSARY_SIZE), keep_whole: rows.len() <= 15 };
        w.table(&columns(&doc.glossary_columns(), &GLOSSARY_SHARES), &rows, look);
    }
    w.finish()
}

/// The facilitator guide: the run sheet to hold in the room, the workshop
/// at a glance, then every item in full and the materials to bring.
pub fn guide_docx(doc: &DesignDoc) -> Result<Vec<u8>, OfficeError> {
    let d = doc.design;
    let s = doc.schedule();
    let what = doc.word(Word::FacilitatorGuide);
    let mut w = WordDoc::new(page(doc, what, &doc.header_note(Some(what)), &footer(doc)));
    w.title(&Word::GuideTitle.fill(doc.lang(), &[&d.title]), &[doc.facts_line(), doc.when_line(&s)]);

    w.heading(doc.word(Word::RunSheet), Heading::H1);
    let rows: Vec<(RowLook, Vec<String>)> = doc.run_sheet(&s).into_iter().map(|line| row_of(line, 2)).collect();
    let look = TableLook { half_points: half_points(RUN_SHEET_SIZE), keep_whole: false };
    w.table(&columns(&doc.run_sheet_columns(), &RUN_SHEET_SHARES), &rows, look);
    w.label(doc.word(Word::Notes));
    w.writing_lines(RUN_SHEET_NOTE_LINES);

    let about = doc.about();
    if !about.is_empty() {
        w.heading(doc.word(Word::AboutWorkshop), Heading::H1);
        w.facts(&about, 0);
    }
    w.heading(doc.word(Word::Timing), Heading::H1);
    // The timing stays with the line on its warnings.
    let timing = doc.timing(&s);
    w.facts(&timing, timing.len());
    let warnings = doc.warnings(&s);
    if warnings.is_empty() {
        w.note(doc.word(Word::NoWarnings));
    } else {
        w.label(doc.word(Word::ScheduleWarnings));
        w.bullets(&warnings);
    }
    if !d.objectives.is_empty() {
        w.heading(doc.word(Word::Objectives), Heading::H1);
        w.bullets(&d.objectives);
    }

    w.heading(doc.word(Word::ItemByItem), Heading::H1);
    for card in doc.cards(&s) {
        match card {
            Card::Section(title) => w.heading(&title, Heading::H1),
            Card::Break(heading) => w.heading(&heading, Heading::H2),
            Card::Activity { heading, mut facts, texts } => {
                // The card starts on a page with its facts and its What, as in the PDF.
                w.heading(&heading, Heading::H2);
                let opening = facts.len();
                facts.extend(texts);
                w.facts(&facts, opening);
            }
        }
    }

    let materials = doc.materials(&s);
    if !materials.is_empty() {
        w.heading(doc.word(Word::MaterialsChecklist), Heading::H1);
        for m in &materials {
            w.checkbox(m);
        }
    }
    w.finish()
}

/// What every page of the document `what` says, and its properties.
fn page<'a>(doc: &'a DesignDoc, what: &str, header_note: &'a str, footer: &'a str) -> Page<'a> {
    let d = doc.design;
    let about = About {
        title: document_title(what, &d.title, doc.variant),
        author: d.facilitator.clone(),
        lang: doc.lang(),
        written: doc.printed,
    };
    Page { paper: doc.paper, title: &d.title, header_note, footer, about }
}

/// The foot of every page: the client (or the title) and the day it was printed.
fn footer(doc: &DesignDoc) -> String {
    [Some(doc.footer()), doc.printed_note()].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}
