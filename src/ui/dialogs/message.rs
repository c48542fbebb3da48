//! An error or notice, with the full message (file, line:column) selectable.

use eframe::egui;

/// Returns whether the message stays open.
pub fn show(ctx: &egui::Context, title: &str, text: &str) -> bool {
    let response = super::modal(ctx, "message", title, |ui| {
        ui.add(egui::Label::new(text).wrap().selectable(true));
        ui.add_space(8.0);
        ui.horizontal(|ui| ui.button("OK").clicked()).inner
    });
    !(response.inner || response.should_close())
}
