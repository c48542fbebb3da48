//! The bar at the top: File, Edit, Agenda, Timer and Export menus (their
//! entries from the command table), undo and redo, the variant selector and
//! the Design / Run / Results tabs.

use eframe::egui;

use super::app::{App, Mode};
use super::commands::{Command, DocFormat, ExportDoc};
use super::ui_command::{UiCommand as U, command_button, menu_entry};
use crate::catalogue::{Ui, tr, trf};
use crate::store::kits;

pub fn show(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    egui::Panel::top("top-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            file_menu(ui, app, commands);
            ui.menu_button(tr(Ui::Edit), |ui| {
                for cmd in [U::Undo, U::Redo] {
                    menu_entry(ui, app, cmd, commands);
                }
            });
            ui.menu_button(tr(Ui::AgendaMenu), |ui| {
                for cmd in [U::AddActivity, U::AddBreak, U::AddSection] {
                    menu_entry(ui, app, cmd, commands);
                }
                ui.separator();
                for cmd in [U::InsertAbove, U::Duplicate, U::MoveUp, U::MoveDown, U::Delete] {
                    menu_entry(ui, app, cmd, commands);
                }
            });
            ui.menu_button(tr(Ui::Timer), |ui| {
                for cmd in [
                    U::PauseResume,
                    U::NextItem,
                    U::PreviousItem,
                    U::OneMoreMinute,
                    U::FiveMoreMinutes,
                    U::SkipItem,
                    U::UndoRunAction,
                    U::FinishRun,
                    U::Projector,
                    U::Blackout,
                    U::FullScreen,
                ] {
                    menu_entry(ui, app, cmd, commands);
                }
            });
            export_menu(ui, app, commands);
            ui.separator();
            for cmd in [U::Undo, U::Redo] {
                command_button(ui, app, cmd, commands);
            }
            ui.separator();
            // Results mode counts runs by version with its own selector.
            if app.mode != Mode::Results {
                variant_selector(ui, app, commands);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for (mode, label) in
                    [(Mode::Results, tr(Ui::Results)), (Mode::Run, tr(Ui::Run)), (Mode::Design, tr(Ui::Design))]
                {
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
    ui.menu_button(tr(Ui::File), |ui| {
        menu_entry(ui, app, U::New, commands);
        ui.menu_button(tr(Ui::NewFromKit), |ui| {
            for kit in kits::KITS {
                let title = kit.load().map(|d| d.title).unwrap_or_else(|_| kit.name.to_string());
                if ui.button(title).clicked() {
                    commands.push(Command::NewFromKit(kit.name));
                }
            }
        });
        menu_entry(ui, app, U::Open, commands);
        ui.add_enabled_ui(!app.settings.recent.is_empty(), |ui| {
            ui.menu_button(tr(Ui::OpenRecent), |ui| {
                for path in &app.settings.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenPath(path.clone()));
                    }
                }
            });
        });
        ui.separator();
        menu_entry(ui, app, U::Save, commands);
        menu_entry(ui, app, U::SaveAs, commands);
        ui.separator();
        menu_entry(ui, app, U::ImportAgenda, commands);
        ui.separator();
        language_menu(ui, app, commands);
        ui.separator();
        menu_entry(ui, app, U::Quit, commands);
    });
}

/// The app's language: English, German, or as the system's locale says.
fn language_menu(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    ui.menu_button(tr(Ui::Language), |ui| {
        let system = trf(Ui::AsTheSystem, &[&app.config.system_lang.name()]);
        if ui.radio(app.settings.language.is_none(), system).clicked() {
            commands.push(Command::SetLanguage(None));
        }
        for lang in crate::model::Lang::ALL {
            if ui.radio(app.settings.language == Some(lang), lang.name()).clicked() {
                commands.push(Command::SetLanguage(Some(lang)));
            }
        }
    });
}

/// The PDF documents, each opening the export dialog (variant, paper, open
/// after); the handout and the guide for Word; and the agenda as an Excel
/// workbook, every variant a sheet.
fn export_menu(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    ui.menu_button(tr(Ui::Export), |ui| {
        for doc in [ExportDoc::Handout, ExportDoc::Guide, ExportDoc::Signin] {
            if ui.button(trf(Ui::ExportPdf, &[&doc.label()])).clicked() {
                commands.push(Command::ExportDialog(doc, DocFormat::Pdf));
            }
        }
        let report = ui.add_enabled(app.run.is_some(), egui::Button::new(tr(Ui::ReportOfThisRun)));
        if report.on_disabled_hover_text(tr(Ui::StartRunFirst)).clicked() {
            commands.push(Command::ExportDialog(ExportDoc::Report, DocFormat::Pdf));
        }
        ui.separator();
        for doc in [ExportDoc::Handout, ExportDoc::Guide] {
            let button = ui.button(trf(Ui::ExportWord, &[&doc.label()])).on_hover_text(tr(Ui::ExportWordTip));
            if button.clicked() {
                commands.push(Command::ExportDialog(doc, DocFormat::Word));
            }
        }
        if ui.button(tr(Ui::ExportAgendaXlsx)).on_hover_text(tr(Ui::ExportAgendaXlsxTip)).clicked() {
            commands.push(Command::ExportAgenda);
        }
    });
}

fn variant_selector(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    let design = &app.doc.design;
    if design.variants.is_empty() {
        return;
    }
    let label = ui.label(tr(Ui::Variant));
    let shown = app.variant.clone().unwrap_or_else(|| tr(Ui::AllVariants).to_string());
    egui::ComboBox::from_id_salt("variant")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(app.variant.is_none(), tr(Ui::AllVariants)).clicked() {
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
