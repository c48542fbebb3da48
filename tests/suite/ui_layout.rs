//! The app at a laptop's size: at 1024×768 (the laptops that drive
//! projectors) and 1366×768, every button, field, combo box and check box
//! of the design view (details and workshop details open), the run view
//! (roster and groups) and the results view lies inside the window and
//! overlaps no other control.

use eframe::egui::{self, Rect, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use workshop_kit::runner::FakeClock;
use workshop_kit::ui::{App, AppConfig, Settings};

use crate::ui_run::{add_person, at, click};

const SIZES: [(f32, f32); 2] = [(1024.0, 768.0), (1366.0, 768.0)];

fn app_at(dir: &std::path::Path, open: &str, size: (f32, f32), clock: &FakeClock) -> Harness<'static, App> {
    let config = AppConfig {
        data_dir: Some(dir.join("data")),
        open: Some(open.to_string()),
        native_dialogs: false,
        fake_clock: Some(clock.clone()),
        ..AppConfig::default()
    };
    let runs = dir.to_path_buf();
    let mut harness =
        Harness::builder().with_size(egui::vec2(size.0, size.1)).with_max_steps(40).build_eframe(move |_cc| {
            let mut app = App::with_settings(Settings::default(), config);
            app.run_view.folder = Some(runs);
            app
        });
    harness.run();
    harness
}

/// The controls on screen, by name, with their rectangles.
fn controls(harness: &Harness<'static, App>) -> Vec<(String, Role, Rect)> {
    let mut out = Vec::new();
    for role in [
        Role::Button,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::CheckBox,
        Role::RadioButton,
        Role::SpinButton,
    ] {
        for node in harness.query_all_by_role(role) {
            let name = node.accesskit_node().label().unwrap_or_default();
            out.push((name, role, node.rect()));
        }
    }
    out
}

/// Every control that shows on screen lies inside the window and overlaps
/// no other; a control scrolled below the fold of a scroll area may run
/// out at the bottom.
fn check_layout(harness: &Harness<'static, App>, what: &str, size: (f32, f32)) -> Vec<String> {
    let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
    let shown: Vec<_> =
        controls(harness).into_iter().filter(|(_, _, r)| r.intersects(window) && r.area() > 0.0).collect();
    let mut problems = Vec::new();
    for (name, role, rect) in &shown {
        if rect.left() < -0.5 || rect.right() > size.0 + 0.5 || rect.top() < -0.5 {
            problems.push(format!("{what} at {}x{}: {role:?} \"{name}\" at {rect:?} is cut off", size.0, size.1));
        }
    }
    for (i, (a, ra, rect_a)) in shown.iter().enumerate() {
        for (b, rb, rect_b) in &shown[i + 1..] {
            let overlap = rect_a.intersect(*rect_b);
            if overlap.is_positive() && overlap.area() > 4.0 {
                problems.push(format!(
                    "{what} at {}x{}: {ra:?} \"{a}\" {rect_a:?} overlaps {rb:?} \"{b}\" {rect_b:?}",
                    size.0, size.1
                ));
            }
        }
    }
    problems
}

#[test]
fn every_control_fits_at_1024_and_1366_wide() {
    let mut problems = Vec::new();
    for size in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let clock = FakeClock::at(at(9, 0));
        // Design: workshop details open, an item's details beside the table.
        let mut harness = app_at(dir.path(), "cx-values-culture", size, &clock);
        // Every column of the agenda is on screen.
        let first = harness.state().doc.design.agenda[1].title.clone();
        for column in ["Duration", "Why", "Format", "Lead"] {
            if harness.query_by_label(&format!("{column} of {first}")).is_none() {
                problems.push(format!("design at {}x{}: no {column} column", size.0, size.1));
            }
        }
        if harness.query_by_label(&format!("If time: {first}")).is_none() {
            problems.push(format!("design at {}x{}: no If time column", size.0, size.1));
        }
        problems.extend(check_layout(&harness, "design", size));
        harness.get_by_label("Workshop details").click();
        harness.run();
        problems.extend(check_layout(&harness, "design, workshop details", size));
        harness.get_by_label("Workshop details").click();
        harness.run();
        let id = harness.state().doc.design.agenda[3].id;
        harness.state_mut().selected = Some(id);
        harness.state_mut().details_open = true;
        harness.run();
        problems.extend(check_layout(&harness, "design, item details", size));

        // Run: the roster with people, then the groups.
        click(&mut harness, "Run");
        click(&mut harness, "Start the run");
        click(&mut harness, "Start");
        click(&mut harness, "Roster");
        for (name, dept) in [("Ana Núñez", "IT"), ("Jürgen Weiß", "Customer care"), ("Chloé Martin", "Finance")] {
            add_person(&mut harness, name, dept);
        }
        problems.extend(check_layout(&harness, "run, roster", size));
        click(&mut harness, "Groups");
        problems.extend(check_layout(&harness, "run, groups", size));

        // Results of a design with sixty runs.
        let dir = tempfile::tempdir().unwrap();
        let design = crate::ui_results::folder_of_runs(dir.path());
        let mut harness = app_at(dir.path(), &design.display().to_string(), size, &clock);
        click(&mut harness, "Results");
        problems.extend(check_layout(&harness, "results", size));
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
