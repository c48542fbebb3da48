//! Results mode through the real `App` with egui_kittest: a folder of 60
//! runs opened in the results view, a duration suggestion applied and
//! undone, barriers merged and given a priority and owner, a run left out,
//! and a run corrected, each checked in the app and in the files on disk.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use workshop_kit::model::{Minutes, Priority};
use workshop_kit::results::{calibrate, normalize};
use workshop_kit::store::{self, kits};
use workshop_kit::ui::{App, AppConfig, Mode, Settings};

/// A folder with the CX design and its 60 runs; returns the design's path.
pub fn folder_of_runs(dir: &Path) -> PathBuf {
    let design = kits::find("cx-values-culture").unwrap().load().unwrap();
    let path = dir.join("cx.workshop.ron");
    store::save_design(&path, &design).unwrap();
    for (n, s) in crate::results::sixty_runs().iter().enumerate() {
        store::save_session(&dir.join(format!("run-{n:02}.session.ron")), s).unwrap();
    }
    path
}

/// The app on the design in `dir`, switched to results mode.
fn results_app(dir: &Path, design: &Path) -> Harness<'static, App> {
    let config = AppConfig {
        data_dir: Some(dir.join("data")),
        open: Some(design.display().to_string()),
        native_dialogs: false,
        ..AppConfig::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1500.0))
        .with_max_steps(40)
        .build_eframe(move |_cc| App::with_settings(Settings::default(), config));
    harness.run();
    harness.get_by_label("Results").click();
    harness.run();
    harness
}

fn welcome(app: &App) -> Minutes {
    app.doc.design.agenda.iter().find(|i| i.title == "Welcome from the sponsor").unwrap().duration
}

#[test]
fn a_duration_suggestion_from_sixty_runs_is_applied_then_undone() {
    let dir = tempfile::tempdir().unwrap();
    let design = folder_of_runs(dir.path());
    let mut harness = results_app(dir.path(), &design);
    assert_eq!(harness.state().mode, Mode::Results);
    harness.get_by_label("Runs (60 of 60 counted)");

    harness.get_by_label("Durations").click();
    harness.run();
    // The welcome overran by a median of 3 minutes: 15m planned, 20m suggested.
    let expected = calibrate(&crate::results::sixty_runs())[0].suggested;
    assert_eq!(expected, Minutes(20));
    assert_eq!(welcome(harness.state()), Minutes(15));
    harness.get_by_label("Apply 20m to Welcome from the sponsor").click();
    harness.run();
    assert_eq!(welcome(harness.state()), Minutes(20));
    assert!(harness.state().doc.is_dirty(), "the design has an unsaved change");
    // Applied: the button gives way to a note.
    assert!(harness.query_by_label("Apply 20m to Welcome from the sponsor").is_none());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(welcome(harness.state()), Minutes(15), "Ctrl+Z in the results view undoes the change");
    assert!(!harness.state().doc.is_dirty());
    harness.get_by_label("Apply 20m to Welcome from the sponsor");
}

