//! The bar at the top: File, Edit, Agenda and Export menus, undo and redo,
//! the variant selector and the Design / Run / Results tabs.

use eframe::egui;

use super::app::{App, Mode};
use super::commands::{Command, ExportDoc};
use crate::edit::Edit;
use crate::model::ItemKind;
use crate::store::kits;

pub fn show(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    egui::Panel::top("top-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            file_menu(ui, app, commands);
            edit_menu(ui, app, commands);
            agenda_menu(ui, app, commands);
            export_menu(ui, app, commands);
            ui.separator();
            if ui
                .add_enabled(app.doc.undoer.has_undo(&app.doc.design), egui::Button::new("Undo"))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(app.doc.undoer.has_redo(&app.doc.design), egui::Button::new("Redo"))
                .on_hover_text("Ctrl+Shift+Z or Ctrl+Y")
                .clicked()
            {
                commands.push(Command::Redo);
            }
            ui.separator();
            // Results mode counts runs by version with its own selector.
            if app.mode != Mode::Results {
                variant_selector(ui, app, commands);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for (mode, label) in [(Mode::Results, "Results"), (Mode::Run, "Run"), (Mode::Design, "Design")] {
                    if ui.selectable_label(app.mode == mode, label).clicked() {
                        commands.push(Command::SetMode(mode));
                    }
                }
                if let Some(notice) = &app.notice {
                    ui.separator();
                    ui.add(egui::Label::new(egui::RichText::new(notice).weak()).truncate());
                }
            });
        });
    });
}

fn file_menu(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    ui.menu_button("File", |ui| {
        if shortcut_button(ui, "New", "Ctrl+N").clicked() {
            commands.push(Command::NewBlank);
        }
        ui.menu_button("New from kit", |ui| {
            for kit in kits::KITS {
                let title = kit.load().map(|d| d.title).unwrap_or_else(|_| kit.name.to_string());
                if ui.button(title).clicked() {
                    commands.push(Command::NewFromKit(kit.name));
                }
            }
        });
        if shortcut_button(ui, "Open…", "Ctrl+O").clicked() {
            commands.push(Command::Open);
        }
        ui.add_enabled_ui(!app.settings.recent.is_empty(), |ui| {
            ui.menu_button("Open recent", |ui| {
                for path in &app.settings.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenPath(path.clone()));
                    }
                }
            });
        });
        ui.separator();
        if shortcut_button(ui, "Save", "Ctrl+S").clicked() {
            commands.push(Command::Save);
        }
        if shortcut_button(ui, "Save as…", "Ctrl+Shift+S").clicked() {
            commands.push(Command::SaveAs);
        }
        ui.separator();
        if ui.button("Import CSV table…").clicked() {
            commands.push(Command::ImportCsv);
        }
        ui.separator();
        if ui.button("Quit").clicked() {
            commands.push(Command::Quit);
        }
    });
}

fn edit_menu(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    ui.menu_button("Edit", |ui| {
        if ui
            .add_enabled(app.doc.undoer.has_undo(&app.doc.design), egui::Button::new("Undo").shortcut_text("Ctrl+Z"))
            .clicked()
        {
            commands.push(Command::Undo);
        }
        if ui
            .add_enabled(
                app.doc.undoer.has_redo(&app.doc.design),
                egui::Button::new("Redo").shortcut_text("Ctrl+Shift+Z"),
            )
            .clicked()
        {
            commands.push(Command::Redo);
        }
    });
}

fn agenda_menu(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    let selected = app.selected;
    ui.menu_button("Agenda", |ui| {
        for (label, kind) in
            [("Add activity", ItemKind::Activity), ("Add break", ItemKind::Break), ("Add section", ItemKind::Section)]
        {
            if ui.button(label).clicked() {
                commands.push(Command::Edit(Edit::Add { after: selected, kind }));
            }
        }
        ui.separator();
        ui.add_enabled_ui(selected.is_some(), |ui| {
            let Some(id) = selected else { return };
            if ui.add(egui::Button::new("Insert above").shortcut_text("Ctrl+Shift+Enter")).clicked() {
                commands.push(Command::Edit(Edit::InsertBefore { before: id, kind: ItemKind::Activity }));
            }
            if ui.add(egui::Button::new("Duplicate").shortcut_text("Ctrl+D")).clicked() {
                commands.push(Command::Edit(Edit::Duplicate(id)));
            }
            if ui.add(egui::Button::new("Move up").shortcut_text("Alt+Up")).clicked() {
                commands.push(Command::Edit(Edit::MoveBy { id, delta: -1 }));
            }
            if ui.add(egui::Button::new("Move down").shortcut_text("Alt+Down")).clicked() {
                commands.push(Command::Edit(Edit::MoveBy { id, delta: 1 }));
            }
            if ui.add(egui::Button::new("Delete").shortcut_text("Ctrl+Delete")).clicked() {
                commands.push(Command::Edit(Edit::Delete(id)));
            }
        });
    });
}

/// The PDF documents; each opens the export dialog (variant, paper, open after).
fn export_menu(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    ui.menu_button("Export", |ui| {
        for doc in [ExportDoc::Handout, ExportDoc::Guide, ExportDoc::Signin] {
            if ui.button(format!("{} (PDF)…", doc.label())).clicked() {
                commands.push(Command::ExportDialog(doc));
            }
        }
        let report = ui.add_enabled(app.run.is_some(), egui::Button::new("Results report of this run (PDF)…"));
        if report.on_disabled_hover_text("Start or resume a run first").clicked() {
            commands.push(Command::ExportDialog(ExportDoc::Report));
        }
    });
}

fn variant_selector(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    let design = &app.doc.design;
    if design.variants.is_empty() {
        return;
    }
    let label = ui.label("Variant:");
    let shown = app.variant.clone().unwrap_or_else(|| "All variants".to_string());
    egui::ComboBox::from_id_salt("variant")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(app.variant.is_none(), "All variants").clicked() {
                commands.push(Command::SetVariant(None));
            }
            for v in &design.variants {
                if ui.selectable_label(app.variant.as_deref() == Some(&v.name), &v.name).clicked() {
                    commands.push(Command::SetVariant(Some(v.name.clone())));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

fn shortcut_button(ui: &mut egui::Ui, label: &str, shortcut: &str) -> egui::Response {
    ui.add(egui::Button::new(label).shortcut_text(shortcut))
}
