//! The workshop details above the agenda: every field of the design, editable,
//! folded into one summary line until opened.

use eframe::egui::{self, RichText};

use crate::catalogue::{DesignUi, Ui, tr, trf};
use crate::edit::Edit;
use crate::model::GlossaryEntry;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{lines_field, name_widget, optional_date_field, optional_time_field, text_field, time_field};

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let d = &app.doc.design;
    let mut summary: Vec<String> =
        [d.client.clone(), d.facilitator.clone(), d.venue.clone()].into_iter().filter(|s| !s.is_empty()).collect();
    if let Some(date) = d.date {
        summary.push(date.to_string());
    }
    let open = app.design_view.workshop_details;
    ui.horizontal(|ui| {
        // The workshop's details are a page of their own, in place of the
        // agenda while open: no field hides half-scrolled under the table.
        let toggle = ui
            .selectable_label(
                open,
                tr(if open { DesignUi::WorkshopDetailsOpen } else { DesignUi::WorkshopDetailsClosed }),
            )
            .on_hover_text(tr(if open { DesignUi::BackToAgenda } else { DesignUi::WorkshopDetailsTip }));
        crate::ui::widgets::name_widget(ui, &toggle, tr(DesignUi::WorkshopDetails));
        if toggle.clicked() {
            app.design_view.workshop_details = !open;
        }
        ui.heading(if d.title.trim().is_empty() { tr(Ui::UntitledWorkshop) } else { d.title.as_str() });
        // Truncated, not wrapped: a long line here must not widen the whole view.
        ui.add(egui::Label::new(RichText::new(summary.join(" · ")).weak()).truncate());
    });
    if app.design_view.workshop_details {
        ui.separator();
        egui::ScrollArea::vertical().id_salt("details-scroll").auto_shrink([false, false]).show(ui, |ui| {
            fields(ui, app, commands);
        });
    }
}

fn fields(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let d = &mut app.doc.design;
    ui.columns(2, |cols| {
        // Field width from the column, not the grid cell (which starts at zero).
        let w = (cols[0].available_width() - 120.0).max(160.0);
        egui::Grid::new("design-fields").num_columns(2).spacing([8.0, 6.0]).show(&mut cols[0], |ui| {
            let (title, client, facilitator) = (tr(DesignUi::Title), tr(DesignUi::Client), tr(DesignUi::Facilitator));
            let (sponsor, audience, venue) = (tr(DesignUi::SponsorLead), tr(DesignUi::Audience), tr(DesignUi::Venue));
            row(ui, title, |ui| text_field(ui, &mut d.title, title, w));
            row(ui, client, |ui| text_field(ui, &mut d.client, client, w));
            row(ui, facilitator, |ui| text_field(ui, &mut d.facilitator, facilitator, w));
            row(ui, sponsor, |ui| text_field(ui, &mut d.sponsor, sponsor, w));
            // Long texts wrap in fields that grow, so nothing is cut off.
            row(ui, audience, |ui| wrapping_field(ui, &mut d.audience, audience, w));
            row(ui, venue, |ui| wrapping_field(ui, &mut d.venue, venue, w));
        });
        egui::Grid::new("design-times").num_columns(2).spacing([8.0, 6.0]).show(&mut cols[1], |ui| {
            let (date, start, end) = (tr(DesignUi::Date), tr(DesignUi::Start), tr(DesignUi::TargetEnd));
            row(ui, date, |ui| {
                optional_date_field(ui, egui::Id::unique("design-date"), &mut d.date, date, 100.0)
                    .on_hover_text(tr(DesignUi::DateFormat))
            });
            row(ui, start, |ui| time_field(ui, egui::Id::unique("design-start"), &mut d.start, start, 60.0));
            row(ui, end, |ui| optional_time_field(ui, egui::Id::unique("design-end"), &mut d.target_end, end, 60.0));
            row(ui, tr(DesignUi::GroupSize), |ui| {
                let mut size = d.group_size.unwrap_or(0);
                let r = ui.add(egui::DragValue::new(&mut size).range(0..=500));
                name_widget(ui, &r, tr(DesignUi::GroupSize));
                let new = (size > 0).then_some(size);
                if new != d.group_size {
                    d.group_size = new;
                }
                r
            });
        });
    });
    ui.add_space(6.0);
    ui.columns(4, |cols| {
        for (ui, (label, list)) in cols.iter_mut().zip([
            (DesignUi::Objectives, &mut d.objectives),
            (DesignUi::Approach, &mut d.approach),
            (DesignUi::GroundRules, &mut d.ground_rules),
            (DesignUi::Messages, &mut d.messages),
        ]) {
            // The field's id stays the same in every language.
            let key = label.text(crate::model::Lang::English);
            let label = tr(label);
            ui.label(RichText::new(label).strong());
            ui.label(RichText::new(tr(DesignUi::OnePerLine)).small().weak());
            lines_field(ui, egui::Id::unique(("design-list", key)), list, label, 4);
        }
    });
    ui.add_space(6.0);
    ui.columns(2, |cols| {
        glossary(&mut cols[0], &mut d.glossary, commands);
        variants(&mut cols[1], d, commands);
    });
}

