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
use super::typography::{Lang, curly_quotes};
use crate::model::{Capture, Design, Format, Item, ItemKind, Participant, minutes_words};
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
    fn schedule(&self) -> Schedule {
        Schedule::compute(self.design, VariantFilter::from_option(self.variant))
    }

    /// "Frontline version · 3 December 2026": on every page, so a printed
    /// page is never mistaken for another version's or another day's.
    fn header_note(&self, what: Option<&str>) -> String {
        let parts: Vec<String> = what
            .map(str::to_string)
            .into_iter()
            .chain(self.variant.map(|v| format!("{v} version")))
            .chain(self.design.date.map(|d| d.long_text()))
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
        let printed = self.printed.map(|p| format!("printed {}", p.long_text())).unwrap_or_default();
        Flow::new(self.paper, &self.design.title, header_note).with_footer_note(&printed)
    }

    fn facts_line(&self) -> String {
        let d = self.design;
        [d.client.as_str(), d.venue.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
    }

    /// "3 December 2026, 09:30–13:00 · Facilitator: Maria Okafor".
    fn when_line(&self, s: &Schedule) -> String {
        let mut line = String::new();
        if let Some(date) = self.design.date {
            line.push_str(&format!("{}, ", date.long_text()));
        }
        line.push_str(&format!("{}–{}", s.start, s.end));
        if !self.design.facilitator.is_empty() {
            line.push_str(&format!(" · Facilitator: {}", self.design.facilitator));
        }
        line
    }
}

/// What is wrong with a handout of this design, said before it is printed:
/// a day that ends after its target or passes midnight gives participants
/// times that will not hold. The app and the command line warn with these.
pub fn handout_warnings(doc: &DesignDoc) -> Vec<String> {
    let s = doc.schedule();
    let mut warnings: Vec<String> =
        s.warnings.iter().filter(|w| matches!(w, Warning::Overrun { .. })).map(|w| w.to_string()).collect();
    if s.end.minutes_since_midnight() > 24 * 60 {
        warnings.push(format!(
            "the day runs past midnight (it ends at {}): the handout would print times of the next day",
            s.end
        ));
    }
    warnings
}

/// The participant handout: the agenda at a glance, then each activity's
/// instructions with room to write, then the words the workshop uses.
pub fn handout(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = doc.flow(&doc.header_note(None));
    flow.title_block(&d.title, &[doc.facts_line(), doc.when_line(&s)]);

    for (title, list) in [
        ("What we plan to do", &d.objectives),
        ("How we plan to do this", &d.approach),
        ("Ground rules", &d.ground_rules),
    ] {
        if !list.is_empty() {
            flow.heading(title, Style::H1);
            flow.bullets(list);
        }
    }

    flow.heading("Agenda", Style::H1);
    // The Why column's share of the measure, less its padding.
    let why_width = flow.content_width() * 4.85 / 8.5 - 8.0;
    let mut rows: Vec<Row> = s
        .slots
        .iter()
        .map(|slot| {
            let item = &d.agenda[slot.index];
            let text = item.text_in(doc.variant);
            match item.kind {
                ItemKind::Section => Row::section(text.title),
                ItemKind::Break => {
                    Row::muted(vec![slot.start.to_string(), title_with_mark(item, text.title), String::new()])
                }
                ItemKind::Activity => Row::new(vec![
                    slot.start.to_string(),
                    title_with_mark(item, text.title),
                    purpose(text.why, why_width, 9.0),
                ])
                .titled(1),
            }
        })
        .collect();
    rows.push(Row::new(vec![s.end.to_string(), "Close".to_string(), String::new()]).titled(1));
    flow.table_with(
        &[Column::new("When", 0.75), Column::new("What", 2.9), Column::new("Why", 4.85)],
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
        flow.heading("Your notes", Style::H1);
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
        flow.heading("Words we use", Style::H1);
        let rows: Vec<Row> =
            d.glossary.iter().map(|g| Row::new(vec![g.term.clone(), g.meaning.clone()]).titled(0)).collect();
        flow.table(&[Column::new("Term", 1.2), Column::new("What we mean by it", 3.0)], &rows, 9.5);
    }
    flow.finish(&doc.footer()).named("Participant handout", &d.title, doc.variant, &d.facilitator)
}

