//! What the handout and the guide say, whatever prints them: the PDF
//! (`design_docs`) and the Word documents (`crate::office`) are laid out
//! from these lines, so the two never disagree about an item, a label or a
//! time.
//!
//! The handout's content is taken only from participant-facing fields:
//! facilitator notes are read by the guide's functions alone.

use crate::catalogue::{Word, long_date, minutes};
use crate::model::{Capture, Design, Item, ItemKind, Lang};
use crate::schedule::{Schedule, Slot, VariantFilter};

use super::page::Paper;

/// What every design document needs to know.
pub struct DesignDoc<'a> {
    pub design: &'a Design,
    /// The variant, as the design spells it; `None` for a design without variants.
    pub variant: Option<&'a str>,
    pub paper: Paper,
    /// The day it is printed, shown in the footer.
    pub printed: Option<crate::model::Date>,
}

/// What a row of one of the documents' agenda tables is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A heading across the table: only the first cell is filled.
    Section,
    /// A break, shown muted.
    Break,
    Activity,
    /// The end of the day: its time and "Close".
    Close,
}

/// A row of an agenda table, its cells in the table's columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub kind: LineKind,
    pub cells: Vec<String>,
}

impl Line {
    fn new(kind: LineKind, cells: Vec<String>) -> Line {
        Line { kind, cells }
    }
}

/// One item of the guide's "item by item".
#[derive(Clone, Debug, PartialEq)]
pub enum Card<'a> {
    /// A section's heading.
    Section(String),
    /// A break: its heading only.
    Break(String),
    /// An activity: its heading, the facts that open its card and the texts after them.
    Activity { heading: String, facts: Vec<(&'a str, String)>, texts: Vec<(&'a str, String)> },
}

