//! Capturing what the room produces for the current item: ideas with
//! add-ons, barriers by department, dot votes, the poll, actions and notes,
//! plus the roster and groups tabs. Every Add is a `CaptureEdit`, saved at once.

use eframe::egui::{self, RichText};

use super::{Tab, capture_tabs, roster};
use crate::capture::{CaptureEdit, CaptureKind};
use crate::catalogue::{RunUi, tr, trf};
use crate::model::{Capture, ItemId, ParticipantId, Session};
use crate::runner::RunState;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{name_widget, optional_date_field, text_field};

pub fn show(ui: &mut egui::Ui, app: &mut App, state: &RunState, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    // Before the start the first item is the one being prepared.
    let index = state.current.or_else(|| state.next_index(&run.session));
    let item_id = index.map(|i| run.session.plan[i].id);
    let captures: Vec<Capture> =
        item_id.and_then(|id| app.run_design()?.item(id)).map(|i| i.captures.clone()).unwrap_or_default();
    let mut tabs = capture_tabs(&captures);
    tabs.extend([Tab::Roster, Tab::Groups]);
    if app.run_view.tab_item != item_id {
        app.run_view.tab_item = item_id;
        app.run_view.tab = Tab::Auto;
    }
    if app.run_view.tab == Tab::Auto || !tabs.contains(&app.run_view.tab) {
        app.run_view.tab = tabs[0];
    }
    ui.horizontal_wrapped(|ui| {
        for tab in &tabs {
            let label = tab_label(*tab);
            if ui.selectable_label(app.run_view.tab == *tab, label).clicked() {
                app.run_view.tab = *tab;
            }
        }
    });
    ui.add_space(4.0);
    let Some(item) = item_id else {
        if matches!(app.run_view.tab, Tab::Roster | Tab::Groups) {
            roster::show(ui, app, commands);
        }
        return;
    };
    match app.run_view.tab {
        Tab::Ideas => ideas(ui, app, item, commands),
        Tab::Barriers => barriers(ui, app, item, commands),
        Tab::Votes => votes(ui, app, item, commands),
        Tab::Poll => poll(ui, app, item, &captures, commands),
        Tab::Actions => actions(ui, app, item, commands),
        Tab::Notes => notes(ui, app, item, commands),
        Tab::Roster | Tab::Groups | Tab::Auto => roster::show(ui, app, commands),
    }
}

fn tab_label(tab: Tab) -> &'static str {
    match tab {
        Tab::Auto => "",
        Tab::Ideas => tr(RunUi::Ideas),
        Tab::Barriers => tr(RunUi::Barriers),
        Tab::Votes => tr(RunUi::Votes),
        Tab::Poll => tr(RunUi::Poll),
        Tab::Actions => tr(RunUi::Actions),
        Tab::Notes => tr(RunUi::Notes),
        Tab::Roster => tr(RunUi::Roster),
        Tab::Groups => tr(RunUi::Groups),
    }
}

/// A "who said it" picker over the roster; `None` is nobody in particular.
fn person_picker(ui: &mut egui::Ui, session: &Session, id: &str, who: &mut Option<ParticipantId>, name: &str) {
    let shown = who.and_then(|p| session.participant(p)).map_or(tr(RunUi::Anyone).to_string(), |p| p.name.clone());
    let r = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(150.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(who, None, tr(RunUi::Anyone));
            for p in &session.roster {
                ui.selectable_value(who, Some(p.id), &p.name);
            }
        })
        .response;
    name_widget(ui, &r, name);
}

fn name_of(session: &Session, who: Option<ParticipantId>) -> String {
    who.and_then(|p| session.participant(p)).map_or(String::new(), |p| p.name.clone())
}

