//! Run mode as it meets a live room, through the real `App` (egui_kittest):
//! a run cut short is offered back on every start path, the plan follows a
//! late start, the projector survives mode changes, votes land where they
//! are clicked, and run actions are undone.

use std::path::Path;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::model::ItemKind;
use workshop_kit::runner::{FakeClock, RunState, Status};
use workshop_kit::store::load_session;
use workshop_kit::ui::{App, Mode};

use crate::ui_run::{add_person, at, click, run_path, running, start_app, type_into};

fn current_title(harness: &Harness<'static, App>) -> String {
    let run = harness.state().run.as_ref().expect("a run");
    let state = run.state();
    state.current.map(|i| run.session.plan[i].title.clone()).unwrap_or_default()
}

/// A run of not-my-job with people and an idea, left as a kill leaves it
/// (the harness is dropped: nothing more is saved); returns its file.
fn a_run_cut_short(dir: &Path, clock: &FakeClock) -> std::path::PathBuf {
    let harness = crate::ui_run::a_run_with_an_idea(dir, clock);
    run_path(&harness)
}

#[test]
fn a_run_cut_short_is_offered_back_on_every_start_and_a_new_run_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 58));
    let old = a_run_cut_short(dir.path(), &clock);
    clock.set(at(10, 15));

    // A plain start (it opens the bundled default kit, another design).
    let mut harness = start_app(dir.path(), None, false, &clock);
    assert!(harness.query_by_label("Resume the unfinished run?").is_some(), "plain start offers it");
    assert!(harness.query_by_label_contains("started 2026-11-23 09:00").is_some(), "with its start");
    click(&mut harness, "Not now");
    assert!(harness.state().run.is_none());
    drop(harness);

    // `open FILE` on the design that ran.
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    assert!(harness.query_by_label("Resume the unfinished run?").is_some(), "open FILE offers it");
    click(&mut harness, "Not now");
    drop(harness);

    // `run FILE`, even with the active-run record gone (found in the run folder):
    // resume, or a new run; never a second run without asking.
    std::fs::remove_dir_all(dir.path().join("data")).unwrap();
    let mut harness = start_app(dir.path(), Some("not-my-job"), true, &clock);
    assert!(harness.query_by_label("Resume the unfinished run?").is_some(), "run FILE asks first");
    assert!(harness.state().run.is_none(), "nothing started before the answer");
    let runs = dir.path().join("runs");
    assert_eq!(std::fs::read_dir(&runs).unwrap().count(), 1, "no new run file yet");
    click(&mut harness, "Start a new run");
    let new = run_path(&harness);
    assert_ne!(new, old);
    assert_eq!(harness.state().run.as_ref().unwrap().state().status, Status::Running, "run FILE starts the timer");
    let kept = load_session(&old).unwrap();
    assert!(kept.left_unfinished, "the old run is marked unfinished");
    assert_eq!(kept.captures.ideas.len(), 1, "and keeps what it captured");

    // Results lists both, each with its start time.
    click(&mut harness, "Results");
    assert!(harness.query_by_label("Runs (2 of 2 counted)").is_some());
    assert!(harness.query_by_label("2026-11-23 09:00").is_some(), "the old run with its start");
    assert!(harness.query_by_label("2026-11-23 10:15").is_some(), "the new run with its start");
    assert!(harness.query_by_label_contains("unfinished").is_some());
    drop(harness);

    // Started again, the run given up is not offered; the new one is.
    let harness = start_app(dir.path(), None, false, &clock);
    assert!(harness.query_by_label("Resume the unfinished run?").is_some());
    assert!(harness.query_by_label_contains("started 2026-11-23 10:15").is_some());
    assert!(harness.query_by_label_contains("started 2026-11-23 09:00").is_none());
}

#[test]
fn several_unfinished_runs_are_listed_to_pick_from() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 58));
    let first = a_run_cut_short(dir.path(), &clock);
    clock.set(at(11, 0));
    // A second run, started over the first without leaving it (as an older version did).
    let second = dir.path().join("runs").join("second.session.ron");
    let mut session = load_session(&first).unwrap();
    session.events = vec![workshop_kit::model::TimingEvent::Start { at: at(11, 0) }];
    workshop_kit::store::save_session(&second, &session).unwrap();

    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    assert!(harness.query_by_label("Resume an unfinished run?").is_some());
    click(&mut harness, "Resume the run started 2026-11-23 09:00");
    assert_eq!(run_path(&harness).canonicalize().unwrap(), first.canonicalize().unwrap());
    assert_eq!(current_title(&harness), "Fixes: building on each other's ideas");
}

