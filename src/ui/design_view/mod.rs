//! Design mode: the workshop details, the agenda table, the selected item's
//! details beside it, and the status strip with the timing and its warnings.

mod agenda_table;
mod header;
mod item_details;
mod status_strip;

use eframe::egui;

use super::app::{App, Timing};
use super::commands::Command;
use crate::catalogue::{DesignUi, tr, trf};
use crate::model::{Format, ItemId};

/// View state of design mode that is not part of the document.
#[derive(Debug, Default)]
pub struct DesignView {
    /// Scroll the table to this item on the next frame (after a warning click).
    pub scroll_to: Option<ItemId>,
    /// The workshop's details are shown (in place of the agenda).
    pub workshop_details: bool,
    /// The item whose details were shown last (a new one opens scrolled to its top).
    pub details_item: Option<ItemId>,
}

pub fn show(ui: &mut egui::Ui, app: &mut App, timing: &Timing, commands: &mut Vec<Command>) {
    keyboard(ui, app, timing, commands);
    status_strip::show(ui, app, timing, commands);
    if let Some(id) = app.selected.filter(|id| app.details_open && app.doc.design.item(*id).is_some()) {
        item_details::show(ui, app, id, commands);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        header::show(ui, app, commands);
        if !app.design_view.workshop_details {
            ui.add_space(4.0);
            toolbar(ui, app, commands);
            agenda_table::show(ui, app, timing, commands);
        }
    });
}

/// Buttons above the table for the structural edits (also in the Agenda
/// menu), from the command table.
fn toolbar(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    use crate::ui::ui_command::{UiCommand as U, command_button};
    ui.horizontal_wrapped(|ui| {
        ui.strong(crate::catalogue::tr(crate::catalogue::Ui::AgendaMenu));
        ui.add_space(8.0);
        for cmd in [U::AddActivity, U::AddBreak, U::AddSection] {
            command_button(ui, app, cmd, commands);
        }
        ui.separator();
        for cmd in [U::Duplicate, U::Delete, U::MoveUp, U::MoveDown] {
            command_button(ui, app, cmd, commands);
        }
        ui.separator();
        ui.label(egui::RichText::new(tr(DesignUi::DragHint)).weak());
    });
}

/// A format as the design view names it, in the app's language.
fn format_name(format: Format) -> String {
    match format {
        Format::WholeGroup => tr(DesignUi::WholeGroup).to_string(),
        Format::Pairs => tr(DesignUi::Pairs).to_string(),
        Format::SmallGroups(n) => trf(DesignUi::GroupsOf, &[&n]),
        Format::Individual => tr(DesignUi::Individual).to_string(),
    }
}

/// Moving the selection with the keyboard, outside a field: Up and Down
/// select the row above or below, Esc deselects. (The agenda's commands and
/// their keys are in the command table, `ui_command`.)
fn keyboard(ui: &mut egui::Ui, app: &App, timing: &Timing, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    if app.dialog.is_some() || ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    let take = |k: Key| ui.ctx().input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::NONE, k)));
    let rows: Vec<ItemId> = timing.shown.slots.iter().map(|s| s.id).collect();
    let Some(id) = app.selected else {
        if take(Key::ArrowDown) {
            commands.push(Command::Select(rows.first().copied()));
        }
        return;
    };
    let at = rows.iter().position(|r| *r == id);
    if take(Key::ArrowUp) {
        let to = at.and_then(|a| a.checked_sub(1)).and_then(|a| rows.get(a));
        commands.push(Command::Select(to.copied().or(Some(id))));
    }
    if take(Key::ArrowDown) {
        let to = at.and_then(|a| rows.get(a + 1));
        commands.push(Command::Select(to.copied().or(Some(id))));
    }
    if take(Key::Escape) {
        commands.push(Command::Select(None));
    }
}