/// The labels of the guide's label–value lists, which share one column;
/// the long ones wrap in it ("Participant / instructions").
pub const GUIDE_LABELS: [Word; 10] = [
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

/// Between the items of a materials list: a comma would make "Beamer, Zwei
/// Folien" read as one sentence with a stray capital.
pub const MATERIALS_SEPARATOR: &str = " ·\u{a0}";

impl DesignDoc<'_> {
    /// The design's language: every fixed word of its documents is in it.
    pub fn lang(&self) -> Lang {
        self.design.language
    }

    pub fn word(&self, word: Word) -> &'static str {
        word.text(self.lang())
    }

    /// A length of time in the design's language.
    pub fn minutes(&self, m: crate::model::Minutes) -> String {
        minutes(i64::from(m.get()) * 60, self.lang())
    }

    pub fn schedule(&self) -> Schedule {
        Schedule::compute(self.design, VariantFilter::from_option(self.variant))
    }

    /// "Frontline version · 3 December 2026": on every page, so a printed
    /// page is never mistaken for another version's or another day's.
    pub fn header_note(&self, what: Option<&str>) -> String {
        let parts: Vec<String> = what
            .map(str::to_string)
            .into_iter()
            .chain(self.variant.map(|v| Word::VersionOf.fill(self.lang(), &[&v])))
            .chain(self.design.date.map(|d| long_date(d, self.lang())))
            .collect();
        parts.join(" · ")
    }

    /// The foot of every page names the client (the title is at the head),
    /// or the title again for a design without one.
    pub fn footer(&self) -> String {
        let d = self.design;
        if d.client.is_empty() { d.title.clone() } else { d.client.clone() }
    }

    /// "Printed 1 December 2026", when the day is known.
    pub fn printed_note(&self) -> Option<String> {
        self.printed.map(|p| Word::Printed.fill(self.lang(), &[&long_date(p, self.lang())]))
    }

    /// The client and the venue, under the title.
    pub fn facts_line(&self) -> String {
        let d = self.design;
        [d.client.as_str(), d.venue.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
    }

    /// "3 December 2026, 09:30–13:00 · Facilitator: Maria Okafor".
    pub fn when_line(&self, s: &Schedule) -> String {
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

    /// The handout's opening lists, those that have something in them:
    /// what we plan, how, and the ground rules.
    pub fn handout_lists(&self) -> Vec<(&'static str, &[String])> {
        let d = self.design;
        [
            (self.word(Word::WhatWePlan), d.objectives.as_slice()),
            (self.word(Word::HowWePlan), d.approach.as_slice()),
            (self.word(Word::GroundRules), d.ground_rules.as_slice()),
        ]
        .into_iter()
        .filter(|(_, list)| !list.is_empty())
        .collect()
    }

    /// The handout agenda's When, What and Why headers.
    pub fn handout_columns(&self) -> [&'static str; 3] {
        [self.word(Word::When), self.word(Word::What), self.word(Word::Why)]
    }

    /// The handout's agenda: time, title (marked "if time") and the whole
    /// Why of each item, then the close. Each document shortens the Why to
    /// its own measure.
    pub fn handout_agenda(&self, s: &Schedule) -> Vec<Line> {
        let d = self.design;
        let mut lines: Vec<Line> = s
            .slots
            .iter()
            .map(|slot| {
                let item = &d.agenda[slot.index];
                let text = item.text_in(self.variant);
                match item.kind {
                    ItemKind::Section => Line::new(LineKind::Section, vec![text.title.to_string()]),
                    ItemKind::Break => Line::new(
                        LineKind::Break,
                        vec![slot.start.to_string(), self.title_with_mark(item, text.title), String::new()],
                    ),
                    ItemKind::Activity => Line::new(
                        LineKind::Activity,
                        vec![slot.start.to_string(), self.title_with_mark(item, text.title), text.why.to_string()],
                    ),
                }
            })
            .collect();
        lines.push(Line::new(
            LineKind::Close,
            vec![s.end.to_string(), self.word(Word::Close).to_string(), String::new()],
        ));
        lines
    }

    /// The activities that tell participants what to do: a heading ("09:30
    /// Check-in") and the instructions, for the handout's pages to write on.
    pub fn instructions<'s>(&'s self, s: &Schedule) -> Vec<(String, &'s str)> {
        let d = self.design;
        s.slots
            .iter()
            .map(|slot| (&d.agenda[slot.index], slot))
            .filter(|(item, _)| {
                item.kind == ItemKind::Activity
                    && !item.text_in(self.variant).participant_instructions.trim().is_empty()
            })
            .map(|(item, slot): (&Item, &Slot)| {
                let text = item.text_in(self.variant);
                (format!("{}  {}", slot.start, text.title), text.participant_instructions)
            })
            .collect()
    }

    /// The glossary's two headers.
    pub fn glossary_columns(&self) -> [&'static str; 2] {
        [self.word(Word::Term), self.word(Word::WhatWeMean)]
    }

    /// The guide's "About the workshop" facts, or none when nothing is known
    /// of the workshop yet (an imported agenda).
    pub fn about(&self) -> Vec<(&'static str, String)> {
        let d = self.design;
        let group = d.group_size.map(|n| Word::People.fill(self.lang(), &[&n])).unwrap_or_default();
        let version = match self.variant.and_then(|v| d.variant(v)) {
            Some(v) if !v.description.trim().is_empty() => format!("{}: {}", v.name, v.description.trim()),
            Some(v) => v.name.clone(),
            None => String::new(),
        };
        let about = vec![
            (self.word(Word::Client), d.client.clone()),
            (self.word(Word::Sponsor), d.sponsor.clone()),
            (self.word(Word::Audience), d.audience.clone()),
            (self.word(Word::GroupSize), group),
            (self.word(Word::Venue), d.venue.clone()),
            (self.word(Word::Facilitator), d.facilitator.clone()),
            (self.word(Word::Version), version),
        ];
        if about.iter().any(|(_, v)| !v.trim().is_empty()) { about } else { Vec::new() }
    }

    /// The guide's timing facts: start, end, planned, and the target with its slack.
    pub fn timing(&self, s: &Schedule) -> Vec<(&'static str, String)> {
        let mut timing = vec![
            (self.word(Word::Start), s.start.to_string()),
            (self.word(Word::End), s.end.to_string()),
            (self.word(Word::Planned), self.minutes(s.planned)),
        ];
        if let Some(target) = s.target_end {
            timing.push((self.word(Word::TargetEnd), target.to_string()));
            let slack = if s.end == target {
                self.word(Word::NoSlack).to_string()
            } else if s.end < target {
                Word::ToSpare.fill(self.lang(), &[&self.minutes(target.since(s.end))])
            } else {
                Word::Over.fill(self.lang(), &[&self.minutes(s.end.since(target))])
            };
            timing.push((self.word(Word::Slack), slack));
        }
        timing
    }

    /// The schedule's warnings, in the design's language.
    pub fn warnings(&self, s: &Schedule) -> Vec<String> {
        s.warnings.iter().map(|w| w.text(self.lang())).collect()
    }

    /// The guide's card of every item, in the order of the day.
    pub fn cards(&self, s: &Schedule) -> Vec<Card<'_>> {
        let d = self.design;
        s.slots
            .iter()
            .map(|slot| {
                let item = &d.agenda[slot.index];
                let text = item.text_in(self.variant);
                if item.kind == ItemKind::Section {
                    return Card::Section(text.title.to_string());
                }
                let mut title = format!("{}–{}  {}", slot.start, slot.end(), text.title.trim());
                if item.optional {
                    title.push_str(&format!("  {}", self.word(Word::IfTime)));
                }
                // The title's last word, the dot and the length stay on one line.
                let heading = format!("{title}\u{a0}·\u{a0}{}", self.minutes(slot.duration));
                if item.kind == ItemKind::Break {
                    return Card::Break(heading);
                }
                let mut facts: Vec<(&str, String)> = vec![
                    (self.word(Word::Format), Word::format(item.format, self.lang())),
                    (self.word(Word::Lead), item.lead.clone()),
                ];
                if let Some(fixed) = item.fixed_start {
                    facts.push((self.word(Word::FixedStart), fixed.to_string()));
                }
                if let Some(min) = item.min_duration {
                    facts.push((self.word(Word::CanShrink), self.minutes(min)));
                }
                // Each item as it was typed, with its capital ("Beamer · Zwei Folien").
                facts.push((self.word(Word::Materials), item.materials.join(MATERIALS_SEPARATOR)));
                facts.push((self.word(Word::Captures), self.captures_text(&item.captures)));
                let texts = vec![
                    (self.word(Word::What), text.what.to_string()),
                    (self.word(Word::Why), text.why.to_string()),
                    (self.word(Word::FacilitatorNotes), text.facilitator_notes.to_string()),
                    (self.word(Word::ParticipantInstructions), text.participant_instructions.to_string()),
                ];
                Card::Activity { heading, facts, texts }
            })
            .collect()
    }

    /// The run sheet's six headers: time, minutes, item, lead, materials, actual.
    pub fn run_sheet_columns(&self) -> [&'static str; 6] {
        [
            self.word(Word::Time),
            self.word(Word::MinutesShort),
            self.word(Word::Item),
            self.word(Word::Lead),
            self.word(Word::Materials),
            self.word(Word::Actual),
        ]
    }

    /// The run sheet's rows: time, length, title with what may move under
    /// it (format, fixed start, "if time", "can shrink to"), lead,
    /// materials, and an empty cell for the actual time.
    pub fn run_sheet(&self, s: &Schedule) -> Vec<Line> {
        let d = self.design;
        let mut rows: Vec<Line> = s
            .slots
            .iter()
            .map(|slot| {
                let item = &d.agenda[slot.index];
                let text = item.text_in(self.variant);
                let mut marks = Vec::new();
                if item.kind == ItemKind::Activity {
                    marks.push(Word::format(item.format, self.lang()));
                }
                if let Some(fixed) = item.fixed_start {
                    marks.push(Word::FixedStartAt.fill(self.lang(), &[&fixed]));
                }
                if item.optional {
                    marks.push(self.word(Word::IfTimeMark).to_string());
                }
                if let Some(min) = item.min_duration {
                    marks.push(Word::CanShrinkTo.fill(self.lang(), &[&self.minutes(min)]));
                }
                let title = if marks.is_empty() {
                    text.title.to_string()
                } else {
                    format!("{}\n{}", text.title, marks.join(" · "))
                };
                let length = slot.duration.get().to_string();
                match item.kind {
                    ItemKind::Section => Line::new(LineKind::Section, vec![text.title.to_string()]),
                    ItemKind::Break => Line::new(
                        LineKind::Break,
                        vec![slot.start.to_string(), length, title, String::new(), String::new(), String::new()],
                    ),
                    ItemKind::Activity => Line::new(
                        LineKind::Activity,
                        vec![
                            slot.start.to_string(),
                            length,
                            title,
                            item.lead.clone(),
                            item.materials.join(MATERIALS_SEPARATOR),
                            String::new(),
                        ],
                    ),
                }
            })
            .collect();
        let mut close = vec![String::new(); 6];
        close[0] = s.end.to_string();
        close[2] = self.word(Word::Close).to_string();
        rows.push(Line::new(LineKind::Close, close));
        rows
    }

    /// Every material of the day once, in the order first needed.
    pub fn materials(&self, s: &Schedule) -> Vec<String> {
        let mut materials: Vec<String> = Vec::new();
        for slot in &s.slots {
            for m in &self.design.agenda[slot.index].materials {
                if !materials.iter().any(|x| x.eq_ignore_ascii_case(m)) {
                    materials.push(m.clone());
                }
            }
        }
        materials
    }

    /// "Check-in (if time)": an optional item's title says so.
    fn title_with_mark(&self, item: &Item, title: &str) -> String {
        if item.optional { format!("{title} {}", self.word(Word::IfTime)) } else { title.to_string() }
    }

    /// What an item captures, in words: "Ideas, Poll: …".
    fn captures_text(&self, captures: &[Capture]) -> String {
        captures
            .iter()
            .map(|c| match c {
                Capture::Poll { question, .. } if !question.is_empty() => Word::PollOn.fill(self.lang(), &[question]),
                Capture::Poll { .. } => self.word(Word::Poll).to_string(),
                Capture::Ideas => self.word(Word::Ideas).to_string(),
                Capture::Barriers => self.word(Word::Barriers).to_string(),
                Capture::Votes => self.word(Word::Votes).to_string(),
                Capture::Actions => self.word(Word::Actions).to_string(),
                Capture::Notes => self.word(Word::Notes).to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}