#[test]
fn a_run_started_hours_late_follows_its_start_and_the_choice_survives_resume() {
    let dir = tempfile::tempdir().unwrap();
    // customer-care-morning is planned 09:30–13:00.
    let clock = FakeClock::at(at(19, 47));
    let mut harness = start_app(dir.path(), Some("customer-care-morning"), false, &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    clock.set(at(19, 48));
    click(&mut harness, "Start");
    assert!(harness.query_by_label("Planned 09:30, started 19:48: times shifted by +10h18").is_some());
    assert!(harness.query_by_label("on time").is_some(), "a rehearsal at night is not hours behind");
    assert!(harness.query_by_label("23:18:00").is_some(), "projected finish: 19:48 + 3h30");
    let first = harness.state().run.as_ref().unwrap().session.plan.iter().find(|p| p.kind != ItemKind::Section);
    let (first, minutes) = first.map(|p| (p.title.clone(), p.duration)).unwrap();
    assert!(harness.query_by_label(&format!("19:48 {minutes}")).is_some(), "the first item is planned 19:48");

    click(&mut harness, "Use the clock times as designed");
    assert!(harness.query_by_label("Planned 09:30, started 19:48: clock times as designed").is_some());
    assert!(harness.query_by_label("10h 18m behind").is_some());
    let path = run_path(&harness);
    drop(harness);

    // Resumed, it still judges the day by the design's clock.
    let mut harness = start_app(dir.path(), None, false, &clock);
    click(&mut harness, "Resume run");
    assert!(harness.query_by_label("10h 18m behind").is_some());
    click(&mut harness, "Shift the times to the start");
    assert!(harness.query_by_label("on time").is_some());
    let state = RunState::replay(&load_session(&path).unwrap());
    assert!(state.shift.unwrap().shifted, "the choice is in the file");
    assert_eq!(current_title(&harness), first);
}

#[test]
fn a_start_a_few_minutes_late_is_that_many_minutes_behind() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 35));
    let mut harness = start_app(dir.path(), Some("customer-care-morning"), false, &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    clock.set(at(9, 37));
    click(&mut harness, "Start");
    assert!(harness.query_by_label("7m 00s behind").is_some());
    assert!(harness.query_by_label_contains("times shifted").is_none());
}

#[test]
fn the_projector_stays_open_in_design_and_results() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 59));
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    clock.set(at(9, 0));
    click(&mut harness, "Start");
    click(&mut harness, "Projector window");
    let title = harness.state().doc.design.title.clone();
    let projector = format!("{title} — projector");
    assert!(harness.query_by_label(&projector).is_some(), "the projector is open");
    for mode in ["Design", "Results", "Run", "Design"] {
        click(&mut harness, mode);
        clock.advance_seconds(61);
        harness.run();
        assert!(harness.query_by_label(&projector).is_some(), "the projector is drawn in {mode} mode");
        assert!(harness.state().run_view.projector_open);
    }
    // Its countdown keeps going while the facilitator edits the design.
    assert_eq!(harness.state().mode, Mode::Design);
    let run = harness.state().run.as_ref().unwrap();
    let left = run.state().remaining_seconds(harness.state().clock.now()).unwrap();
    assert_eq!(left, i64::from(run.session.plan[0].duration.get()) * 60 - 4 * 61);
    let countdown = workshop_kit::model::countdown_text(left);
    assert!(harness.query_by_label(&countdown).is_some(), "countdown {countdown} in Design mode");
}

