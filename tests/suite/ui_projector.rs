//! The projector as the room's screen, through the real `App` (the
//! projector window is embedded in tests, so its labels can be read): each
//! screen, the countdown in its corner, blackout and clicker keys, breaks,
//! anonymous items, and votes on the room's own ideas.

use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::runner::FakeClock;
use workshop_kit::store::load_session;
use workshop_kit::ui::App;

use crate::ui_run::{add_idea_with_an_add_on, add_person, at, click, run_path, running, start_app, type_into};

/// Picks `option` in the combo box `combo`: the entry that opening it added
/// (a tab may share the option's name).
fn pick(harness: &mut Harness<'static, App>, combo: &str, option: &str) {
    let before: Vec<_> = harness.query_all_by_label(option).map(|n| n.rect()).collect();
    click(harness, combo);
    let entry = harness.query_all_by_label(option).find(|n| !before.contains(&n.rect())).expect("the option");
    entry.click();
    harness.run();
}

/// How many labels read exactly `text` (console and projector each count).
fn count(harness: &Harness<'static, App>, text: &str) -> usize {
    harness.query_all_by_label(text).count()
}

fn countdown(harness: &Harness<'static, App>) -> String {
    let app = harness.state();
    let run = app.run.as_ref().unwrap();
    let left = run.state().shown_remaining(&run.session, app.clock.now()).unwrap();
    workshop_kit::model::countdown_text(left.max(0))
}

/// not-my-job with two people, the projector open, before the start.
fn room(dir: &std::path::Path, clock: &FakeClock) -> Harness<'static, App> {
    let mut harness = start_app(dir, Some("not-my-job"), false, clock);
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Roster");
    add_person(&mut harness, "Ana Núñez", "IT");
    add_person(&mut harness, "Jürgen Weiß", "Customer care");
    click(&mut harness, "Projector window");
    harness
}

#[test]
fn each_projector_screen_shows_what_the_room_produced_with_the_countdown_in_a_corner() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(8, 55));
    let mut harness = room(dir.path(), &clock);
    assert!(harness.query_by_label("We start at 09:00").is_some(), "standby before the first item");

    clock.set(at(9, 0));
    click(&mut harness, "Start");
    click(&mut harness, "Go to Problem harvest: where hand-offs go wrong");
    type_into(&mut harness, "New barrier", "Refund approvals wait for a weekly sign-off");
    type_into(&mut harness, "Barrier department", "Finance");
    click(&mut harness, "Add new barrier");
    // The projector follows the item's capture once it has one.
    assert!(harness.query_by_label("• Refund approvals wait for a weekly sign-off").is_some(), "barriers");
    assert!(count(&harness, "Finance") >= 2, "by department, on the console and the wall");
    assert_eq!(count(&harness, &countdown(&harness)), 2, "countdown on the console and in the corner");

    click(&mut harness, "Go to Fixes: building on each other's ideas");
    add_idea_with_an_add_on(&mut harness);
    assert!(count(&harness, "+ with a named owner each day") >= 2, "the add-on, on the wall too");
    assert!(harness.query_by_label("Ana Núñez, Jürgen Weiß").is_some(), "who shaped it");
    assert_eq!(count(&harness, &countdown(&harness)), 2);

    // Votes on the room's own idea, most votes first.
    click(&mut harness, "Go to Choose the problems we will work on");
    click(&mut harness, "Vote on the ideas from…");
    click(&mut harness, "The 1 idea from \"Fixes: building on each other's ideas\"");
    type_into(&mut harness, "New option", "Quality holds nobody hears of");
    click(&mut harness, "Add new option");
    for _ in 0..3 {
        click(&mut harness, "Vote for One shared queue for refund hand-offs");
    }
    assert!(count(&harness, "One shared queue for refund hand-offs") >= 2, "the idea as an option, on the wall too");
    assert!(count(&harness, "3") >= 2, "its count, on the console and the wall");
    match workshop_kit::ui::projector_view_of(harness.state()).map(|v| v.screen) {
        Some(workshop_kit::ui::Screen::Votes(votes)) => assert_eq!(
            votes,
            [
                ("One shared queue for refund hand-offs".to_string(), 3),
                ("Quality holds nobody hears of".to_string(), 0)
            ],
            "most votes first"
        ),
        other => panic!("the wall shows {other:?}"),
    }
    assert_eq!(count(&harness, &countdown(&harness)), 2, "the countdown beside the votes");

    // Groups, chosen on the console.
    pick(&mut harness, "Projector shows", "Groups");
    click(&mut harness, "Groups");
    click(&mut harness, "Make groups");
    assert!(count(&harness, "Group 1") >= 2, "on the console and the wall");
    assert!(count(&harness, "Ana Núñez") >= 1 && count(&harness, "Jürgen Weiß") >= 1, "each group's members");
    assert_eq!(count(&harness, &countdown(&harness)), 2);

    // The glossary as the room edits it.
    pick(&mut harness, "Projector shows", "Glossary");
    click(&mut harness, "Design");
    harness.get_by_label("Workshop details").click();
    harness.run();
    click(&mut harness, "+ Term");
    let n = harness.state().doc.design.glossary.len();
    type_into(&mut harness, &format!("Glossary term {n}"), "Hand-off");
    assert!(count(&harness, "Hand-off") >= 2, "the term just typed, on the wall");
    assert_eq!(count(&harness, &countdown(&harness)), 1, "in Design mode the wall alone has the countdown");
    click(&mut harness, "Run");

    // A message, then blackout.
    type_into(&mut harness, "Message for the room", "Please return to your tables");
    click(&mut harness, "Show message");
    assert!(harness.query_by_label("Please return to your tables").is_some());
    assert_eq!(count(&harness, &countdown(&harness)), 2, "the countdown stays in a corner");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::B);
    harness.run();
    assert!(harness.state().run_view.blackout);
    assert_eq!(count(&harness, &countdown(&harness)), 1, "blackout: nothing on the wall");
    assert!(harness.query_by_label("Please return to your tables").is_none());
    harness.key_press(Key::Period);
    harness.run();
    assert!(!harness.state().run_view.blackout, "'.' (a clicker's blank key) brings it back");
}

