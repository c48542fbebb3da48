//! Run mode, the facilitator's console: the current item with a large
//! countdown, the controls, the day planned against actual with a re-plan
//! when late, the captures for the current item, the roster and groups, and
//! the projector window.

mod captures;
mod day_panel;
mod room;
mod roster;

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::app::App;
use super::commands::Command;
use super::projector::phase_color;
use crate::catalogue::{RunUi, tr, tr_length, trf};
use crate::model::countdown_text;
use crate::model::{Capture, Date, Line, ParticipantId};
use crate::runner::{Phase, RunState, Status};

/// View state of run mode that is not part of the run.
#[derive(Debug, Default)]
pub struct RunView {
    /// Where new run files go (chosen by the facilitator), if not the default.
    pub folder: Option<PathBuf>,
    pub projector_open: bool,
    /// The projector window's builder, made once when it opens: egui applies
    /// any change to it as window commands, so it must stay the same while
    /// the window is open or it would undo the facilitator's moves.
    pub projector_builder: Option<egui::ViewportBuilder>,
    /// The last run action and when (egui time), for the "Undo: …" button.
    pub last_action: Option<(String, f64)>,
    /// The vote options of `vote_order_item` in the order shown: kept while
    /// votes are given, so an option never moves under the pointer.
    pub vote_order: Vec<u32>,
    pub vote_order_item: Option<crate::model::ItemId>,
    /// What the projector shows, as chosen on the console.
    pub shows: crate::ui::projector::Shows,
    /// The projector is blanked (B or "." on a clicker).
    pub blackout: bool,
    /// An item returned to by an undo of a move: it does not go on by itself
    /// at 0:00 (the undone move would be redone at once).
    pub hold_auto_next: Option<crate::model::ItemId>,
    /// The message being typed for the room, and the one on the projector.
    pub message_draft: String,
    pub message_shown: Option<String>,
    pub tab: Tab,
    /// The item the tab was chosen for: a new item opens on its own first capture.
    pub tab_item: Option<crate::model::ItemId>,
    pub drafts: Drafts,
    /// Votes listed in the order added instead of ranked.
    pub votes_as_added: bool,
    pub group_size: usize,
    pub group_seed: u64,
    pub groups: Vec<Vec<ParticipantId>>,
}

impl RunView {
    pub fn toggle_projector(&mut self) {
        self.projector_open = !self.projector_open;
        self.projector_builder = None;
    }
}

/// The capture area's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The first capture kind of the current item.
    #[default]
    Auto,
    Ideas,
    Barriers,
    Votes,
    Poll,
    Actions,
    Notes,
    Roster,
    Groups,
}

/// Text being typed into the capture forms.
#[derive(Debug, Default)]
pub struct Drafts {
    pub idea: String,
    pub idea_by: Option<ParticipantId>,
    pub add_on_to: Option<u32>,
    pub add_on: String,
    pub add_on_by: Option<ParticipantId>,
    pub barrier: String,
    pub barrier_department: String,
    pub vote_option: String,
    pub action: String,
    pub action_owner: String,
    pub action_due: Option<Date>,
    pub note: String,
    pub person: String,
    pub person_department: String,
    pub person_line: Line,
}

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    if app.run.is_none() {
        egui::CentralPanel::default().show(ui, |ui| before_the_run(ui, app, commands));
        return;
    }
    let now = app.clock.now();
    let state = app.run.as_ref().map(|r| r.state()).expect("checked above");
    day_panel::show(ui, app, &state, now, commands);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("run-main").auto_shrink([false, false]).show(ui, |ui| {
            current_item(ui, app, &state, now, commands);
            ui.separator();
            captures::show(ui, app, &state, commands);
        });
    });
}

