//! The runner over a fake clock: a whole four-hour day with pauses,
//! extensions, skips and a re-plan, every figure checked to the second.

use workshop_kit::model::{Design, Item, ItemId, ItemKind, Minutes, Moment, Session, TimeOfDay};
use workshop_kit::runner::{Clock, Control, FakeClock, RunState, Status, act, new_session};

fn t(text: &str) -> TimeOfDay {
    TimeOfDay::parse(text).unwrap()
}

/// 2026-11-23 at `hh:mm:ss`, local wall clock.
fn at(hms: &str) -> Moment {
    let parts: Vec<i64> = hms.split(':').map(|p| p.parse().unwrap()).collect();
    Moment(1_795_392_000_000 + (parts[0] * 3600 + parts[1] * 60 + parts.get(2).copied().unwrap_or(0)) * 1000)
}

fn item(id: u32, title: &str, minutes: u32) -> Item {
    Item { id: ItemId(id), title: title.into(), duration: Minutes(minutes), ..Item::default() }
}

/// 09:00–13:00: four hours, with a section, a break, two "if time" items and
/// items that may shrink.
fn four_hour_day() -> Design {
    let mut agenda = vec![
        Item { id: ItemId(1), kind: ItemKind::Section, title: "Part 1".into(), ..Item::default() },
        item(2, "Welcome", 15),
        Item { min_duration: Some(Minutes(30)), ..item(3, "Stories in pairs", 45) },
        Item { min_duration: Some(Minutes(40)), ..item(4, "Customer journey", 60) },
        Item { kind: ItemKind::Break, ..item(5, "Break", 20) },
        Item { optional: true, ..item(6, "Energiser", 10) },
        Item { min_duration: Some(Minutes(25)), ..item(7, "Barriers", 40) },
        Item { optional: true, ..item(8, "Role play", 20) },
        Item { min_duration: Some(Minutes(10)), ..item(9, "Commitments", 20) },
        item(10, "Close", 10),
    ];
    agenda[0].duration = Minutes::ZERO;
    Design {
        id: "four".into(),
        title: "Four hours".into(),
        start: t("09:00"),
        target_end: Some(t("13:00")),
        agenda,
        ..Design::default()
    }
}

struct Run {
    session: Session,
    clock: FakeClock,
}

impl Run {
    fn new() -> Run {
        let clock = FakeClock::at(at("08:55:00"));
        let session = new_session(&four_hour_day(), None, clock.now());
        Run { session, clock }
    }
    fn act(&mut self, control: Control) -> bool {
        act(&mut self.session, control, self.clock.now())
    }
    fn wait(&self, minutes: i64, seconds: i64) {
        self.clock.advance_seconds(minutes * 60 + seconds);
    }
    fn state(&self) -> RunState {
        RunState::replay(&self.session)
    }
    fn remaining(&self) -> i64 {
        self.state().remaining_seconds(self.clock.now()).unwrap()
    }
    fn behind(&self) -> i64 {
        self.state().behind_seconds(&self.session, self.clock.now())
    }
    fn finish(&self) -> String {
        self.state().projected_finish(&self.session, self.clock.now()).clock_text()
    }
    fn current_title(&self) -> String {
        let s = self.state();
        s.current.map(|i| self.session.plan[i].title.clone()).unwrap_or_default()
    }
}

#[test]
fn the_plan_is_the_schedule() {
    let run = Run::new();
    assert_eq!(run.session.planned_end, t("13:00"));
    assert_eq!(run.session.plan.len(), 10);
    assert_eq!(run.session.plan[3].start, t("10:00"));
    let s = run.state();
    assert_eq!(s.status, Status::NotStarted);
    assert_eq!(run.finish(), "13:00:00", "before the start, the plan's own end");
}