#[test]
fn four_clicks_on_one_vote_option_give_it_four_votes_and_it_stays_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = running(dir.path(), "not-my-job", &clock);
    click(&mut harness, "Go to Choose the problems we will work on");
    for option in ["Missing delivery addresses", "Quality holds nobody hears of", "Refunds wait a week"] {
        type_into(&mut harness, "New option", option);
        click(&mut harness, "Add new option");
    }
    // The third first gets a vote, then the second is clicked four times.
    click(&mut harness, "Vote for Refunds wait a week");
    let target = "Vote for Quality holds nobody hears of";
    let place = harness.get_by_label(target).rect();
    for _ in 0..4 {
        click(&mut harness, target);
        assert_eq!(harness.get_by_label(target).rect(), place, "the option never moves under the pointer");
    }
    let votes: Vec<(String, u32)> = {
        let session = &harness.state().run.as_ref().unwrap().session;
        session.captures.votes.iter().map(|v| (v.text.clone(), v.votes)).collect()
    };
    assert_eq!(
        votes,
        [
            ("Missing delivery addresses".to_string(), 0),
            ("Quality holds nobody hears of".to_string(), 4),
            ("Refunds wait a week".to_string(), 1)
        ]
    );
    // Ranked when asked.
    click(&mut harness, "Sort by votes");
    assert_eq!(harness.state().run_view.vote_order.len(), 3);
    let order = harness.state().run_view.vote_order.clone();
    let session = &harness.state().run.as_ref().unwrap().session;
    let text = |id: u32| session.captures.votes.iter().find(|v| v.id == id).unwrap().text.clone();
    assert_eq!(text(order[0]), "Quality holds nobody hears of");
}

#[test]
fn go_three_ahead_then_ctrl_z_returns_and_finish_then_undo_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = running(dir.path(), "not-my-job", &clock);
    clock.advance_seconds(3 * 60);
    harness.run();
    let before = harness.state().run.as_ref().unwrap().state();
    assert_eq!(current_title(&harness), "Welcome: why 'not my job' is nobody's fault");
    // Three items ahead: two between are skipped (the button says "Go, skip 2").
    let session = &harness.state().run.as_ref().unwrap().session;
    let target = session.plan.iter().find(|p| p.title == "Choose the problems we will work on").unwrap().id;
    assert_eq!(before.skipped_by_jump(session, target), 2);
    click(&mut harness, "Go to Choose the problems we will work on");
    assert_eq!(current_title(&harness), "Choose the problems we will work on");
    clock.advance_seconds(20);
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let after = harness.state().run.as_ref().unwrap().state();
    assert_eq!(after, before, "the item and its timings are as before the jump");
    assert_eq!(current_title(&harness), "Welcome: why 'not my job' is nobody's fault");
    let saved = RunState::replay(&load_session(&run_path(&harness)).unwrap());
    assert_eq!(saved, before, "the file holds the state the console shows");

    // Finish, then the Undo button: the run goes on.
    click(&mut harness, "Finish run");
    assert_eq!(harness.state().run.as_ref().unwrap().state().status, Status::Finished);
    click(&mut harness, "Undo: Finish run");
    assert_eq!(harness.state().run.as_ref().unwrap().state().status, Status::Running);
    assert_eq!(current_title(&harness), "Welcome: why 'not my job' is nobody's fault");
    // The undo button leaves after a few seconds; Ctrl+Z still works.
    for _ in 0..40 {
        harness.step();
    }
    assert!(harness.query_by_label_contains("Undo: ").is_none());
}

#[test]
fn enter_adds_from_every_capture_field_and_an_owner_comes_from_the_roster() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Roster");
    add_person(&mut harness, "Ana Núñez", "IT");
    click(&mut harness, "Start");
    click(&mut harness, "Go to Problem harvest: where hand-offs go wrong");
    // Enter in the department field adds the barrier.
    type_into(&mut harness, "New barrier", "Orders arrive without delivery addresses");
    type_into(&mut harness, "Barrier department", "Sales");
    harness.key_press(Key::Enter);
    harness.run();
    let session = &harness.state().run.as_ref().unwrap().session;
    assert_eq!(session.captures.barriers.len(), 1, "Enter in the department field adds");
    assert_eq!(session.captures.barriers[0].department, "Sales");

    click(&mut harness, "Go to Actions: one owner, one date");
    type_into(&mut harness, "Action", "Make the address field mandatory");
    crate::ui_run::choose(&mut harness, "Pick an owner", "Ana Núñez");
    type_into(&mut harness, "Action due date", "2026-12-15");
    harness.key_press(Key::Enter);
    harness.run();
    let saved = load_session(&run_path(&harness)).unwrap();
    let action = saved.captures.actions.first().expect("Enter in the due date adds the action");
    assert_eq!(
        (action.what.as_str(), action.owner.as_str(), action.due.map(|d| d.to_string())),
        ("Make the address field mandatory", "Ana Núñez", Some("2026-12-15".to_string()))
    );
}