/// Whether Enter was pressed in the field of `response` (which then lets go
/// of the keyboard): in a capture form, Enter in any field means Add.
fn entered(ui: &egui::Ui, response: &egui::Response) -> bool {
    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// A small menu beside a text field offering values to fill it with (the
/// departments seen so far, the people on the roster); typing a new one
/// still works.
fn fill_menu(ui: &mut egui::Ui, id: &str, options: &[String], target: &mut String, name: &str) {
    if options.is_empty() {
        return;
    }
    let r = egui::ComboBox::from_id_salt(id)
        .selected_text(tr(RunUi::Pick))
        .width(60.0)
        .show_ui(ui, |ui| {
            for option in options {
                if ui.selectable_label(*target == *option, option).clicked() {
                    *target = option.clone();
                }
            }
        })
        .response;
    name_widget(ui, &r, name);
}

/// A text field whose Enter means Add, and the Add button.
fn add_row(ui: &mut egui::Ui, text: &mut String, name: &str, width: f32) -> bool {
    let r = text_field(ui, text, name, width);
    let entered = entered(ui, &r);
    let add = ui.button(tr(RunUi::Add));
    // English names it "Add new idea"; German keeps its nouns capitalised.
    let what = if crate::catalogue::app_lang() == crate::model::Lang::English {
        name.to_lowercase()
    } else {
        name.to_string()
    };
    name_widget(ui, &add, &trf(RunUi::AddNamed, &[&what]));
    if entered {
        r.request_focus();
    }
    (add.clicked() || entered) && !text.trim().is_empty()
}

fn votes_buttons(ui: &mut egui::Ui, kind: CaptureKind, id: u32, votes: u32, what: &str, commands: &mut Vec<Command>) {
    let minus = ui.small_button("-");
    name_widget(ui, &minus, &trf(RunUi::TakeVote, &[&what]));
    if minus.clicked() {
        commands.push(Command::Capture(CaptureEdit::Vote { kind, id, delta: -1 }));
    }
    ui.label(RichText::new(format!("{votes}")).monospace().strong());
    let plus = ui.small_button("+");
    name_widget(ui, &plus, &trf(RunUi::VoteFor, &[&what]));
    if plus.clicked() {
        commands.push(Command::Capture(CaptureEdit::Vote { kind, id, delta: 1 }));
    }
}

fn remove_button(ui: &mut egui::Ui, kind: CaptureKind, id: u32, what: &str, commands: &mut Vec<Command>) {
    let r = ui.small_button(tr(RunUi::Remove));
    name_widget(ui, &r, &trf(RunUi::RemoveNamed, &[&what]));
    if r.clicked() {
        commands.push(Command::Capture(CaptureEdit::Remove { kind, id }));
    }
}

fn ideas(ui: &mut egui::Ui, app: &mut App, item: ItemId, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    let d = &mut app.run_view.drafts;
    ui.label(tr(RunUi::IdeasIntro));
    // An anonymous item asks no names.
    let anonymous = session.plan.iter().any(|p| p.id == item && p.anonymous);
    if anonymous {
        ui.label(RichText::new(tr(RunUi::AnonymousItem)).weak());
    }
    ui.horizontal(|ui| {
        let add = add_row(ui, &mut d.idea, tr(RunUi::NewIdea), (ui.available_width() - 260.0).max(200.0));
        if !anonymous {
            person_picker(ui, session, "idea-by", &mut d.idea_by, tr(RunUi::IdeaBy));
        }
        if add {
            commands.push(Command::Capture(CaptureEdit::AddIdea {
                item,
                text: std::mem::take(&mut d.idea),
                by: d.idea_by,
            }));
        }
    });
    ui.add_space(6.0);
    let ideas: Vec<_> = session.captures.ideas.iter().filter(|i| i.item == item).collect();
    for idea in ideas.iter().rev() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.add(egui::Label::new(RichText::new(&idea.text).strong()).wrap());
                let by = name_of(session, idea.by);
                if !by.is_empty() {
                    ui.label(RichText::new(format!("— {by}")).weak());
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    remove_button(ui, CaptureKind::Idea, idea.id, &idea.text, commands);
                    votes_buttons(ui, CaptureKind::Idea, idea.id, idea.votes, &idea.text, commands);
                });
            });
            for add_on in &idea.add_ons {
                ui.horizontal(|ui| {
                    ui.add_space(18.0);
                    ui.add(egui::Label::new(format!("+ {}", add_on.text)).wrap());
                    let by = name_of(session, add_on.by);
                    if !by.is_empty() {
                        ui.label(RichText::new(format!("— {by}")).weak());
                    }
                });
            }
            let names: Vec<String> =
                idea.contributors().iter().map(|p| name_of(session, Some(*p))).filter(|n| !n.is_empty()).collect();
            if names.len() > 1 {
                ui.label(RichText::new(trf(RunUi::SharedBy, &[&names.join(", ")])).small().weak());
            }
            if d.add_on_to == Some(idea.id) {
                ui.horizontal(|ui| {
                    ui.add_space(18.0);
                    let add = add_row(
                        ui,
                        &mut d.add_on,
                        tr(RunUi::BuildingOnThat),
                        (ui.available_width() - 260.0).max(160.0),
                    );
                    if !anonymous {
                        person_picker(ui, session, "add-on-by", &mut d.add_on_by, tr(RunUi::AddOnBy));
                    }
                    if add {
                        // The form stays open for the next person; who spoke is asked afresh.
                        commands.push(Command::Capture(CaptureEdit::AddOn {
                            idea: idea.id,
                            text: std::mem::take(&mut d.add_on),
                            by: d.add_on_by.take(),
                        }));
                    }
                });
            } else {
                let b = ui.small_button(tr(RunUi::BuildOnThis));
                name_widget(ui, &b, &trf(RunUi::BuildOn, &[&idea.text]));
                if b.clicked() {
                    d.add_on_to = Some(idea.id);
                    d.add_on.clear();
                    d.add_on_by = None;
                }
            }
        });
    }
}