#[test]
fn a_whole_day_with_pauses_extensions_skips_and_a_replan() {
    let mut run = Run::new();
    run.clock.set(at("09:02:30"));
    assert!(run.act(Control::Start));
    assert_eq!(run.current_title(), "Welcome", "the section heading is not run");
    assert_eq!(run.remaining(), 15 * 60);
    assert_eq!(run.finish(), "13:02:30");
    assert_eq!(run.behind(), 150, "started 2m30 late");

    // Ten minutes in, then a 3-minute pause: the item's clock stops.
    run.wait(10, 0);
    assert_eq!(run.remaining(), 5 * 60);
    assert!(run.act(Control::Pause));
    run.wait(3, 0);
    assert_eq!(run.remaining(), 5 * 60, "paused time does not count");
    assert_eq!(run.behind(), 150 + 180, "but the day slips");
    assert!(!run.act(Control::Pause), "pausing twice does nothing");
    assert!(run.act(Control::Resume));
    run.wait(6, 10);
    assert_eq!(run.remaining(), -70, "1m10 over");
    assert_eq!(run.state().overtime_seconds(run.clock.now()), 70);
    assert_eq!(run.finish(), "13:06:40");

    // Stories in pairs, extended by 5 minutes.
    assert!(run.act(Control::Next));
    assert_eq!(run.current_title(), "Stories in pairs");
    assert_eq!(run.clock.now().clock_text(), "09:21:40");
    assert!(run.act(Control::Extend(5)));
    assert_eq!(run.remaining(), 50 * 60);
    assert_eq!(run.finish(), "13:11:40");
    run.wait(50, 0);
    assert_eq!(run.remaining(), 0);

    // Back one item and forward again: Welcome's time picks up where it left off.
    assert!(run.act(Control::Previous));
    assert_eq!(run.current_title(), "Welcome");
    let welcome = run.state().elapsed_ms(1, run.clock.now());
    assert_eq!(welcome, (16 * 60 + 10) * 1000);
    run.wait(0, 30);
    assert!(run.act(Control::Next));
    assert_eq!(run.current_title(), "Stories in pairs", "the item left behind starts afresh");
    assert_eq!(run.state().items[1].started.unwrap().clock_text(), "09:02:30");
    assert_eq!(run.state().elapsed_ms(1, run.clock.now()), (16 * 60 + 40) * 1000);
    assert_eq!(run.remaining(), 50 * 60, "the time starts afresh, the extension stays");

    // Stories in pairs, then skip the journey and take the break.
    run.wait(45, 0);
    assert!(run.act(Control::Next));
    assert_eq!(run.current_title(), "Customer journey");
    assert!(run.act(Control::Skip(ItemId(4))));
    assert_eq!(run.current_title(), "Break");
    assert!(run.state().items[3].skipped);
    assert_eq!(run.clock.now().clock_text(), "10:57:10");
    // Planned from here: break 20, energiser 10, barriers 40, role play 20, commitments 20, close 10 = 120.
    assert_eq!(run.finish(), "12:57:10");
    assert_eq!(run.behind(), -170, "skipping the journey put the day ahead");
    assert_eq!(run.state().suggestion(&run.session, run.clock.now()), None, "no cuts needed when ahead");

    // A long break: 45 minutes instead of 20.
    run.wait(45, 0);
    assert_eq!(run.remaining(), -25 * 60);
    assert_eq!(run.finish(), "13:22:10");
    assert_eq!(run.behind(), 22 * 60 + 10);
    let suggestion = run.state().suggestion(&run.session, run.clock.now()).expect("behind the target");
    // 22m10 over → 23 minutes: drop role play (20), then energiser (10).
    assert_eq!(suggestion.drop, [ItemId(8), ItemId(6)]);
    assert!(suggestion.resize.is_empty());
    assert!(suggestion.reaches_target);
    assert!(run.act(Control::Accept(suggestion)));
    assert_eq!(run.finish(), "12:52:10");
    assert!(run.finish().as_str() <= "13:00:00");

    // Barriers runs long; shrinking commitments is suggested.
    assert!(run.act(Control::Next));
    assert_eq!(run.current_title(), "Barriers", "dropped items are passed over");
    run.wait(52, 0);
    assert_eq!(run.finish(), "13:04:10");
    let s = run.state().suggestion(&run.session, run.clock.now()).unwrap();
    assert!(s.drop.is_empty());
    assert_eq!(s.resize, [(ItemId(9), Minutes(15))], "5 minutes off commitments (min 10)");
    assert!(run.act(Control::Accept(s)));
    assert_eq!(run.finish(), "12:59:10");
    assert_eq!(run.behind(), -50);

    run.wait(0, 0);
    assert!(run.act(Control::Next));
    run.wait(15, 0);
    assert!(run.act(Control::Next));
    assert_eq!(run.current_title(), "Close");
    run.wait(9, 30);
    assert!(run.act(Control::Next));
    let state = run.state();
    assert_eq!(state.status, Status::Finished);
    assert_eq!(run.finish(), "12:58:40");
    assert_eq!(state.items[9].ended.unwrap().clock_text(), "12:58:40");
    assert!(!run.act(Control::Next), "a finished run takes no more events");
}

