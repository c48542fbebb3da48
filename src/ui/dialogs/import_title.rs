//! The title of an imported agenda, asked for when its table had no title
//! row: a file name ("Barrieren de") is rarely the workshop's name.

use eframe::egui;

use crate::catalogue::{DesignUi, tr};
use crate::ui::commands::Command;
use crate::ui::widgets::name_widget;

#[derive(Debug)]
pub struct ImportTitle {
    /// The title being typed, first the one from the file's name.
    pub title: String,
}

impl ImportTitle {
    /// Returns whether the dialog stays open.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let response = super::modal(ctx, "import-title", tr(DesignUi::ImportTitleHeading), |ui| {
            ui.label(tr(DesignUi::ImportTitleExplain));
            let field = ui.add(egui::TextEdit::singleline(&mut self.title).desired_width(f32::INFINITY));
            name_widget(ui, &field, tr(DesignUi::ImportTitleField));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if !field.has_focus() && !entered {
                field.request_focus();
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let ok = ui.button(tr(DesignUi::ImportTitleOk)).clicked() || entered;
                let keep = ui.button(tr(DesignUi::ImportTitleKeep)).clicked();
                (ok, keep)
            })
            .inner
        });
        let (ok, keep) = response.inner;
        if ok && !self.title.trim().is_empty() {
            commands.push(Command::SetImportedTitle(self.title.trim().to_string()));
            return false;
        }
        !(keep || response.should_close())
    }
}
