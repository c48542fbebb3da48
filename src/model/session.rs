//! A run of a workshop: the plan it ran, what happened when, who was there
//! and what the room produced. Saved as `*.session.ron` after every event.

use serde::{Deserialize, Serialize};

use super::item::{ItemId, ItemKind};
use super::lang::Lang;
use super::time::{Date, Minutes, TimeOfDay};

/// A moment on the local wall clock, in milliseconds (Unix time plus the
/// local UTC offset at that moment). Only differences and the time of day
/// are used, so a run is timed to the millisecond and never drifts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Moment(pub i64);

impl Moment {
    pub const MS_PER_DAY: i64 = 24 * 60 * 60 * 1000;

    /// Whole seconds since local midnight.
    pub fn seconds_of_day(self) -> i64 {
        self.0.rem_euclid(Self::MS_PER_DAY) / 1000
    }

    /// The clock time, to the minute (seconds dropped).
    pub fn time_of_day(self) -> TimeOfDay {
        TimeOfDay::from_minutes_since_midnight((self.seconds_of_day() / 60) as u32)
    }

    /// The local calendar date.
    pub fn date(self) -> Option<Date> {
        let days = self.0.div_euclid(Self::MS_PER_DAY);
        // Civil-from-days (Howard Hinnant), for the proleptic Gregorian calendar.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, month, day)
    }

    /// The moment at this time of day on the same local day as `self`.
    pub fn at_time_of_day(self, time: TimeOfDay) -> Moment {
        let midnight = self.0 - self.0.rem_euclid(Self::MS_PER_DAY);
        Moment(midnight + i64::from(time.minutes_since_midnight()) * 60_000)
    }

    pub fn plus_seconds(self, seconds: i64) -> Moment {
        Moment(self.0 + seconds * 1000)
    }

    /// Whole seconds from `earlier` to `self` (negative if `earlier` is later).
    pub fn seconds_since(self, earlier: Moment) -> i64 {
        (self.0 - earlier.0).div_euclid(1000)
    }

    /// `09:41:07`.
    pub fn clock_text(self) -> String {
        let s = self.seconds_of_day();
        format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    }
}

/// One agenda item as this run planned it: a copy taken at the start, so
/// later edits to the design do not change a run in progress or its record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlannedItem {
    pub id: ItemId,
    pub kind: ItemKind,
    pub title: String,
    /// When the schedule had it start.
    pub start: TimeOfDay,
    /// A clock time the item waits for (lunch at 12:30), if it has one.
    pub fixed_start: Option<TimeOfDay>,
    pub duration: Minutes,
    pub min_duration: Option<Minutes>,
    pub optional: bool,
    /// Its captures were anonymous (no names taken).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// What the timer did when its time was up.
    #[serde(skip_serializing_if = "is_count_over")]
    pub at_zero: super::item::AtZero,
}

fn is_count_over(at_zero: &super::item::AtZero) -> bool {
    *at_zero == super::item::AtZero::CountOver
}

/// Something the facilitator did, with when. A run's timing is these events
/// replayed, so it survives a crash and is exact to the millisecond.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimingEvent {
    Start {
        at: Moment,
    },
    Pause {
        at: Moment,
    },
    Resume {
        at: Moment,
    },
    Next {
        at: Moment,
    },
    Previous {
        at: Moment,
    },
    JumpTo {
        item: ItemId,
        at: Moment,
    },
    /// Give the current item more time.
    Extend {
        minutes: u32,
        at: Moment,
    },
    /// Leave this item out: the current one ends now, a later one will not run.
    Skip {
        item: ItemId,
        at: Moment,
    },
    /// Accept a re-plan: drop these items, give those new durations.
    Replan {
        drop: Vec<ItemId>,
        resize: Vec<(ItemId, Minutes)>,
        at: Moment,
    },
    Finish {
        at: Moment,
    },
    /// Show the plan shifted to the actual start (`shifted: true`), or at
    /// the clock times as designed. Only means something for a run that
    /// started far from the design's start (see `runner`).
    PlanShift {
        shifted: bool,
        at: Moment,
    },
}