#[test]
fn the_replan_says_when_the_target_cannot_be_reached() {
    let mut run = Run::new();
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    // Welcome runs two hours over.
    run.wait(15 + 120, 0);
    let s = run.state().suggestion(&run.session, run.clock.now()).unwrap();
    // Drops 30 (both optional), shrinks to every minimum: 15 + 20 + 15 + 10 = 60; 120 needed.
    assert_eq!(s.drop.len(), 2);
    assert_eq!(
        s.resize,
        [(ItemId(3), Minutes(30)), (ItemId(4), Minutes(40)), (ItemId(7), Minutes(25)), (ItemId(9), Minutes(10))]
    );
    assert!(!s.reaches_target);
    assert_eq!(s.still_over_seconds, 30 * 60);
    run.act(Control::Accept(s));
    assert_eq!(run.finish(), "13:30:00");
}

#[test]
fn shrinking_is_shared_in_proportion_to_what_each_item_can_give() {
    let mut run = Run::new();
    let mut design = four_hour_day();
    for i in &mut design.agenda {
        i.optional = false;
    }
    run.session = new_session(&design, None, run.clock.now());
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    run.wait(15 + 20, 0);
    // 20 minutes over; spare: 15 (stories), 20 (journey), 15 (barriers), 10 (commitments) = 60.
    let s = run.state().suggestion(&run.session, run.clock.now()).unwrap();
    let cut: u32 = s
        .resize
        .iter()
        .map(|(id, m)| run.session.plan.iter().find(|p| p.id == *id).unwrap().duration.get() - m.get())
        .sum();
    assert_eq!(cut, 20);
    assert_eq!(
        s.resize,
        [(ItemId(3), Minutes(40)), (ItemId(4), Minutes(53)), (ItemId(7), Minutes(35)), (ItemId(9), Minutes(17))]
    );
    assert!(s.reaches_target);
    run.act(Control::Accept(s));
    assert_eq!(run.finish(), "13:00:00");
}

#[test]
fn jumping_ahead_passes_over_and_jumping_back_returns() {
    let mut run = Run::new();
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    run.wait(5, 0);
    assert!(run.act(Control::JumpTo(ItemId(5))));
    assert_eq!(run.current_title(), "Break");
    let s = run.state();
    assert!(s.items[2].skipped && s.items[3].skipped, "items jumped over are skipped");
    assert_eq!(s.items[1].ended.unwrap().clock_text(), "09:05:00");
    run.wait(2, 0);
    assert!(run.act(Control::JumpTo(ItemId(3))));
    assert_eq!(run.current_title(), "Stories in pairs");
    assert!(!run.state().items[2].skipped);
    assert!(run.state().items[4].started.is_none(), "the break was withdrawn");
}

#[test]
fn a_resumed_session_has_the_same_state() {
    let mut run = Run::new();
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    run.wait(7, 0);
    run.act(Control::Pause);
    run.wait(1, 0);
    let text = ron::to_string(&run.session).unwrap();
    let back: Session = ron::from_str(&text).unwrap();
    assert_eq!(RunState::replay(&back), run.state());
    assert_eq!(RunState::replay(&back).remaining_seconds(run.clock.now()), Some(8 * 60));
}

#[test]
fn an_item_returned_to_keeps_its_time_when_left_again() {
    let mut run = Run::new();
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    run.wait(15, 0);
    run.act(Control::Next);
    run.wait(5, 0);
    // Back to Welcome by jumping, for 2 minutes, then back again past it.
    assert!(run.act(Control::JumpTo(ItemId(2))));
    run.wait(2, 0);
    assert!(run.act(Control::JumpTo(ItemId(3))));
    let s = run.state();
    assert_eq!(s.items[1].started.unwrap().clock_text(), "09:00:00", "Welcome keeps its real start");
    assert_eq!(s.elapsed_ms(1, run.clock.now()), 17 * 60 * 1000, "15 minutes, then 2 more");
    assert_eq!(s.items[1].ended.unwrap().clock_text(), "09:22:00");
}

