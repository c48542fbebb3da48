//! How long each item really takes across the counted runs: planned against
//! the median and spread of actual times, and a suggested duration to apply
//! to the design (one item, or all at once; either is one undo step).

use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use crate::catalogue::{ResultsUi as R, tr, tr_length_in_cell, trf};
use crate::edit::Edit;
// Real lengths read as the design writes durations (37m), not as clock times.
use crate::model::{ItemId, Minutes};
use crate::results::Calibration;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::name_widget;

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let variant = app.results_view.variant.clone();
    let Some(loaded) = app.results_view.loaded.as_mut() else { return };
    let aggregate = loaded.aggregate(variant.as_deref());
    let (calibration, runs) = (&aggregate.calibration, aggregate.runs);
    let design = &app.doc.design;
    // The design's duration now, in the version counted (`None`: not in the design).
    let now_in_design = |c: &Calibration| design.item(c.item).map(|i| i.duration_in(variant.as_deref()));
    let to_apply: Vec<(ItemId, Minutes)> = calibration
        .iter()
        .filter(|c| now_in_design(c).is_some_and(|now| now != c.suggested))
        .map(|c| (c.item, c.suggested))
        .collect();
    let target = match &variant {
        Some(v) => trf(R::TheVersionOfDesign, &[v]),
        None => tr(R::TheDesign).to_string(),
    };

    ui.horizontal_wrapped(|ui| {
        ui.label(trf(R::ActualTimes, &[&runs]));
        let all =
            if to_apply.len() == 1 { tr(R::ApplyTheOne).to_string() } else { trf(R::ApplyAll, &[&to_apply.len()]) };
        let r = ui.add_enabled(!to_apply.is_empty(), egui::Button::new(all));
        let r = r.on_hover_text(trf(R::ApplyAllTip, &[&target]));
        if r.clicked() {
            commands.push(Command::Edit(Edit::SetDurations { variant: variant.clone(), durations: to_apply.clone() }));
        }
    });
    if variant.is_none() && !design.variants.is_empty() {
        ui.label(RichText::new(tr(R::AllVersionsTogether)).weak().small());
    }
    ui.add_space(4.0);
    if calibration.is_empty() {
        ui.label(tr(R::NoItemRan));
        return;
    }

    TableBuilder::new(ui)
        .id_salt("calibration")
        .striped(true)
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // Narrow enough for the space beside the runs at 1024 px: the
        // suggestion and its Apply button share the last column.
        .column(Column::remainder().at_least(110.0).clip(true))
        .column(Column::exact(56.0))
        .column(Column::exact(72.0))
        .column(Column::exact(56.0))
        .column(Column::exact(84.0))
        .column(Column::exact(super::wider_in_german(48.0, 58.0)))
        .column(Column::exact(132.0))
        .header(24.0, |mut header| {
            for (title, hint) in [
                (tr(R::Item), ""),
                (tr(R::Planned), tr(R::PlannedTip)),
                (tr(R::InDesign), tr(R::InDesignTip)),
                (tr(R::Median), tr(R::MedianTip)),
                (tr(R::Range), tr(R::RangeTip)),
                (tr(R::RunsShort), tr(R::RunsTip)),
                (tr(R::Suggested), tr(R::SuggestedTip)),
            ] {
                header.col(|ui| {
                    let r = ui.strong(title);
                    if !hint.is_empty() {
                        r.on_hover_text(hint);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(26.0, calibration.len(), |mut row| {
                let c = &calibration[row.index()];
                let now = now_in_design(c);
                row.col(|ui| {
                    ui.add(egui::Label::new(&c.title).truncate());
                });
                row.col(|ui| {
                    ui.label(tr_length_in_cell(c.planned));
                });
                row.col(|ui| {
                    ui.label(now.map_or("—".to_string(), tr_length_in_cell));
                });
                row.col(|ui| {
                    let over = c.median_seconds > i64::from(c.planned.get()) * 60;
                    let text = RichText::new(clock(c.median_seconds)).monospace();
                    ui.label(if over { text.color(ui.visuals().warn_fg_color) } else { text });
                });
                row.col(|ui| {
                    ui.label(RichText::new(range(c.min_seconds, c.max_seconds)).monospace());
                });
                row.col(|ui| {
                    ui.label(c.runs.to_string());
                });
                row.col(|ui| match now {
                    None => {
                        ui.label(RichText::new(tr_length_in_cell(c.suggested)).strong());
                        ui.label(RichText::new(tr(R::NotInDesign)).weak());
                    }
                    Some(now) if now == c.suggested => {
                        ui.label(RichText::new(tr_length_in_cell(c.suggested)).strong());
                        ui.label(RichText::new(tr(R::InTheDesign)).weak());
                    }
                    Some(now) => {
                        let (now, suggested) = (tr_length_in_cell(now), tr_length_in_cell(c.suggested));
                        let r = ui
                            .button(trf(R::ApplyOne, &[&suggested]))
                            .on_hover_text(trf(R::SetFromTo, &[&c.title, &now, &suggested, &target]));
                        name_widget(ui, &r, &trf(R::ApplyOneTo, &[&suggested, &c.title]));
                        if r.clicked() {
                            commands.push(Command::Edit(Edit::SetDurations {
                                variant: variant.clone(),
                                durations: vec![(c.item, c.suggested)],
                            }));
                        }
                    }
                });
            });
        });
}

/// Seconds really taken, to the minute, as planned lengths are written.
fn clock(seconds: i64) -> String {
    tr_length_in_cell(Minutes::from_seconds(seconds))
}

/// The shortest to the longest a run took: "12–20 min", "12–20 Min."; one
/// length when they are the same.
fn range(shortest: i64, longest: i64) -> String {
    let (low, high) = (Minutes::from_seconds(shortest), Minutes::from_seconds(longest));
    if low == high { clock(shortest) } else { trf(R::RangeOfMinutes, &[&low.get(), &high.get()]) }
}
