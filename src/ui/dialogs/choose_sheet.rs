//! A workbook with an agenda on more than one sheet (a sheet per variant,
//! say): which one to import.

use std::path::PathBuf;

use eframe::egui;

use crate::catalogue::{DesignUi, Ui, tr, trf};
use crate::ui::commands::Command;

#[derive(Debug)]
pub struct ChooseSheet {
    pub path: PathBuf,
    /// The sheets that hold an agenda, in the workbook's order.
    pub sheets: Vec<String>,
    pub chosen: usize,
}

impl ChooseSheet {
    /// Returns whether the dialog stays open.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let name = self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let response = super::modal(ctx, "choose-sheet", tr(DesignUi::ChooseSheetHeading), |ui| {
            ui.label(trf(DesignUi::ChooseSheetExplain, &[&name]));
            for (n, sheet) in self.sheets.iter().enumerate() {
                ui.radio_value(&mut self.chosen, n, sheet);
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                (ui.button(tr(DesignUi::ImportThisSheet)).clicked(), ui.button(tr(Ui::Cancel)).clicked())
            })
            .inner
        });
        let (import, cancel) = response.inner;
        if import && let Some(sheet) = self.sheets.get(self.chosen) {
            // Unsaved work was asked about before the workbook was opened.
            let import = Command::ImportAgendaSheet(self.path.clone(), sheet.clone());
            commands.push(Command::Force(Box::new(import)));
            return false;
        }
        !(cancel || response.should_close())
    }
}
