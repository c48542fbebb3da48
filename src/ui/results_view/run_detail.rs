//! One run opened from the list, to read or correct: who ran it and when,
//! who came, and what each agenda item captured. Every correction is saved
//! to the run's file at once (atomically), like a capture during the run.

use eframe::egui::{self, RichText};

use crate::capture::{CaptureEdit, CaptureKind};
use crate::model::{ItemId, ItemKind, Session};
use crate::runner::RunState;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{Empty, committed_field};

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let Some(path) = app.results_view.open_run.clone() else { return };
    let Some(run) = app.results_view.loaded.as_ref().and_then(|l| l.runs.iter().find(|r| r.path == path)) else {
        ui.label("This run is no longer in the folder.");
        return;
    };
    let session = &run.session;
    let live = app.run.as_ref().is_some_and(|r| r.path == path && !crate::runner::is_finished(&r.session));
    let correct = |edit: CaptureEdit| Command::CorrectRun(path.clone(), edit);
    egui::ScrollArea::vertical().id_salt("run-detail").auto_shrink([false, false]).show(ui, |ui| {
        if live {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "This run is in progress: correct it in Run mode; here it is shown as it was when the results were read.",
            );
        }
        header(ui, session, &path, live, &correct, commands);
        ui.add_space(8.0);
        let state = RunState::replay(session);
        let mut any = false;
        for (i, plan) in session.plan.iter().enumerate() {
            if plan.kind == ItemKind::Section || !has_captures(session, plan.id) {
                continue;
            }
            any = true;
            ui.add_space(6.0);
            let took = match (state.items[i].started, state.items[i].ended) {
                (Some(s), Some(e)) => format!("{}, took {}", s.time_of_day(), crate::runner::countdown_text(e.seconds_since(s))),
                _ => String::new(),
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(&plan.title).strong().size(16.0));
                ui.label(RichText::new(took).weak());
            });
            ui.add_enabled_ui(!live, |ui| item_captures(ui, session, plan.id, &correct, commands));
        }
        if !any {
            ui.label("Nothing was captured in this run.");
        }
    });
}

fn votes_text(votes: u32) -> String {
    if votes == 1 { "1 vote".to_string() } else { format!("{votes} votes") }
}

fn votes_label(ui: &mut egui::Ui, votes: u32) {
    ui.label(RichText::new(votes_text(votes)).weak());
}

fn has_captures(s: &Session, item: ItemId) -> bool {
    let c = &s.captures;
    c.ideas.iter().any(|x| x.item == item)
        || c.barriers.iter().any(|x| x.item == item)
        || c.votes.iter().any(|x| x.item == item)
        || c.polls.iter().any(|x| x.item == item)
        || c.actions.iter().any(|x| x.item == item)
        || c.notes.iter().any(|x| x.item == item)
}

fn header(
    ui: &mut egui::Ui,
    session: &Session,
    path: &std::path::Path,
    live: bool,
    correct: &dyn Fn(CaptureEdit) -> Command,
    commands: &mut Vec<Command>,
) {
    egui::Grid::new("run-detail-head").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.label("Date");
        ui.label(super::runs::date_text(session));
        ui.end_row();
        if let Some(v) = &session.variant {
            ui.label("Version");
            ui.label(v);
            ui.end_row();
        }
        ui.label("Facilitator");
        ui.add_enabled_ui(!live, |ui| {
            let id = egui::Id::unique(("facilitator", path));
            if let Some(name) = committed_field(
                ui,
                id,
                &session.facilitator,
                "Facilitator of the run",
                240.0,
                Empty::Allowed("who ran it"),
            ) {
                commands.push(correct(CaptureEdit::SetFacilitator(name)));
            }
        });
        ui.end_row();
        let times: Vec<_> = session.events.iter().map(|e| e.at()).collect();
        if let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) {
            ui.label("Ran");
            ui.label(format!("{} to {}", first.time_of_day(), last.time_of_day()));
            ui.end_row();
        }
        ui.label("People");
        ui.vertical(|ui| {
            ui.label(format!("{} on the roster", session.roster.len()));
            if !session.roster.is_empty() {
                ui.collapsing("Who came", |ui| {
                    for p in &session.roster {
                        let dept =
                            if p.department.is_empty() { String::new() } else { format!(" · {}", p.department) };
                        ui.label(format!("{}{dept} · {}", p.name, p.line.label()));
                    }
                });
            }
        });
        ui.end_row();
        ui.label("File");
        ui.label(RichText::new(path.display().to_string()).weak());
        ui.end_row();
    });
}

/// An entry's text as a field that saves its correction, and a remove button.
/// `name` tells it apart for screen readers (and tests) from others with the same text.
#[allow(clippy::too_many_arguments)]
fn entry(
    ui: &mut egui::Ui,
    kind: CaptureKind,
    id: u32,
    text: &str,
    name: &str,
    width: f32,
    correct: &dyn Fn(CaptureEdit) -> Command,
    commands: &mut Vec<Command>,
) {
    let field = egui::Id::unique(("correct", kind as u8, id));
    if let Some(text) = committed_field(ui, field, text, &format!("Correct {name}"), width, Empty::Refused) {
        commands.push(correct(CaptureEdit::Correct { kind, id, text }));
    }
}

