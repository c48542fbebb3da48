//! Offered at start-up when a run was cut short: everything captured and
//! every timing is in its file, so it picks up where it stopped.

use std::path::Path;

use eframe::egui;

use crate::ui::commands::Command;

enum Answer {
    Resume,
    Later,
    Forget,
}

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
                Some(Answer::Resume)
            } else if ui.button("Not now").on_hover_text("Ask again at the next start").clicked() {
                Some(Answer::Later)
            } else if ui.button("It is over").on_hover_text("Do not offer it again; the run file stays").clicked() {
                Some(Answer::Forget)
            } else {
                None
            }
        })
        .inner
    });
    match response.inner {
        Some(Answer::Resume) => commands.push(Command::ResumeRun(path.to_path_buf())),
        Some(Answer::Forget) => commands.push(Command::DiscardRun),
        Some(Answer::Later) => {}
        None => return true,
    }
    false
}
