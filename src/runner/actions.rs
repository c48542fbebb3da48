//! What the facilitator does to a run, as events: recorded when they mean
//! something now, taken back by removing them, described in words, and the
//! moves an item makes by itself at 0:00.

use super::{Replan, RunState, Status};
use crate::model::{ItemId, Moment, Session, TimingEvent};

/// What the facilitator can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Control {
    Start,
    Pause,
    Resume,
    /// Pause when running, resume when paused, start when not started.
    TogglePause,
    Next,
    Previous,
    JumpTo(ItemId),
    Extend(u32),
    Skip(ItemId),
    Accept(Replan),
    Finish,
    /// Follow the actual start (`true`) or the clock times as designed.
    ShiftPlan(bool),
}

/// Whether a run has ended, by Finish or by moving on past its last item.
pub fn is_finished(session: &Session) -> bool {
    RunState::replay(session).status == Status::Finished
}

/// Records what the facilitator did, if it means something now; returns
/// whether the session changed (and so must be saved).
pub fn act(session: &mut Session, control: Control, now: Moment) -> bool {
    let state = RunState::replay(session);
    let event = match (control, state.status) {
        (Control::Start, Status::NotStarted) | (Control::TogglePause, Status::NotStarted) => {
            TimingEvent::Start { at: now }
        }
        (Control::Pause, Status::Running) | (Control::TogglePause, Status::Running) => TimingEvent::Pause { at: now },
        (Control::Resume, Status::Paused) | (Control::TogglePause, Status::Paused) => TimingEvent::Resume { at: now },
        (Control::Next, Status::Running | Status::Paused) => TimingEvent::Next { at: now },
        (Control::Previous, Status::Running | Status::Paused) => TimingEvent::Previous { at: now },
        (Control::JumpTo(item), Status::NotStarted | Status::Running | Status::Paused) => {
            TimingEvent::JumpTo { item, at: now }
        }
        (Control::Extend(minutes), Status::Running | Status::Paused) if minutes > 0 => {
            TimingEvent::Extend { minutes, at: now }
        }
        (Control::Skip(item), s) if s != Status::Finished => TimingEvent::Skip { item, at: now },
        (Control::Accept(r), s) if s != Status::Finished => {
            TimingEvent::Replan { drop: r.drop, resize: r.resize, at: now }
        }
        (Control::Finish, s) if s != Status::Finished => TimingEvent::Finish { at: now },
        (Control::ShiftPlan(shifted), Status::Running | Status::Paused | Status::Finished) => {
            TimingEvent::PlanShift { shifted, at: now }
        }
        _ => return false,
    };
    session.events.push(event);
    if RunState::replay(session) == state {
        // Nothing happened (e.g. Previous on the first item): keep no record of it.
        session.events.pop();
        return false;
    }
    true
}

/// Takes back the last thing the facilitator did: removes its event, so the
/// run is exactly as it was before it and the file never records a state
/// the console did not show. Returns what was undone.
pub fn undo(session: &mut Session) -> Option<TimingEvent> {
    session.events.pop()
}

/// What an event did, in words in `lang`, for "Undo: Go to Pairs" and the
/// notice after an undo.
pub fn event_text(session: &Session, event: &TimingEvent, lang: crate::model::Lang) -> String {
    use crate::catalogue::{ResultsUi as R, Ui};
    let title = |id: &ItemId| session.plan.iter().find(|p| p.id == *id).map_or(String::new(), |p| p.title.clone());
    match event {
        TimingEvent::Start { .. } => R::EventStart.text(lang).into(),
        TimingEvent::Pause { .. } => R::EventPause.text(lang).into(),
        TimingEvent::Resume { .. } => R::EventResume.text(lang).into(),
        TimingEvent::Next { .. } => Ui::Next.text(lang).into(),
        TimingEvent::Previous { .. } => Ui::Previous.text(lang).into(),
        TimingEvent::JumpTo { item, .. } => R::EventGoTo.fill(lang, &[&title(item)]),
        TimingEvent::Extend { minutes, .. } => R::EventExtend.fill(lang, &[minutes]),
        TimingEvent::Skip { item, .. } => R::EventSkip.fill(lang, &[&title(item)]),
        TimingEvent::Replan { .. } => R::EventReplan.text(lang).into(),
        TimingEvent::Finish { .. } => Ui::FinishRun.text(lang).into(),
        TimingEvent::PlanShift { shifted: true, .. } => R::EventShifted.text(lang).into(),
        TimingEvent::PlanShift { shifted: false, .. } => R::EventAsDesigned.text(lang).into(),
    }
}

/// Moves on from items that go on by themselves at 0:00 and have reached it,
/// each at the moment it did (also several, after the app was closed);
/// returns whether the session changed.
pub fn catch_up(session: &mut Session, now: Moment) -> bool {
    let mut changed = false;
    for _ in 0..session.plan.len() {
        let Some(at) = RunState::replay(session).auto_next_due(session, now) else { break };
        session.events.push(TimingEvent::Next { at });
        changed = true;
    }
    changed
}
