//! The design editor, driven through the real `App` with egui_kittest: the
//! widgets are found by their accessible names, as a screen reader would.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::model::{ItemId, Minutes, TimeOfDay};
use workshop_kit::runner::Clock;
use workshop_kit::schedule::{Schedule, VariantFilter};
use workshop_kit::store::{RECOVERY_FILE, load_design};
use workshop_kit::ui::{App, AppConfig, Settings};

/// The app on `open` (a kit name or path), data folder and no native dialogs in `dir`.
pub fn app(dir: &Path, open: &str) -> Harness<'static, App> {
    app_sized(dir, open, 800.0)
}

/// As [`app`], with a window this tall: the table only builds the rows in
/// view, so a test that looks at every row uses a tall window.
fn app_sized(dir: &Path, open: &str, height: f32) -> Harness<'static, App> {
    let config = AppConfig {
        data_dir: Some(dir.join("data")),
        open: Some(open.to_string()),
        native_dialogs: false,
        ..AppConfig::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, height))
        .build_eframe(move |_cc| App::with_settings(Settings::default(), config));
    harness.run();
    harness
}

fn starts(app: &App) -> Vec<String> {
    let s = Schedule::compute(&app.doc.design, VariantFilter::from_option(app.variant.as_deref()));
    s.slots.iter().map(|s| s.start.to_string()).collect()
}

fn titles(app: &App) -> Vec<String> {
    app.doc.design.agenda.iter().map(|i| i.title.clone()).collect()
}

/// Replaces the text of the field named `name`, as typing would.
pub fn set_field(harness: &mut Harness<'static, App>, name: &str, text: &str) {
    harness.get_by_label(name).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(name).type_text(text);
    harness.run();
}

/// Lets the undoer see the state settle (it groups changes within a second).
fn settle(harness: &mut Harness<'static, App>) {
    harness.run_steps(6);
}

fn press(harness: &mut Harness<'static, App>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

#[test]
fn editing_a_duration_moves_every_later_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let before = starts(harness.state());
    assert_eq!(before[0], "09:30");
    let first = harness.state().doc.design.agenda[0].title.clone();

    set_field(&mut harness, &format!("Duration of {first}"), "25");

    let app = harness.state();
    assert_eq!(app.doc.design.agenda[0].duration, Minutes(25));
    let after = starts(app);
    assert_eq!(after[0], before[0], "the first item still starts at the start");
    for (b, a) in before.iter().zip(&after).skip(1) {
        let (b, a) = (TimeOfDay::parse(b).unwrap(), TimeOfDay::parse(a).unwrap());
        assert_eq!(a.since(b), Minutes(10), "every later item moves by the 10 minutes added");
    }
    // The table shows the new time.
    let second = &after[1];
    assert!(harness.query_all_by_label(second).next().is_some(), "{second} is on screen");
}

#[test]
fn a_wrong_duration_is_kept_in_place_and_not_applied() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let first = harness.state().doc.design.agenda[0].title.clone();
    let name = format!("Duration of {first}");
    set_field(&mut harness, &name, "ten minutes");
    assert_eq!(harness.state().doc.design.agenda[0].duration, Minutes(15), "the design keeps its last good value");
    assert_eq!(harness.get_by_label(&name).value().as_deref(), Some("ten minutes"), "what was typed stays visible");
}

