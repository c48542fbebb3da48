//! Modal questions: one `Dialog` at a time, each kind in its own file. A
//! dialog's state exists only while it is open; `show` returns it to keep it
//! open, or `None` once it is answered.

mod choose_sheet;
mod confirm_discard;
mod export;
mod import_title;
mod message;
mod paste_table;
mod path_dialog;
mod recovery;
mod resume_run;

pub use choose_sheet::ChooseSheet;
pub use export::ExportDialog;
pub use import_title::ImportTitle;
pub use paste_table::PasteTable;
pub use path_dialog::PathDialog;
pub use resume_run::ResumeQuestion;

use eframe::egui;

use super::commands::Command;
use crate::store::Recovery;

#[derive(Debug)]
pub enum Dialog {
    /// Something went wrong; say what.
    Message { title: String, text: String },
    /// Unsaved changes would be lost by `then`.
    ConfirmDiscard { then: Box<Command> },
    /// Type a path, when no system file dialog can be shown.
    Path(PathDialog),
    /// Choose the variant and paper of a PDF export.
    Export(ExportDialog),
    /// Unsaved work from a previous run was found.
    Recovery(Box<Recovery>),
    /// Runs were cut short (crash, kill, power): resume one?
    ResumeRun(ResumeQuestion),
    /// An imported agenda had no title row: what is the workshop called?
    ImportTitle(ImportTitle),
    /// A pasted table: add its items?
    PasteTable(PasteTable),
    /// A workbook with more than one agenda sheet: which to import?
    ChooseSheet(ChooseSheet),
}

/// Shows `dialog`; returns it if it stays open.
pub fn show(ctx: &egui::Context, dialog: Dialog, commands: &mut Vec<Command>) -> Option<Dialog> {
    match dialog {
        Dialog::Message { title, text } => message::show(ctx, &title, &text).then_some(Dialog::Message { title, text }),
        Dialog::ConfirmDiscard { then } => {
            confirm_discard::show(ctx, then, commands).map(|then| Dialog::ConfirmDiscard { then })
        }
        Dialog::Path(mut d) => d.show(ctx, commands).then_some(Dialog::Path(d)),
        Dialog::Export(mut d) => d.show(ctx, commands).then_some(Dialog::Export(d)),
        Dialog::ResumeRun(q) => q.show(ctx, commands).then_some(Dialog::ResumeRun(q)),
        Dialog::ImportTitle(mut d) => d.show(ctx, commands).then_some(Dialog::ImportTitle(d)),
        Dialog::PasteTable(mut d) => d.show(ctx, commands).then_some(Dialog::PasteTable(d)),
        Dialog::ChooseSheet(mut d) => d.show(ctx, commands).then_some(Dialog::ChooseSheet(d)),
        Dialog::Recovery(r) => recovery::show(ctx, *r, commands).map(|r| Dialog::Recovery(Box::new(r))),
    }
}

/// The frame every dialog shares: a modal with a heading and a width that reads well.
fn modal<R>(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::ModalResponse<R> {
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.heading(title);
        ui.add_space(6.0);
        add(ui)
    })
}