impl TimingEvent {
    pub fn at(&self) -> Moment {
        match self {
            TimingEvent::Start { at }
            | TimingEvent::Pause { at }
            | TimingEvent::Resume { at }
            | TimingEvent::Next { at }
            | TimingEvent::Previous { at }
            | TimingEvent::JumpTo { at, .. }
            | TimingEvent::Extend { at, .. }
            | TimingEvent::Skip { at, .. }
            | TimingEvent::Replan { at, .. }
            | TimingEvent::Finish { at }
            | TimingEvent::PlanShift { at, .. } => *at,
        }
    }
}

/// Which side of the organisation a participant works on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Line {
    Frontline,
    Backline,
    #[default]
    Other,
}

impl Line {
    pub const ALL: [Line; 3] = [Line::Frontline, Line::Backline, Line::Other];

    /// Reads `frontline`, `front`, `backline`, `back`, anything else is Other.
    pub fn parse(text: &str) -> Line {
        match text.trim().to_lowercase().as_str() {
            "frontline" | "front" | "front line" | "front-line" => Line::Frontline,
            "backline" | "back" | "back line" | "back-line" | "back office" => Line::Backline,
            _ => Line::Other,
        }
    }
}

/// A person in the room.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParticipantId(pub u32);

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Participant {
    pub id: ParticipantId,
    pub name: String,
    pub department: String,
    pub line: Line,
}

/// A building-on of an idea ("building on that…"), credited to its author.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddOn {
    pub text: String,
    pub by: Option<ParticipantId>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Idea {
    pub id: u32,
    pub item: ItemId,
    pub text: String,
    pub by: Option<ParticipantId>,
    pub add_ons: Vec<AddOn>,
    pub votes: u32,
}

impl Idea {
    /// Everyone who shaped the idea, in order, once each: the shared ownership.
    pub fn contributors(&self) -> Vec<ParticipantId> {
        let mut out = Vec::new();
        for p in self.by.iter().chain(self.add_ons.iter().filter_map(|a| a.by.as_ref())) {
            if !out.contains(p) {
                out.push(*p);
            }
        }
        out
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Barrier {
    pub id: u32,
    pub item: ItemId,
    pub text: String,
    pub department: String,
    pub votes: u32,
}

/// An option or priority that gets dot votes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoteOption {
    pub id: u32,
    pub item: ItemId,
    pub text: String,
    pub votes: u32,
    /// The idea this option stands for, when made from an earlier item's ideas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idea: Option<u32>,
    /// The barrier this option stands for, when made from an earlier item's barriers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barrier: Option<u32>,
}

/// The tallies of an item's poll, one per option of its question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PollResult {
    pub item: ItemId,
    pub question: String,
    pub options: Vec<String>,
    pub tallies: Vec<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    pub id: u32,
    pub item: ItemId,
    pub what: String,
    pub owner: String,
    pub due: Option<Date>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Note {
    pub id: u32,
    pub item: ItemId,
    pub text: String,
}

/// Everything the room produced in a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Captures {
    /// The last id handed out (see [`Captures::take_id`]).
    pub last_id: u32,
    pub ideas: Vec<Idea>,
    pub barriers: Vec<Barrier>,
    pub votes: Vec<VoteOption>,
    pub polls: Vec<PollResult>,
    pub actions: Vec<Action>,
    pub notes: Vec<Note>,
}

impl Captures {
    /// An id for a new capture: never one used before in this run, even by a
    /// capture since removed, so nothing can be credited to the wrong entry.
    pub fn take_id(&mut self) -> u32 {
        let ids = self
            .ideas
            .iter()
            .map(|c| c.id)
            .chain(self.barriers.iter().map(|c| c.id))
            .chain(self.votes.iter().map(|c| c.id))
            .chain(self.actions.iter().map(|c| c.id))
            .chain(self.notes.iter().map(|c| c.id));
        let next = ids.max().unwrap_or(0).max(self.last_id).saturating_add(1);
        self.last_id = next;
        next
    }

    pub fn is_empty(&self) -> bool {
        *self == Captures::default()
    }

    /// The votes a barrier got: on the barrier itself, and on every vote
    /// option made from it in a later item.
    pub fn barrier_votes(&self, barrier: &Barrier) -> u32 {
        let as_option: u32 = self.votes.iter().filter(|v| v.barrier == Some(barrier.id)).map(|v| v.votes).sum();
        barrier.votes + as_option
    }