/// Before a run: what will run, where its file goes, and Start.
fn before_the_run(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading(trf(RunUi::RunTitle, &[&app.doc.design.title]));
        let variant = app.variant.as_deref().unwrap_or(if app.doc.design.variants.is_empty() {
            ""
        } else {
            tr(RunUi::AllVariantsLower)
        });
        if !variant.is_empty() {
            ui.label(trf(RunUi::VariantChange, &[&variant]));
        }
        ui.add_space(8.0);
        ui.label(trf(RunUi::SavedIn, &[&app.run_folder().display()]));
        if ui.button(tr(RunUi::ChooseFolder)).clicked() {
            commands.push(Command::ChooseRunFolder);
        }
        ui.add_space(16.0);
        let start = ui
            .add(egui::Button::new(RichText::new(tr(RunUi::StartTheRun)).size(20.0)).min_size(egui::vec2(220.0, 44.0)));
        if start.clicked() {
            commands.push(Command::StartRun);
        }
        ui.add_space(8.0);
        ui.label(RichText::new(tr(RunUi::TimerStartsHint)).weak());
    });
}

/// The current item: countdown, status in words, controls, next, and texts.
fn current_item(
    ui: &mut egui::Ui,
    app: &mut App,
    state: &RunState,
    now: crate::model::Moment,
    commands: &mut Vec<Command>,
) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    if let Some(e) = &run.save_error {
        ui.colored_label(ui.visuals().error_fg_color, trf(RunUi::NotSaved, &[e]));
    }
    let current_id = state.current.map(|i| session.plan[i].id);
    let current = state.current.map(|i| &session.plan[i]);
    let phase = state.phase(now);
    ui.horizontal(|ui| {
        let heading = match (state.status, current) {
            (Status::NotStarted, _) => trf(
                RunUi::Ready,
                &[&session
                    .plan
                    .iter()
                    .find(|p| p.kind != crate::model::ItemKind::Section)
                    .map_or("", |p| p.title.as_str())],
            ),
            (Status::Finished, _) => tr(RunUi::RunFinished).to_string(),
            (_, Some(p)) => p.title.clone(),
            (_, None) => String::new(),
        };
        // The clock first, at the right; a long title wraps in the room left
        // of it instead of running under it.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            ui.label(RichText::new(now.clock_text()).monospace().size(18.0)).on_hover_text(tr(RunUi::TimeOfDay));
            ui.add_space(8.0);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
                ui.add(egui::Label::new(RichText::new(heading).heading()).wrap());
            });
        });
    });

    ui.horizontal(|ui| {
        let remaining = state.shown_remaining(session, now);
        let color = phase_color(phase, ui.visuals().dark_mode);
        let big = match remaining {
            Some(r) if r < 0 => format!("+{}", countdown_text(-r)),
            Some(r) => countdown_text(r),
            None => "--:--".to_string(),
        };
        ui.label(RichText::new(big).monospace().size(72.0).color(color));
        ui.add_space(16.0);
        ui.vertical(|ui| {
            ui.add_space(14.0);
            let words = match (state.status, phase, remaining) {
                (Status::NotStarted, ..) => tr(RunUi::NotStarted).to_string(),
                (Status::Finished, ..) => tr(RunUi::Finished).to_string(),
                (Status::Paused, ..) => tr(RunUi::Paused).to_string(),
                (_, Phase::Over, Some(r)) => trf(RunUi::OverTimeBy, &[&countdown_text(-r)]),
                (_, Phase::Ending, Some(r)) => trf(RunUi::EndingLeft, &[&countdown_text(r)]),
                (_, _, Some(_)) => tr(RunUi::OnTime).to_string(),
                _ => String::new(),
            };
            ui.label(RichText::new(words).size(20.0).color(color));
            if let Some(i) = state.current {
                let run = &state.items[i];
                let mut plan = trf(RunUi::PlannedFor, &[&tr_length(run.duration)]);
                if !run.extension.is_zero() {
                    plan.push_str(&trf(RunUi::PlusExtra, &[&tr_length(run.extension)]));
                }
                if let Some(start) = run.started {
                    plan.push_str(&trf(RunUi::StartedAt, &[&start.clock_text()]));
                }
                ui.label(plan);
            }
        });
    });

    controls(ui, app, state, commands);
    room::show(ui, app, commands);

    let run = app.run.as_ref().expect("a run is shown");
    if let Some(next) = state.next_index(&run.session) {
        let p = &run.session.plan[next];
        ui.label(
            RichText::new(trf(RunUi::NextWithLength, &[&p.title, &tr_length(state.items[next].duration)])).size(16.0),
        );
    }
    if let Some(item) = current_id.and_then(|id| app.run_design()?.item(id)) {
        let text = item.text_in(run.session.variant.as_deref());
        ui.add_space(4.0);
        egui::Grid::new("current-texts").num_columns(2).spacing([10.0, 4.0]).show(ui, |ui| {
            for (label, value) in
                [(RunUi::What, text.what), (RunUi::Why, text.why), (RunUi::Notes, text.facilitator_notes)]
            {
                if !value.is_empty() {
                    ui.label(RichText::new(tr(label)).strong());
                    ui.add(egui::Label::new(value).wrap());
                    ui.end_row();
                }
            }
            if !item.materials.is_empty() {
                ui.label(RichText::new(tr(RunUi::Materials)).strong());
                ui.add(egui::Label::new(item.materials.join(", ")).wrap());
                ui.end_row();
            }
        });
    }
}

