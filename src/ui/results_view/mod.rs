//! Results mode: the runs of the open design and what they add up to. The
//! runs list (count a run or leave it out, open one to read or correct it),
//! the barrier master list with merges, priorities and owners, the ideas
//! and actions of every run, and how long each item really takes, with the
//! suggested durations to apply to the design.

mod barriers;
mod durations;
mod ideas;
mod loaded;
mod run_detail;
mod runs;

use std::collections::BTreeSet;
use std::path::PathBuf;

use eframe::egui::{self, RichText};

pub use loaded::LoadedRuns;

use super::app::App;
use super::commands::{Command, ExportDoc};
use crate::results::SortBy;

/// View state of results mode.
#[derive(Default)]
pub struct ResultsView {
    /// The runs read for the open design; `None` until read (or after Reload).
    pub loaded: Option<LoadedRuns>,
    pub tab: Tab,
    /// Count only the runs of this version (`None`: all).
    pub variant: Option<String>,
    pub sort: SortBy,
    pub reversed: bool,
    /// Master-list rows ticked to merge, by barrier id.
    pub ticked: BTreeSet<String>,
    /// The run opened to read or correct, by its file.
    pub open_run: Option<PathBuf>,
    /// The entry of a run whose Remove was clicked once: a second click removes it.
    pub confirm_remove: Option<(PathBuf, crate::capture::CaptureKind, u32)>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Barriers,
    Ideas,
    Durations,
    /// The run opened from the list.
    Run,
}

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    toolbar(ui, app, commands);
    runs::show(ui, app, commands);
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(loaded) = app.results_view.loaded.as_ref() else { return };
        if loaded.runs.is_empty() {
            nothing_yet(ui, app);
            return;
        }
        ui.horizontal(|ui| {
            let tabs = [
                (Tab::Barriers, "Barrier master list".to_string()),
                (Tab::Ideas, "Ideas and actions".to_string()),
                (Tab::Durations, "Durations".to_string()),
            ];
            for (tab, label) in tabs {
                if ui.selectable_label(app.results_view.tab == tab, label).clicked() {
                    app.results_view.tab = tab;
                }
            }
            if let Some(run) =
                app.results_view.open_run.as_ref().and_then(|p| loaded.runs.iter().find(|r| &r.path == p))
            {
                let label = format!("Run of {}", run.session.date_text());
                if ui.selectable_label(app.results_view.tab == Tab::Run, label).clicked() {
                    app.results_view.tab = Tab::Run;
                }
            }
        });
        ui.separator();
        match app.results_view.tab {
            Tab::Barriers => barriers::show(ui, app, commands),
            Tab::Ideas => ideas::show(ui, app),
            Tab::Durations => durations::show(ui, app, commands),
            Tab::Run => run_detail::show(ui, app, commands),
        }
    });
}

/// Where the runs come from, which version to count, and the exports.
fn toolbar(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    egui::Panel::top("results-bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.heading(format!("Results of \"{}\"", app.doc.design.title));
            ui.separator();
            ui.label(format!("Runs in {}", app.run_folder().display()));
            if ui.button("Choose folder…").on_hover_text("The folder the run files are in").clicked() {
                commands.push(Command::ChooseRunFolder);
            }
            if ui.button("Reload").on_hover_text("Read the run files again").clicked() {
                commands.push(Command::ReloadResults);
            }
        });
        ui.horizontal_wrapped(|ui| {
            let variants = app.doc.design.variant_names();
            if !variants.is_empty() {
                let label = ui.label("Count the runs of");
                let shown = app.results_view.variant.clone().unwrap_or_else(|| "every version".into());
                let mut chosen = app.results_view.variant.clone();
                egui::ComboBox::from_id_salt("results-variant")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut chosen, None, "every version");
                        for v in variants {
                            ui.selectable_value(&mut chosen, Some(v.to_string()), v);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if chosen != app.results_view.variant {
                    app.results_view.variant = chosen;
                    app.results_view.ticked.clear();
                }
                ui.separator();
            }
            let has_runs = app.results_view.loaded.as_ref().is_some_and(|l| !l.runs.is_empty());
            ui.add_enabled_ui(has_runs, |ui| {
                if ui.button("Export report (PDF)…").on_hover_text("The report across the runs counted").clicked() {
                    commands.push(Command::ExportDialog(ExportDoc::CrossReport));
                }
                if ui
                    .button("Export master list (CSV)…")
                    .on_hover_text("Barriers with runs, votes, priority and owner")
                    .clicked()
                {
                    commands.push(Command::ExportMasterCsv);
                }
            });
        });
        ui.add_space(2.0);
    });
}

/// No runs of this design in the folder: say where we looked and what to do.
fn nothing_yet(ui: &mut egui::Ui, app: &App) {
    ui.add_space(60.0);
    ui.vertical_centered(|ui| {
        ui.heading("No runs of this design yet");
        ui.label(format!("Looked in {} for run files (*.session.ron).", app.run_folder().display()));
        ui.label(
            RichText::new(
                "Runs are saved there when you run the workshop (Run, above), or choose the folder they are in.",
            )
            .weak(),
        );
    });
}
