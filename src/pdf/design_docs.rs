//! The documents made from a design: the participant handout, the
//! facilitator guide and the sign-in sheet.
//!
//! The handout is what participants take home, so it is built only from
//! participant-facing fields: facilitator notes are never read here.

use super::design_content::{Card, Line, LineKind};
pub use super::design_content::{DesignDoc, GUIDE_LABELS};
use super::flow::{Flow, Style, WRITING_LINE};
use super::fonts::{Weight, face};
use super::page::Laid;
use super::table::{Column, Row, TableLook};
use super::text::wrap;
use super::typography::curly_quotes;
use crate::catalogue::{Word, long_date};
use crate::model::{Lang, Participant};
use crate::schedule::{Schedule, Warning};

impl DesignDoc<'_> {
    /// A flow for one of the design's documents, with the day it was
    /// printed at the foot of every page.
    fn flow(&self, header_note: &str) -> Flow {
        Flow::new(self.paper, &self.design.title, header_note)
            .with_lang(self.lang())
            .with_footer_note(&self.printed_note().unwrap_or_default())
    }
}

/// A row of a table as the PDF draws it: a section across the table, a
/// muted break, or a row whose `title` column is set in the title weight.
fn row_of(line: Line, title: usize) -> Row {
    match line.kind {
        LineKind::Section => Row::section(&line.cells[0]),
        LineKind::Break => Row::muted(line.cells),
        LineKind::Activity | LineKind::Close => Row::new(line.cells).titled(title),
    }
}

/// What is wrong with a handout of this design, said before it is printed:
/// a day that ends after its target or passes midnight gives participants
/// times that will not hold. The app and the command line warn with these,
/// in `lang` (theirs, not the design's).
pub fn handout_warnings(doc: &DesignDoc, lang: Lang) -> Vec<String> {
    let s = doc.schedule();
    let mut warnings: Vec<String> =
        s.warnings.iter().filter(|w| matches!(w, Warning::Overrun { .. })).map(|w| w.text(lang)).collect();
    if s.end.minutes_since_midnight() > 24 * 60 {
        warnings.push(Word::WarnPastMidnight.fill(lang, &[&s.end]));
    }
    warnings.into_iter().map(|w| w.replace('\u{a0}', " ")).collect()
}

/// The shares of the handout agenda's When, What and Why columns.
pub const AGENDA_SHARES: [f32; 3] = [0.75, 2.9, 4.85];

/// The shares of the glossary's Term and Meaning columns, and its text size.
pub const GLOSSARY_SHARES: [f32; 2] = [1.2, 3.0];
pub const GLOSSARY_SIZE: f32 = 9.5;

/// The shares of the run sheet's time, minutes, item, lead, materials and
/// actual columns, and its text size: a day on one page, two for a full one.
pub const RUN_SHEET_SHARES: [f32; 6] = [0.75, 0.5, 3.3, 1.1, 2.3, 0.85];
pub const RUN_SHEET_SIZE: f32 = 8.0;

/// The lines to write on under each activity's instructions in the handout.
pub const HANDOUT_WRITING_LINES: usize = 4;

