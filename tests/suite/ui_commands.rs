//! The command table walked through the real `App`: every command with a
//! shortcut does, when its keys are pressed, exactly what its menu entry
//! does when clicked, from the same starting point.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::runner::FakeClock;
use workshop_kit::ui::App;
use workshop_kit::ui::ui_command::UiCommand;

use crate::ui_run::{at, click, start_app};

/// The menu each command is in.
fn menu_of(cmd: UiCommand) -> &'static str {
    use UiCommand as U;
    match cmd {
        U::New | U::Open | U::Save | U::SaveAs | U::ImportAgenda | U::Quit => "File",
        U::Undo | U::Redo => "Edit",
        U::AddActivity
        | U::AddBreak
        | U::AddSection
        | U::InsertAbove
        | U::Duplicate
        | U::Delete
        | U::MoveUp
        | U::MoveDown => "Agenda",
        U::PauseResume
        | U::NextItem
        | U::PreviousItem
        | U::OneMoreMinute
        | U::FiveMoreMinutes
        | U::UndoRunAction
        | U::FullScreen
        | U::SkipItem
        | U::FinishRun
        | U::Projector
        | U::Blackout => "Timer",
        U::AddNote => unreachable!("a field's own key"),
    }
}

fn is_run_command(cmd: UiCommand) -> bool {
    menu_of(cmd) == "Timer"
}

/// A starting point where `cmd` can act: a design with a selected row and
/// something to undo and to redo, or a run on its second item.
fn ready_for(dir: &std::path::Path, cmd: UiCommand) -> Harness<'static, App> {
    let clock = FakeClock::at(at(9, 30));
    let mut harness = start_app(dir, Some("customer-care-morning"), false, &clock);
    if is_run_command(cmd) {
        click(&mut harness, "Run");
        click(&mut harness, "Start the run");
        click(&mut harness, "Start");
        clock.advance_seconds(90);
        click(&mut harness, "Next");
        clock.advance_seconds(30);
        harness.run();
    } else {
        let ids: Vec<_> = harness.state().doc.design.agenda.iter().map(|i| i.id).collect();
        // Two deletes, the second undone: something to undo and something to redo.
        use workshop_kit::edit::Edit;
        use workshop_kit::ui::Command;
        for id in [ids[4], ids[5]] {
            harness.state_mut().push(Command::Edit(Edit::Delete(id)));
            harness.run_steps(6);
        }
        harness.state_mut().push(Command::Undo);
        harness.run_steps(6);
        harness.state_mut().selected = Some(ids[2]);
        harness.run();
    }
    harness
}

/// What a user could see change: the design, the selection, the mode, the
/// run's events, any dialog, undo and redo, full screen, closing and blackout.
fn outcome(harness: &mut Harness<'static, App>) -> String {
    harness.run();
    let app = harness.state();
    let run = app.run.as_ref().map(|r| (r.session.events.clone(), r.state()));
    let undo = (app.doc.undoer.has_undo(&app.doc.design), app.doc.undoer.has_redo(&app.doc.design));
    let window = (app.fullscreen, app.is_closing(), app.run_view.blackout);
    format!("{:?}", (&app.doc.design, app.selected, app.mode, run, &app.dialog, undo, window))
}

#[test]
fn every_shortcut_does_what_its_menu_entry_does() {
    let mut checked = 0;
    for cmd in UiCommand::ALL.into_iter().filter(|c| c.is_global()) {
        let Some(shortcut) = cmd.shortcut() else { continue };
        let dir = tempfile::tempdir().unwrap();

        let mut by_menu = ready_for(dir.path(), cmd);
        let before = outcome(&mut by_menu);
        // The entry is the node of its name that opening the menu added (a
        // console button may share the name).
        let before_menu: Vec<egui::Rect> = by_menu.query_all_by_label(cmd.label()).map(|n| n.rect()).collect();
        by_menu.get_by_role_and_label(egui::accesskit::Role::Button, menu_of(cmd)).click();
        by_menu.run();
        // The menu opens just under the bar: its entry is the topmost of that name.
        let entry = by_menu
            .query_all_by_label(cmd.label())
            .find(|n| !before_menu.contains(&n.rect()))
            .unwrap_or_else(|| panic!("{cmd:?} in its menu"));
        entry.click();
        let menu = outcome(&mut by_menu);
        assert_ne!(menu, before, "{cmd:?}: its menu entry changes something");

        let dir = tempfile::tempdir().unwrap();
        let mut by_keys = ready_for(dir.path(), cmd);
        by_keys.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
        let keys = outcome(&mut by_keys);
        if keys != menu {
            let at = keys.chars().zip(menu.chars()).take_while(|(a, b)| a == b).count().saturating_sub(80);
            let (k, m): (String, String) =
                (keys.chars().skip(at).take(300).collect(), menu.chars().skip(at).take(300).collect());
            panic!("{cmd:?}: {shortcut:?} does not do what the menu entry does:\nkeys: {k}\nmenu: {m}");
        }
        checked += 1;
    }
    assert!(checked >= 15, "{checked} commands with shortcuts");
}