#[test]
fn a_break_says_when_the_room_is_back_and_clicker_keys_move_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = room(dir.path(), &clock);
    click(&mut harness, "Start");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::PageDown);
    harness.run();
    let title = |h: &Harness<'static, App>| {
        let run = h.state().run.as_ref().unwrap();
        run.state().current.map(|i| run.session.plan[i].title.clone()).unwrap()
    };
    assert_eq!(title(&harness), "The last thing I passed on", "PageDown: the next item");
    harness.key_press(Key::PageUp);
    harness.run();
    assert_eq!(title(&harness), "Welcome: why 'not my job' is nobody's fault", "PageUp: the one before");

    clock.set(at(9, 40));
    // Let the view catch up with the clock (the re-plan box appears) before clicking.
    harness.run();
    click(&mut harness, "Go to Coffee break");
    assert_eq!(title(&harness), "Coffee break");
    assert!(harness.query_by_label("Back at 09:55").is_some(), "a 15-minute break from 09:40");
    // A minute's pause moves the time the room is back.
    click(&mut harness, "Pause");
    clock.advance_seconds(60);
    harness.run();
    assert!(harness.query_by_label("Back at 09:56").is_some());
}

#[test]
fn an_anonymous_item_takes_no_names_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    let fixes = harness.state().doc.design.agenda.iter().position(|i| i.title.starts_with("Fixes")).unwrap();
    harness.state_mut().doc.design.agenda[fixes].anonymous = true;
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Roster");
    add_person(&mut harness, "Ana Núñez", "IT");
    click(&mut harness, "Projector window");
    click(&mut harness, "Start");
    click(&mut harness, "Go to Fixes: building on each other's ideas");
    assert!(harness.query_by_label("Idea by").is_none(), "no name is asked");
    type_into(&mut harness, "New idea", "Nobody owns the shared inbox");
    click(&mut harness, "Add new idea");
    click(&mut harness, "Build on Nobody owns the shared inbox");
    type_into(&mut harness, "Building on that", "and nobody reads it on Fridays");
    click(&mut harness, "Add building on that");
    // A name sent anyway (an older form, a script) is dropped below the UI.
    let idea = harness.state().run.as_ref().unwrap().session.captures.ideas[0].id;
    harness.state_mut().push(workshop_kit::ui::Command::Capture(workshop_kit::capture::CaptureEdit::AddOn {
        idea,
        text: "and the inbox rule hides half of it".into(),
        by: Some(workshop_kit::model::ParticipantId(1)),
    }));
    harness.run();

    let saved = load_session(&run_path(&harness)).unwrap();
    let idea = &saved.captures.ideas[0];
    assert_eq!(idea.add_ons.len(), 2);
    assert!(idea.by.is_none() && idea.add_ons.iter().all(|a| a.by.is_none()), "the file holds no name");
    assert!(count(&harness, "+ and nobody reads it on Fridays") >= 2, "on the wall too");
    assert_eq!(
        harness.query_all_by_label_contains("Ana Núñez").count(),
        0,
        "no name on the console's ideas or the wall"
    );
    let laid = workshop_kit::pdf::report::report(&saved, workshop_kit::pdf::Paper::A4);
    let text = crate::pdf::pdf_text(&workshop_kit::pdf::render::render(&laid, None).unwrap()).join("\n");
    assert!(text.contains("Nobody owns the shared inbox"));
    let flat = crate::pdf::squash(&text);
    assert_eq!(flat.matches(&crate::pdf::squash("Ana Núñez")).count(), 1, "only in the attendance list:\n{text}");
    assert!(!flat.contains("Shapedby"), "nobody shaped an anonymous idea, as far as the report says:\n{text}");
}