/// The participant handout: the agenda at a glance, then each activity's
/// instructions with room to write, then the words the workshop uses.
pub fn handout(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = doc.flow(&doc.header_note(None));
    flow.title_block(&d.title, &[doc.facts_line(), doc.when_line(&s)]);

    for (title, list) in doc.handout_lists() {
        flow.heading(title, Style::H1);
        flow.bullets(list);
    }

    flow.heading(doc.word(Word::Agenda), Style::H1);
    let shares = AGENDA_SHARES;
    let rows: Vec<Row> = shortened_agenda(doc, &s).into_iter().map(|line| row_of(line, 1)).collect();
    let [when, what, why] = doc.handout_columns();
    flow.table_with(
        &[Column::new(when, shares[0]), Column::new(what, shares[1]), Column::new(why, shares[2])],
        &rows,
        TableLook { keep_whole: true, ..TableLook::new(HANDOUT_AGENDA_SIZE) },
    );

    let with_instructions = doc.instructions(&s);
    if !with_instructions.is_empty() {
        flow.heading(doc.word(Word::YourNotes), Style::H1);
        for (heading, instructions) in with_instructions {
            // The activity, what to do and the lines to write on stay together.
            flow.keep(
                flow.measure_heading(&heading, Style::H2)
                    + flow.measure_text(instructions, Style::BODY, 0.0)
                    + HANDOUT_WRITING_LINES as f32 * WRITING_LINE,
            );
            flow.heading(&heading, Style::H2);
            flow.text(instructions, Style::BODY, 0.0);
            flow.writing_lines(HANDOUT_WRITING_LINES);
        }
    }

    if !d.glossary.is_empty() {
        flow.heading(doc.word(Word::WordsWeUse), Style::H1);
        let rows: Vec<Row> =
            d.glossary.iter().map(|g| Row::new(vec![g.term.clone(), g.meaning.clone()]).titled(0)).collect();
        let [term, meaning] = doc.glossary_columns();
        let [t, m] = GLOSSARY_SHARES;
        flow.table(&[Column::new(term, t), Column::new(meaning, m)], &rows, GLOSSARY_SIZE);
    }
    flow.finish(&doc.footer()).named(doc.word(Word::ParticipantHandout), &d.title, doc.variant, &d.facilitator)
}

/// The handout's agenda with each activity's Why shortened to what fits
/// its column ([`purpose`]): the PDF's and the Word document's.
pub fn shortened_agenda(doc: &DesignDoc, s: &Schedule) -> Vec<Line> {
    // The Why column's share of the measure, less its padding.
    let measure = super::flow::content_width_on(doc.paper.size().0);
    let why_width = measure * AGENDA_SHARES[2] / AGENDA_SHARES.iter().sum::<f32>() - 8.0;
    let mut lines = doc.handout_agenda(s);
    for line in lines.iter_mut().filter(|l| l.kind == LineKind::Activity) {
        line.cells[2] = purpose(&line.cells[2], why_width, HANDOUT_AGENDA_SIZE, doc.lang());
    }
    lines
}

/// The size of the handout agenda's text, in points.
pub const HANDOUT_AGENDA_SIZE: f32 = 9.0;

/// The agenda's short purpose of an activity: the first sentence of its
/// Why if it fits three lines of `width` points, else as much of it as fits
/// on two, cut after a clause where it can be (the full text stays in the
/// guide).
fn purpose(why: &str, width: f32, size: f32, lang: Lang) -> String {
    let why = why.trim();
    let end = why
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && why[i + c.len_utf8()..].starts_with(char::is_whitespace))
        .map_or(why.len(), |(i, c)| i + c.len_utf8());
    let sentence = why[..end].trim();
    let lines = |text: &str| wrap(face(Weight::Regular), &curly_quotes(text, lang), size, width).len();
    // The whole first sentence if it takes three lines at most; else its start, on two.
    if lines(sentence) <= 3 {
        return sentence.to_string();
    }
    let fits = |text: &str| lines(text) <= 2;
    // The longest start that fits and ends at a clause (",", ";", ":", a dash), else at a word, with "…".
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut best_clause = None;
    let mut best_word = None;
    for n in 1..words.len() {
        let start = words[..n].join(" ");
        let trimmed = start.trim_end_matches([',', ';', ':']);
        if !fits(&format!("{trimmed}…")) {
            break;
        }
        // Never "…geben der…" or "…sind das…": a cut after an article, a
        // pronoun or a preposition says nothing.
        if crate::catalogue::weak_end(words[n - 1], lang) {
            continue;
        }
        if start.ends_with([',', ';', ':']) || words[n] == "–" || words[n] == "—" {
            best_clause = Some(trimmed.to_string());
        }
        best_word = Some(trimmed.to_string());
    }
    let enough = |clause: &String| clause.len() * 3 > sentence.len();
    match best_clause.filter(enough).or(best_word) {
        Some(start) => format!("{start}…"),
        None => sentence.to_string(),
    }
}

