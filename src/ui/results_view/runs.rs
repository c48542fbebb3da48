//! The runs list beside the results: each run's date, version, facilitator,
//! attendance and captures, a tick to count it or leave it out, and a click
//! to open it. Files that could not be read are listed with the reason.

use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use super::Tab;
use crate::catalogue::{ResultsUi as R, Ui, tr, trf};
use crate::results::DecisionEdit;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::name_widget;

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    // On a small screen the list takes less room, so the master list keeps its columns.
    let width = (ui.available_width() * 0.36).clamp(320.0, 470.0);
    egui::Panel::left("results-runs").resizable(true).default_size(width).min_size(300.0).show(ui, |ui| {
        // The panel's frame covers its whole width, not only the table's.
        ui.set_min_width(ui.available_width());
        let Some(loaded) = app.results_view.loaded.as_ref() else { return };
        ui.add_space(4.0);
        let variant = app.results_view.variant.as_deref();
        let counted = loaded.counted(variant);
        ui.heading(trf(R::RunsCounted, &[&counted, &loaded.runs.len()]));
        if let Some(e) = &loaded.decisions_error {
            ui.colored_label(ui.visuals().error_fg_color, trf(R::DecisionsUnreadable, &[e]));
        }
        let can_decide = loaded.decisions_error.is_none();
        // A click anywhere on a row opens the run: its texts are not for selecting.
        ui.style_mut().interaction.selectable_labels = false;
        let open = app.results_view.open_run.clone();
        let mut opened = None;
        let table_height = ui.available_height() - problems_height(loaded);
        // Narrow: the capture counts move into the row's tooltip.
        let wide = ui.available_width() >= 440.0;
        let mut table = TableBuilder::new(ui)
            .id_salt("results-runs-table")
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(table_height)
            .column(Column::exact(22.0))
            .column(Column::exact(112.0))
            .column(Column::auto().at_least(70.0))
            .column(Column::remainder().at_least(80.0).clip(true))
            // German says "Personen": wider than "People".
            .column(Column::exact(super::wider_in_german(46.0, 64.0)));
        if wide {
            table = table.column(Column::exact(84.0));
        }
        let all_titles = ["", tr(R::Started), tr(Ui::Version), tr(R::Facilitator), tr(R::People), tr(R::Captures)];
        let titles: &[&str] = if wide { &all_titles } else { &all_titles[..5] };
        table
            .header(20.0, |mut header| {
                for title in titles {
                    header.col(|ui| {
                        ui.strong(*title);
                    });
                }
            })
            .body(|body| {
                body.rows(24.0, loaded.runs.len(), |mut row| {
                    let run = &loaded.runs[row.index()];
                    let s = &run.session;
                    // Runs of another version than the one counted are shown greyed.
                    let other_version = variant.is_some_and(|v| !s.is_variant(v));
                    let text = |t: &str| if other_version { RichText::new(t).weak() } else { RichText::new(t) };
                    row.set_selected(open.as_ref() == Some(&run.path));
                    row.col(|ui| {
                        let mut counted = loaded.is_included(run);
                        let r = ui
                            .add_enabled(can_decide, egui::Checkbox::without_text(&mut counted))
                            .on_hover_text(tr(R::CountThisRun));
                        name_widget(ui, &r, &trf(R::CountTheRunOf, &[&super::start_text(s)]));
                        if r.changed() {
                            commands.push(Command::Decide(DecisionEdit::IncludeRun {
                                file: run.file_name.clone(),
                                include: counted,
                            }));
                        }
                    });
                    row.col(|ui| {
                        ui.label(text(&super::start_text(s)));
                    });
                    row.col(|ui| {
                        ui.label(text(s.variant.as_deref().unwrap_or("—")));
                    });
                    row.col(|ui| {
                        // A named run (a rehearsal, a team) shows its name before who ran it.
                        let who = match super::run_label(s) {
                            label if label.is_empty() => s.facilitator.clone(),
                            label => format!("{label} · {}", s.facilitator),
                        };
                        ui.add(egui::Label::new(text(&who)).truncate());
                    });
                    row.col(|ui| {
                        ui.label(text(&s.roster.len().to_string()));
                    });
                    let c = &s.captures;
                    let captured =
                        trf(R::CapturedCounts, &[&c.ideas.len(), &c.barriers.len(), &c.actions.len(), &c.notes.len()]);
                    if wide {
                        row.col(|ui| {
                            let counts = format!("{} · {} · {}", c.ideas.len(), c.barriers.len(), c.actions.len());
                            ui.label(text(&counts)).on_hover_text(&captured);
                        });
                    }
                    let hover = match (other_version, variant) {
                        (true, Some(v)) => trf(R::NotCounted, &[&run.file_name, &captured, &v]),
                        _ => format!("{}: {captured}", run.file_name),
                    };
                    if row.response().on_hover_text(hover).clicked() {
                        opened = Some(run.path.clone());
                    }
                });
            });
        if loaded.other_designs > 0 {
            ui.label(
                RichText::new(match loaded.other_designs {
                    1 => tr(R::OneOtherDesign).to_string(),
                    n => trf(R::OtherDesigns, &[&n]),
                })
                .weak(),
            );
        }
        if !loaded.problems.is_empty() {
            ui.add_space(4.0);
            ui.colored_label(ui.visuals().warn_fg_color, tr(R::FilesUnreadable));
            egui::ScrollArea::vertical().id_salt("results-problems").max_height(120.0).show(ui, |ui| {
                for p in &loaded.problems {
                    ui.add(egui::Label::new(RichText::new(p).small()).wrap());
                }
            });
        }
        if let Some(path) = opened {
            app.results_view.open_run = Some(path);
            app.results_view.tab = Tab::Run;
        }
    });
}

/// Room kept under the table for the notes below it.
fn problems_height(loaded: &super::LoadedRuns) -> f32 {
    let mut h = 8.0;
    if loaded.other_designs > 0 {
        h += 20.0;
    }
    if !loaded.problems.is_empty() {
        h += 150.0;
    }
    h
}
