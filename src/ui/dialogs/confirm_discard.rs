//! "Save changes?" before something would replace or close a design with
//! unsaved changes.

use eframe::egui;

use crate::catalogue::{DesignUi, Ui, tr};
use crate::ui::commands::Command;

enum Answer {
    Save,
    DontSave,
    Cancel,
}

/// Returns the pending command while the question stays open.
pub fn show(ctx: &egui::Context, then: Box<Command>, commands: &mut Vec<Command>) -> Option<Box<Command>> {
    let response = super::modal(ctx, "confirm-discard", tr(DesignUi::SaveChanges), |ui| {
        ui.label(tr(DesignUi::UnsavedChanges));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr(Ui::Save)).clicked() {
                Some(Answer::Save)
            } else if ui.button(tr(DesignUi::DontSave)).clicked() {
                Some(Answer::DontSave)
            } else if ui.button(tr(Ui::Cancel)).clicked() {
                Some(Answer::Cancel)
            } else {
                None
            }
        })
        .inner
    });
    match response.inner {
        Some(Answer::Save) => commands.push(Command::SaveThen(then)),
        Some(Answer::DontSave) => commands.push(Command::Force(then)),
        Some(Answer::Cancel) => {}
        None if response.should_close() => {}
        None => return Some(then),
    }
    None
}
