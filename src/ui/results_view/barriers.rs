//! The barrier master list: every counted run's barriers by department, the
//! same barrier merged across runs and wordings, sortable by clicking a
//! column, with ticks to merge barriers by hand and a priority and owner.

use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use crate::catalogue::{ResultsUi as R, tr, trf};
use crate::model::Priority;
use crate::results::{DecisionEdit, MasterBarrier, SortBy, normalize};
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{Empty, name_widget, saving_field};

/// A row of the table: a department heading or one of its barriers.
enum Line<'a> {
    Department(&'a str, usize),
    /// The barrier and its place in the list.
    Barrier(&'a MasterBarrier, usize),
}

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let view = &mut app.results_view;
    let variant = view.variant.clone();
    let Some(loaded) = view.loaded.as_mut() else { return };
    loaded.sort_master(variant.as_deref(), view.sort, view.reversed);
    let loaded = &*loaded;
    let Some(sorted) = loaded.sorted_master() else { return };
    let (list, ids) = (&sorted.list, &sorted.ids);
    let decisions = &loaded.decisions;
    // A decisions file that could not be read is never written: nothing here can change.
    let can_decide = loaded.decisions_error.is_none();
    // Ticks of barriers no longer listed (merged, left out) do not count.
    view.ticked.retain(|id| ids.contains(id));

    // Each department's heading with its count, then its barriers.
    let mut lines = Vec::with_capacity(list.len() + sorted.departments.len());
    for &(first, count) in &sorted.departments {
        lines.push(Line::Department(&list[first].department, count));
        lines.extend((first..first + count).map(|i| Line::Barrier(&list[i], i)));
    }
    let departments = sorted.departments.len();
    ui.horizontal_wrapped(|ui| {
        ui.label(trf(R::BarriersInDepartments, &[&list.len(), &departments]));
        ui.separator();
        if can_decide && merge_controls(ui, list, ids, &view.ticked, commands) {
            view.ticked.clear();
        }
        if !view.ticked.is_empty() && ui.button(tr(R::ClearTicks)).clicked() {
            view.ticked.clear();
        }
    });
    ui.label(RichText::new(tr(R::SameBarrierNote)).weak().small());
    ui.add_space(4.0);
    if list.is_empty() {
        ui.label(tr(R::NoBarriers));
        return;
    }

    let mut sort_to = None;
    // Narrow (a small laptop): mentions move into the runs' tooltip.
    let compact = ui.available_width() < 720.0;
    let owner_width = if compact { 140.0 } else { 170.0 };
    let mut table = TableBuilder::new(ui)
        .id_salt("master-list")
        .striped(true)
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(24.0))
        .column(Column::remainder().at_least(if compact { 160.0 } else { 220.0 }).clip(true))
        .column(Column::exact(56.0));
    if !compact {
        table = table.column(Column::exact(76.0));
    }
    let sortable = [
        (tr(R::Barrier), SortBy::Text),
        (tr(R::RunsShort), SortBy::Runs),
        (tr(R::Mentions), SortBy::Mentions),
        (tr(R::Votes), SortBy::Votes),
        (tr(R::Priority), SortBy::Priority),
    ];
    table
        .column(Column::exact(super::wider_in_german(56.0, 64.0)))
        .column(Column::exact(104.0))
        .column(Column::exact(owner_width + 10.0))
        .header(24.0, |mut header| {
            header.col(|_| {});
            for (title, by) in sortable.into_iter().filter(|(_, by)| !(compact && *by == SortBy::Mentions)) {
                header.col(|ui| {
                    ui.spacing_mut().item_spacing.x = 2.0;
                    let r = ui
                        .add(egui::Button::new(RichText::new(title).strong()).frame(false))
                        .on_hover_text(tr(R::SortTip));
                    // The arrows are in the monospace font only.
                    if view.sort == by {
                        ui.label(RichText::new(if view.reversed { "↑" } else { "↓" }).monospace().strong());
                    }
                    if r.clicked() {
                        sort_to = Some(by);
                    }
                });
            }
            header.col(|ui| {
                ui.strong(tr(R::Owner));
            });
        })
        .body(|body| {
            body.rows(26.0, lines.len(), |mut row| match &lines[row.index()] {
                Line::Department(name, count) => {
                    row.col(|_| {});
                    row.col(|ui| {
                        let name = if name.is_empty() { tr(R::NoDepartment) } else { name };
                        ui.label(RichText::new(format!("{name} ({count})")).strong());
                    });
                    for _ in 0..if compact { 4 } else { 5 } {
                        row.col(|_| {});
                    }
                }
                Line::Barrier(b, i) => {
                    let id = &ids[*i];
                    // Names for screen readers (and tests): the same barrier is in several departments.
                    let named = format!("{} ({})", b.text, b.department);
                    row.set_selected(view.ticked.contains(id));
                    row.col(|ui| {
                        let mut ticked = view.ticked.contains(id);
                        let r = ui.checkbox(&mut ticked, "");
                        name_widget(ui, &r, &trf(R::TickNamed, &[&named]));
                        if r.changed() {
                            if ticked {
                                view.ticked.insert(id.clone());
                            } else {
                                view.ticked.remove(id);
                            }
                        }
                    });
                    row.col(|ui| {
                        // The merge note comes first, so a long barrier cannot push it out of view.
                        if !b.merged.is_empty() {
                            let r = ui
                                .small_button(trf(R::MergedCount, &[&b.merged.len()]))
                                .on_hover_text(trf(R::MergedByHand, &[&b.merged.join("; ")]));
                            if r.clicked() && can_decide {
                                commands.push(Command::Decide(DecisionEdit::Split(b.key.clone())));
                            }
                        }
                        ui.add(egui::Label::new(&b.text).truncate());
                    });
                    row.col(|ui| {
                        ui.label(b.runs.to_string()).on_hover_text(trf(R::WrittenDown, &[&b.mentions]));
                    });
                    if !compact {
                        row.col(|ui| {
                            ui.label(b.mentions.to_string());
                        });
                    }
                    row.col(|ui| {
                        ui.label(b.votes.to_string());
                    });
                    let decision = decisions.barriers.get(id).cloned().unwrap_or_default();
                    row.col(|ui| {
                        ui.add_enabled_ui(can_decide, |ui| {
                            let mut priority = decision.priority;
                            let r = egui::ComboBox::from_id_salt(("priority", &id))
                                .selected_text(priority.map_or("—", priority_text))
                                .width(84.0)
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(&mut priority, None, "—");
                                    for p in Priority::ALL {
                                        ui.selectable_value(&mut priority, Some(p), priority_text(p));
                                    }
                                })
                                .response;
                            name_widget(ui, &r, &trf(R::PriorityOf, &[&named]));
                            if priority != decision.priority {
                                commands
                                    .push(Command::Decide(DecisionEdit::SetPriority { barrier: id.clone(), priority }));
                            }
                        });
                    });
                    row.col(|ui| {
                        ui.add_enabled_ui(can_decide, |ui| {
                            let (field, hint) = (egui::Id::unique(("owner", id)), Empty::Allowed(tr(R::WhoRemovesIt)));
                            let name = trf(R::OwnerOf, &[&named]);
                            if let Some(owner) = saving_field(ui, field, &decision.owner, &name, owner_width, hint) {
                                commands.push(Command::Decide(DecisionEdit::SetOwner { barrier: id.clone(), owner }));
                            }
                        });
                    });
                }
            });
        });
    if let Some(by) = sort_to {
        if view.sort == by {
            view.reversed = !view.reversed;
        } else {
            view.sort = by;
            view.reversed = false;
        }
    }
}