#[test]
fn barriers_are_merged_prioritised_and_owned_and_runs_left_out_in_the_decisions_file() {
    let dir = tempfile::tempdir().unwrap();
    let design = folder_of_runs(dir.path());
    let mut harness = results_app(dir.path(), &design);
    let decisions_file = store::decisions_path(dir.path(), "cx-values-culture");
    let rows = |h: &Harness<'static, App>| h.query_all_by_label_contains("Priority of ").count();
    assert_eq!(rows(&harness), 40, "8 barriers in each of 5 departments");

    // Tick two IT barriers (IT's rows come after Branches' and Contact centre's) and merge them.
    let inbox = "Nobody owns the shared inbox";
    let email = "Handovers happen by email only";
    // Each run wrote a barrier in one of three wordings; a row shows the most used one.
    let tick = |h: &Harness<'static, App>, text: &str, department: &str| -> Vec<String> {
        let wanted = normalize(&format!("Tick {text} ({department})"));
        h.query_all_by_label_contains("Tick ")
            .filter_map(|n| n.accesskit_node().label())
            .filter(|l| normalize(l) == wanted)
            .collect()
    };
    for department in ["Branches", "Contact centre", "Finance", "HR", "IT"] {
        assert_eq!(tick(&harness, inbox, department).len(), 1, "one row in each department");
    }
    let it_inbox = tick(&harness, inbox, "IT").remove(0);
    harness.get_by_label(&it_inbox).click();
    harness.run();
    let it_email = tick(&harness, email, "IT").remove(0);
    harness.get_by_label(&it_email).click();
    harness.run();
    harness.get_by_label("Merge 2 ticked").click();
    harness.run();
    assert_eq!(rows(&harness), 35, "the merge counts the two as one in every department");
    let saved = store::load_decisions(&decisions_file).unwrap().expect("the decisions are saved at once");
    assert_eq!(saved.merges.len(), 1);
    assert!(saved.merges.contains_key(&normalize(inbox)) || saved.merges.contains_key(&normalize(email)));

    // A priority and an owner for the first row.
    let first_priority = harness.query_all_by_label_contains("Priority of ").next().unwrap();
    let barrier = first_priority.accesskit_node().label().unwrap().trim_start_matches("Priority of ").to_string();
    first_priority.click();
    harness.run();
    harness.get_by_label("High").click();
    harness.run();
    harness.get_by_label(&format!("Owner of {barrier}")).focus();
    harness.run();
    let before_typing = std::fs::read(&decisions_file).unwrap();
    harness.get_by_label(&format!("Owner of {barrier}")).type_text("Dana");
    harness.run();
    harness.get_by_label(&format!("Owner of {barrier}")).type_text(" Roy");
    harness.run();
    assert_eq!(std::fs::read(&decisions_file).unwrap(), before_typing, "nothing is written while typing");
    harness.key_press(Key::Enter);
    harness.run();
    let saved = store::load_decisions(&decisions_file).unwrap().unwrap();
    let decision = saved.barriers.values().next().expect("one barrier decided");
    assert_eq!((decision.priority, decision.owner.as_str()), (Some(Priority::High), "Dana Roy"));

    // Leaving a run out counts 59.
    harness.query_all_by_label_contains("Count the run of ").next().unwrap().click();
    harness.run();
    harness.get_by_label("Runs (59 of 60 counted)");
    let saved = store::load_decisions(&decisions_file).unwrap().unwrap();
    assert_eq!(saved.excluded_runs.iter().collect::<Vec<_>>(), ["run-00.session.ron"]);
}

#[test]
fn a_past_run_is_opened_and_corrected_in_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let design = folder_of_runs(dir.path());
    let mut harness = results_app(dir.path(), &design);
    let run = store::load_session(&dir.path().join("run-00.session.ron")).unwrap();
    let date = run.date.unwrap().to_string();
    // Each run is listed with its date and start time.
    let started = run.started_at().unwrap().time_of_day();
    harness.get_by_label(&format!("{date} {started}")).click();
    harness.run();
    harness.get_by_label(&format!("Run of {date}"));

    let first = &run.captures.barriers[0];
    let field = format!("Correct {} ({})", first.text, first.department);
    harness.get_by_label(&field).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(&field).type_text("Refund sign-off takes a week");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let corrected = store::load_session(&dir.path().join("run-00.session.ron")).unwrap();
    assert_eq!(corrected.captures.barriers[0].text, "Refund sign-off takes a week");
    assert_eq!(corrected.captures.barriers[1..], run.captures.barriers[1..], "nothing else changed");

    // Removing takes a second click on the same spot; only then is the file changed.
    harness.query_all_by_label("Remove").next().unwrap().click();
    harness.run();
    let file = dir.path().join("run-00.session.ron");
    assert_eq!(store::load_session(&file).unwrap().captures.barriers.len(), 40, "one click removes nothing");
    harness.get_by_label("Really remove?").click();
    harness.run();
    let after = store::load_session(&file).unwrap();
    assert_eq!(after.captures.barriers.len(), 39);
    assert_eq!(after.captures.barriers[0], corrected.captures.barriers[1], "the first barrier is the one removed");
}

#[test]
fn a_broken_decisions_file_is_reported_and_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let design = folder_of_runs(dir.path());
    let decisions_file = store::decisions_path(dir.path(), "cx-values-culture");
    let broken = b"(format: 1, decisions: (merges: {\"a\": 3}))";
    std::fs::write(&decisions_file, broken).unwrap();
    let mut harness = results_app(dir.path(), &design);
    let problem = "The decisions file could not be read";
    assert!(harness.query_by_label_contains(problem).is_some(), "the problem is shown");
    assert!(harness.query_by_label_contains("cx-values-culture.results.ron:1:").is_some(), "it says where");

    // Nothing that would change the decisions can be used until the file is fixed.
    harness.query_all_by_label_contains("Count the run of ").next().unwrap().click();
    harness.run();
    harness.get_by_label("Runs (60 of 60 counted)");
    assert_eq!(std::fs::read(&decisions_file).unwrap(), broken, "the file is left as it was");
}