/// The facilitator guide: a run sheet to hold in the room, the workshop at
/// a glance, then every item in full.
pub fn guide(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = doc.flow(&doc.header_note(Some(doc.word(Word::FacilitatorGuide))));
    // The column fits the short labels whole and the widest word of the long ones.
    let words: Vec<&str> = GUIDE_LABELS
        .iter()
        .map(|w| doc.word(*w))
        .flat_map(|label| if label.chars().count() <= 14 { vec![label] } else { label.split(' ').collect() })
        .collect();
    flow.set_label_width(Flow::label_width_for(&words));
    flow.title_block(&Word::GuideTitle.fill(doc.lang(), &[&d.title]), &[doc.facts_line(), doc.when_line(&s)]);

    run_sheet(&mut flow, doc, &s);

    let about = doc.about();
    // An imported agenda knows nothing of its workshop yet: no heading over nothing.
    if !about.is_empty() {
        flow.heading(doc.word(Word::AboutWorkshop), Style::H1);
        flow.facts(&about);
    }

    flow.heading(doc.word(Word::Timing), Style::H1);
    flow.facts(&doc.timing(&s));
    let warnings = doc.warnings(&s);
    if warnings.is_empty() {
        flow.text(doc.word(Word::NoWarnings), Style::SMALL, 0.0);
        flow.space(6.0);
    } else {
        flow.label(doc.word(Word::ScheduleWarnings));
        flow.bullets(&warnings);
    }
    if !d.objectives.is_empty() {
        flow.heading(doc.word(Word::Objectives), Style::H1);
        flow.bullets(&d.objectives);
    }

    flow.heading(doc.word(Word::ItemByItem), Style::H1);
    for card in doc.cards(&s) {
        match card {
            Card::Section(title) => flow.heading(&title, Style::H1),
            Card::Break(heading) => {
                flow.heading(&heading, Style::H2);
                flow.rule();
                flow.space(4.0);
            }
            Card::Activity { heading, mut facts, texts } => {
                // The card starts on a page with its facts and the start of its What.
                let card_start = flow.measure_heading(&heading, Style::H2)
                    + facts.iter().map(|(_, v)| flow.measure_text(v, Style::BODY, 90.0) + 2.0).sum::<f32>()
                    + 2.0 * Style::BODY.line_height();
                flow.keep(card_start);
                flow.heading(&heading, Style::H2);
                facts.extend(texts);
                flow.facts(&facts);
                flow.rule();
                flow.space(4.0);
            }
        }
    }

    let materials = doc.materials(&s);
    if !materials.is_empty() {
        // A checklist of up to half a page stays whole.
        let list: f32 = materials.iter().map(|m| flow.measure_text(m, Style::BODY, 18.0) + 3.0).sum();
        let heading = flow.measure_heading(doc.word(Word::MaterialsChecklist), Style::H1);
        if list <= flow.body_height() / 2.0 {
            flow.keep(heading + list);
        } else {
            // A long list starts with two of its items under the heading.
            let two: f32 = materials.iter().take(2).map(|m| flow.measure_text(m, Style::BODY, 18.0) + 3.0).sum();
            flow.keep(heading + two);
        }
        flow.heading(doc.word(Word::MaterialsChecklist), Style::H1);
        for m in &materials {
            flow.checkbox(m);
        }
    }
    flow.finish(&doc.footer()).named(doc.word(Word::FacilitatorGuide), &d.title, doc.variant, &d.facilitator)
}

/// The run sheet: every item on one page (two for a full day) with its
/// time, length, lead, format and materials, what may move (fixed start,
/// "if time", "can shrink to"), a column for the actual times, and the
/// rest of the page ruled for notes.
fn run_sheet(flow: &mut Flow, doc: &DesignDoc, s: &Schedule) {
    flow.heading(doc.word(Word::RunSheet), Style::H1);
    let rows: Vec<Row> = doc.run_sheet(s).into_iter().map(|line| row_of(line, 2)).collect();
    let [time, length, item, lead, materials, actual] = doc.run_sheet_columns();
    let [t, l, i, le, m, a] = RUN_SHEET_SHARES;
    flow.table_with(
        &[
            Column::new(time, t),
            Column::number(length, l),
            Column::new(item, i),
            Column::new(lead, le),
            Column::new(materials, m),
            Column::to_write_in(actual, a),
        ],
        &rows,
        TableLook { column_rules: true, ..TableLook::new(RUN_SHEET_SIZE) },
    );
    // The rest of the run sheet's page is for notes, if there is room for a few lines.
    let lines = ((flow.room() - 30.0) / WRITING_LINE).floor();
    if lines >= 3.0 {
        flow.label(doc.word(Word::Notes));
        flow.writing_lines_to_page_end(3);
    } else if !flow.at_top() {
        flow.new_page();
    }
}