/// The agenda's short purpose of an activity: the first sentence of its
/// Why if it fits three lines of `width` points, else as much of it as fits
/// on two, cut after a clause where it can be (the full text stays in the
/// guide).
fn purpose(why: &str, width: f32, size: f32) -> String {
    let why = why.trim();
    let end = why
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && why[i + c.len_utf8()..].starts_with(char::is_whitespace))
        .map_or(why.len(), |(i, c)| i + c.len_utf8());
    let sentence = why[..end].trim();
    let lines = |text: &str| wrap(face(Weight::Regular), &curly_quotes(text, Lang::English), size, width).len();
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

/// The labels of the guide's label–value lists, which share one column.
const GUIDE_LABELS: [&str; 7] =
    ["Can shrink to", "Materials", "Captures", "Audience", "Group size", "Facilitator", "instructions"];

/// The facilitator guide: a run sheet to hold in the room, the workshop at
/// a glance, then every item in full.
pub fn guide(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = doc.flow(&doc.header_note(Some("Facilitator guide")));
    flow.set_label_width(Flow::label_width_for(&GUIDE_LABELS));
    flow.title_block(&format!("{} — facilitator guide", d.title), &[doc.facts_line(), doc.when_line(&s)]);

    run_sheet(&mut flow, doc, &s);

    flow.heading("About this workshop", Style::H1);
    let group = d.group_size.map(|n| format!("{n} people")).unwrap_or_default();
    let version = match doc.variant.and_then(|v| d.variant(v)) {
        Some(v) if !v.description.trim().is_empty() => format!("{}: {}", v.name, v.description.trim()),
        Some(v) => v.name.clone(),
        None => String::new(),
    };
    flow.facts(&[
        ("Client", d.client.clone()),
        ("Sponsor", d.sponsor.clone()),
        ("Audience", d.audience.clone()),
        ("Group size", group),
        ("Venue", d.venue.clone()),
        ("Facilitator", d.facilitator.clone()),
        ("Version", version),
    ]);

    flow.heading("Timing", Style::H1);
    let mut timing = vec![
        ("Start", s.start.to_string()),
        ("End", s.end.to_string()),
        ("Planned", minutes_words(i64::from(s.planned.get()) * 60)),
    ];
    if let Some(target) = s.target_end {
        timing.push(("Target end", target.to_string()));
        let slack = if s.end <= target {
            format!("{} to spare", minutes_words(i64::from(target.since(s.end).get()) * 60))
        } else {
            format!("{} over", minutes_words(i64::from(s.end.since(target).get()) * 60))
        };
        timing.push(("Slack", slack));
    }
    flow.facts(&timing);
    if s.warnings.is_empty() {
        flow.text("The schedule has no warnings.", Style::SMALL, 0.0);
        flow.space(6.0);
    } else {
        flow.label("Schedule warnings");
        flow.bullets(&s.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>());
    }
    if !d.objectives.is_empty() {
        flow.heading("Objectives", Style::H1);
        flow.bullets(&d.objectives);
    }

    flow.heading("Item by item", Style::H1);
    for slot in &s.slots {
        let item = &d.agenda[slot.index];
        let text = item.text_in(doc.variant);
        if item.kind == ItemKind::Section {
            flow.heading(text.title, Style::H1);
            continue;
        }
        let mut title = format!("{}–{}  {}", slot.start, slot.end(), text.title.trim());
        if item.optional {
            title.push_str("  (if time)");
        }
        // The title's last word, the dot and the length stay on one line.
        let heading = format!("{title}\u{a0}·\u{a0}{}", minutes_words(i64::from(slot.duration.get()) * 60));
        if item.kind == ItemKind::Break {
            flow.heading(&heading, Style::H2);
            flow.rule();
            flow.space(4.0);
            continue;
        }
        let mut facts: Vec<(&str, String)> = vec![("Format", format_text(item.format)), ("Lead", item.lead.clone())];
        if let Some(fixed) = item.fixed_start {
            facts.push(("Fixed start", fixed.to_string()));
        }
        if let Some(min) = item.min_duration {
            facts.push(("Can shrink to", minutes_words(i64::from(min.get()) * 60)));
        }
        facts.push(("Materials", item.materials.join(", ")));
        facts.push(("Captures", captures_text(&item.captures)));
        // The card starts on a page with its facts and the start of its What.
        let card_start = flow.measure_heading(&heading, Style::H2)
            + facts.iter().map(|(_, v)| flow.measure_text(v, Style::BODY, 90.0) + 2.0).sum::<f32>()
            + 2.0 * Style::BODY.line_height();
        flow.keep(card_start);
        flow.heading(&heading, Style::H2);
        facts.push(("What", text.what.to_string()));
        facts.push(("Why", text.why.to_string()));
        facts.push(("Facilitator notes", text.facilitator_notes.to_string()));
        facts.push(("Participant instructions", text.participant_instructions.to_string()));
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
        if list <= flow.page_height() / 2.0 {
            flow.keep(flow.measure_heading("Materials checklist", Style::H1) + list);
        }
        flow.heading("Materials checklist", Style::H1);
        for m in &materials {
            flow.checkbox(m);
        }
    }
    flow.finish(&doc.footer()).named("Facilitator guide", &d.title, doc.variant, &d.facilitator)
}

