//! Offered at start-up when the last session ended with unsaved work.

use eframe::egui;

use crate::catalogue::{DesignUi, tr, trf};
use crate::store::Recovery;
use crate::ui::commands::Command;

/// Returns the recovery while the question stays open.
pub fn show(ctx: &egui::Context, recovery: Recovery, commands: &mut Vec<Command>) -> Option<Recovery> {
    let response = super::modal(ctx, "recovery", tr(DesignUi::RestoreTitle), |ui| {
        let place = match &recovery.path {
            Some(p) => trf(DesignUi::ForPath, &[&p.display()]),
            None => tr(DesignUi::ForNeverSaved).to_string(),
        };
        ui.add(egui::Label::new(trf(DesignUi::ClosedWithoutSaving, &[&recovery.design.title, &place])).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr(DesignUi::Restore)).clicked() {
                Some(true)
            } else if ui.button(tr(DesignUi::Discard)).clicked() {
                Some(false)
            } else {
                None
            }
        })
        .inner
    });
    match response.inner {
        Some(true) => commands.push(Command::RestoreRecovery(Box::new(recovery))),
        Some(false) => commands.push(Command::DiscardRecovery),
        // Escape or a click outside keeps the question: the answer matters.
        None => return Some(recovery),
    }
    None
}