#[test]
fn reordering_by_keyboard_and_by_dragging() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let original = titles(harness.state());

    // Select the first row by clicking its title, then Alt+Down twice.
    harness.get_by_label(&format!("Title of {}", original[0])).click();
    harness.run();
    assert_eq!(harness.state().selected, Some(harness.state().doc.design.agenda[0].id));
    harness.get_by_label(&format!("Title of {}", original[0])).focus();
    press(&mut harness, Modifiers::ALT, Key::ArrowDown);
    press(&mut harness, Modifiers::ALT, Key::ArrowDown);
    let moved = titles(harness.state());
    assert_eq!(moved[2], original[0]);
    assert_eq!(moved[0], original[1]);
    assert_eq!(starts(harness.state())[0], "09:30", "times follow the new order");

    // Drag the third row (by its grip) onto the top half of the first row.
    let grip_of = |harness: &Harness<'static, App>, title: &str| {
        let rect = harness.get_by_label(&format!("Title of {title}")).rect();
        (egui::pos2(16.0, rect.center().y), rect)
    };
    let (grip, _) = grip_of(&harness, &moved[2]);
    let (_, target) = grip_of(&harness, &moved[0]);
    harness.drag_at(grip);
    harness.step();
    harness.hover_at(egui::pos2(grip.x + 10.0, grip.y - 20.0));
    harness.step();
    harness.hover_at(egui::pos2(300.0, target.top() + 2.0));
    harness.step();
    harness.drop_at(egui::pos2(300.0, target.top() + 2.0));
    harness.run();
    let dragged = titles(harness.state());
    assert_eq!(dragged[0], original[0], "the dragged item landed on top: {dragged:?}");
    assert_eq!(dragged[1], moved[0]);
}

#[test]
fn add_duplicate_and_delete_items() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let count = harness.state().doc.design.agenda.len();

    harness.get_by_label("+ Activity").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.doc.design.agenda.len(), count + 1);
    let new_id = app.selected.expect("the new item is selected");
    assert_eq!(app.doc.design.agenda.last().unwrap().title, "New activity");
    assert!(harness.query_by_label("Title of New activity").is_some(), "the new row is in the table");

    set_field(&mut harness, "Item title", "Energiser: Hände hoch");
    harness.get_by_label("Duplicate").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.doc.design.agenda.len(), count + 2);
    assert_ne!(app.selected, Some(new_id), "the copy is selected");
    assert_eq!(app.doc.design.agenda[count + 1].title, "Energiser: Hände hoch");

    // Delete the copy, then the original, with the toolbar button.
    harness.get_by_label("Delete").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert_eq!(harness.state().doc.design.agenda.len(), count);
    assert!(harness.state().doc.design.item(new_id).is_none());
}

#[test]
fn an_if_time_item_can_be_added_and_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "not-my-job");
    harness.get_by_label("+ Activity").click();
    harness.run();
    harness.get_by_label("Item is if time").click();
    harness.run();
    let item = harness.state().doc.design.agenda.last().unwrap().clone();
    assert!(item.optional);
    assert!(harness.query_by_label("(if time)").is_some(), "the table marks it");
}

#[test]
fn undo_and_redo_walk_every_change_back_and_forth() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let original = harness.state().doc.design.clone();
    let first = original.agenda[0].title.clone();

    set_field(&mut harness, &format!("Duration of {first}"), "40");
    settle(&mut harness);
    harness.get_by_label("+ Break").click();
    harness.run();
    settle(&mut harness);
    let edited = harness.state().doc.design.clone();
    assert_ne!(edited, original);

    // Focus out of any field, then undo everything.
    press(&mut harness, Modifiers::NONE, Key::Escape);
    for _ in 0..6 {
        press(&mut harness, Modifiers::COMMAND, Key::Z);
        settle(&mut harness);
    }
    assert_eq!(harness.state().doc.design, original, "undo returns to the opened design");
    assert!(!harness.state().doc.is_dirty());

    for _ in 0..6 {
        press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        settle(&mut harness);
    }
    assert_eq!(harness.state().doc.design, edited, "redo brings every change back");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(harness.state().doc.design, edited, "Ctrl+Y redoes too");
}

#[test]
fn undo_in_a_text_field_undoes_the_document_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let original = harness.state().doc.design.clone();
    let first = original.agenda[0].title.clone();
    set_field(&mut harness, &format!("Lead of {first}"), "Ayşe Kaya");
    settle(&mut harness);
    assert_eq!(harness.state().doc.design.agenda[0].lead, "Ayşe Kaya");
    // Focus is still in the field: Ctrl+Z is the document's.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().doc.design, original);
}

