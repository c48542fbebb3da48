//! The documents made from a design: the participant handout, the
//! facilitator guide and the sign-in sheet.
//!
//! The handout is what participants take home, so it is built only from
//! participant-facing fields: facilitator notes are never read here.

use super::flow::{Flow, Style, WRITING_LINE};
use super::fonts::{Weight, face};
use super::page::{Laid, Paper};
use super::table::{Column, Row, TableLook};
use super::text::wrap;
use super::typography::curly_quotes;
use crate::catalogue::{Word, long_date, minutes};
use crate::model::{Capture, Design, Item, ItemKind, Lang, Participant};
use crate::schedule::{Schedule, Slot, VariantFilter, Warning};

/// What every design document needs to know.
pub struct DesignDoc<'a> {
    pub design: &'a Design,
    /// The variant, as the design spells it; `None` for a design without variants.
    pub variant: Option<&'a str>,
    pub paper: Paper,
    /// The day it is printed, shown in the footer.
    pub printed: Option<crate::model::Date>,
}

impl DesignDoc<'_> {
    /// The design's language: every fixed word of its documents is in it.
    fn lang(&self) -> Lang {
        self.design.language
    }

    fn word(&self, word: Word) -> &'static str {
        word.text(self.lang())
    }

    /// A length of time in the design's language.
    fn minutes(&self, m: crate::model::Minutes) -> String {
        minutes(i64::from(m.get()) * 60, self.lang())
    }

    fn schedule(&self) -> Schedule {
        Schedule::compute(self.design, VariantFilter::from_option(self.variant))
    }

    /// "Frontline version · 3 December 2026": on every page, so a printed
    /// page is never mistaken for another version's or another day's.
    fn header_note(&self, what: Option<&str>) -> String {
        let parts: Vec<String> = what
            .map(str::to_string)
            .into_iter()
            .chain(self.variant.map(|v| Word::VersionOf.fill(self.lang(), &[&v])))
            .chain(self.design.date.map(|d| long_date(d, self.lang())))
            .collect();
        parts.join(" · ")
    }

    /// The design and its client: at the foot of every page.
    fn footer(&self) -> String {
        footer(self.design)
    }

    /// A flow for one of the design's documents, with the day it was
    /// printed at the foot of every page.
    fn flow(&self, header_note: &str) -> Flow {
        let printed = self.printed.map(|p| Word::Printed.fill(self.lang(), &[&long_date(p, self.lang())]));
        Flow::new(self.paper, &self.design.title, header_note)
            .with_lang(self.lang())
            .with_footer_note(&printed.unwrap_or_default())
    }

    fn facts_line(&self) -> String {
        let d = self.design;
        [d.client.as_str(), d.venue.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
    }

    /// "3 December 2026, 09:30–13:00 · Facilitator: Maria Okafor".
    fn when_line(&self, s: &Schedule) -> String {
        let mut line = String::new();
        if let Some(date) = self.design.date {
            line.push_str(&format!("{}, ", long_date(date, self.lang())));
        }
        line.push_str(&format!("{}–{}", s.start, s.end));
        if !self.design.facilitator.is_empty() {
            line.push_str(&format!(" · {}", Word::FacilitatorIs.fill(self.lang(), &[&self.design.facilitator])));
        }
        line
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
const AGENDA_SHARES: [f32; 3] = [0.75, 2.9, 4.85];

/// The participant handout: the agenda at a glance, then each activity's
/// instructions with room to write, then the words the workshop uses.
pub fn handout(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = doc.flow(&doc.header_note(None));
    flow.title_block(&d.title, &[doc.facts_line(), doc.when_line(&s)]);

    for (title, list) in [
        (doc.word(Word::WhatWePlan), &d.objectives),
        (doc.word(Word::HowWePlan), &d.approach),
        (doc.word(Word::GroundRules), &d.ground_rules),
    ] {
        if !list.is_empty() {
            flow.heading(title, Style::H1);
            flow.bullets(list);
        }
    }

    flow.heading(doc.word(Word::Agenda), Style::H1);
    let shares = AGENDA_SHARES;
    // The Why column's share of the measure, less its padding.
    let why_width = flow.content_width() * shares[2] / shares.iter().sum::<f32>() - 8.0;
    let mut rows: Vec<Row> = s
        .slots
        .iter()
        .map(|slot| {
            let item = &d.agenda[slot.index];
            let text = item.text_in(doc.variant);
            match item.kind {
                ItemKind::Section => Row::section(text.title),
                ItemKind::Break => {
                    Row::muted(vec![slot.start.to_string(), title_with_mark(doc, item, text.title), String::new()])
                }
                ItemKind::Activity => Row::new(vec![
                    slot.start.to_string(),
                    title_with_mark(doc, item, text.title),
                    purpose(text.why, why_width, 9.0, doc.lang()),
                ])
                .titled(1),
            }
        })
        .collect();
    rows.push(Row::new(vec![s.end.to_string(), doc.word(Word::Close).to_string(), String::new()]).titled(1));
    flow.table_with(
        &[
            Column::new(doc.word(Word::When), shares[0]),
            Column::new(doc.word(Word::What), shares[1]),
            Column::new(doc.word(Word::Why), shares[2]),
        ],
        &rows,
        TableLook { keep_whole: true, ..TableLook::new(9.0) },
    );

    let with_instructions: Vec<(&Item, &Slot)> = s
        .slots
        .iter()
        .map(|slot| (&d.agenda[slot.index], slot))
        .filter(|(item, _)| {
            item.kind == ItemKind::Activity && !item.text_in(doc.variant).participant_instructions.trim().is_empty()
        })
        .collect();
    if !with_instructions.is_empty() {
        flow.heading(doc.word(Word::YourNotes), Style::H1);
        for (item, slot) in with_instructions {
            let text = item.text_in(doc.variant);
            let heading = format!("{}  {}", slot.start, text.title);
            // The activity, what to do and the lines to write on stay together.
            let lines = 4;
            flow.keep(
                flow.measure_heading(&heading, Style::H2)
                    + flow.measure_text(text.participant_instructions, Style::BODY, 0.0)
                    + lines as f32 * WRITING_LINE,
            );
            flow.heading(&heading, Style::H2);
            flow.text(text.participant_instructions, Style::BODY, 0.0);
            flow.writing_lines(lines);
        }
    }

    if !d.glossary.is_empty() {
        flow.heading(doc.word(Word::WordsWeUse), Style::H1);
        let rows: Vec<Row> =
            d.glossary.iter().map(|g| Row::new(vec![g.term.clone(), g.meaning.clone()]).titled(0)).collect();
        flow.table(&[Column::new(doc.word(Word::Term), 1.2), Column::new(doc.word(Word::WhatWeMean), 3.0)], &rows, 9.5);
    }
    flow.finish(&doc.footer()).named(doc.word(Word::ParticipantHandout), &d.title, doc.variant, &d.facilitator)
}

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

/// Between the items of a materials list: a comma would make "Beamer, Zwei
/// Folien" read as one sentence with a stray capital.
const MATERIALS_SEPARATOR: &str = " ·\u{a0}";

/// The labels of the guide's label–value lists, which share one column;
/// the long ones wrap in it ("Participant / instructions").
const GUIDE_LABELS: [Word; 10] = [
    Word::CanShrink,
    Word::Materials,
    Word::Captures,
    Word::Audience,
    Word::GroupSize,
    Word::Facilitator,
    Word::FixedStart,
    Word::TargetEnd,
    Word::FacilitatorNotes,
    Word::ParticipantInstructions,
];

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

    let group = d.group_size.map(|n| Word::People.fill(doc.lang(), &[&n])).unwrap_or_default();
    let version = match doc.variant.and_then(|v| d.variant(v)) {
        Some(v) if !v.description.trim().is_empty() => format!("{}: {}", v.name, v.description.trim()),
        Some(v) => v.name.clone(),
        None => String::new(),
    };
    let about = [
        (doc.word(Word::Client), d.client.clone()),
        (doc.word(Word::Sponsor), d.sponsor.clone()),
        (doc.word(Word::Audience), d.audience.clone()),
        (doc.word(Word::GroupSize), group),
        (doc.word(Word::Venue), d.venue.clone()),
        (doc.word(Word::Facilitator), d.facilitator.clone()),
        (doc.word(Word::Version), version),
    ];
    // An imported agenda knows nothing of its workshop yet: no heading over nothing.
    if about.iter().any(|(_, v)| !v.trim().is_empty()) {
        flow.heading(doc.word(Word::AboutWorkshop), Style::H1);
        flow.facts(&about);
    }

    flow.heading(doc.word(Word::Timing), Style::H1);
    let mut timing = vec![
        (doc.word(Word::Start), s.start.to_string()),
        (doc.word(Word::End), s.end.to_string()),
        (doc.word(Word::Planned), doc.minutes(s.planned)),
    ];
    if let Some(target) = s.target_end {
        timing.push((doc.word(Word::TargetEnd), target.to_string()));
        let slack = if s.end == target {
            doc.word(Word::NoSlack).to_string()
        } else if s.end < target {
            Word::ToSpare.fill(doc.lang(), &[&doc.minutes(target.since(s.end))])
        } else {
            Word::Over.fill(doc.lang(), &[&doc.minutes(s.end.since(target))])
        };
        timing.push((doc.word(Word::Slack), slack));
    }
    flow.facts(&timing);
    if s.warnings.is_empty() {
        flow.text(doc.word(Word::NoWarnings), Style::SMALL, 0.0);
        flow.space(6.0);
    } else {
        flow.label(doc.word(Word::ScheduleWarnings));
        flow.bullets(&s.warnings.iter().map(|w| w.text(doc.lang())).collect::<Vec<_>>());
    }
    if !d.objectives.is_empty() {
        flow.heading(doc.word(Word::Objectives), Style::H1);
        flow.bullets(&d.objectives);
    }

    flow.heading(doc.word(Word::ItemByItem), Style::H1);
    for slot in &s.slots {
        let item = &d.agenda[slot.index];
        let text = item.text_in(doc.variant);
        if item.kind == ItemKind::Section {
            flow.heading(text.title, Style::H1);
            continue;
        }
        let mut title = format!("{}–{}  {}", slot.start, slot.end(), text.title.trim());
        if item.optional {
            title.push_str(&format!("  {}", doc.word(Word::IfTime)));
        }
        // The title's last word, the dot and the length stay on one line.
        let heading = format!("{title}\u{a0}·\u{a0}{}", doc.minutes(slot.duration));
        if item.kind == ItemKind::Break {
            flow.heading(&heading, Style::H2);
            flow.rule();
            flow.space(4.0);
            continue;
        }
        let mut facts: Vec<(&str, String)> = vec![
            (doc.word(Word::Format), Word::format(item.format, doc.lang())),
            (doc.word(Word::Lead), item.lead.clone()),
        ];
        if let Some(fixed) = item.fixed_start {
            facts.push((doc.word(Word::FixedStart), fixed.to_string()));
        }
        if let Some(min) = item.min_duration {
            facts.push((doc.word(Word::CanShrink), doc.minutes(min)));
        }
        // Each item as it was typed, with its capital ("Beamer · Zwei Folien").
        facts.push((doc.word(Word::Materials), item.materials.join(MATERIALS_SEPARATOR)));
        facts.push((doc.word(Word::Captures), captures_text(doc, &item.captures)));
        // The card starts on a page with its facts and the start of its What.
        let card_start = flow.measure_heading(&heading, Style::H2)
            + facts.iter().map(|(_, v)| flow.measure_text(v, Style::BODY, 90.0) + 2.0).sum::<f32>()
            + 2.0 * Style::BODY.line_height();
        flow.keep(card_start);
        flow.heading(&heading, Style::H2);
        facts.push((doc.word(Word::What), text.what.to_string()));
        facts.push((doc.word(Word::Why), text.why.to_string()));
        facts.push((doc.word(Word::FacilitatorNotes), text.facilitator_notes.to_string()));
        facts.push((doc.word(Word::ParticipantInstructions), text.participant_instructions.to_string()));
        flow.facts(&facts);
        flow.rule();
        flow.space(4.0);
    }

    let mut materials: Vec<String> = Vec::new();
    for slot in &s.slots {
        for m in &d.agenda[slot.index].materials {
            if !materials.iter().any(|x| x.eq_ignore_ascii_case(m)) {
                materials.push(m.clone());
            }
        }
    }
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
    let d = doc.design;
    flow.heading(doc.word(Word::RunSheet), Style::H1);
    let mut rows: Vec<Row> = s
        .slots
        .iter()
        .map(|slot| {
            let item = &d.agenda[slot.index];
            let text = item.text_in(doc.variant);
            // Under the title: the format and what may move.
            let mut marks = Vec::new();
            if item.kind == ItemKind::Activity {
                marks.push(Word::format(item.format, doc.lang()));
            }
            if let Some(fixed) = item.fixed_start {
                marks.push(Word::FixedStartAt.fill(doc.lang(), &[&fixed]));
            }
            if item.optional {
                marks.push(doc.word(Word::IfTimeMark).to_string());
            }
            if let Some(min) = item.min_duration {
                marks.push(Word::CanShrinkTo.fill(doc.lang(), &[&doc.minutes(min)]));
            }
            let title = if marks.is_empty() {
                text.title.to_string()
            } else {
                format!("{}\n{}", text.title, marks.join(" · "))
            };
            let length = slot.duration.get().to_string();
            match item.kind {
                ItemKind::Section => Row::section(text.title),
                ItemKind::Break => {
                    Row::muted(vec![slot.start.to_string(), length, title, String::new(), String::new(), String::new()])
                }
                ItemKind::Activity => Row::new(vec![
                    slot.start.to_string(),
                    length,
                    title,
                    item.lead.clone(),
                    item.materials.join(MATERIALS_SEPARATOR),
                    String::new(),
                ])
                .titled(2),
            }
        })
        .collect();
    rows.push(
        Row::new(vec![
            s.end.to_string(),
            String::new(),
            doc.word(Word::Close).to_string(),
            String::new(),
            String::new(),
            String::new(),
        ])
        .titled(2),
    );
    flow.table_with(
        &[
            Column::new(doc.word(Word::Time), 0.75),
            Column::number(doc.word(Word::MinutesShort), 0.5),
            Column::new(doc.word(Word::Item), 3.3),
            Column::new(doc.word(Word::Lead), 1.1),
            Column::new(doc.word(Word::Materials), 2.3),
            Column::to_write_in(doc.word(Word::Actual), 0.85),
        ],
        &rows,
        TableLook { column_rules: true, ..TableLook::new(8.0) },
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

/// The foot of every page names the client (the title is at the head),
/// or the title again for a design without one.
fn footer(d: &Design) -> String {
    if d.client.is_empty() { d.title.clone() } else { d.client.clone() }
}

fn title_with_mark(doc: &DesignDoc, item: &Item, title: &str) -> String {
    if item.optional { format!("{title} {}", doc.word(Word::IfTime)) } else { title.to_string() }
}

fn captures_text(doc: &DesignDoc, captures: &[Capture]) -> String {
    captures
        .iter()
        .map(|c| match c {
            Capture::Poll { question, .. } if !question.is_empty() => Word::PollOn.fill(doc.lang(), &[question]),
            Capture::Poll { .. } => doc.word(Word::Poll).to_string(),
            Capture::Ideas => doc.word(Word::Ideas).to_string(),
            Capture::Barriers => doc.word(Word::Barriers).to_string(),
            Capture::Votes => doc.word(Word::Votes).to_string(),
            Capture::Actions => doc.word(Word::Actions).to_string(),
            Capture::Notes => doc.word(Word::Notes).to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
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