/// "Merge" for two or more ticked barriers of one department: they join the
/// one counted in most runs (first in the list's own order). Returns
/// whether they were merged.
fn merge_controls(
    ui: &mut egui::Ui,
    list: &[MasterBarrier],
    ids: &[String],
    ticked: &std::collections::BTreeSet<String>,
    commands: &mut Vec<Command>,
) -> bool {
    let mut chosen: Vec<&MasterBarrier> =
        list.iter().zip(ids).filter(|(_, id)| ticked.contains(*id)).map(|(b, _)| b).collect();
    chosen.sort_by(|a, b| b.runs.cmp(&a.runs).then(b.votes.cmp(&a.votes)).then(a.key.cmp(&b.key)));
    let one_department = chosen.windows(2).all(|w| normalize(&w[0].department) == normalize(&w[1].department));
    let enabled = chosen.len() >= 2 && one_department;
    let hint = match (chosen.first(), chosen.len(), one_department) {
        (_, 0 | 1, _) => tr(R::TickTwoOrMore).to_string(),
        (_, _, false) => tr(R::DifferentDepartments).to_string(),
        (Some(into), n, true) => trf(R::CountAsOne, &[&n, &into.text]),
        (None, ..) => String::new(),
    };
    let label = if chosen.len() >= 2 { trf(R::MergeNTicked, &[&chosen.len()]) } else { tr(R::MergeTicked).to_string() };
    let r = ui.add_enabled(enabled, egui::Button::new(label));
    let r = if enabled { r.on_hover_text(hint) } else { r.on_disabled_hover_text(hint) };
    if r.clicked()
        && let Some(into) = chosen.first()
    {
        commands.push(Command::Decide(DecisionEdit::Merge {
            into: into.key.clone(),
            from: chosen[1..].iter().map(|b| b.key.clone()).collect(),
        }));
        return true;
    }
    false
}

/// A priority in the app's language.
fn priority_text(priority: Priority) -> &'static str {
    tr(crate::catalogue::Word::priority(priority))
}