fn barriers(ui: &mut egui::Ui, app: &mut App, item: ItemId, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    let d = &mut app.run_view.drafts;
    let mut departments: Vec<String> =
        session.roster.iter().map(|p| p.department.clone()).filter(|x| !x.is_empty()).collect();
    departments.extend(session.captures.barriers.iter().map(|b| b.department.clone()).filter(|x| !x.is_empty()));
    departments.sort();
    departments.dedup();
    ui.horizontal(|ui| {
        let mut add = add_row(ui, &mut d.barrier, tr(RunUi::NewBarrier), (ui.available_width() - 320.0).max(200.0));
        ui.label(tr(RunUi::Department));
        let department = text_field(ui, &mut d.barrier_department, tr(RunUi::BarrierDepartment), 130.0);
        add |= entered(ui, &department) && !d.barrier.trim().is_empty();
        fill_menu(ui, "barrier-departments", &departments, &mut d.barrier_department, tr(RunUi::PickDepartment));
        if add {
            commands.push(Command::Capture(CaptureEdit::AddBarrier {
                item,
                text: std::mem::take(&mut d.barrier),
                department: d.barrier_department.clone(),
            }));
        }
    });
    ui.add_space(6.0);
    let mut list: Vec<_> = session.captures.barriers.iter().filter(|b| b.item == item).collect();
    list.sort_by(|a, b| a.department.to_lowercase().cmp(&b.department.to_lowercase()).then(b.votes.cmp(&a.votes)));
    let mut last_department = None;
    for b in list {
        if last_department != Some(b.department.to_lowercase()) {
            ui.label(
                RichText::new(if b.department.is_empty() { tr(RunUi::NoDepartment) } else { &b.department }).strong(),
            );
            last_department = Some(b.department.to_lowercase());
        }
        ui.horizontal(|ui| {
            ui.add_space(12.0);
            ui.add(egui::Label::new(&b.text).wrap());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                remove_button(ui, CaptureKind::Barrier, b.id, &b.text, commands);
                votes_buttons(ui, CaptureKind::Barrier, b.id, b.votes, &b.text, commands);
            });
        });
    }
}

