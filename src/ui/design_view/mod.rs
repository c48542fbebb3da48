//! Design mode: the workshop details, the agenda table, the selected item's
//! details beside it, and the status strip with the timing and its warnings.

mod agenda_table;
mod header;
mod item_details;
mod status_strip;

use eframe::egui;

use super::app::{App, Timing};
use super::commands::Command;
use crate::edit::Edit;
use crate::model::{ItemId, ItemKind};

/// View state of design mode that is not part of the document.
#[derive(Debug, Default)]
pub struct DesignView {
    /// Scroll the table to this item on the next frame (after a warning click).
    pub scroll_to: Option<ItemId>,
}

pub fn show(ui: &mut egui::Ui, app: &mut App, timing: &Timing, commands: &mut Vec<Command>) {
    keyboard(ui, app, timing, commands);
    status_strip::show(ui, app, timing, commands);
    if let Some(id) = app.selected.filter(|id| app.details_open && app.doc.design.item(*id).is_some()) {
        item_details::show(ui, app, id, commands);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        header::show(ui, app, commands);
        ui.add_space(4.0);
        toolbar(ui, app, commands);
        agenda_table::show(ui, app, timing, commands);
    });
}

/// Buttons above the table for the structural edits (also in the Agenda menu).
fn toolbar(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    let selected = app.selected;
    ui.horizontal(|ui| {
        ui.strong("Agenda");
        ui.add_space(8.0);
        for (label, kind) in
            [("+ Activity", ItemKind::Activity), ("+ Break", ItemKind::Break), ("+ Section", ItemKind::Section)]
        {
            let hover = match selected {
                Some(_) => "Add after the selected item (Ctrl+Enter adds an activity)",
                None => "Add at the end",
            };
            if ui.button(label).on_hover_text(hover).clicked() {
                commands.push(Command::Edit(Edit::Add { after: selected, kind }));
            }
        }
        ui.separator();
        ui.add_enabled_ui(selected.is_some(), |ui| {
            let Some(id) = selected else {
                ui.add_enabled(false, egui::Button::new("Duplicate"));
                ui.add_enabled(false, egui::Button::new("Delete"));
                return;
            };
            if ui.button("Duplicate").on_hover_text("Ctrl+D").clicked() {
                commands.push(Command::Edit(Edit::Duplicate(id)));
            }
            if ui.button("Delete").on_hover_text("Ctrl+Delete").clicked() {
                commands.push(Command::Edit(Edit::Delete(id)));
            }
            if ui.button("Move up").on_hover_text("Alt+Up").clicked() {
                commands.push(Command::Edit(Edit::MoveBy { id, delta: -1 }));
            }
            if ui.button("Move down").on_hover_text("Alt+Down").clicked() {
                commands.push(Command::Edit(Edit::MoveBy { id, delta: 1 }));
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(egui::RichText::new("Drag a row by its dots to move it").weak());
        });
    });
}

/// Agenda keys: Alt+Up/Down move the selected item, Ctrl+D duplicates,
/// Ctrl+Enter adds after it, Ctrl+Shift+Enter inserts above, Ctrl+Delete (or
/// Delete outside a text field) deletes, Up/Down outside a field change the selection.
fn keyboard(ui: &mut egui::Ui, app: &App, timing: &Timing, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    if app.dialog.is_some() {
        return;
    }
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    let take = |m: Modifiers, k: Key| ui.ctx().input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(m, k)));
    let Some(id) = app.selected else {
        if take(Modifiers::COMMAND, Key::Enter) {
            commands.push(Command::Edit(Edit::Add { after: None, kind: ItemKind::Activity }));
        }
        if !typing && take(Modifiers::NONE, Key::ArrowDown) {
            commands.push(Command::Select(timing.shown.slots.first().map(|s| s.id)));
        }
        return;
    };
    if take(Modifiers::ALT, Key::ArrowUp) {
        commands.push(Command::Edit(Edit::MoveBy { id, delta: -1 }));
    }
    if take(Modifiers::ALT, Key::ArrowDown) {
        commands.push(Command::Edit(Edit::MoveBy { id, delta: 1 }));
    }
    if take(Modifiers::COMMAND, Key::D) {
        commands.push(Command::Edit(Edit::Duplicate(id)));
    }
    if take(Modifiers::COMMAND | Modifiers::SHIFT, Key::Enter) {
        commands.push(Command::Edit(Edit::InsertBefore { before: id, kind: ItemKind::Activity }));
    }
    if take(Modifiers::COMMAND, Key::Enter) {
        commands.push(Command::Edit(Edit::Add { after: Some(id), kind: ItemKind::Activity }));
    }
    if take(Modifiers::COMMAND, Key::Delete) || (!typing && take(Modifiers::NONE, Key::Delete)) {
        commands.push(Command::Edit(Edit::Delete(id)));
    }
    if !typing {
        let rows: Vec<ItemId> = timing.shown.slots.iter().map(|s| s.id).collect();
        let at = rows.iter().position(|r| *r == id);
        if take(Modifiers::NONE, Key::ArrowUp) {
            let to = at.and_then(|a| a.checked_sub(1)).and_then(|a| rows.get(a));
            commands.push(Command::Select(to.copied().or(Some(id))));
        }
        if take(Modifiers::NONE, Key::ArrowDown) {
            let to = at.and_then(|a| rows.get(a + 1));
            commands.push(Command::Select(to.copied().or(Some(id))));
        }
        if take(Modifiers::NONE, Key::Escape) {
            commands.push(Command::Select(None));
        }
    }
}
