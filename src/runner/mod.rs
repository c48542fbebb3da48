//! The live run of a workshop: a state machine over an injected clock.
//!
//! A run is its [`Session`]: the plan copied from the design, and the
//! facilitator's [`TimingEvent`]s with their moments. The state (which item
//! is on, what has run when) is those events replayed, and every figure the
//! run view shows is computed from the state and the clock's `now`, never by
//! counting ticks, so nothing drifts and a crashed run resumes exactly.
//!
//! `clock` gives the time, `actions` turns what the facilitator does into
//! events (and takes them back), `shift` moves the plan to a start far from
//! the design's; this file replays the events into a [`RunState`].

mod actions;
mod clock;
mod shift;

pub use actions::{Control, act, catch_up, event_text, is_finished, undo};
pub use clock::{Clock, FakeClock, SystemClock};
pub use shift::{PlanShift, SHIFT_THRESHOLD_MS, shift_for};

use crate::model::{AtZero, Design, ItemId, ItemKind, Minutes, Moment, PlannedItem, Session, TimingEvent};
use crate::schedule::{Schedule, VariantFilter};

/// A new run of `design` in `variant`: the plan is the schedule of that variant.
pub fn new_session(design: &Design, variant: Option<&str>, now: Moment) -> Session {
    let schedule = Schedule::compute(design, VariantFilter::from_option(variant));
    let plan = schedule
        .slots
        .iter()
        .map(|slot| {
            let item = &design.agenda[slot.index];
            PlannedItem {
                id: item.id,
                kind: item.kind,
                title: item.text_in(schedule.variant.as_deref()).title.to_string(),
                start: slot.start,
                fixed_start: item.fixed_start,
                duration: slot.duration,
                min_duration: item.min_duration.filter(|m| *m < slot.duration),
                optional: item.optional,
                anonymous: item.anonymous,
                at_zero: item.at_zero,
            }
        })
        .collect();
    Session {
        design_id: design.id.clone(),
        design_title: design.title.clone(),
        language: design.language,
        variant: schedule.variant.clone(),
        facilitator: design.facilitator.clone(),
        date: now.date(),
        design_date: design.date,
        start: design.start,
        planned_end: schedule.end,
        target_end: design.target_end,
        plan,
        ..Session::default()
    }
}

/// How the current item's time stands, for colour and words on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not running an item.
    Idle,
    Plenty,
    /// The last two minutes (or last quarter of a short item).
    Ending,
    Over,
}

/// Where the run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    Running,
    Paused,
    Finished,
}

/// How one planned item went (so far).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemRun {
    pub started: Option<Moment>,
    pub ended: Option<Moment>,
    /// Time paused while this item was on, and time spent elsewhere after
    /// going back to it: neither counts as time on the item.
    pub excluded_ms: i64,
    pub extension: Minutes,
    /// Its duration in this run (the plan's, or a re-plan's).
    pub duration: Minutes,
    pub skipped: bool,
    pub dropped: bool,
    /// Ended once and then gone back to.
    pub returned: bool,
}

/// A run's state: its events replayed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunState {
    pub status: Status,
    /// Index into the plan of the item on now.
    pub current: Option<usize>,
    pub items: Vec<ItemRun>,
    pause_started: Option<Moment>,
    /// Set at the start when it was far from the design's start.
    pub shift: Option<PlanShift>,
}

/// A suggestion to end on time: drop these "if time" items, shrink those.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replan {
    pub drop: Vec<ItemId>,
    /// New durations, each at or above the item's minimum.
    pub resize: Vec<(ItemId, Minutes)>,
    /// Whether the day then ends at or before the target.
    pub reaches_target: bool,
    /// Seconds the day would still run over the target after accepting.
    pub still_over_seconds: i64,
}

/// One row of the day: planned against actual.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayRow {
    pub index: usize,
    pub planned_start: crate::model::TimeOfDay,
    pub planned: Minutes,
    pub run: ItemRun,
    pub is_current: bool,
}

