//! Run mode through the real `App` (egui_kittest) with a fake clock: start,
//! advance, capture, pause, and what the run file on disk then holds.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::model::{Moment, TimingEvent};
use workshop_kit::runner::{FakeClock, RunState, Status};
use workshop_kit::store::load_session;
use workshop_kit::ui::{App, AppConfig, Mode, Settings};

/// 2026-11-23 at `hh:mm`, local wall clock.
pub fn at(hh: i64, mm: i64) -> Moment {
    Moment(1_795_392_000_000 + (hh * 3600 + mm * 60) * 1000)
}

pub fn run_app(dir: &Path, open: &str, clock: &FakeClock) -> Harness<'static, App> {
    start_app(dir, Some(open), false, clock)
}

/// The app as a consultant starts it: plainly (`open: None`), with `open
/// FILE`, or with `run FILE` (`start_run`); data and runs in `dir`.
pub fn start_app(dir: &Path, open: Option<&str>, start_run: bool, clock: &FakeClock) -> Harness<'static, App> {
    let config = AppConfig {
        data_dir: Some(dir.join("data")),
        open: open.map(str::to_string),
        native_dialogs: false,
        start_run,
        fake_clock: Some(clock.clone()),
        ..AppConfig::default()
    };
    let runs = dir.join("runs");
    std::fs::create_dir_all(&runs).unwrap();
    let mut harness =
        Harness::builder().with_size(egui::vec2(1280.0, 1600.0)).with_max_steps(40).build_eframe(move |_cc| {
            let mut app = App::with_settings(Settings::default(), config);
            app.run_view.folder = Some(runs);
            app
        });
    harness.run();
    harness
}

/// The app on `open`, in run mode, with a run started and its first item on.
pub fn running(dir: &Path, open: &str, clock: &FakeClock) -> Harness<'static, App> {
    let mut harness = start_app(dir, Some(open), false, clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Start");
    harness
}

pub fn type_into(harness: &mut Harness<'static, App>, name: &str, text: &str) {
    harness.get_by_label(name).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(name).type_text(text);
    harness.run();
}

pub fn click(harness: &mut Harness<'static, App>, name: &str) {
    harness.get_by_label(name).click();
    harness.run();
}

/// Picks `option` in the combo box named `combo`.
pub fn choose(harness: &mut Harness<'static, App>, combo: &str, option: &str) {
    click(harness, combo);
    harness.get_by_role_and_label(egui::accesskit::Role::Button, option).click();
    harness.run();
}

pub fn add_person(harness: &mut Harness<'static, App>, name: &str, department: &str) {
    type_into(harness, "Participant name", name);
    type_into(harness, "Participant department", department);
    click(harness, "Add participant");
}

/// In the fixes round: Ana's idea, and Jürgen building on it.
pub fn add_idea_with_an_add_on(harness: &mut Harness<'static, App>) {
    type_into(harness, "New idea", "One shared queue for refund hand-offs");
    choose(harness, "Idea by", "Ana Núñez");
    click(harness, "Add new idea");
    click(harness, "Build on One shared queue for refund hand-offs");
    type_into(harness, "Building on that", "with a named owner each day");
    choose(harness, "Add-on by", "Jürgen Weiß");
    click(harness, "Add building on that");
}

/// not-my-job with two people, started at 09:00, 25 minutes on at the
/// fixes round with an idea and an add-on: a run worth not losing.
pub fn a_run_with_an_idea(dir: &Path, clock: &FakeClock) -> Harness<'static, App> {
    let mut harness = run_app(dir, "not-my-job", clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Roster");
    add_person(&mut harness, "Ana Núñez", "IT");
    add_person(&mut harness, "Jürgen Weiß", "Customer care");
    clock.set(at(9, 0));
    click(&mut harness, "Start");
    clock.advance_seconds(25 * 60);
    // Let the view catch up with the clock (the re-plan box appears) before clicking.
    harness.run();
    click(&mut harness, "Go to Fixes: building on each other's ideas");
    add_idea_with_an_add_on(&mut harness);
    harness
}

pub fn run_path(harness: &Harness<'static, App>) -> PathBuf {
    harness.state().run.as_ref().expect("a run").path.clone()
}

