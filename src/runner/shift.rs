//! A run that starts far from its design's start (another day, or more
//! than half an hour away) follows its start: the whole plan moves.

use crate::model::{Moment, Session};

/// How far from the design's start a run may begin and still keep the
/// design's clock times (a few minutes late is "behind", not a new plan).
pub const SHIFT_THRESHOLD_MS: i64 = 30 * 60_000;

/// A run that started far from its design's start (another day, or more
/// than [`SHIFT_THRESHOLD_MS`] away): the whole plan can move to the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanShift {
    /// When the design planned to start, on the day of the run.
    pub planned: Moment,
    /// When the run started.
    pub started: Moment,
    /// Whether the plan follows the start (the default) or the design's clock.
    pub shifted: bool,
}

impl PlanShift {
    /// From the design's start to the actual start, in ms.
    pub fn offset_ms(&self) -> i64 {
        self.started.0 - self.planned.0
    }
}

/// The shift a run starting at `started` gets: `Some` when it starts on
/// another day than the design's date, or more than half an hour from the
/// design's start; the plan then follows the start until told otherwise.
pub fn shift_for(session: &Session, started: Moment) -> Option<PlanShift> {
    let planned = started.at_time_of_day(session.start);
    let other_day = session.design_date.is_some_and(|d| started.date() != Some(d));
    let far = (started.0 - planned.0).abs() > SHIFT_THRESHOLD_MS;
    (other_day || far).then_some(PlanShift { planned, started, shifted: true })
}