impl RunState {
    /// Replays a session's events.
    pub fn replay(session: &Session) -> RunState {
        let items = session.plan.iter().map(|p| ItemRun { duration: p.duration, ..ItemRun::default() }).collect();
        let mut state = RunState { status: Status::NotStarted, current: None, items, pause_started: None, shift: None };
        for event in &session.events {
            let before = state.status;
            state.apply(session, event);
            if before == Status::NotStarted && state.status != Status::NotStarted {
                state.shift = shift_for(session, event.at());
            }
        }
        state
    }

    /// What is added to every planned clock time: the shift when the plan
    /// follows the start; before the start, the shift a start now would get.
    pub fn offset_ms(&self, session: &Session, now: Moment) -> i64 {
        match self.status {
            Status::NotStarted => shift_for(session, now).map_or(0, |s| s.offset_ms()),
            _ => self.shift.filter(|s| s.shifted).map_or(0, |s| s.offset_ms()),
        }
    }

    /// A planned clock time as a moment of the run's day, shifted as the plan is.
    fn planned_moment(&self, session: &Session, now: Moment, time: crate::model::TimeOfDay) -> Moment {
        Moment(self.day_anchor(now).at_time_of_day(time).0 + self.offset_ms(session, now))
    }

    /// How many items a jump to `item` passes over (they are marked skipped).
    pub fn skipped_by_jump(&self, session: &Session, item: ItemId) -> usize {
        let (Some(cur), Some(t)) = (self.current, Self::index_of(session, item)) else { return 0 };
        (cur + 1..t)
            .filter(|&i| self.items[i].started.is_none() && self.runnable(session, i) && self.items[i].ended.is_none())
            .count()
    }

    fn runnable(&self, session: &Session, i: usize) -> bool {
        session.plan[i].kind != ItemKind::Section && !self.items[i].skipped && !self.items[i].dropped
    }

    fn next_runnable(&self, session: &Session, after: Option<usize>) -> Option<usize> {
        let from = after.map_or(0, |a| a + 1);
        (from..session.plan.len()).find(|&i| self.runnable(session, i) && self.items[i].ended.is_none())
    }

    fn index_of(session: &Session, id: ItemId) -> Option<usize> {
        session.plan.iter().position(|p| p.id == id)
    }

    /// Ends the current item at `at`, closing a pause that was open.
    fn end_current(&mut self, at: Moment) {
        let Some(cur) = self.current else { return };
        if let Some(p) = self.pause_started.take() {
            self.items[cur].excluded_ms += at.0 - p.0;
        }
        self.items[cur].ended = Some(at);
    }

    /// Puts `i` on at `at`: a fresh start, or a return to an item that ended.
    fn begin(&mut self, i: usize, at: Moment) {
        let run = &mut self.items[i];
        match (run.started, run.ended) {
            (Some(_), Some(ended)) => {
                run.excluded_ms += at.0 - ended.0;
                run.ended = None;
                run.returned = true;
            }
            (Some(_), None) => {}
            (None, _) => run.started = Some(at),
        }
        self.current = Some(i);
        self.status = Status::Running;
    }

    /// Leaves the current item when going back from it: an item that was
    /// only just started is as if it had not started; one that had run
    /// before and was returned to keeps its time and ends here.
    fn withdraw_current(&mut self, at: Moment) {
        if let Some(cur) = self.current {
            if self.items[cur].returned {
                self.end_current(at);
                return;
            }
            let run = &mut self.items[cur];
            if run.ended.is_none() {
                run.started = None;
                run.excluded_ms = 0;
            }
        }
        self.pause_started = None;
    }

    fn advance(&mut self, session: &Session, at: Moment) {
        let next = self.next_runnable(session, self.current);
        match next {
            Some(n) => self.begin(n, at),
            None => {
                self.current = None;
                self.status = Status::Finished;
            }
        }
    }

