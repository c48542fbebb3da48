//! The app's own file dialog: a path to type, with the folder's matching
//! files listed to click. Used when no system file dialog can be shown.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::catalogue::{DesignUi, Ui, tr, trf};
use crate::ui::commands::Command;
use crate::ui::file_dialogs::{PickRequest, Purpose};

#[derive(Debug)]
pub struct PathDialog {
    /// What is asked, and what the answer is for.
    request: PickRequest,
    purpose: Purpose,
    text: String,
    error: Option<String>,
    /// The path field takes the keyboard once, when the dialog opens.
    focused: bool,
    /// A save over an existing file was asked for once: the next asks means yes.
    replace_confirmed: Option<PathBuf>,
}

impl PathDialog {
    pub fn new(request: PickRequest) -> Self {
        let (purpose, text) = (request.purpose, request.start_text());
        PathDialog { request, purpose, text, error: None, focused: false, replace_confirmed: None }
    }

    /// Returns whether the dialog stays open.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let mut keep_open = true;
        let response = super::modal(ctx, "path-dialog", self.purpose.title(), |ui| {
            let (dir, names) = self.folder_files();
            let what = tr(match self.purpose {
                Purpose::RunFolder => DesignUi::TheFoldersPath,
                purpose if purpose.writes() => DesignUi::ThePathToWrite,
                _ => DesignUi::ThePathOfTheFile,
            });
            let pick = if names.is_empty() { "" } else { tr(DesignUi::OrPick) };
            ui.label(egui::RichText::new(trf(DesignUi::NoSystemDialog, &[&what, &pick])).weak());
            let label = ui.label(tr(DesignUi::Path));
            let edit =
                ui.add(egui::TextEdit::singleline(&mut self.text).desired_width(f32::INFINITY)).labelled_by(label.id);
            if !self.focused {
                edit.request_focus();
                self.focused = true;
            }
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            self.list_folder(ui, &dir, names);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let verb = match self.purpose {
                    purpose if purpose.writes() => tr(Ui::Save),
                    Purpose::RunFolder => tr(DesignUi::Choose),
                    _ => tr(DesignUi::OpenButton),
                };
                let ok = ui.button(verb).clicked();
                if ui.button(tr(Ui::Cancel)).clicked() {
                    keep_open = false;
                }
                ok || entered
            })
            .inner
        });
        if response.inner {
            keep_open = !self.accept(commands);
        }
        keep_open && !response.should_close()
    }

    /// The typed folder and its files that fit the purpose, sorted.
    fn folder_files(&self) -> (PathBuf, Vec<String>) {
        let typed = PathBuf::from(self.text.trim());
        let dir = if typed.is_dir() { typed } else { typed.parent().map(Path::to_path_buf).unwrap_or_default() };
        let Ok(entries) = std::fs::read_dir(&dir) else { return (dir, Vec::new()) };
        let wanted = |name: &str| match self.purpose {
            Purpose::OpenDesign | Purpose::SaveDesign => name.ends_with(crate::store::DESIGN_EXTENSION),
            Purpose::ImportAgenda => crate::store::is_agenda_table(Path::new(name)),
            Purpose::ImportRoster => name.to_lowercase().ends_with(".csv"),
            Purpose::ExportPdf | Purpose::ExportDocx | Purpose::ExportCsv | Purpose::ExportXlsx => {
                self.purpose.export_extension().is_some_and(|e| name.to_lowercase().ends_with(&format!(".{e}")))
            }
            Purpose::RunFolder => false,
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| wanted(n))
            .collect();
        names.sort();
        (dir, names)
    }

    /// The files of the typed folder, to click instead of type.
    fn list_folder(&mut self, ui: &mut egui::Ui, dir: &Path, names: Vec<String>) {
        if names.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.label(egui::RichText::new(format!("In {}:", dir.display())).weak());
        egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
            for name in names {
                if ui.selectable_label(false, &name).clicked() {
                    self.text = dir.join(&name).display().to_string();
                }
            }
        });
    }

    /// Checks the path and queues the command; returns whether it was accepted.
    fn accept(&mut self, commands: &mut Vec<Command>) -> bool {
        let path = PathBuf::from(self.text.trim());
        let exists = path.is_file();
        match self.purpose {
            Purpose::RunFolder if !path.is_dir() => {
                self.error = Some(trf(DesignUi::NoFolderAt, &[&path.display()]));
                false
            }
            Purpose::RunFolder => self.answer(path, commands),
            Purpose::OpenDesign | Purpose::ImportAgenda | Purpose::ImportRoster if !exists => {
                self.error = Some(trf(DesignUi::NoFileAt, &[&path.display()]));
                false
            }
            Purpose::OpenDesign | Purpose::ImportAgenda | Purpose::ImportRoster => self.answer(path, commands),
            Purpose::ExportPdf | Purpose::ExportDocx | Purpose::ExportCsv | Purpose::ExportXlsx
                if path.is_dir() || path.file_name().is_none() =>
            {
                self.error = Some(tr(DesignUi::TypeAFileName).into());
                false
            }
            Purpose::ExportPdf | Purpose::ExportDocx | Purpose::ExportCsv | Purpose::ExportXlsx => {
                let extension = self.purpose.export_extension().unwrap_or_default();
                let path = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
                    path
                } else {
                    path.with_extension(extension)
                };
                if path.exists() && self.replace_confirmed.as_ref() != Some(&path) {
                    self.error = Some(trf(DesignUi::AlreadyExists, &[&path.display()]));
                    self.text = path.display().to_string();
                    self.replace_confirmed = Some(path);
                    return false;
                }
                self.answer(path, commands)
            }
            Purpose::SaveDesign if path.is_dir() || path.file_name().is_none() => {
                self.error = Some(tr(DesignUi::TypeAFileName).into());
                false
            }
            Purpose::SaveDesign => {
                let path = with_design_extension(path);
                if path.exists() && self.replace_confirmed.as_ref() != Some(&path) {
                    self.error = Some(trf(DesignUi::AlreadyExistsBak, &[&path.display()]));
                    self.text = path.display().to_string();
                    self.replace_confirmed = Some(path);
                    return false;
                }
                self.answer(path, commands)
            }
        }
    }

    /// Queues what the request does with `path`; the dialog is done.
    fn answer(&self, path: PathBuf, commands: &mut Vec<Command>) -> bool {
        commands.extend(self.request.command_for(path));
        true
    }
}

/// `plan` → `plan.workshop.ron`, so a typed name is saved as a design file.
fn with_design_extension(path: PathBuf) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if name.ends_with(".ron") {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(crate::store::DESIGN_EXTENSION);
        PathBuf::from(s)
    }
}