fn pick_variant(harness: &mut Harness<'static, App>, name: &str) {
    harness.get_by_label("Variant:").click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Button, name).click();
    harness.run();
}

#[test]
fn switching_variants_shows_the_right_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_sized(dir.path(), "cx-values-culture", 3000.0);
    let design = harness.state().doc.design.clone();
    let only_in = |variant: &str| -> Vec<String> {
        design
            .agenda
            .iter()
            .filter(|i| !i.variants.is_all() && i.variants.includes(Some(variant)))
            .map(|i| i.title.clone())
            .collect()
    };
    let (front_only, back_only) = (only_in("Frontline"), only_in("Backline"));
    assert!(!front_only.is_empty() && !back_only.is_empty());

    pick_variant(&mut harness, "Backline");
    assert_eq!(harness.state().variant.as_deref(), Some("Backline"));
    for t in &back_only {
        assert!(harness.query_by_label(&format!("Title of {t}")).is_some(), "{t} shows in Backline");
    }
    for t in &front_only {
        assert!(harness.query_by_label(&format!("Title of {t}")).is_none(), "{t} is hidden in Backline");
    }

    pick_variant(&mut harness, "Frontline");
    for t in &front_only {
        assert!(harness.query_by_label(&format!("Title of {t}")).is_some(), "{t} shows in Frontline");
    }
    for t in &back_only {
        assert!(harness.query_by_label(&format!("Title of {t}")).is_none(), "{t} is hidden in Frontline");
    }

    pick_variant(&mut harness, "All variants");
    for t in front_only.iter().chain(&back_only) {
        assert!(harness.query_by_label(&format!("Title of {t}")).is_some(), "{t} shows with all variants");
    }
}

#[test]
fn overrunning_the_target_shows_a_warning_and_a_click_selects_its_item() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    assert!(harness.query_by_label_contains("the day ends at").is_none());
    let first = harness.state().doc.design.agenda[0].title.clone();
    set_field(&mut harness, &format!("Duration of {first}"), "1h15");
    assert!(harness.query_by_label_contains("the day ends at 14:00, 60 min after the target end 13:00").is_some());
    assert!(harness.query_by_label("1h over").is_some());

    // A warning about an item selects it when clicked.
    let second = harness.state().doc.design.agenda[1].clone();
    set_field(&mut harness, &format!("Duration of {}", second.title), "0");
    harness.get_by_label_contains("has no duration").click();
    harness.run();
    assert_eq!(harness.state().selected, Some(second.id));
}

#[test]
fn the_unsaved_mark_appears_and_clears_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    assert!(!harness.state().doc.window_title().contains('●'));
    let first = harness.state().doc.design.agenda[0].title.clone();
    set_field(&mut harness, &format!("Duration of {first}"), "20");
    assert!(harness.state().doc.window_title().contains('●'), "{}", harness.state().doc.window_title());

    // A kit has no file yet: Ctrl+S asks where (our own dialog: no native one in tests).
    press(&mut harness, Modifiers::NONE, Key::Escape);
    press(&mut harness, Modifiers::COMMAND, Key::S);
    let path: PathBuf = dir.path().join("morning.workshop.ron");
    set_field(&mut harness, "Path:", &path.display().to_string());
    harness.get_by_label("Save").click();
    harness.run();

    let app = harness.state();
    assert!(!app.doc.window_title().contains('●'), "{}", app.doc.window_title());
    assert!(app.doc.window_title().contains("morning.workshop.ron"));
    assert_eq!(load_design(&path).unwrap(), app.doc.design, "the saved file opens identically");
    assert_eq!(app.settings.recent.first(), Some(&path));
    // The save happened this minute or, at a minute's turn, the one before.
    let now = workshop_kit::runner::SystemClock.now();
    let saved_at = |m: workshop_kit::model::Moment| format!("Saved {} — morning.workshop.ron", m.time_of_day());
    assert!(
        harness.query_by_label(&saved_at(now)).is_some()
            || harness.query_by_label(&saved_at(now.plus_seconds(-60))).is_some(),
        "the status strip confirms the save"
    );

    // Another change, then Ctrl+S saves in place with a backup.
    set_field(&mut harness, &format!("Duration of {first}"), "25");
    assert!(harness.state().doc.is_dirty());
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(!harness.state().doc.is_dirty());
    assert_eq!(load_design(&path).unwrap().agenda[0].duration, Minutes(25));
    assert!(workshop_kit::store::backup_path(&path).exists());
}