    fn apply(&mut self, session: &Session, event: &TimingEvent) {
        let live = matches!(self.status, Status::Running | Status::Paused);
        match event {
            TimingEvent::Start { at } if self.status == Status::NotStarted => self.advance(session, *at),
            TimingEvent::Pause { at } if self.status == Status::Running => {
                self.pause_started = Some(*at);
                self.status = Status::Paused;
            }
            TimingEvent::Resume { at } if self.status == Status::Paused => {
                if let (Some(cur), Some(p)) = (self.current, self.pause_started.take()) {
                    self.items[cur].excluded_ms += at.0 - p.0;
                }
                self.status = Status::Running;
            }
            TimingEvent::Next { at } if live => {
                self.end_current(*at);
                self.advance(session, *at);
            }
            TimingEvent::Previous { at } if live => {
                let cur = self.current.unwrap_or(0);
                if let Some(p) = (0..cur).rev().find(|&i| self.runnable(session, i)) {
                    self.withdraw_current(*at);
                    self.begin(p, *at);
                }
            }
            TimingEvent::JumpTo { item, at } if live || self.status == Status::NotStarted => {
                let Some(t) = Self::index_of(session, *item) else { return };
                if session.plan[t].kind == ItemKind::Section || Some(t) == self.current || self.items[t].dropped {
                    return;
                }
                self.items[t].skipped = false;
                match self.current {
                    Some(cur) if t > cur => {
                        self.end_current(*at);
                        for i in cur + 1..t {
                            if self.items[i].started.is_none() && session.plan[i].kind != ItemKind::Section {
                                self.items[i].skipped = true;
                            }
                        }
                    }
                    Some(_) => self.withdraw_current(*at),
                    None => {}
                }
                self.begin(t, *at);
            }
            TimingEvent::Extend { minutes, .. } if live => {
                if let Some(cur) = self.current {
                    self.items[cur].extension += Minutes(*minutes);
                }
            }
            TimingEvent::Skip { item, at } => {
                let Some(i) = Self::index_of(session, *item) else { return };
                if Some(i) == self.current && live {
                    self.items[i].skipped = true;
                    self.end_current(*at);
                    self.advance(session, *at);
                } else if self.items[i].started.is_none() {
                    self.items[i].skipped = true;
                }
            }
            TimingEvent::Replan { drop, resize, .. } => {
                for id in drop {
                    if let Some(i) = Self::index_of(session, *id)
                        && self.items[i].started.is_none()
                    {
                        self.items[i].dropped = true;
                    }
                }
                for (id, minutes) in resize {
                    if let Some(i) = Self::index_of(session, *id) {
                        self.items[i].duration = *minutes;
                    }
                }
            }
            TimingEvent::Finish { at } if self.status != Status::Finished => {
                self.end_current(*at);
                self.current = None;
                self.status = Status::Finished;
            }
            TimingEvent::PlanShift { shifted, .. } => {
                if let Some(shift) = self.shift.as_mut() {
                    shift.shifted = *shifted;
                }
            }
            _ => {}
        }
    }

    /// Milliseconds spent on item `i` by `now` (pauses and time elsewhere excluded).
    pub fn elapsed_ms(&self, i: usize, now: Moment) -> i64 {
        let run = &self.items[i];
        let Some(started) = run.started else { return 0 };
        let until = match run.ended {
            Some(e) => e,
            None if self.current == Some(i) => self.pause_started.unwrap_or(now),
            None => started,
        };
        (until.0 - started.0 - run.excluded_ms).max(0)
    }

    /// The current item's planned length including extensions, in ms.
    fn allowed_ms(&self, i: usize) -> i64 {
        let run = &self.items[i];
        i64::from((run.duration + run.extension).get()) * 60_000
    }

    /// Seconds left on the current item; negative once it runs over.
    pub fn remaining_seconds(&self, now: Moment) -> Option<i64> {
        let cur = self.current?;
        Some((self.allowed_ms(cur) - self.elapsed_ms(cur, now)).div_euclid(1000))
    }

    /// Seconds left as the countdown shows them: an item that holds at 0:00
    /// shows no overtime.
    pub fn shown_remaining(&self, session: &Session, now: Moment) -> Option<i64> {
        let left = self.remaining_seconds(now)?;
        let holds = self.current.is_some_and(|c| session.plan[c].at_zero == AtZero::Hold);
        Some(if holds { left.max(0) } else { left })
    }

