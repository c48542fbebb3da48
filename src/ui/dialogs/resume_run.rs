//! Offered at start-up when a run was cut short: everything captured and
//! every timing is in its file, so it picks up where it stopped.

use std::path::Path;

use eframe::egui;

use crate::ui::commands::Command;

/// Returns whether the question stays open.
pub fn show(ctx: &egui::Context, path: &Path, title: &str, commands: &mut Vec<Command>) -> bool {
    let response = super::modal(ctx, "resume-run", "Resume the unfinished run?", |ui| {
        ui.add(
            egui::Label::new(format!(
                "A run of \"{title}\" did not finish. Its timings and everything captured are in {}.",
                path.display()
            ))
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Resume run").clicked() {
                Some(true)
            } else if ui.button("Not now").clicked() {
                Some(false)
            } else {
                None
            }
        })
        .inner
    });
    match response.inner {
        Some(true) => commands.push(Command::ResumeRun(path.to_path_buf())),
        Some(false) => commands.push(Command::DiscardRun),
        None => return true,
    }
    false
}