/// The run sheet: every item on one page (two for a full day) with its
/// time, length, lead, format and materials, what may move (fixed start,
/// "if time", "can shrink to"), a column for the actual times, and the
/// rest of the page ruled for notes.
fn run_sheet(flow: &mut Flow, doc: &DesignDoc, s: &Schedule) {
    let d = doc.design;
    flow.heading("Run sheet", Style::H1);
    let mut rows: Vec<Row> = s
        .slots
        .iter()
        .map(|slot| {
            let item = &d.agenda[slot.index];
            let text = item.text_in(doc.variant);
            // Under the title: the format and what may move.
            let mut marks = Vec::new();
            if item.kind == ItemKind::Activity {
                marks.push(format_text(item.format));
            }
            if let Some(fixed) = item.fixed_start {
                marks.push(format!("fixed start {fixed}"));
            }
            if item.optional {
                marks.push("if time".to_string());
            }
            if let Some(min) = item.min_duration {
                marks.push(format!("can shrink to {}", minutes_words(i64::from(min.get()) * 60)));
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
                    item.materials.join(", "),
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
            "Close".to_string(),
            String::new(),
            String::new(),
            String::new(),
        ])
        .titled(2),
    );
    flow.table_with(
        &[
            Column::new("Time", 0.75),
            Column::number("Min", 0.5),
            Column::new("Item", 3.3),
            Column::new("Lead", 1.1),
            Column::new("Materials", 2.3),
            Column::to_write_in("Actual", 0.85),
        ],
        &rows,
        TableLook { column_rules: true, ..TableLook::new(8.0) },
    );
    // The rest of the run sheet's page is for notes, if there is room for a few lines.
    let lines = ((flow.room() - 30.0) / WRITING_LINE).floor();
    if lines >= 3.0 {
        flow.label("Notes");
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
    flow.title_block("Sign-in sheet", &[about.join(" · ")]);
    let date = match d.date {
        Some(date) => date.long_text(),
        None => "_______________________".to_string(),
    };
    flow.facts(&[("Date", date)]);
    let expected = if roster.is_empty() { d.group_size.unwrap_or(20).max(1) as usize } else { roster.len() };
    let spare = expected.div_ceil(5).max(2);
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
            Column::number("#", 0.45),
            Column::to_write_in("Name", 3.0),
            Column::to_write_in("Department", 2.2),
            Column::to_write_in("Signature", 2.6),
        ],
        &rows,
        // 9 mm a row: room for a signature.
        TableLook { min_row: 9.0 * 72.0 / 25.4, column_rules: true, ..TableLook::new(10.0) },
    );
    flow.finish(&doc.footer()).named("Sign-in sheet", &d.title, doc.variant, &d.facilitator)
}

/// The foot of every page names the client (the title is at the head),
/// or the title again for a design without one.
fn footer(d: &Design) -> String {
    if d.client.is_empty() { d.title.clone() } else { d.client.clone() }
}

fn title_with_mark(item: &Item, title: &str) -> String {
    if item.optional { format!("{title} (if time)") } else { title.to_string() }
}

fn format_text(format: Format) -> String {
    format.to_string()
}

fn captures_text(captures: &[Capture]) -> String {
    captures
        .iter()
        .map(|c| match c {
            Capture::Poll { question, .. } if !question.is_empty() => format!("Poll: {question}"),
            other => other.label().to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