    /// For a running item that goes on by itself at 0:00 and has reached
    /// it: the moment it did (the next item starts then, not when noticed).
    /// An item gone back to by hand (Previous, Go to) waits for the
    /// facilitator instead: it was put back on on purpose.
    pub fn auto_next_due(&self, session: &Session, now: Moment) -> Option<Moment> {
        let cur = self.current.filter(|_| self.status == Status::Running)?;
        if session.plan[cur].at_zero != AtZero::NextItem || self.items[cur].returned {
            return None;
        }
        let over_ms = self.elapsed_ms(cur, now) - self.allowed_ms(cur);
        (over_ms >= 0).then(|| Moment(now.0 - over_ms))
    }

    /// When item `i` (the current one) ends if it takes its time, pauses
    /// and extensions included: "Back at 10:05" on a break.
    pub fn ends_at(&self, i: usize, now: Moment) -> Option<Moment> {
        let run = &self.items[i];
        let started = run.started?;
        // A pause going on now moves the end on with it.
        let paused_now = match (self.current == Some(i), self.pause_started) {
            (true, Some(p)) => (now.0 - p.0).max(0),
            _ => 0,
        };
        Some(Moment(started.0 + run.excluded_ms + paused_now + self.allowed_ms(i)))
    }

    /// Whether the current item has plenty of time, is ending, or is over.
    pub fn phase(&self, now: Moment) -> Phase {
        let (Some(cur), Some(left)) = (self.current, self.remaining_seconds(now)) else { return Phase::Idle };
        let allowed = self.allowed_ms(cur) / 1000;
        if left < 0 {
            Phase::Over
        } else if left <= 120.min(allowed / 4).max(30) {
            Phase::Ending
        } else {
            Phase::Plenty
        }
    }

    /// Seconds the current item has run past its time (zero when within it).
    pub fn overtime_seconds(&self, now: Moment) -> i64 {
        self.remaining_seconds(now).map_or(0, |r| (-r).max(0))
    }

    /// The moment the run started, or `now` if it has not.
    fn day_anchor(&self, now: Moment) -> Moment {
        self.items.iter().filter_map(|r| r.started).min().unwrap_or(now)
    }

    /// When the day ends as planned, on the day of the run.
    pub fn planned_finish(&self, session: &Session, now: Moment) -> Moment {
        self.planned_moment(session, now, session.planned_end)
    }

    /// The target end (or, with none, the planned end) on the day of the run.
    pub fn target(&self, session: &Session, now: Moment) -> Moment {
        self.planned_moment(session, now, session.target_end.unwrap_or(session.planned_end))
    }

    /// Items still to run after the current one (or all, before the start).
    fn upcoming(&self, session: &Session) -> Vec<usize> {
        let from = self.current.map_or(0, |c| c + 1);
        (from..session.plan.len()).filter(|&i| self.runnable(session, i) && self.items[i].started.is_none()).collect()
    }

    /// When the day will end if everything still to come takes its planned
    /// time, waiting for fixed-time items (lunch) when the day is early.
    pub fn projected_finish(&self, session: &Session, now: Moment) -> Moment {
        let from = match self.status {
            Status::Finished => return self.items.iter().filter_map(|r| r.ended).max().unwrap_or(now),
            Status::NotStarted => self.planned_moment(session, now, session.start).max(now),
            Status::Running | Status::Paused => {
                let cur = self.current.map_or(0, |c| (self.allowed_ms(c) - self.elapsed_ms(c, now)).max(0));
                Moment(now.0 + cur)
            }
        };
        self.upcoming(session).iter().fold(from, |at, &i| {
            let waits_for = session.plan[i].fixed_start.map(|t| self.planned_moment(session, now, t));
            let start = waits_for.map_or(at, |fixed| at.max(fixed));
            Moment(start.0 + i64::from(self.items[i].duration.get()) * 60_000)
        })
    }

    /// Seconds the day is behind its plan (negative: ahead).
    pub fn behind_seconds(&self, session: &Session, now: Moment) -> i64 {
        self.projected_finish(session, now).seconds_since(self.planned_finish(session, now))
    }

