//! The workshop as plain data: designs, agenda items, times and durations,
//! and the runs of a design (sessions) with what they captured.
//!
//! Nothing here knows about files, windows or clocks; it is what every other
//! layer (schedule, runner, store, pdf, ui) reads and writes. Serde only.

mod decisions;
mod design;
mod item;
mod lang;
mod session;
mod time;

pub use decisions::{BarrierDecision, Decisions, Priority};
pub use design::{Design, GlossaryEntry, Variant, slug};
pub use item::{AtZero, Capture, Format, Item, ItemId, ItemKind, ItemOverride, ResolvedText, TextField, Variants};
pub use lang::Lang;
pub use session::{
    Action, AddOn, Barrier, Captures, Idea, Line, Moment, Note, Participant, ParticipantId, PlannedItem, PollResult,
    Session, TimingEvent, VoteOption,
};
pub use time::{Date, Minutes, TimeOfDay, TimeParseError, countdown_text, minutes_text};