#[test]
fn a_fixed_lunch_waits_and_the_projection_knows_it() {
    let mut design = four_hour_day();
    // Lunch at 12:30 sharp after the barriers; the items before it end at 12:10.
    design.agenda.insert(7, Item { kind: ItemKind::Break, fixed_start: Some(t("12:30")), ..item(11, "Lunch", 30) });
    design.target_end = Some(t("13:50"));
    let mut run = Run::new();
    run.session = new_session(&design, None, run.clock.now());
    assert_eq!(run.session.planned_end, t("13:50"));
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    assert_eq!(run.finish(), "13:50:00", "the 20-minute wait for lunch is in the projection");
    assert_eq!(run.behind(), 0);
    // Ten minutes late before lunch only eats into the wait.
    run.wait(25, 0);
    assert_eq!(run.finish(), "13:50:00");
    assert_eq!(run.state().suggestion(&run.session, run.clock.now()), None);
    // Thirty late runs into lunch: ten minutes behind, and dropping the
    // energiser (before lunch) would not help, so role play goes.
    run.wait(20, 0);
    assert_eq!(run.finish(), "14:00:00");
    let s = run.state().suggestion(&run.session, run.clock.now()).unwrap();
    assert!(s.reaches_target);
    assert_eq!(run.behind(), 600);
}

/// The four-hour day planned for 09:30 with the break fixed at 11:30 (where
/// durations put it too, so there is no slack to absorb a late start).
fn half_past_nine_day() -> Design {
    let mut design = four_hour_day();
    design.start = t("09:30");
    design.target_end = None;
    for item in &mut design.agenda {
        if item.title == "Break" {
            item.fixed_start = Some(t("11:30"));
        }
    }
    design
}

fn run_of(design: &Design, now: Moment) -> Run {
    let clock = FakeClock::at(now);
    Run { session: new_session(design, None, clock.now()), clock }
}

fn planned_start(run: &Run, title: &str) -> String {
    let state = run.state();
    let row = state.day(&run.session, run.clock.now()).into_iter().find(|r| run.session.plan[r.index].title == title);
    row.unwrap().planned_start.to_string()
}

#[test]
fn a_run_started_hours_after_its_design_follows_its_start_and_can_go_back_to_the_clock() {
    let design = half_past_nine_day();
    let mut run = run_of(&design, at("19:48:00"));
    let length = run.session.planned_end.since(run.session.start);
    assert!(run.act(Control::Start));
    let state = run.state();
    let shift = state.shift.expect("a start 10 hours late shifts the plan");
    assert!(shift.shifted);
    assert_eq!(workshop_kit::catalogue::shift(shift.offset_ms(), workshop_kit::model::Lang::English), "+10h18");
    assert_eq!(planned_start(&run, "Welcome"), "19:48");
    // The fixed-time break moves with the plan.
    assert_eq!(planned_start(&run, "Break"), "21:48");
    assert_eq!(run.behind(), 0, "the day is on time");
    let finish = at("19:48:00").plus_seconds(i64::from(length.get()) * 60);
    assert_eq!(run.finish(), finish.clock_text(), "projected finish = start + planned length");
    assert_eq!(state.suggestion(&run.session, run.clock.now()), None, "nothing to cut");

    // Twenty minutes into the welcome (planned 15): five minutes behind the shifted plan.
    run.wait(20, 0);
    assert_eq!(run.behind(), 5 * 60);

    // Back to the clock times as designed: the old figures, saved as an event.
    assert!(run.act(Control::ShiftPlan(false)));
    assert_eq!(planned_start(&run, "Welcome"), "09:30");
    assert_eq!(run.behind(), (10 * 60 + 18) * 60 + 5 * 60);
    let text = workshop_kit::store::session_to_string(&run.session);
    let reread = workshop_kit::store::parse_session(std::path::Path::new("r.session.ron"), &text).unwrap();
    assert_eq!(RunState::replay(&reread), run.state(), "a resumed run shows the same");
    assert!(run.act(Control::ShiftPlan(true)));
    assert_eq!(run.behind(), 5 * 60);
    assert!(!run.act(Control::ShiftPlan(true)), "already shifted: no event");
}

