//! Offered at start-up when the last session ended with unsaved work.

use eframe::egui;

use crate::store::Recovery;
use crate::ui::commands::Command;

/// Returns the recovery while the question stays open.
pub fn show(ctx: &egui::Context, recovery: Recovery, commands: &mut Vec<Command>) -> Option<Recovery> {
    let response = super::modal(ctx, "recovery", "Restore unsaved work?", |ui| {
        let place = match &recovery.path {
            Some(p) => format!("for {}", p.display()),
            None => "for a design that was never saved".to_string(),
        };
        ui.add(
            egui::Label::new(format!(
                "Workshop Kit closed without saving \"{}\" ({place}). Restore it as it was?",
                recovery.design.title
            ))
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                Some(true)
            } else if ui.button("Discard").clicked() {
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
