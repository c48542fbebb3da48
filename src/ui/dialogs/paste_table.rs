//! A table pasted into the agenda: the items it would add, shown before
//! they are added after the selected row (or at the end).

use eframe::egui;

use crate::catalogue::{DesignUi, Ui, tr, tr_length_in_cell, trf};
use crate::edit::Edit;
use crate::model::{Item, ItemId, ItemKind};
use crate::ui::commands::Command;

#[derive(Debug)]
pub struct PasteTable {
    pub items: Vec<Item>,
    /// The row they go after, and its title; `None`: the end of the agenda.
    pub after: Option<(ItemId, String)>,
}

impl PasteTable {
    /// Returns whether the dialog stays open.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let count = match self.items.len() {
            1 => tr(DesignUi::OneItem).to_string(),
            n => trf(DesignUi::ManyItems, &[&n]),
        };
        let response = super::modal(ctx, "paste-table", tr(DesignUi::PasteHeading), |ui| {
            ui.label(match &self.after {
                Some((_, title)) => trf(DesignUi::PasteAfter, &[&count, title]),
                None => trf(DesignUi::PasteAtEnd, &[&count]),
            });
            ui.add_space(4.0);
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                egui::Grid::new("paste-preview").striped(true).num_columns(2).show(ui, |ui| {
                    for item in &self.items {
                        if item.kind == ItemKind::Section {
                            ui.label("");
                            ui.label(egui::RichText::new(&item.title).strong());
                        } else {
                            ui.label(tr_length_in_cell(item.duration));
                            ui.label(&item.title);
                        }
                        ui.end_row();
                    }
                });
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let add = ui.button(trf(DesignUi::PasteAdd, &[&count])).clicked();
                let cancel = ui.button(tr(Ui::Cancel)).clicked();
                (add, cancel)
            })
            .inner
        });
        let (add, cancel) = response.inner;
        if add {
            let after = self.after.as_ref().map(|(id, _)| *id);
            commands.push(Command::Edit(Edit::InsertItems { after, items: std::mem::take(&mut self.items) }));
            return false;
        }
        !(cancel || response.should_close())
    }
}