#[test]
fn replacing_a_changed_design_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let first = harness.state().doc.design.agenda[0].title.clone();
    set_field(&mut harness, &format!("Duration of {first}"), "20");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    press(&mut harness, Modifiers::COMMAND, Key::N);
    assert!(harness.query_by_label("Save changes?").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().doc.design.agenda[0].duration, Minutes(20), "cancel keeps the work");

    press(&mut harness, Modifiers::COMMAND, Key::N);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().doc.design.agenda.is_empty(), "a blank design replaced it");
}

#[test]
fn unsaved_work_survives_a_crash_and_is_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let edited = {
        let mut harness = app(dir.path(), "customer-care-morning");
        let first = harness.state().doc.design.agenda[0].title.clone();
        set_field(&mut harness, &format!("Title of {first}"), "Welcome, with croissants");
        // Autosave runs within seconds of a change; each step is 0.25 s.
        harness.run_steps(30);
        assert!(dir.path().join("data").join(RECOVERY_FILE).exists());
        harness.state().doc.design.clone()
        // The harness is dropped without saving: the "crash".
    };
    let mut harness = app(dir.path(), "customer-care-morning");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().doc.design, edited);
    assert!(harness.state().doc.is_dirty(), "restored work is still unsaved");
}

#[test]
fn a_broken_file_opens_with_a_message_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.workshop.ron");
    std::fs::write(
        &path,
        "(format: 1, design: (title: \"T\", start: \"09:00\", agenda: [(id: 1, title: \"A\", duration: \"x\")]))",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let harness = app(dir.path(), path.to_str().unwrap());
    assert!(
        harness.query_by_label_contains("broken.workshop.ron:1:").is_some(),
        "the message names the file and place"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_idle_window_asks_for_no_repaint() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(dir.path(), "customer-care-morning");
    let output = harness.output();
    let delay = output.viewport_output.get(&egui::ViewportId::ROOT).map(|v| v.repaint_delay).unwrap();
    assert_eq!(delay, std::time::Duration::MAX, "no repaint is scheduled while idle");
}

#[test]
fn the_selected_item_is_a_known_id_after_delete_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let id: ItemId = harness.state().doc.design.agenda[1].id;
    harness.state_mut().selected = Some(id);
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    settle(&mut harness);
    assert!(harness.state().doc.design.item(id).is_none());
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(harness.state().doc.design.item(id).is_some(), "undo brings the item back");
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let first = harness.state().doc.design.agenda[0].title.clone();
    set_field(&mut harness, &format!("Duration of {first}"), "20");
    press(&mut harness, Modifiers::NONE, Key::Escape);

    harness.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(commands.contains(&egui::ViewportCommand::CancelClose), "the close is held back: {commands:?}");
    harness.run();
    assert!(harness.query_by_label("Save changes?").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().doc.design.agenda[0].duration, Minutes(20), "the work is still there");
}

