//! The documents made from a design: the participant handout, the
//! facilitator guide and the sign-in sheet.
//!
//! The handout is what participants take home, so it is built only from
//! participant-facing fields: facilitator notes are never read here.

use super::flow::{Column, Flow, Row, RowKind, Style};
use super::page::{Laid, Paper};
use crate::model::{Capture, Design, Format, Item, ItemKind, Participant};
use crate::schedule::{Schedule, VariantFilter};

/// What every design document needs to know.
pub struct DesignDoc<'a> {
    pub design: &'a Design,
    /// The variant, as the design spells it; `None` for a design without variants.
    pub variant: Option<&'a str>,
    pub paper: Paper,
    /// The day it is printed, shown in the header when the design has no date.
    pub printed: Option<crate::model::Date>,
}

impl DesignDoc<'_> {
    fn schedule(&self) -> Schedule {
        Schedule::compute(self.design, VariantFilter::from_option(self.variant))
    }

    /// "Frontline · 3 December 2026": on every page, so a printed page is never mistaken.
    fn header_note(&self) -> String {
        let mut parts = Vec::new();
        if let Some(v) = self.variant {
            parts.push(format!("{v} version"));
        }
        match (self.design.date, self.printed) {
            (Some(d), _) => parts.push(d.to_string()),
            (None, Some(p)) => parts.push(format!("printed {p}")),
            (None, None) => {}
        }
        parts.join(" · ")
    }

    fn facts_line(&self) -> String {
        let d = self.design;
        [d.client.as_str(), d.venue.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
    }

    fn when_line(&self, s: &Schedule) -> String {
        let mut line = String::new();
        if let Some(date) = self.design.date {
            line.push_str(&format!("{date}, "));
        }
        line.push_str(&format!("{}–{}", s.start, s.end));
        if !self.design.facilitator.is_empty() {
            line.push_str(&format!(" · Facilitator: {}", self.design.facilitator));
        }
        line
    }
}

/// The participant handout.
pub fn handout(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = Flow::new(doc.paper, &d.title, &doc.header_note());
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
    let rows: Vec<Row> = s
        .slots
        .iter()
        .map(|slot| {
            let item = &d.agenda[slot.index];
            let text = item.text_in(doc.variant);
            match item.kind {
                ItemKind::Section => Row::section(text.title),
                ItemKind::Break => Row {
                    cells: vec![slot.start.to_string(), title_with_mark(item, text.title), String::new()],
                    kind: RowKind::Muted,
                    titled: None,
                },
                ItemKind::Activity => {
                    let mut what = title_with_mark(item, text.title);
                    if !text.what.is_empty() {
                        what.push('\n');
                        what.push_str(text.what);
                    }
                    Row::new(vec![slot.start.to_string(), what, text.why.to_string()]).titled(1)
                }
            }
        })
        .collect();
    flow.table(&[Column::new("When", 0.9), Column::new("What", 4.2), Column::new("Why", 3.4)], &rows, 9.0);
    flow.text(&format!("Ends at {}.", s.end), Style::SMALL, 0.0);

    let with_instructions: Vec<(&Item, String)> = s
        .slots
        .iter()
        .map(|slot| (&d.agenda[slot.index], slot.start.to_string()))
        .filter(|(item, _)| {
            item.kind == ItemKind::Activity && !item.text_in(doc.variant).participant_instructions.trim().is_empty()
        })
        .collect();
    if !with_instructions.is_empty() {
        flow.new_page();
        flow.heading("Your notes", Style::H1);
        for (item, start) in with_instructions {
            let text = item.text_in(doc.variant);
            flow.heading(&format!("{start}  {}", text.title), Style::H2);
            flow.text(text.participant_instructions, Style::BODY, 0.0);
            flow.writing_lines(4);
        }
    }

    if !d.glossary.is_empty() {
        flow.heading("Words we use", Style::H1);
        let rows: Vec<Row> = d.glossary.iter().map(|g| Row::new(vec![g.term.clone(), g.meaning.clone()])).collect();
        flow.table(&[Column::new("Term", 1.0), Column::new("What we mean by it", 3.0)], &rows, 9.5);
    }
    flow.finish(&footer(d)).named("Participant handout", &d.title, doc.variant, &d.facilitator)
}