/// A field for a text that may be long: it wraps at `width` and grows.
fn wrapping_field(ui: &mut egui::Ui, text: &mut String, name: &str, width: f32) -> egui::Response {
    let r = ui.add(egui::TextEdit::multiline(text).desired_rows(1).desired_width(width));
    name_widget(ui, &r, name);
    r
}

fn row(ui: &mut egui::Ui, label: &str, field: impl FnOnce(&mut egui::Ui) -> egui::Response) {
    ui.label(label);
    field(ui);
    ui.end_row();
}

/// The glossary: a term and its meaning (which wraps) per row; adding and
/// removing an entry is one undoable edit each.
fn glossary(ui: &mut egui::Ui, glossary: &mut [GlossaryEntry], commands: &mut Vec<Command>) {
    ui.label(RichText::new(tr(DesignUi::Glossary)).strong());
    for (n, entry) in glossary.iter_mut().enumerate() {
        ui.horizontal_top(|ui| {
            let r = ui.add(egui::TextEdit::multiline(&mut entry.term).desired_rows(1).desired_width(140.0));
            name_widget(ui, &r, &trf(DesignUi::GlossaryTerm, &[&(n + 1)]));
            let meaning_width = (ui.available_width() - 36.0).max(160.0);
            let r = ui.add(egui::TextEdit::multiline(&mut entry.meaning).desired_rows(1).desired_width(meaning_width));
            name_widget(ui, &r, &trf(DesignUi::MeaningOf, &[&entry.term]));
            let remove = ui.add(egui::Button::new("✖").small()).on_hover_text(tr(DesignUi::RemoveThisTerm));
            name_widget(ui, &remove, &trf(DesignUi::RemoveGlossaryTerm, &[&(n + 1)]));
            if remove.clicked() {
                commands.push(Command::Edit(Edit::RemoveGlossaryEntry(n)));
            }
        });
    }
    if ui.button(tr(DesignUi::AddTerm)).clicked() {
        commands.push(Command::Edit(Edit::AddGlossaryEntry));
    }
}

/// Variants: a rename is applied when the field is left, so every item that
/// names the variant follows in one undo step.
fn variants(ui: &mut egui::Ui, d: &mut crate::model::Design, commands: &mut Vec<Command>) {
    ui.label(RichText::new(tr(DesignUi::VariantsHeading)).strong());
    for (n, v) in d.variants.iter_mut().enumerate() {
        ui.horizontal_top(|ui| {
            let id = egui::Id::unique(("variant-name", n));
            let mut name = ui.data(|m| m.get_temp::<String>(id)).unwrap_or_else(|| v.name.clone());
            let r = ui.add(egui::TextEdit::singleline(&mut name).desired_width(120.0));
            name_widget(ui, &r, &trf(DesignUi::NameOfVariant, &[&(n + 1)]));
            if r.lost_focus() {
                ui.data_mut(|m| m.remove::<String>(id));
                if name.trim() != v.name {
                    commands
                        .push(Command::Edit(Edit::RenameVariant { from: v.name.clone(), to: name.trim().to_string() }));
                }
            } else if r.has_focus() {
                ui.data_mut(|m| m.insert_temp(id, name));
            }
            let width = (ui.available_width() - 36.0).max(160.0);
            let r = ui.add(egui::TextEdit::multiline(&mut v.description).desired_rows(1).desired_width(width));
            name_widget(ui, &r, &trf(DesignUi::WhoFor, &[&v.name]));
            let remove = ui.add(egui::Button::new("✖").small()).on_hover_text(tr(DesignUi::RemoveThisVariant));
            name_widget(ui, &remove, &trf(DesignUi::RemoveVariant, &[&v.name]));
            if remove.clicked() {
                commands.push(Command::Edit(Edit::DeleteVariant(v.name.clone())));
            }
        });
    }
    if ui.button(tr(DesignUi::AddVariant)).clicked() {
        commands.push(Command::Edit(Edit::AddVariant));
    }
}
