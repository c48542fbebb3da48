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
use super::commands::{Command, DocFormat, ExportDoc};
use crate::catalogue::{ResultsUi as R, tr, trf};
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
                (Tab::Barriers, tr(R::TabMasterList).to_string()),
                (Tab::Ideas, tr(R::TabIdeas).to_string()),
                (Tab::Durations, tr(R::TabDurations).to_string()),
            ];
            for (tab, label) in tabs {
                if ui.selectable_label(app.results_view.tab == tab, label).clicked() {
                    app.results_view.tab = tab;
                }
            }
            if let Some(run) =
                app.results_view.open_run.as_ref().and_then(|p| loaded.runs.iter().find(|r| &r.path == p))
            {
                let label = trf(R::RunOf, &[&date_text(&run.session)]);
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
            ui.heading(trf(R::ResultsOf, &[&app.doc.design.title]));
            ui.separator();
            ui.label(trf(R::RunsIn, &[&app.run_folder().display()]));
            if ui.button(tr(R::ChooseFolder)).on_hover_text(tr(R::ChooseFolderTip)).clicked() {
                commands.push(Command::ChooseRunFolder);
            }
            if ui.button(tr(R::Reload)).on_hover_text(tr(R::ReloadTip)).clicked() {
                commands.push(Command::ReloadResults);
            }
        });
        ui.horizontal_wrapped(|ui| {
            let variants = app.doc.design.variant_names();
            if !variants.is_empty() {
                let label = ui.label(tr(R::CountRunsOf));
                let shown = app.results_view.variant.clone().unwrap_or_else(|| tr(R::EveryVersion).into());
                let mut chosen = app.results_view.variant.clone();
                egui::ComboBox::from_id_salt("results-variant")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut chosen, None, tr(R::EveryVersion));
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
                if ui.button(tr(R::ExportReport)).on_hover_text(tr(R::ExportReportTip)).clicked() {
                    commands.push(Command::ExportDialog(ExportDoc::CrossReport, DocFormat::Pdf));
                }
                if ui.button(tr(R::ExportMasterList)).on_hover_text(tr(R::ExportMasterListTip)).clicked() {
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
        ui.heading(tr(R::NoRunsYet));
        ui.label(trf(R::LookedIn, &[&app.run_folder().display()]));
        ui.label(RichText::new(tr(R::RunsAreSaved)).weak());
    });
}

/// A column's width: German words are longer than the English ones.
fn wider_in_german(english: f32, german: f32) -> f32 {
    if crate::catalogue::app_lang() == crate::model::Lang::German { german } else { english }
}

/// A run's date as lists show it (`2026-11-23`), or that it has none.
fn date_text(session: &crate::model::Session) -> String {
    session.date.map_or_else(|| tr(R::NoDate).to_string(), |d| d.to_string())
}

/// A run's date and start time as lists and the resume dialog show them:
/// `2026-11-23 19:48`.
pub(crate) fn start_text(session: &crate::model::Session) -> String {
    match session.started_at() {
        Some(at) => format!("{} {}", date_text(session), at.time_of_day()),
        None => date_text(session),
    }
}

/// What a run is called in lists: its name, and whether it was left unfinished.
fn run_label(session: &crate::model::Session) -> String {
    let mut parts = Vec::new();
    if !session.name.trim().is_empty() {
        parts.push(session.name.trim().to_string());
    } else if session.rehearsal {
        parts.push(tr(R::Rehearsal).to_string());
    }
    if session.left_unfinished {
        parts.push(tr(R::Unfinished).to_string());
    }
    parts.join(" · ")
}
