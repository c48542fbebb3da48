//! Files dropped on the window: a design opens, an agenda table (CSV,
//! .xlsx, .ods, .docx) is imported, each as its menu command would (unsaved work
//! is asked about first); while files hover over the window, it says what
//! dropping them will do.

use std::path::Path;

use eframe::egui;

use super::commands::Command;
use crate::catalogue::{Ui, tr, trf};

/// What dropping `path` does, or `None` for a file the app does not take.
fn command_for(path: &Path) -> Option<Command> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if name.ends_with(crate::store::DESIGN_EXTENSION) {
        Some(Command::OpenPath(path.to_path_buf()))
    } else if crate::store::is_agenda_table(path) {
        Some(Command::ImportAgendaPath(path.to_path_buf()))
    } else {
        None
    }
}

/// The command for the first file dropped in this frame, or a notice that
/// it is not one the app takes.
pub fn take(ctx: &egui::Context) -> (Option<Command>, Option<String>) {
    let Some(path) = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf())) else {
        return (None, None);
    };
    match command_for(&path) {
        Some(command) => (Some(command), None),
        None => {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (None, Some(trf(Ui::CannotTakeDropped, &[&name])))
        }
    }
}

/// While files hover over the window: the window dimmed, and what a drop does.
pub fn paint_hover(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("file-drop")));
    let screen = ctx.content_rect();
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(180));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        tr(Ui::DropToOpen),
        egui::TextStyle::Heading.resolve(&ctx.global_style()),
        egui::Color32::WHITE,
    );
}
