//! Who is in the room (typed in, or imported from CSV) and the group maker
//! that mixes departments in every group.

use eframe::egui::{self, RichText};

use super::Tab;
use crate::capture::CaptureEdit;
use crate::catalogue::{RunUi, tr, trf};
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
        ui.label(tr(RunUi::ThisRun));
        let id = egui::Id::unique(("run-name", &run.path));
        let hint = Empty::Allowed(tr(RunUi::RunNameHint));
        if let Some(name) = saving_field(ui, id, &run.session.name, tr(RunUi::RunName), 200.0, hint) {
            commands.push(Command::Capture(CaptureEdit::SetRunName(name)));
        }
        let mut rehearsal = run.session.rehearsal;
        let hint = tr(RunUi::RehearsalTip);
        if ui.checkbox(&mut rehearsal, tr(RunUi::Rehearsal)).on_hover_text(hint).changed() {
            commands.push(Command::Capture(CaptureEdit::SetRehearsal(rehearsal)));
        }
    });
    ui.add_space(4.0);
    let d = &mut app.run_view.drafts;
    // Wraps on a narrow console (1024 wide with the day beside it), so Add
    // and Import CSV are never cut off.
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(RunUi::Name));
        let name = text_field(ui, &mut d.person, tr(RunUi::ParticipantName), 180.0);
        ui.label(tr(RunUi::Department));
        let dept = text_field(ui, &mut d.person_department, tr(RunUi::ParticipantDepartment), 140.0);
        let r = egui::ComboBox::from_id_salt("person-line")
            .selected_text(line_label(d.person_line))
            .show_ui(ui, |ui| {
                for line in Line::ALL {
                    ui.selectable_value(&mut d.person_line, line, line_label(line));
                }
            })
            .response;
        name_widget(ui, &r, tr(RunUi::ParticipantLine));
        let entered = (name.lost_focus() || dept.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui.button(tr(RunUi::Add));
        name_widget(ui, &add, tr(RunUi::AddParticipant));
        if (add.clicked() || entered) && !d.person.trim().is_empty() {
            commands.push(Command::Capture(CaptureEdit::AddParticipant {
                name: std::mem::take(&mut d.person),
                department: d.person_department.clone(),
                line: d.person_line,
            }));
            name.request_focus();
        }
        if ui.button(tr(RunUi::ImportCsv)).on_hover_text(tr(RunUi::ImportCsvTip)).clicked() {
            commands.push(Command::ImportRoster);
        }
    });
    let roster = &run.session.roster;
    let mut departments: Vec<&str> = roster.iter().map(|p| p.department.as_str()).collect();
    departments.sort_by_key(|d| d.to_lowercase());
    departments.dedup_by_key(|d| d.to_lowercase());
    ui.label(RichText::new(trf(RunUi::PeopleAndDepartments, &[&roster.len(), &departments.len()])).weak());
    egui::Grid::new("roster").num_columns(4).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
        for p in roster {
            ui.label(&p.name);
            ui.label(&p.department);
            ui.label(line_label(p.line));
            let r = ui.small_button(tr(RunUi::Remove));
            name_widget(ui, &r, &trf(RunUi::RemoveNamed, &[&p.name]));
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
        ui.label(tr(RunUi::GroupsOf));
        let r = ui.add(egui::DragValue::new(&mut view.group_size).range(2..=12));
        name_widget(ui, &r, tr(RunUi::GroupSize));
        if ui.button(tr(if view.groups.is_empty() { RunUi::MakeGroups } else { RunUi::Reshuffle })).clicked() {
            view.group_seed = view.group_seed.wrapping_add(1).wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            view.groups = make_groups(&run.session.roster, view.group_size, view.group_seed);
        }
    });
    if run.session.roster.is_empty() {
        ui.label(tr(RunUi::AddPeopleFirst));
        return;
    }
    ui.label(RichText::new(tr(RunUi::SpreadHint)).weak());
    ui.horizontal_wrapped(|ui| {
        for (n, group) in view.groups.iter().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_min_width(170.0);
                ui.vertical(|ui| {
                    ui.strong(trf(RunUi::GroupNumber, &[&(n + 1)]));
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

/// A participant's line in the app's language (`Line::label` is English).
pub fn line_label(line: Line) -> &'static str {
    tr(match line {
        Line::Frontline => RunUi::Frontline,
        Line::Backline => RunUi::Backline,
        Line::Other => RunUi::OtherLine,
    })
}