#[test]
fn discarded_changes_are_not_offered_back_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("data").join(RECOVERY_FILE);
    {
        let mut harness = app(dir.path(), "customer-care-morning");
        let first = harness.state().doc.design.agenda[0].title.clone();
        set_field(&mut harness, &format!("Title of {first}"), "A change to throw away");
        harness.run_steps(30);
        assert!(recovery.exists(), "unsaved work is in the recovery file");
        press(&mut harness, Modifiers::NONE, Key::Escape);
        press(&mut harness, Modifiers::COMMAND, Key::N);
        harness.get_by_label("Don't save").click();
        harness.run_steps(30);
        assert!(!recovery.exists(), "discarded work leaves no recovery file");
    }
    let harness = app(dir.path(), "customer-care-morning");
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
}

#[test]
fn saving_over_an_existing_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("other.workshop.ron");
    std::fs::write(&existing, workshop_kit::store::kits::KITS[1].source).unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    set_field(&mut harness, "Path:", &existing.display().to_string());
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.query_by_label_contains("already exists").is_some());
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        workshop_kit::store::kits::KITS[1].source,
        "not yet replaced"
    );
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(load_design(&existing).unwrap(), harness.state().doc.design, "replaced on the second Save");
}

#[test]
fn the_export_menu_writes_a_handout_on_the_chosen_paper_and_variant() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "cx-values-culture");
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Participant handout (PDF)…").click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Backline").click();
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "US Letter").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    let path = dir.path().join("handout.pdf");
    set_field(&mut harness, "Path:", &path.display().to_string());
    harness.get_by_label("Save").click();
    harness.run();

    let bytes = std::fs::read(&path).expect("the PDF is written");
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let first = *pdf.get_pages().values().next().unwrap();
    let media = pdf.get_dictionary(first).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone();
    let size: Vec<f32> =
        media.iter().map(|o| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32)).unwrap()).collect();
    assert_eq!(&size[2..], &[612.0, 792.0], "US Letter");
    let text = pdf.extract_text(&[1]).unwrap();
    assert!(text.contains("Backline version"), "{text}");
    assert_eq!(harness.state().settings.paper, workshop_kit::pdf::Paper::Letter, "the paper is remembered");
    assert!(harness.query_by_label("Exported handout.pdf").is_some());
}

/// Typing, at once a click, then one Ctrl+Z: the design is exactly as after
/// the typing (the click was its own undo step, not merged into the typing),
/// and the click changed it.
fn one_undo_step(harness: &mut Harness<'static, App>, name: &str) {
    settle(harness);
    let client = format!("{} (draft)", harness.state().doc.design.client);
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "Client").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(field(), "Client").type_text(&client);
    harness.run();
    let before = harness.state().doc.design.clone();
    assert_eq!(before.client, client);
    harness.get_by_label(name).click();
    harness.run();
    settle(harness);
    assert!(harness.state().doc.design != before, "{name} changes the design");
    press(harness, Modifiers::COMMAND, Key::Z);
    settle(harness);
    assert!(harness.state().doc.design == before, "one Ctrl+Z undoes {name}");
}

#[test]
fn glossary_entries_capture_kinds_membership_and_variant_differences_are_one_undo_step_each() {
    let dir = tempfile::tempdir().unwrap();
    // Tall enough that the workshop details' scroll area shows the glossary.
    let mut harness = app_sized(dir.path(), "cx-values-culture", 4000.0);
    harness.get_by_label("Workshop details").click();
    harness.run();
    one_undo_step(&mut harness, "+ Term");
    one_undo_step(&mut harness, "Remove glossary term 1");

    let item = harness.state().doc.design.agenda.iter().find(|i| i.kind == workshop_kit::model::ItemKind::Activity);
    let id = item.unwrap().id;
    harness.state_mut().selected = Some(id);
    harness.state_mut().details_open = true;
    harness.run();
    let has_ideas =
        harness.state().doc.design.item(id).unwrap().captures.contains(&workshop_kit::model::Capture::Ideas);
    assert!(!has_ideas);
    one_undo_step(&mut harness, "Capture Ideas");
    one_undo_step(&mut harness, "Capture Poll");
    harness.get_by_label("In Frontline").click();
    harness.run();
    one_undo_step(&mut harness, "Only:");
    one_undo_step(&mut harness, "Different duration in Frontline");
    one_undo_step(&mut harness, "Different why in Frontline");
}