#[test]
fn a_run_captures_ideas_with_add_ons_and_barriers_and_saves_them_as_it_goes() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 58));
    let mut harness = run_app(dir.path(), "not-my-job", &clock);
    click(&mut harness, "Run");
    assert_eq!(harness.state().mode, Mode::Run);
    click(&mut harness, "Start the run");
    let path = run_path(&harness);
    click(&mut harness, "Roster");
    assert!(path.starts_with(dir.path().join("runs")), "{}", path.display());
    assert!(path.exists(), "the run file exists from the start");

    // The roster, before the timer starts.
    add_person(&mut harness, "Ana Núñez", "IT");
    add_person(&mut harness, "Jürgen Weiß", "Customer care");
    add_person(&mut harness, "Chloé Martin", "Finance");
    assert_eq!(load_session(&path).unwrap().roster.len(), 3, "each person is saved as added");

    clock.set(at(9, 0));
    click(&mut harness, "Start");
    assert_eq!(harness.state().run.as_ref().unwrap().state().status, Status::Running);
    clock.advance_seconds(10 * 60);
    harness.key_press(Key::ArrowRight);
    harness.run();
    clock.advance_seconds(15 * 60);
    click(&mut harness, "Next");

    // Problem harvest: barriers by department.
    let state = harness.state().run.as_ref().unwrap().state();
    let session = &harness.state().run.as_ref().unwrap().session;
    assert_eq!(session.plan[state.current.unwrap()].title, "Problem harvest: where hand-offs go wrong");
    type_into(&mut harness, "New barrier", "Refund approvals wait for a weekly sign-off");
    type_into(&mut harness, "Barrier department", "Finance");
    click(&mut harness, "Add new barrier");
    click(&mut harness, "Vote for Refund approvals wait for a weekly sign-off");

    // Jump to the fixes round: an idea and two add-ons by two other people.
    clock.advance_seconds(20 * 60);
    click(&mut harness, "Go to Fixes: building on each other's ideas");
    add_idea_with_an_add_on(&mut harness);
    // The add-on form stays open for the next person building on it.
    type_into(&mut harness, "Building on that", "and a Friday look at what got stuck");
    choose(&mut harness, "Add-on by", "Chloé Martin");
    click(&mut harness, "Add building on that");
    assert!(harness.query_by_label_contains("Shared by Ana Núñez, Jürgen Weiß, Chloé Martin").is_some());

    clock.advance_seconds(3 * 60);
    // Space pauses once no field has the keyboard.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Space);
    harness.run();

    // Everything is on disk now, without any explicit save.
    let saved = load_session(&path).unwrap();
    assert_eq!(saved.roster.len(), 3);
    let idea = &saved.captures.ideas[0];
    assert_eq!(idea.text, "One shared queue for refund hand-offs");
    assert_eq!(idea.add_ons.len(), 2);
    let names: Vec<&str> = idea.contributors().iter().map(|p| saved.participant(*p).unwrap().name.as_str()).collect();
    assert_eq!(names, ["Ana Núñez", "Jürgen Weiß", "Chloé Martin"]);
    let barrier = &saved.captures.barriers[0];
    assert_eq!((barrier.department.as_str(), barrier.votes), ("Finance", 1));
    assert!(matches!(saved.events.last(), Some(TimingEvent::Pause { .. })), "{:?}", saved.events.last());
    let state = RunState::replay(&saved);
    assert_eq!(state.status, Status::Paused);
    assert!(state.items[2].ended.is_some() && state.items[3].skipped, "the jump passed over the vote");
}

#[test]
fn the_projector_shows_the_room_what_it_needs_and_never_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 59));
    let mut harness = run_app(dir.path(), "not-my-job", &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    clock.set(at(9, 0));
    click(&mut harness, "Start");
    clock.advance_seconds(4 * 60 + 30);
    click(&mut harness, "Projector window");
    harness.run();
    let design = harness.state().doc.design.clone();
    let first = design.agenda.iter().find(|i| i.kind == workshop_kit::model::ItemKind::Activity).unwrap();
    // The countdown, the instructions and what is next are there...
    assert!(
        harness.query_all_by_label(&format!("{}:30", first.duration.get() - 5)).count() >= 2,
        "countdown on console and projector"
    );
    let instructions = first.participant_instructions.lines().next().unwrap();
    assert!(harness.query_by_label_contains(instructions).is_some(), "instructions on the projector");
    assert!(harness.query_all_by_label_contains("Next: ").count() >= 2, "what comes next, on both");
    // ...and the facilitator notes are on the console only, once.
    let notes = &first.facilitator_notes;
    assert_eq!(harness.query_all_by_label(notes).count(), 1, "notes appear once (console), never on the projector");
}

#[test]
fn a_run_repaints_each_second_running_or_paused_and_nothing_ticks_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = run_app(dir.path(), "customer-care-morning", &clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Start");
    clock.advance_seconds(1);
    harness.step();
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(
        delay > std::time::Duration::from_millis(900) && delay <= std::time::Duration::from_millis(1010),
        "{delay:?}"
    );
    click(&mut harness, "Pause");
    clock.advance_seconds(1);
    harness.step();
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(
        delay > std::time::Duration::from_millis(900) && delay <= std::time::Duration::from_millis(1010),
        "paused, the time of day still moves: {delay:?}"
    );
    click(&mut harness, "Finish run");
    click(&mut harness, "Close the run");
    click(&mut harness, "Design");
    harness.step();
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(delay, std::time::Duration::MAX, "no run: no repaint");
}
