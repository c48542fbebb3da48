//! One run opened from the list, to read or correct: who ran it and when,
//! who came, and what each agenda item captured. Every correction is saved
//! to the run's file at once (atomically), like a capture during the run.

use eframe::egui::{self, RichText};

use crate::capture::{CaptureEdit, CaptureKind};
use crate::catalogue::{ResultsUi as R, Ui, tr, trf};
use crate::model::{ItemId, ItemKind, Line, Session};
use crate::runner::RunState;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{Empty, saving_field};

/// What the corrections of the open run need: its file (in every field's
/// id, so text typed for one run can never reach another), where commands
/// go, and which entry's Remove waits for a second click.
struct Editing<'a> {
    path: &'a std::path::Path,
    commands: &'a mut Vec<Command>,
    confirm: &'a mut Option<(std::path::PathBuf, CaptureKind, u32)>,
}

impl Editing<'_> {
    fn correct(&mut self, edit: CaptureEdit) {
        self.commands.push(Command::CorrectRun(self.path.to_path_buf(), edit));
    }

    fn id(&self, what: &str, n: u32) -> egui::Id {
        egui::Id::unique((what, self.path, n))
    }
}

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let Some(path) = app.results_view.open_run.clone() else { return };
    let Some(run) = app.results_view.loaded.as_ref().and_then(|l| l.runs.iter().find(|r| r.path == path)) else {
        ui.label(tr(R::RunGone));
        return;
    };
    let session = &run.session;
    let live = app.run.as_ref().is_some_and(|r| r.path == path && !crate::runner::is_finished(&r.session));
    let ed = &mut Editing { path: &path, commands, confirm: &mut app.results_view.confirm_remove };
    egui::ScrollArea::vertical().id_salt("run-detail").auto_shrink([false, false]).show(ui, |ui| {
        if live {
            ui.colored_label(ui.visuals().warn_fg_color, tr(R::InProgress));
        }
        header(ui, session, live, ed);
        ui.add_space(8.0);
        let state = RunState::replay(session);
        let mut any = false;
        for (i, plan) in session.plan.iter().enumerate() {
            if plan.kind == ItemKind::Section || !has_captures(session, plan.id) {
                continue;
            }
            any = true;
            ui.add_space(6.0);
            // Time on the clock while it ran (pauses left out), as the durations count it.
            let took = match (state.items[i].started, state.items[i].ended) {
                (Some(s), Some(e)) => {
                    let seconds = state.elapsed_ms(i, e) / 1000;
                    trf(R::Took, &[&s.time_of_day(), &crate::model::countdown_text(seconds)])
                }
                _ => String::new(),
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(&plan.title).strong().size(16.0));
                ui.label(RichText::new(took).weak());
            });
            ui.add_enabled_ui(!live, |ui| item_captures(ui, session, plan.id, ed));
        }
        if !any {
            ui.label(tr(R::NothingCaptured));
        }
    });
}

fn votes_text(votes: u32) -> String {
    if votes == 1 { tr(R::OneVote).to_string() } else { trf(R::ManyVotes, &[&votes]) }
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

fn header(ui: &mut egui::Ui, session: &Session, live: bool, ed: &mut Editing) {
    egui::Grid::new("run-detail-head").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.label(tr(R::Started));
        ui.label(super::start_text(session));
        ui.end_row();
        ui.label(tr(R::RunName));
        ui.add_enabled_ui(!live, |ui| {
            ui.horizontal(|ui| {
                let (id, hint) = (ed.id("run-name", 0), Empty::Allowed(tr(R::EgRehearsal)));
                if let Some(name) = saving_field(ui, id, &session.name, tr(R::NameOfRun), 180.0, hint) {
                    ed.correct(CaptureEdit::SetRunName(name));
                }
                let mut rehearsal = session.rehearsal;
                if ui.checkbox(&mut rehearsal, tr(R::Rehearsal)).on_hover_text(tr(R::RehearsalTip)).changed() {
                    ed.correct(CaptureEdit::SetRehearsal(rehearsal));
                }
            });
        });
        ui.end_row();
        if session.left_unfinished {
            ui.label("");
            ui.label(RichText::new(tr(R::LeftUnfinished)).weak());
            ui.end_row();
        }
        if let Some(v) = &session.variant {
            ui.label(tr(Ui::Version));
            ui.label(v);
            ui.end_row();
        }
        ui.label(tr(R::Facilitator));
        ui.add_enabled_ui(!live, |ui| {
            let (id, hint) = (ed.id("facilitator", 0), Empty::Allowed(tr(R::WhoRanIt)));
            if let Some(name) = saving_field(ui, id, &session.facilitator, tr(R::FacilitatorOfRun), 240.0, hint) {
                ed.correct(CaptureEdit::SetFacilitator(name));
            }
        });
        ui.end_row();
        let times: Vec<_> = session.events.iter().map(|e| e.at()).collect();
        if let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) {
            ui.label(tr(R::Ran));
            ui.label(trf(R::FromTo, &[&first.time_of_day(), &last.time_of_day()]));
            ui.end_row();
        }
        ui.label(tr(R::People));
        ui.vertical(|ui| {
            ui.label(trf(R::OnRoster, &[&session.roster.len()]));
            if !session.roster.is_empty() {
                ui.collapsing(tr(R::WhoCame), |ui| {
                    for p in &session.roster {
                        let dept =
                            if p.department.is_empty() { String::new() } else { format!(" · {}", p.department) };
                        ui.label(format!("{}{dept} · {}", p.name, line_text(p.line)));
                    }
                });
            }
        });
        ui.end_row();
        ui.label(tr(Ui::File));
        ui.label(RichText::new(ed.path.display().to_string()).weak());
        ui.end_row();
    });
}

