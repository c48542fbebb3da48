//! The strip at the bottom: start, computed end, target, slack or overrun,
//! and the schedule's warnings; a click on a warning selects its item.

use eframe::egui::{self, RichText};

use crate::catalogue::{DesignUi, app_lang, tr, tr_length, trf};
use crate::schedule::{self, Schedule, Warning};
use crate::ui::app::{App, Timing};
use crate::ui::commands::Command;

pub fn show(ui: &mut egui::Ui, app: &mut App, timing: &Timing, commands: &mut Vec<Command>) {
    // With all variants shown, each variant's own timing is what matters.
    let all_variants = app.variant.is_none() && timing.per_variant.first().is_some_and(|s| s.variant.is_some());
    let schedules: Vec<&Schedule> =
        if all_variants { timing.per_variant.iter().collect() } else { vec![&timing.shown] };
    let warnings: Vec<(Option<String>, Warning)> = if all_variants {
        schedule::check_warnings(&timing.per_variant)
    } else {
        timing.shown.warnings.iter().map(|w| (None, w.clone())).collect()
    };

    egui::Panel::bottom("status-strip").show(ui, |ui| {
        ui.add_space(4.0);
        for (n, s) in schedules.iter().enumerate() {
            ui.horizontal(|ui| {
                if let Some(v) = &s.variant
                    && all_variants
                {
                    ui.strong(format!("{v}:"));
                }
                timing_line(ui, s);
                // Saves are confirmed here, where the eye already goes for the timing.
                if let Some(saved) = app.doc.saved_note.as_ref().filter(|_| n == 0) {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let text =
                            if app.doc.is_dirty() { trf(DesignUi::ChangedSince, &[saved]) } else { saved.clone() };
                        ui.label(RichText::new(text).weak());
                    });
                }
            });
        }
        if warnings.is_empty() {
            ui.label(RichText::new(tr(DesignUi::NoWarnings)).weak());
        }
        for (variant, warning) in &warnings {
            let said = warning.text(app_lang()).replace('\u{a0}', " ");
            let text = match variant {
                Some(v) => trf(DesignUi::WarningIn, &[v, &said]),
                None => trf(DesignUi::Warning, &[&said]),
            };
            let link = ui.add(egui::Button::new(RichText::new(text).color(ui.visuals().warn_fg_color)).frame(false));
            if let Some(id) = warning.item() {
                if link.on_hover_text(tr(DesignUi::SelectTheItem)).clicked() {
                    commands.push(Command::ShowDetails(id));
                    app.design_view.scroll_to = Some(id);
                    app.design_view.workshop_details = false;
                }
            }
        }
        ui.add_space(2.0);
    });
}

fn timing_line(ui: &mut egui::Ui, s: &Schedule) {
    ui.label(trf(DesignUi::StartAt, &[&s.start]));
    ui.separator();
    ui.label(trf(DesignUi::EndAt, &[&s.end]));
    ui.separator();
    ui.label(trf(DesignUi::Planned, &[&tr_length(s.planned)]));
    if let Some(target) = s.target_end {
        ui.separator();
        ui.label(trf(DesignUi::TargetAt, &[&target]));
        ui.separator();
        if s.end > target {
            ui.colored_label(ui.visuals().error_fg_color, trf(DesignUi::Over, &[&s.end.since(target)]));
        } else if s.end == target {
            ui.label(tr(DesignUi::EndsOnTarget));
        } else {
            ui.label(trf(DesignUi::ToSpare, &[&target.since(s.end)]));
        }
    }
}