#[test]
fn a_run_named_a_rehearsal_is_left_out_of_the_results_until_ticked() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Roster");
    type_into(&mut harness, "Name of the run", "Rehearsal with the team leads");
    click(&mut harness, "Start");
    click(&mut harness, "Finish run");
    click(&mut harness, "Close the run");
    assert_eq!(
        load_session(&dir.path().join("runs").read_dir().unwrap().next().unwrap().unwrap().path()).unwrap().name,
        "Rehearsal with the team leads"
    );
    click(&mut harness, "Results");
    assert!(harness.query_by_label("Runs (0 of 1 counted)").is_some(), "a rehearsal is not counted by default");
    harness.query_all_by_label_contains("Count the run of ").next().unwrap().click();
    harness.run();
    assert!(harness.query_by_label("Runs (1 of 1 counted)").is_some(), "ticked, it counts");
}

#[test]
fn at_start_an_unfinished_run_is_asked_about_first_then_unsaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 58));
    a_run_cut_short(dir.path(), &clock);
    let mut unsaved = workshop_kit::store::kits::find("team-vision-day").unwrap().load().unwrap();
    unsaved.title = "Team day (not saved)".into();
    let recovery = dir.path().join("data").join(workshop_kit::store::RECOVERY_FILE);
    workshop_kit::store::write_recovery(&recovery, None, &unsaved).unwrap();

    let mut harness = start_app(dir.path(), None, false, &clock);
    assert!(harness.query_by_label("Resume the unfinished run?").is_some(), "the run first");
    assert!(harness.query_by_label("Restore unsaved work?").is_none(), "one question at a time");
    click(&mut harness, "Not now");
    assert!(harness.query_by_label("Restore unsaved work?").is_some(), "then the unsaved work");
    click(&mut harness, "Discard");
    assert!(!recovery.exists(), "declined, it is not offered again");
    drop(harness);
    let harness = start_app(dir.path(), None, false, &clock);
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
}

#[test]
fn an_item_that_goes_on_by_itself_does_and_an_undo_brings_it_back_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let (mut harness, minutes) = first_item_goes_on_by_itself(dir.path(), &clock);
    clock.advance_seconds(minutes * 60 + 5);
    harness.run();
    assert_eq!(current_title(&harness), "The last thing I passed on", "it went on by itself at 0:00");
    let run = harness.state().run.as_ref().unwrap();
    let second = run.state().items[1].started.unwrap();
    assert_eq!(second, at(9, 0).plus_seconds(minutes * 60), "at the moment it reached 0:00");
    assert_eq!(load_session(&run_path(&harness)).unwrap().events.len(), 2, "and saved");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    clock.advance_seconds(3);
    harness.run();
    assert_eq!(current_title(&harness), "Welcome: why 'not my job' is nobody's fault", "the undo holds");
}

#[test]
fn going_back_to_an_item_past_its_time_that_goes_on_by_itself_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let (mut harness, minutes) = first_item_goes_on_by_itself(dir.path(), &clock);
    clock.advance_seconds(minutes * 60 + 30);
    harness.run();
    assert_eq!(current_title(&harness), "The last thing I passed on");
    harness.key_press(Key::PageUp);
    harness.run();
    clock.advance_seconds(5);
    harness.run();
    assert_eq!(current_title(&harness), "Welcome: why 'not my job' is nobody's fault", "back by hand, it waits");
    click(&mut harness, "Next");
    let run = harness.state().run.as_ref().unwrap();
    let second = run.state().items[1].clone();
    assert!(second.started.is_some() && second.ended.is_none(), "the next item runs again");
}

#[test]
fn the_standby_screen_says_the_designs_start_however_early_the_room_opens() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(7, 0));
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Projector window");
    assert!(harness.query_by_label("We start at 09:00").is_some());
    clock.advance_seconds(61);
    harness.run();
    assert!(harness.query_by_label("We start at 09:00").is_some(), "it does not tick with the clock");
}

/// not-my-job running, its first item set to go on by itself at 0:00;
/// with that item's length in minutes.
fn first_item_goes_on_by_itself(dir: &Path, clock: &FakeClock) -> (Harness<'static, App>, i64) {
    let mut harness = start_app(dir, Some("not-my-job"), false, clock);
    let first = harness.state().doc.design.agenda.iter().position(|i| i.kind == ItemKind::Activity).unwrap();
    harness.state_mut().doc.design.agenda[first].at_zero = workshop_kit::model::AtZero::NextItem;
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Start");
    let minutes = harness.state().run.as_ref().unwrap().session.plan[0].duration.get() as i64;
    (harness, minutes)
}