/// An entry's text as a field that saves its correction as it is typed.
/// `name` tells it apart (screen readers, tests) from entries with the same text.
fn entry(ui: &mut egui::Ui, ed: &mut Editing, kind: CaptureKind, id: u32, text: &str, name: &str, width: f32) {
    let field = ed.id(&format!("correct-{kind:?}"), id);
    if let Some(text) = saving_field(ui, field, text, &trf(R::CorrectNamed, &[&name]), width, Empty::Refused) {
        ed.correct(CaptureEdit::Correct { kind, id, text });
    }
}

/// Remove, then "Really remove?" on the same spot: a removal is saved at
/// once and cannot be undone, so it takes two clicks.
fn remove_button(ui: &mut egui::Ui, ed: &mut Editing, kind: CaptureKind, id: u32) {
    let this = Some((ed.path.to_path_buf(), kind, id));
    if *ed.confirm == this {
        let sure =
            ui.add(egui::Button::new(RichText::new(tr(R::ReallyRemove)).color(ui.visuals().warn_fg_color)).small());
        if sure.on_hover_text(tr(R::RemovedAtOnce)).clicked() {
            ed.correct(CaptureEdit::Remove { kind, id });
            *ed.confirm = None;
        }
    } else if ui.small_button(tr(R::Remove)).on_hover_text(tr(R::RemoveTip)).clicked() {
        *ed.confirm = this;
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
const KIND: f32 = 66.0;
const SECOND: f32 = 150.0;
const VOTES: f32 = 60.0;

fn kind_cell(ui: &mut egui::Ui, kind: &str) {
    cell(ui, KIND, |ui| {
        ui.label(kind);
    });
}

fn weak_cell(ui: &mut egui::Ui, width: f32, text: String) {
    cell(ui, width, |ui| {
        ui.add(egui::Label::new(RichText::new(text).weak()).truncate());
    });
}

/// One item's captures, a row each: kind, text (correctable), department or
/// owner or who said it, votes, Remove; the columns line up.
fn item_captures(ui: &mut egui::Ui, session: &Session, item: ItemId, ed: &mut Editing) {
    let c = &session.captures;
    let name_of = |p| session.participant(p).map_or(String::new(), |p| p.name.clone());
    let text_width = (ui.available_width() - KIND - SECOND - VOTES - 140.0).clamp(200.0, 640.0);
    for idea in c.ideas.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            kind_cell(ui, tr(R::Idea));
            entry(ui, ed, CaptureKind::Idea, idea.id, &idea.text, &idea.text, text_width);
            weak_cell(ui, SECOND, idea.by.map(name_of).unwrap_or_default());
            weak_cell(ui, VOTES, votes_text(idea.votes));
            remove_button(ui, ed, CaptureKind::Idea, idea.id);
        });
        for add_on in &idea.add_ons {
            ui.horizontal(|ui| {
                cell(ui, KIND, |_| {});
                weak_cell(ui, text_width, format!("+ {}", add_on.text));
                weak_cell(ui, SECOND, add_on.by.map(name_of).unwrap_or_default());
            });
        }
    }
    for b in c.barriers.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            kind_cell(ui, tr(R::Barrier));
            let name = format!("{} ({})", b.text, b.department);
            entry(ui, ed, CaptureKind::Barrier, b.id, &b.text, &name, text_width);
            cell(ui, SECOND, |ui| {
                let (field, hint) = (ed.id("department", b.id), Empty::Allowed(tr(R::DepartmentHint)));
                let name = trf(R::DepartmentOf, &[&name]);
                if let Some(department) = saving_field(ui, field, &b.department, &name, SECOND - 8.0, hint) {
                    ed.correct(CaptureEdit::SetDepartment { id: b.id, department });
                }
            });
            weak_cell(ui, VOTES, votes_text(b.votes));
            remove_button(ui, ed, CaptureKind::Barrier, b.id);
        });
    }
    for v in c.votes.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            kind_cell(ui, tr(R::OptionKind));
            entry(ui, ed, CaptureKind::Vote, v.id, &v.text, &v.text, text_width);
            cell(ui, SECOND, |_| {});
            weak_cell(ui, VOTES, votes_text(v.votes));
            remove_button(ui, ed, CaptureKind::Vote, v.id);
        });
    }
    for p in c.polls.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            kind_cell(ui, tr(R::Poll));
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
            kind_cell(ui, tr(R::Action));
            entry(ui, ed, CaptureKind::Action, a.id, &a.what, &a.what, text_width);
            cell(ui, SECOND, |ui| {
                let (field, hint) = (ed.id("action-owner", a.id), Empty::Allowed(tr(R::OwnerHint)));
                let name = trf(R::OwnerOf, &[&a.what]);
                if let Some(owner) = saving_field(ui, field, &a.owner, &name, SECOND - 8.0, hint) {
                    ed.correct(CaptureEdit::SetOwner { id: a.id, owner });
                }
            });
            weak_cell(ui, VOTES, a.due.map(|d| trf(R::DueOn, &[&d])).unwrap_or_default());
            remove_button(ui, ed, CaptureKind::Action, a.id);
        });
    }
    for n in c.notes.iter().filter(|x| x.item == item) {
        ui.horizontal(|ui| {
            kind_cell(ui, tr(R::Note));
            entry(ui, ed, CaptureKind::Note, n.id, &n.text, &n.text, text_width);
            cell(ui, SECOND + VOTES + ui.spacing().item_spacing.x, |_| {});
            remove_button(ui, ed, CaptureKind::Note, n.id);
        });
    }
}

/// Where a person works, in the app's language.
fn line_text(line: Line) -> &'static str {
    tr(match line {
        Line::Frontline => R::Frontline,
        Line::Backline => R::Backline,
        Line::Other => R::OtherLine,
    })
}