/// The facilitator guide: the full run sheet.
pub fn guide(doc: &DesignDoc) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut note = match doc.variant {
        Some(v) => format!("Facilitator guide · {v} version"),
        None => "Facilitator guide".to_string(),
    };
    if let Some(date) = d.date.map(|d| d.to_string()).or_else(|| doc.printed.map(|p| format!("printed {p}"))) {
        note.push_str(&format!(" · {date}"));
    }
    let mut flow = Flow::new(doc.paper, &d.title, &note);
    flow.title_block(&format!("{} — facilitator guide", d.title), &[doc.facts_line(), doc.when_line(&s)]);

    flow.heading("Timing", Style::H1);
    let mut timing =
        vec![("Start", s.start.to_string()), ("End", s.end.to_string()), ("Planned", s.planned.to_string())];
    if let Some(target) = s.target_end {
        timing.push(("Target end", target.to_string()));
        let slack = if s.end <= target {
            format!("{} to spare", target.since(s.end))
        } else {
            format!("{} over", s.end.since(target))
        };
        timing.push(("Slack", slack));
    }
    if let Some(v) = doc.variant {
        timing.push(("Version", v.to_string()));
    }
    let pairs: Vec<(&str, String)> = timing.into_iter().collect();
    flow.facts(&pairs);
    if s.warnings.is_empty() {
        flow.text("The schedule has no warnings.", Style::SMALL, 0.0);
    } else {
        flow.text("Schedule warnings:", Style::STRONG, 0.0);
        flow.bullets(&s.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>());
    }
    if !d.objectives.is_empty() {
        flow.heading("Objectives", Style::H1);
        flow.bullets(&d.objectives);
    }

    flow.heading("Run sheet", Style::H1);
    for slot in &s.slots {
        let item = &d.agenda[slot.index];
        let text = item.text_in(doc.variant);
        if item.kind == ItemKind::Section {
            flow.heading(text.title, Style::H1);
            continue;
        }
        let mut title = format!("{}–{}  {}", slot.start, slot.end(), text.title);
        if item.optional {
            title.push_str("  (if time)");
        }
        flow.heading(&format!("{title}  ·  {}", slot.duration), Style::H2);
        if item.kind == ItemKind::Break {
            continue;
        }
        let mut facts: Vec<(&str, String)> = vec![("Format", format_text(item.format)), ("Lead", item.lead.clone())];
        if let Some(min) = item.min_duration {
            facts.push(("Can shrink to", min.to_string()));
        }
        facts.push(("Materials", item.materials.join(", ")));
        facts.push(("Captures", captures_text(&item.captures)));
        flow.facts(&facts);
        for (label, body) in [
            ("What", text.what),
            ("Why", text.why),
            ("Facilitator notes", text.facilitator_notes),
            ("Participant instructions", text.participant_instructions),
        ] {
            if !body.trim().is_empty() {
                flow.text(label, Style::STRONG, 0.0);
                flow.text(body, Style::BODY, 0.0);
                flow.space(3.0);
            }
        }
        flow.space(4.0);
        flow.rule();
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
        flow.heading("Materials checklist", Style::H1);
        for m in &materials {
            flow.checkbox(m);
        }
    }
    flow.finish(&footer(d)).named("Facilitator guide", &d.title, doc.variant, &d.facilitator)
}

/// The sign-in sheet: the roster, or blank rows up to the group size.
pub fn signin(doc: &DesignDoc, roster: &[Participant]) -> Laid {
    let d = doc.design;
    let s = doc.schedule();
    let mut flow = Flow::new(doc.paper, &d.title, &doc.header_note());
    flow.title_block("Sign-in sheet", &[d.title.clone(), doc.facts_line(), doc.when_line(&s)]);
    let blank = "\n".to_string();
    let rows: Vec<Row> = if roster.is_empty() {
        (1..=d.group_size.unwrap_or(20).max(1))
            .map(|n| Row::new(vec![n.to_string(), blank.clone(), blank.clone(), blank.clone()]))
            .collect()
    } else {
        roster
            .iter()
            .enumerate()
            .map(|(n, p)| {
                Row::new(vec![(n + 1).to_string(), format!("{}\n", p.name), p.department.clone(), blank.clone()])
            })
            .collect()
    };
    flow.table(
        &[
            Column::new("#", 0.4),
            Column::new("Name", 3.0),
            Column::new("Department", 2.2),
            Column::new("Signature", 2.6),
        ],
        &rows,
        10.0,
    );
    flow.finish(&footer(d)).named("Sign-in sheet", &d.title, doc.variant, &d.facilitator)
}

fn footer(d: &Design) -> String {
    if d.client.is_empty() { d.title.clone() } else { format!("{} · {}", d.title, d.client) }
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