    /// The votes an idea got: on the idea itself, and on every vote option
    /// made from it in a later item.
    pub fn idea_votes(&self, idea: &Idea) -> u32 {
        let as_option: u32 = self.votes.iter().filter(|v| v.idea == Some(idea.id)).map(|v| v.votes).sum();
        idea.votes + as_option
    }
}

/// One run of a design.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// The design it ran, by id and title (the design file may move).
    pub design_id: String,
    pub design_title: String,
    /// The design's language, which its report is written in.
    #[serde(skip_serializing_if = "Lang::is_english")]
    pub language: Lang,
    /// Where the design was opened from when the run started: its file's
    /// path, or `kit:<name>` for a bundled kit. Used to reopen it on resume.
    pub design_source: String,
    pub variant: Option<String>,
    pub facilitator: String,
    pub date: Option<Date>,
    /// The date the design was planned for, if it had one: a run on another
    /// day follows its actual start (see `runner`).
    pub design_date: Option<Date>,
    /// A name the facilitator gave this run ("rehearsal", "Hamburg team").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Marked as a rehearsal: left out of the results unless counted by hand.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub rehearsal: bool,
    /// Cut short and not resumed: the facilitator started a new run instead,
    /// or said it is over. Never offered back; kept, and shown in Results.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub left_unfinished: bool,
    /// The design's start, planned end and target end for this variant.
    pub start: TimeOfDay,
    pub planned_end: TimeOfDay,
    pub target_end: Option<TimeOfDay>,
    pub plan: Vec<PlannedItem>,
    pub events: Vec<TimingEvent>,
    pub roster: Vec<Participant>,
    /// The last participant id handed out.
    pub last_participant_id: u32,
    pub captures: Captures,
}

impl Session {
    /// The design it ran, as [`Design::key`](super::Design::key) names it.
    pub fn design_key(&self) -> &str {
        if self.design_id.is_empty() { &self.design_title } else { &self.design_id }
    }

    /// Whether it ran in this variant (names match case-insensitively).
    pub fn is_variant(&self, variant: &str) -> bool {
        self.variant.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(variant))
    }

    /// A rehearsal: marked so, or named so ("Rehearsal", "dry run", "Probe").
    pub fn is_rehearsal(&self) -> bool {
        let name = self.name.to_lowercase();
        self.rehearsal || ["rehearsal", "dry run", "probe", "trial run"].iter().any(|w| name.contains(w))
    }

    /// When the run started (its first timing event), if it has.
    pub fn started_at(&self) -> Option<Moment> {
        self.events.first().map(TimingEvent::at)
    }

    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.roster.iter().find(|p| p.id == id)
    }

    /// An id for a new participant, never reused within the run (a removed
    /// person's ideas must not pass to whoever is added next).
    pub fn take_participant_id(&mut self) -> ParticipantId {
        let next =
            self.roster.iter().map(|p| p.id.0).max().unwrap_or(0).max(self.last_participant_id).saturating_add(1);
        self.last_participant_id = next;
        ParticipantId(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_give_the_local_date_and_time() {
        // 2026-11-23 09:41:07 as local wall-clock milliseconds.
        let m = Moment(1_795_426_867_000);
        assert_eq!(m.date().unwrap().to_string(), "2026-11-23");
        assert_eq!(m.clock_text(), "09:41:07");
        assert_eq!(m.time_of_day().to_string(), "09:41");
        let nine = m.at_time_of_day(TimeOfDay::hm(9, 0).unwrap());
        assert_eq!(m.seconds_since(nine), 41 * 60 + 7);
    }

    #[test]
    fn an_idea_credits_everyone_once() {
        let idea = Idea {
            by: Some(ParticipantId(1)),
            add_ons: vec![
                AddOn { text: "and".into(), by: Some(ParticipantId(2)) },
                AddOn { text: "also".into(), by: Some(ParticipantId(1)) },
                AddOn { text: "anon".into(), by: None },
            ],
            ..Idea::default()
        };
        assert_eq!(idea.contributors(), [ParticipantId(1), ParticipantId(2)]);
    }
}
