//! Who is in the room (typed in, or imported from CSV) and the group maker
//! that mixes departments in every group.

use eframe::egui::{self, RichText};

use super::Tab;
use crate::capture::CaptureEdit;
use crate::groups::make_groups;
use crate::model::Line;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{Empty, name_widget, saving_field, text_field};

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    if app.run_view.tab == Tab::Groups {
        groups(ui, app);
    } else {
        roster(ui, app, commands);
    }
}

fn roster(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    // This run's name and whether it is a rehearsal, to tell it apart in Results.
    ui.horizontal(|ui| {
        ui.label("This run");
        let id = egui::Id::unique(("run-name", &run.path));
        let hint = Empty::Allowed("a name, e.g. Hamburg team");
        if let Some(name) = saving_field(ui, id, &run.session.name, "Name of the run", 200.0, hint) {
            commands.push(Command::Capture(CaptureEdit::SetRunName(name)));
        }
        let mut rehearsal = run.session.rehearsal;
        let hint = "A rehearsal is left out of the results unless it is ticked there";
        if ui.checkbox(&mut rehearsal, "Rehearsal").on_hover_text(hint).changed() {
            commands.push(Command::Capture(CaptureEdit::SetRehearsal(rehearsal)));
        }
    });
    ui.add_space(4.0);
    let d = &mut app.run_view.drafts;
    // Wraps on a narrow console (1024 wide with the day beside it), so Add
    // and Import CSV are never cut off.
    ui.horizontal_wrapped(|ui| {
        ui.label("Name");
        let name = text_field(ui, &mut d.person, "Participant name", 180.0);
        ui.label("Department");
        let dept = text_field(ui, &mut d.person_department, "Participant department", 140.0);
        let r = egui::ComboBox::from_id_salt("person-line")
            .selected_text(d.person_line.label())
            .show_ui(ui, |ui| {
                for line in Line::ALL {
                    ui.selectable_value(&mut d.person_line, line, line.label());
                }
            })
            .response;
        name_widget(ui, &r, "Participant line");
        let entered = (name.lost_focus() || dept.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui.button("Add");
        name_widget(ui, &add, "Add participant");
        if (add.clicked() || entered) && !d.person.trim().is_empty() {
            commands.push(Command::Capture(CaptureEdit::AddParticipant {
                name: std::mem::take(&mut d.person),
                department: d.person_department.clone(),
                line: d.person_line,
            }));
            name.request_focus();
        }
        if ui.button("Import CSV…").on_hover_text("A CSV with Name, Department and Line columns").clicked() {
            commands.push(Command::ImportRoster);
        }
    });
    let roster = &run.session.roster;
    let mut departments: Vec<&str> = roster.iter().map(|p| p.department.as_str()).collect();
    departments.sort_by_key(|d| d.to_lowercase());
    departments.dedup_by_key(|d| d.to_lowercase());
    ui.label(RichText::new(format!("{} people, {} departments", roster.len(), departments.len())).weak());
    egui::Grid::new("roster").num_columns(4).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
        for p in roster {
            ui.label(&p.name);
            ui.label(&p.department);
            ui.label(p.line.label());
            let r = ui.small_button("Remove");
            name_widget(ui, &r, &format!("Remove {}", p.name));
            if r.clicked() {
                commands.push(Command::Capture(CaptureEdit::RemoveParticipant(p.id)));
            }
            ui.end_row();
        }
    });
}

fn groups(ui: &mut egui::Ui, app: &mut App) {
    let run = app.run.as_ref().expect("a run is shown");
    let view = &mut app.run_view;
    if view.group_size < 2 {
        view.group_size = 4;
    }
    ui.horizontal(|ui| {
        ui.label("Groups of");
        let r = ui.add(egui::DragValue::new(&mut view.group_size).range(2..=12));
        name_widget(ui, &r, "Group size");
        if ui.button(if view.groups.is_empty() { "Make groups" } else { "Reshuffle" }).clicked() {
            view.group_seed = view.group_seed.wrapping_add(1).wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            view.groups = make_groups(&run.session.roster, view.group_size, view.group_seed);
        }
    });
    if run.session.roster.is_empty() {
        ui.label("Add people to the roster first: groups mix departments as evenly as the roster allows.");
        return;
    }
    ui.label(RichText::new("Every department is spread across the groups before any group gets two of it.").weak());
    ui.horizontal_wrapped(|ui| {
        for (n, group) in view.groups.iter().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_min_width(170.0);
                ui.vertical(|ui| {
                    ui.strong(format!("Group {}", n + 1));
                    for id in group {
                        if let Some(p) = run.session.participant(*id) {
                            let dept =
                                if p.department.is_empty() { String::new() } else { format!(" ({})", p.department) };
                            ui.label(format!("{}{dept}", p.name));
                        }
                    }
                });
            });
        }
    });
}