#[test]
fn votes_on_the_ideas_of_an_earlier_item_reach_the_report_with_their_contributors() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = room(dir.path(), &clock);
    click(&mut harness, "Start");
    click(&mut harness, "Go to Fixes: building on each other's ideas");
    add_idea_with_an_add_on(&mut harness);
    type_into(&mut harness, "New idea", "A hand-off checklist on every order");
    click(&mut harness, "Add new idea");
    click(&mut harness, "Go to Would it work on a Monday morning?");
    click(&mut harness, "Previous");
    // Back on the vote item of this kit? Vote on them from the actions item instead.
    let vote_item =
        harness.state().run.as_ref().unwrap().session.plan.iter().find(|p| p.title.starts_with("Choose")).unwrap().id;
    let fixes =
        harness.state().run.as_ref().unwrap().session.plan.iter().find(|p| p.title.starts_with("Fixes")).unwrap().id;
    harness.state_mut().push(workshop_kit::ui::Command::Capture(workshop_kit::capture::CaptureEdit::VoteOn {
        item: vote_item,
        from: fixes,
        kind: workshop_kit::capture::CaptureKind::Idea,
    }));
    harness.run();
    let session = &harness.state().run.as_ref().unwrap().session;
    let options: Vec<_> = session.captures.votes.iter().filter(|v| v.item == vote_item).collect();
    assert_eq!(options.len(), 2, "one option per idea");
    assert!(options.iter().all(|o| o.idea.is_some()), "each linked to its idea");
    let mut session = session.clone();
    let first = options[0].id;
    workshop_kit::capture::apply(
        &mut session,
        workshop_kit::capture::CaptureEdit::Vote {
            kind: workshop_kit::capture::CaptureKind::Vote,
            id: first,
            delta: 4,
        },
    );
    let laid = workshop_kit::pdf::report::report(&session, workshop_kit::pdf::Paper::A4);
    let flat =
        crate::pdf::squash(&crate::pdf::pdf_text(&workshop_kit::pdf::render::render(&laid, None).unwrap()).join("\n"));
    assert!(flat.contains(&crate::pdf::squash("One shared queue for refund hand-offs (4 votes)")), "{flat}");
    assert!(flat.contains(&crate::pdf::squash("Shaped by Ana Núñez, Jürgen Weiß")));
}

#[test]
fn the_poll_screen_shows_a_bar_per_option_with_its_count() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(13, 30));
    let mut harness = running(dir.path(), "coworker-service", &clock);
    click(&mut harness, "Projector window");
    click(&mut harness, "Go to Stance spectrum: how does it feel to work here?");
    for _ in 0..3 {
        click(&mut harness, "One more for Part of the family");
    }
    click(&mut harness, "One more for Just a payroll number");
    match workshop_kit::ui::projector_view_of(harness.state()).map(|v| v.screen) {
        Some(workshop_kit::ui::Screen::Poll { question, options }) => {
            assert_eq!(question, "How does it feel to work here?");
            assert_eq!(options[0], ("Part of the family".to_string(), 3));
            assert_eq!(options[4], ("Just a payroll number".to_string(), 1));
        }
        other => panic!("the wall shows {other:?}"),
    }
    assert!(count(&harness, "How does it feel to work here?") >= 2, "the question on the console and the wall");
    assert_eq!(count(&harness, &countdown(&harness)), 2, "the countdown in a corner");
}

#[test]
fn a_designs_prepared_message_goes_on_the_wall_in_one_click_and_comes_off_again() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(at(9, 0));
    let mut harness = start_app(dir.path(), Some("not-my-job"), false, &clock);
    harness.state_mut().doc.design.messages = vec!["Lunch is served in the atrium".into()];
    click(&mut harness, "Run");
    click(&mut harness, "Start the run");
    click(&mut harness, "Start");
    click(&mut harness, "Projector window");
    click(&mut harness, "Show: Lunch is served in the atrium");
    let screen = workshop_kit::ui::projector_view_of(harness.state()).map(|v| v.screen);
    assert_eq!(screen, Some(workshop_kit::ui::Screen::Message("Lunch is served in the atrium".into())));
    assert_eq!(count(&harness, &countdown(&harness)), 2, "the countdown stays in a corner");
    click(&mut harness, "Clear");
    let screen = workshop_kit::ui::projector_view_of(harness.state()).map(|v| v.screen);
    assert_eq!(screen, Some(workshop_kit::ui::Screen::Timer), "back to following the item");
}