fn controls(ui: &mut egui::Ui, app: &mut App, state: &RunState, commands: &mut Vec<Command>) {
    use crate::ui::ui_command::{UiCommand as U, command_button};
    ui.horizontal_wrapped(|ui| {
        // The one button whose words follow the state; its keys are Pause / resume's.
        let label = match state.status {
            Status::NotStarted => tr(RunUi::Start),
            Status::Running => tr(RunUi::Pause),
            Status::Paused => tr(RunUi::Resume),
            Status::Finished => tr(RunUi::Finished),
        };
        let toggle = app.command_of(U::PauseResume);
        let r = ui.add_enabled(toggle.is_some(), egui::Button::new(label));
        if r.on_hover_text(U::PauseResume.hover_text(ui.ctx())).clicked()
            && let Some(cmd) = toggle
        {
            commands.push(cmd);
        }
        for cmd in [U::PreviousItem, U::NextItem, U::OneMoreMinute, U::FiveMoreMinutes] {
            command_button(ui, app, cmd, commands);
        }
        command_button(ui, app, U::SkipItem, commands);
        ui.separator();
        // The projector's button shows whether it is open.
        let button = egui::Button::new(U::Projector.label()).selected(app.run_view.projector_open);
        if ui.add(button).on_hover_text(U::Projector.hover_text(ui.ctx())).clicked() {
            commands.push(Command::ToggleProjector);
        }
        if state.status == Status::Finished {
            if ui.button(tr(RunUi::CloseRun)).clicked() {
                commands.push(Command::CloseRun);
            }
        } else {
            command_button(ui, app, U::FinishRun, commands);
        }
    });
    ui.horizontal(|ui| {
        ui.set_min_height(ui.spacing().interact_size.y);
        let now = ui.input(|i| i.time);
        if let Some((what, at)) = &app.run_view.last_action
            && now - at < UNDO_BUTTON_SECONDS
            && ui
                .button(trf(RunUi::UndoWhat, &[what]))
                .on_hover_text(crate::ui::ui_command::UiCommand::UndoRunAction.hover_text(ui.ctx()))
                .clicked()
        {
            commands.push(Command::UndoRun);
        }
    });
}

/// How long the "Undo: …" button stays after a run action.
pub const UNDO_BUTTON_SECONDS: f64 = 8.0;

/// The capture kinds of an item, in a fixed order, as tabs.
pub fn capture_tabs(captures: &[Capture]) -> Vec<Tab> {
    let mut tabs = Vec::new();
    for c in captures {
        let tab = match c {
            Capture::Ideas => Tab::Ideas,
            Capture::Barriers => Tab::Barriers,
            Capture::Votes => Tab::Votes,
            Capture::Poll { .. } => Tab::Poll,
            Capture::Actions => Tab::Actions,
            Capture::Notes => Tab::Notes,
        };
        if !tabs.contains(&tab) {
            tabs.push(tab);
        }
    }
    tabs
}