#[test]
fn a_start_a_few_minutes_late_is_minutes_behind_and_another_day_shifts() {
    let design = half_past_nine_day();
    let mut run = run_of(&design, at("09:37:00"));
    run.act(Control::Start);
    assert_eq!(run.state().shift, None);
    assert_eq!(run.behind(), 7 * 60, "7 minutes behind");
    assert_eq!(planned_start(&run, "Welcome"), "09:30");
    assert!(!run.act(Control::ShiftPlan(true)), "nothing to shift");

    // Half an hour is still "late"; a minute more is a new plan.
    let mut run = run_of(&design, at("10:00:00"));
    run.act(Control::Start);
    assert_eq!((run.state().shift, run.behind()), (None, 30 * 60));
    let mut run = run_of(&design, at("10:01:00"));
    run.act(Control::Start);
    assert!(run.state().shift.is_some());

    // Planned for another day: the plan follows the start even on time of day.
    let other_day = Design { date: workshop_kit::model::Date::new(2026, 12, 24), ..design };
    let mut run = run_of(&other_day, at("09:35:00"));
    run.act(Control::Start);
    assert_eq!(run.behind(), 0);
    assert_eq!(planned_start(&run, "Welcome"), "09:35");
}

#[test]
fn every_run_action_is_undone_to_exactly_the_state_before() {
    let mut run = Run::new();
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    run.wait(10, 0);
    let before = run.state();
    let events = run.session.events.len();
    // Go three items ahead (past two), then undo.
    let target = run.session.plan.iter().find(|p| p.title == "Customer journey").unwrap().id;
    assert_eq!(before.skipped_by_jump(&run.session, target), 1);
    let target = run.session.plan.iter().find(|p| p.title == "Energiser").unwrap().id;
    assert_eq!(before.skipped_by_jump(&run.session, target), 3, "pairs, journey and the break");
    assert!(run.act(Control::JumpTo(target)));
    assert_eq!(run.current_title(), "Energiser");
    run.wait(0, 30);
    let undone = workshop_kit::runner::undo(&mut run.session).unwrap();
    assert_eq!(
        workshop_kit::runner::event_text(&run.session, &undone, workshop_kit::model::Lang::English),
        "Go to Energiser"
    );
    assert_eq!(run.session.events.len(), events);
    assert_eq!(run.state(), before, "the same item, nothing skipped, its time still running");
    assert_eq!(run.current_title(), "Welcome");
    assert_eq!(run.remaining(), 5 * 60 - 30);

    // Finish, then undo: the run goes on.
    run.act(Control::Finish);
    assert_eq!(run.state().status, Status::Finished);
    workshop_kit::runner::undo(&mut run.session);
    assert_eq!(run.state().status, Status::Running);
    assert_eq!(run.current_title(), "Welcome");
}

#[test]
fn an_item_that_holds_at_zero_shows_no_overtime_and_one_that_goes_on_starts_the_next_to_the_second() {
    use workshop_kit::model::AtZero;
    let mut design = four_hour_day();
    design.agenda[1].at_zero = AtZero::Hold; // Welcome, 15 minutes
    design.agenda[2].at_zero = AtZero::NextItem; // Stories in pairs, 45 minutes
    let mut run = Run::new();
    run.session = new_session(&design, None, run.clock.now());
    run.clock.set(at("09:00:00"));
    run.act(Control::Start);
    run.wait(16, 30);
    let state = run.state();
    assert_eq!(state.remaining_seconds(run.clock.now()), Some(-90), "the clock itself runs on");
    assert_eq!(state.shown_remaining(&run.session, run.clock.now()), Some(0), "held at 0:00");
    assert!(!workshop_kit::runner::catch_up(&mut run.session, run.clock.now()), "holding does not move on");
    run.act(Control::Next);

    // Stories: 45 minutes from 09:16:30, with a 2-minute pause, so zero at 10:03:30.
    run.wait(10, 0);
    run.act(Control::Pause);
    run.wait(2, 0);
    run.act(Control::Resume);
    run.wait(34, 59);
    assert!(!workshop_kit::runner::catch_up(&mut run.session, run.clock.now()), "one second early: 10:03:29");
    run.wait(0, 1);
    assert_eq!(run.current_title(), "Stories in pairs");
    // Noticed late (the app was closed): the next item still starts at 10:03:30.
    run.wait(4, 19);
    assert!(workshop_kit::runner::catch_up(&mut run.session, run.clock.now()));
    assert_eq!(run.current_title(), "Customer journey");
    let state = run.state();
    let journey = run.session.plan.iter().position(|p| p.title == "Customer journey").unwrap();
    assert_eq!(state.items[journey].started.unwrap().clock_text(), "10:03:30");
    assert_eq!(run.remaining(), 60 * 60 - (4 * 60 + 19));
    assert!(!workshop_kit::runner::catch_up(&mut run.session, run.clock.now()), "counts over as before");
}