/// The sign-in sheet: the roster and about a fifth more rows for people
/// who come without signing up, or blank rows for the group size and
/// its fifth; rows tall enough to sign in.
pub fn signin(doc: &DesignDoc, roster: &[Participant]) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = doc.flow(&doc.header_note(None));
    // One line under the title, so that a group of twenty and its spare rows fit one A4 page.
    let mut about = vec![d.title.clone()];
    about.extend([d.client.clone(), format!("{}–{}", s.start, s.end)].into_iter().filter(|t| !t.is_empty()));
    // A line break falls before a "·", never after it.
    flow.title_block(doc.word(Word::SignInSheet), &[about.join(" ·\u{a0}")]);
    let date = match d.date {
        Some(date) => long_date(date, doc.lang()),
        None => "_______________________".to_string(),
    };
    flow.facts(&[(doc.word(Word::Date), date)]);
    let expected = if roster.is_empty() { d.group_size.unwrap_or(20).max(1) as usize } else { roster.len() };
    // 9 mm a row: room for a signature; 8 mm still is, where that keeps
    // the group and two spare rows on one page (twenty on Letter).
    let rows_of = |mm: f32| TableLook { min_row: mm * 72.0 / 25.4, column_rules: true, ..TableLook::new(10.0) };
    let wanted = expected + expected.div_ceil(5).max(2);
    let (look, fit) = match (flow.rows_that_fit(&rows_of(9.0)), flow.rows_that_fit(&rows_of(8.0))) {
        (fit, _) if wanted <= fit => (rows_of(9.0), fit),
        (_, tighter) if expected + 2 <= tighter => (rows_of(8.0), tighter),
        (fit, _) => (rows_of(9.0), fit),
    };
    // A fifth more for walk-ins, but no second page for two spare rows: a
    // group that fits the page keeps the spare rows that fit with it.
    let spare = if expected < fit && wanted > fit { fit - expected } else { wanted - expected };
    let mut rows: Vec<Row> = roster
        .iter()
        .map(|p| Row::new(vec![String::new(), p.name.clone(), p.department.clone(), String::new()]))
        .collect();
    rows.extend((rows.len()..expected + spare).map(|_| Row::new(vec![String::new(); 4])));
    for (n, row) in rows.iter_mut().enumerate() {
        row.cells[0] = (n + 1).to_string();
    }
    flow.table_with(
        &[
            Column::number(doc.word(Word::Number), 0.45),
            Column::to_write_in(doc.word(Word::Name), 3.0),
            Column::to_write_in(doc.word(Word::Department), 2.2),
            Column::to_write_in(doc.word(Word::Signature), 2.6),
        ],
        &rows,
        look,
    );
    flow.finish(&doc.footer()).named(doc.word(Word::SignInSheet), &d.title, doc.variant, &d.facilitator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortened_purpose_never_ends_on_an_article_or_a_pronoun() {
        let why = "Persönliche und teambezogene Vereinbarungen mit Verantwortlichen und Terminen sind das, woran \
                   Geschäftsführung und Führungskräfte anknüpfen können, wenn der Tag vorbei ist und der Alltag beginnt.";
        for width in [120.0, 150.0, 180.0, 210.0] {
            let short = purpose(why, width, 9.0, Lang::German);
            let last = short.trim_end_matches('…').split_whitespace().last().unwrap();
            assert!(short.ends_with('…'), "{short}");
            assert!(!crate::catalogue::weak_end(last, Lang::German), "{width}: {short}");
        }
        let short = purpose(
            "We look at the journey of the customer through the eyes of the people who serve them every day.",
            150.0,
            9.0,
            Lang::English,
        );
        assert!(!short.ends_with("the…") && !short.ends_with("of…"), "{short}");
    }
}