fn votes(ui: &mut egui::Ui, app: &mut App, item: ItemId, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    let d = &mut app.run_view.drafts;
    ui.horizontal(|ui| {
        if add_row(ui, &mut d.vote_option, tr(RunUi::NewOption), (ui.available_width() - 80.0).max(200.0)) {
            commands
                .push(Command::Capture(CaptureEdit::AddVoteOption { item, text: std::mem::take(&mut d.vote_option) }));
        }
    });
    // The room votes on its own words: one option per idea (or barrier) of
    // an earlier item of this run.
    let earlier: Vec<(crate::model::ItemId, String, CaptureKind, usize)> = session
        .plan
        .iter()
        .filter(|p| p.id != item)
        .flat_map(|p| {
            let ideas = session.captures.ideas.iter().filter(|i| i.item == p.id).count();
            let barriers = session.captures.barriers.iter().filter(|b| b.item == p.id).count();
            [(p.id, p.title.clone(), CaptureKind::Idea, ideas), (p.id, p.title.clone(), CaptureKind::Barrier, barriers)]
        })
        .filter(|(.., n)| *n > 0)
        .collect();
    if !earlier.is_empty() {
        let r = ui.menu_button(tr(RunUi::VoteOnIdeasFrom), |ui| {
            for (from, title, kind, n) in &earlier {
                let what = match (kind, n) {
                    (CaptureKind::Idea, 1) => RunUi::OneIdeaFrom,
                    (CaptureKind::Idea, _) => RunUi::IdeasFrom,
                    (_, 1) => RunUi::OneBarrierFrom,
                    _ => RunUi::BarriersFrom,
                };
                if ui.button(trf(what, &[n, title])).clicked() {
                    commands.push(Command::Capture(CaptureEdit::VoteOn { item, from: *from, kind: *kind }));
                    ui.close();
                }
            }
        });
        r.response.on_hover_text(tr(RunUi::VoteOnTip));
    }
    // Options keep their place while votes are given: they are ranked when
    // the item is opened and when asked, never under the pointer.
    let view = &mut app.run_view;
    let mut resort = None;
    ui.horizontal(|ui| {
        ui.label(tr(RunUi::Order));
        if ui.button(tr(RunUi::SortByVotes)).on_hover_text(tr(RunUi::MostVotesFirst)).clicked() {
            resort = Some(false);
        }
        if ui.button(tr(RunUi::AsAdded)).clicked() {
            resort = Some(true);
        }
    });
    let options: Vec<_> = session.captures.votes.iter().filter(|v| v.item == item).collect();
    if view.vote_order_item != Some(item) {
        view.vote_order_item = Some(item);
        resort = Some(view.votes_as_added);
    }
    if let Some(as_added) = resort {
        view.votes_as_added = as_added;
        let mut ranked = options.clone();
        if !as_added {
            ranked.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
        }
        view.vote_order = ranked.iter().map(|v| v.id).collect();
    }
    // New options go to the end, removed ones leave the list.
    view.vote_order.retain(|id| options.iter().any(|v| v.id == *id));
    for v in &options {
        if !view.vote_order.contains(&v.id) {
            view.vote_order.push(v.id);
        }
    }
    let list: Vec<_> = view.vote_order.iter().filter_map(|id| options.iter().find(|v| v.id == *id)).collect();
    let most = list.iter().map(|v| v.votes).max().unwrap_or(0).max(1);
    for (n, v) in list.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{}.", n + 1)).monospace());
            ui.add(egui::Label::new(&v.text).wrap());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                remove_button(ui, CaptureKind::Vote, v.id, &v.text, commands);
                votes_buttons(ui, CaptureKind::Vote, v.id, v.votes, &v.text, commands);
                ui.add(egui::ProgressBar::new(v.votes as f32 / most as f32).desired_width(120.0));
            });
        });
    }
}

fn poll(ui: &mut egui::Ui, app: &mut App, item: ItemId, captures: &[Capture], commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let Some(result) = run.session.captures.polls.iter().find(|p| p.item == item) else {
        // The first look at the poll sets it up from the design's question.
        if let Some(Capture::Poll { question, options }) = captures.iter().find(|c| matches!(c, Capture::Poll { .. })) {
            commands.push(Command::Capture(CaptureEdit::OpenPoll {
                item,
                question: question.clone(),
                options: options.clone(),
            }));
        }
        return;
    };
    ui.label(RichText::new(&result.question).strong().size(16.0));
    let total: u32 = result.tallies.iter().sum();
    let most = result.tallies.iter().copied().max().unwrap_or(0).max(1);
    egui::Grid::new("poll").num_columns(3).spacing([10.0, 6.0]).show(ui, |ui| {
        for (n, option) in result.options.iter().enumerate() {
            let tally = result.tallies.get(n).copied().unwrap_or(0);
            ui.label(option);
            ui.add(egui::ProgressBar::new(tally as f32 / most as f32).desired_width(220.0).text(format!("{tally}")));
            ui.horizontal(|ui| {
                let minus = ui.small_button("-");
                name_widget(ui, &minus, &trf(RunUi::OneLess, &[option]));
                if minus.clicked() {
                    commands.push(Command::Capture(CaptureEdit::PollTally { item, option: n, delta: -1 }));
                }
                let plus = ui.small_button("+");
                name_widget(ui, &plus, &trf(RunUi::OneMore, &[option]));
                if plus.clicked() {
                    commands.push(Command::Capture(CaptureEdit::PollTally { item, option: n, delta: 1 }));
                }
            });
            ui.end_row();
        }
    });
    ui.label(trf(RunUi::Answers, &[&total]));
}