#[test]
fn a_refused_variant_rename_leaves_the_shown_variant_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_sized(dir.path(), "cx-values-culture", 4000.0);
    pick_variant(&mut harness, "Backline");
    harness.get_by_label("Workshop details").click();
    harness.run();
    // "frontline" is taken (names match case-insensitively): refused.
    set_field(&mut harness, "Name of variant 2", "frontline");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().variant.as_deref(), Some("Backline"));
    assert!(harness.state().doc.design.variant("Backline").is_some());
    // An accepted rename keeps showing the variant under its new name.
    set_field(&mut harness, "Name of variant 2", "Back office");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().variant.as_deref(), Some("Back office"));
}

#[test]
fn ctrl_shift_z_with_nothing_to_redo_undoes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    harness.get_by_label("+ Break").click();
    harness.run();
    settle(&mut harness);
    let edited = harness.state().doc.design.clone();
    press(&mut harness, Modifiers::NONE, Key::Escape);
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);
    assert!(harness.state().doc.design == edited, "redo with nothing to redo is not an undo");
}

#[test]
fn the_export_dialog_warns_of_a_handout_whose_day_overruns_in_the_version_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "cx-values-culture");
    // Only the Backline version overruns: an hour more on its last activity.
    let design = &mut harness.state_mut().doc.design;
    let last = design.agenda.iter().rposition(|i| i.kind == workshop_kit::model::ItemKind::Activity).unwrap();
    let length = design.agenda[last].duration_in(Some("Backline"));
    design.agenda[last].overrides.entry("Backline".into()).or_default().duration =
        Some(length + workshop_kit::model::Minutes(60));
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Participant handout (PDF)…").click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Frontline").click();
    harness.run();
    assert!(harness.query_by_label_contains("will not hold").is_none(), "Frontline ends on time");
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Backline").click();
    harness.run();
    let warning = harness.get_by_label_contains("Times on this handout will not hold");
    assert!(format!("{warning:?}").contains("the day ends at 17:30"), "Backline overruns by an hour: {warning:?}");
}

/// An agenda table without a title row: the app asks what the workshop is
/// called instead of naming it after the file; one with a title row is not asked about.
#[test]
fn an_imported_table_without_a_title_row_asks_for_the_workshops_title() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), "customer-care-morning");
    let plain = dir.path().join("Barrieren de.csv");
    std::fs::write(&plain, "Wann;Was;Warum\n9.00 Uhr;Begrüßung;Ankommen\n10 Uhr;Ende;\n").unwrap();
    harness.state_mut().push(workshop_kit::ui::Command::ImportAgendaPath(plain));
    harness.run();
    assert!(harness.query_by_label("Title of the workshop").is_some(), "asked for the title");
    set_field(&mut harness, "Workshop title", "Barrieren erkennen und abbauen");
    harness.get_by_label("Use this title").click();
    harness.run();
    assert_eq!(harness.state().doc.design.title, "Barrieren erkennen und abbauen");
    assert_eq!(harness.state().doc.design.language, workshop_kit::model::Lang::German);

    let titled = dir.path().join("agenda.csv");
    std::fs::write(
        &titled,
        "Kundenservice am Vormittag;;\nWann;Was;Warum\n9.00 Uhr;Begrüßung;Ankommen\n10 Uhr;Ende;\n",
    )
    .unwrap();
    // The first import is unsaved work: replace it without the question about it.
    let import = workshop_kit::ui::Command::ImportAgendaPath(titled);
    harness.state_mut().push(workshop_kit::ui::Command::Force(Box::new(import)));
    harness.run();
    assert!(harness.query_by_label("Title of the workshop").is_none(), "a title row is the title");
    assert_eq!(harness.state().doc.design.title, "Kundenservice am Vormittag");
}