fn remove_button(
    ui: &mut egui::Ui,
    kind: CaptureKind,
    id: u32,
    correct: &dyn Fn(CaptureEdit) -> Command,
    commands: &mut Vec<Command>,
) {
    if ui.small_button("Remove").on_hover_text("Remove this entry from the run (saved at once)").clicked() {
        commands.push(correct(CaptureEdit::Remove { kind, id }));
    }
}

/// A fixed-width cell in a row, so the columns of the rows below line up.
fn cell(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_width(width);
        add(ui);
    });
}

/// Widths of the columns of a capture row: kind, text, department / owner /
/// who, votes.
const KIND: f32 = 56.0;
const SECOND: f32 = 150.0;
const VOTES: f32 = 60.0;

/// One item's captures, a row each: kind, text (correctable), department or
/// owner or who said it, votes, Remove; the columns line up.
fn item_captures(
    ui: &mut egui::Ui,
    session: &Session,
    item: ItemId,
    correct: &dyn Fn(CaptureEdit) -> Command,
    commands: &mut Vec<Command>,
) {
    let c = &session.captures;
    let name_of = |p| session.participant(p).map_or(String::new(), |p| p.name.clone());
    let text_width = (ui.available_width() - KIND - SECOND - VOTES - 120.0).clamp(200.0, 640.0);
    let weak = |t: String| RichText::new(t).weak();
    for idea in c.ideas.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            cell(ui, KIND, |ui| {
                ui.label("Idea");
            });
            entry(ui, CaptureKind::Idea, idea.id, &idea.text, &idea.text, text_width, correct, commands);
            cell(ui, SECOND, |ui| {
                drop(ui.add(egui::Label::new(weak(idea.by.map(name_of).unwrap_or_default())).truncate()))
            });
            cell(ui, VOTES, |ui| votes_label(ui, idea.votes));
            remove_button(ui, CaptureKind::Idea, idea.id, correct, commands);
        });
        for add_on in &idea.add_ons {
            ui.horizontal(|ui| {
                cell(ui, KIND, |_| {});
                cell(ui, text_width, |ui| {
                    drop(ui.add(egui::Label::new(weak(format!("+ {}", add_on.text))).truncate()))
                });
                cell(ui, SECOND, |ui| {
                    ui.label(weak(add_on.by.map(name_of).unwrap_or_default()));
                });
            });
        }
    }
    for b in c.barriers.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            cell(ui, KIND, |ui| {
                ui.label("Barrier");
            });
            let name = format!("{} ({})", b.text, b.department);
            entry(ui, CaptureKind::Barrier, b.id, &b.text, &name, text_width, correct, commands);
            cell(ui, SECOND, |ui| {
                let field = egui::Id::unique(("department", b.id));
                let name = format!("Department of {name}");
                let typed =
                    committed_field(ui, field, &b.department, &name, SECOND - 8.0, Empty::Allowed("department"));
                if let Some(department) = typed {
                    commands.push(correct(CaptureEdit::SetDepartment { id: b.id, department }));
                }
            });
            cell(ui, VOTES, |ui| votes_label(ui, b.votes));
            remove_button(ui, CaptureKind::Barrier, b.id, correct, commands);
        });
    }
    for v in c.votes.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            cell(ui, KIND, |ui| {
                ui.label("Option");
            });
            entry(ui, CaptureKind::Vote, v.id, &v.text, &v.text, text_width, correct, commands);
            cell(ui, SECOND, |_| {});
            cell(ui, VOTES, |ui| votes_label(ui, v.votes));
            remove_button(ui, CaptureKind::Vote, v.id, correct, commands);
        });
    }
    for p in c.polls.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            cell(ui, KIND, |ui| {
                ui.label("Poll");
            });
            ui.label(&p.question);
        });
        for (option, tally) in p.options.iter().zip(&p.tallies) {
            ui.horizontal(|ui| {
                cell(ui, KIND, |_| {});
                cell(ui, text_width, |ui| {
                    ui.label(option);
                });
                ui.label(tally.to_string());
            });
        }
    }
    for a in c.actions.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            cell(ui, KIND, |ui| {
                ui.label("Action");
            });
            entry(ui, CaptureKind::Action, a.id, &a.what, &a.what, text_width, correct, commands);
            cell(ui, SECOND, |ui| {
                let field = egui::Id::unique(("action-owner", a.id));
                let name = format!("Owner of {}", a.what);
                if let Some(owner) = committed_field(ui, field, &a.owner, &name, SECOND - 8.0, Empty::Allowed("owner"))
                {
                    commands.push(correct(CaptureEdit::SetOwner { id: a.id, owner }));
                }
            });
            cell(ui, VOTES, |ui| {
                ui.label(weak(a.due.map(|d| format!("due {d}")).unwrap_or_default()));
            });
            remove_button(ui, CaptureKind::Action, a.id, correct, commands);
        });
    }
    for n in c.notes.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            cell(ui, KIND, |ui| {
                ui.label("Note");
            });
            entry(ui, CaptureKind::Note, n.id, &n.text, &n.text, text_width, correct, commands);
            cell(ui, SECOND + VOTES + ui.spacing().item_spacing.x, |_| {});
            remove_button(ui, CaptureKind::Note, n.id, correct, commands);
        });
    }
}