fn actions(ui: &mut egui::Ui, app: &mut App, item: ItemId, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    let d = &mut app.run_view.drafts;
    let people: Vec<String> = session.roster.iter().map(|p| p.name.clone()).collect();
    ui.horizontal(|ui| {
        ui.label(tr(RunUi::What));
        let what = text_field(ui, &mut d.action, tr(RunUi::Action), (ui.available_width() - 490.0).max(200.0));
        ui.label(tr(RunUi::Owner));
        let owner = text_field(ui, &mut d.action_owner, tr(RunUi::ActionOwner), 120.0);
        fill_menu(ui, "action-owner-pick", &people, &mut d.action_owner, tr(RunUi::PickOwner));
        ui.label(tr(RunUi::Due));
        let due =
            optional_date_field(ui, egui::Id::unique("action-due"), &mut d.action_due, tr(RunUi::ActionDue), 90.0)
                .on_hover_text(tr(RunUi::DateFormat));
        let add = ui.button(tr(RunUi::Add));
        name_widget(ui, &add, tr(RunUi::AddAction));
        let by_enter = [&what, &owner, &due].iter().any(|r| entered(ui, r));
        if by_enter {
            // Ready for the next action at once.
            what.request_focus();
        }
        if (add.clicked() || by_enter) && !d.action.trim().is_empty() {
            commands.push(Command::Capture(CaptureEdit::AddAction {
                item,
                what: std::mem::take(&mut d.action),
                owner: std::mem::take(&mut d.action_owner),
                due: d.action_due.take(),
            }));
        }
    });
    for a in session.captures.actions.iter().filter(|a| a.item == item) {
        ui.horizontal(|ui| {
            ui.add(egui::Label::new(RichText::new(&a.what).strong()).wrap());
            ui.label(
                RichText::new(format!(
                    "{}{}",
                    if a.owner.is_empty() { tr(RunUi::NoOwnerYet).to_string() } else { a.owner.clone() },
                    a.due.map(|d| trf(RunUi::DueOn, &[&d])).unwrap_or_default()
                ))
                .weak(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                remove_button(ui, CaptureKind::Action, a.id, &a.what, commands);
            });
        });
    }
}

fn notes(ui: &mut egui::Ui, app: &mut App, item: ItemId, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    let d = &mut app.run_view.drafts;
    let add_note = crate::ui::ui_command::UiCommand::AddNote;
    let hint = trf(RunUi::NoteHint, &[&add_note.shortcut_text(ui.ctx())]);
    let r = ui.add(egui::TextEdit::multiline(&mut d.note).desired_rows(2).desired_width(f32::INFINITY).hint_text(hint));
    name_widget(ui, &r, tr(RunUi::NewNote));
    let keys = add_note.shortcuts();
    let ctrl_enter = r.has_focus() && ui.input_mut(|i| keys.iter().any(|k| i.consume_shortcut(k)));
    let add = ui.button(add_note.label()).on_hover_text(add_note.hover_text(ui.ctx()));
    if (add.clicked() || ctrl_enter) && !d.note.trim().is_empty() {
        commands.push(Command::Capture(CaptureEdit::AddNote { item, text: std::mem::take(&mut d.note) }));
    }
    for n in session.captures.notes.iter().filter(|n| n.item == item).rev() {
        ui.horizontal(|ui| {
            ui.add(egui::Label::new(&n.text).wrap());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                remove_button(ui, CaptureKind::Note, n.id, &n.text, commands);
            });
        });
    }
}