    /// What to cut to end by the target, when the day is heading past it.
    pub fn suggestion(&self, session: &Session, now: Moment) -> Option<Replan> {
        if self.status == Status::Finished {
            return None;
        }
        let over = self.projected_finish(session, now).seconds_since(self.target(session, now));
        if over <= 0 {
            return None;
        }
        // Whole minutes, since plans are in minutes: round the overrun up.
        let mut need = (over + 59) / 60;
        let upcoming = self.upcoming(session);
        let mut drop = Vec::new();
        for &i in upcoming.iter().rev() {
            if need <= 0 {
                break;
            }
            if session.plan[i].optional {
                drop.push(session.plan[i].id);
                need -= i64::from(self.items[i].duration.get());
            }
        }
        let mut resize = Vec::new();
        if need > 0 {
            let shrinkable: Vec<(usize, i64)> = upcoming
                .iter()
                .filter(|&&i| !drop.contains(&session.plan[i].id))
                .filter_map(|&i| {
                    let min = session.plan[i].min_duration?;
                    let spare = i64::from(self.items[i].duration.get()) - i64::from(min.get());
                    (spare > 0).then_some((i, spare))
                })
                .collect();
            let total: i64 = shrinkable.iter().map(|(_, s)| s).sum();
            let take = need.min(total);
            for (i, cut) in share_out(take, &shrinkable) {
                if cut > 0 {
                    let now_minutes = i64::from(self.items[i].duration.get());
                    resize.push((session.plan[i].id, Minutes((now_minutes - cut) as u32)));
                }
            }
        }
        // Judge the plan by its effect, not the arithmetic above: an item that
        // waits for a fixed time (lunch) absorbs time cut before it.
        let mut after = self.clone();
        for (i, plan) in session.plan.iter().enumerate() {
            if drop.contains(&plan.id) {
                after.items[i].dropped = true;
            }
            if let Some((_, minutes)) = resize.iter().find(|(id, _)| *id == plan.id) {
                after.items[i].duration = *minutes;
            }
        }
        let still_over_seconds = after.projected_finish(session, now).seconds_since(self.target(session, now)).max(0);
        Some(Replan { drop, resize, reaches_target: still_over_seconds == 0, still_over_seconds })
    }

    /// The day as a list: planned against actual, for every planned item,
    /// at the planned times shifted as the plan is.
    pub fn day(&self, session: &Session, now: Moment) -> Vec<DayRow> {
        let offset_minutes = self.offset_ms(session, now).div_euclid(60_000);
        let shift = |t: crate::model::TimeOfDay| {
            let minutes = (i64::from(t.minutes_since_midnight()) + offset_minutes).rem_euclid(24 * 60);
            crate::model::TimeOfDay::from_minutes_since_midnight(minutes as u32)
        };
        session
            .plan
            .iter()
            .enumerate()
            .map(|(i, p)| DayRow {
                index: i,
                planned_start: shift(p.start),
                planned: p.duration,
                run: self.items[i].clone(),
                is_current: self.current == Some(i),
            })
            .collect()
    }

    /// The next item that will run after the current one.
    pub fn next_index(&self, session: &Session) -> Option<usize> {
        self.upcoming(session).first().copied()
    }
}

/// Splits `total` over items in proportion to their spare minutes, in whole
/// minutes, never more than an item's spare, summing exactly to `total`
/// (largest remainder first).
fn share_out(total: i64, spares: &[(usize, i64)]) -> Vec<(usize, i64)> {
    let sum: i64 = spares.iter().map(|(_, s)| s).sum();
    if sum == 0 || total <= 0 {
        return spares.iter().map(|(i, _)| (*i, 0)).collect();
    }
    let mut shares: Vec<(usize, i64, i64)> =
        spares.iter().map(|&(i, s)| (i, total * s / sum, (total * s) % sum)).collect();
    let mut left = total - shares.iter().map(|(_, q, _)| q).sum::<i64>();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| shares[b].2.cmp(&shares[a].2).then(a.cmp(&b)));
    for k in order {
        if left == 0 {
            break;
        }
        if shares[k].1 < spares[k].1 {
            shares[k].1 += 1;
            left -= 1;
        }
    }
    shares.into_iter().map(|(i, q, _)| (i, q)).collect()
}
