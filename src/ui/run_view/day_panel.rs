//! The day beside the console: projected finish, ahead or behind, the
//! re-plan to end on time, and every item planned against actual.

use eframe::egui::{self, RichText};

use crate::model::{ItemKind, Moment};
use crate::runner::{Control, RunState, Status, behind_text};
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::name_widget;

pub fn show(ui: &mut egui::Ui, app: &App, state: &RunState, now: Moment, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    egui::Panel::right("run-day").resizable(true).default_size(400.0).min_size(320.0).show(ui, |ui| {
        ui.add_space(4.0);
        ui.heading("The day");
        let finish = state.projected_finish(session, now);
        let behind = state.behind_seconds(session, now);
        let target = session.target_end.unwrap_or(session.planned_end);
        egui::Grid::new("day-figures").num_columns(2).spacing([10.0, 4.0]).show(ui, |ui| {
            ui.label("Projected finish");
            ui.label(RichText::new(finish.clock_text()).monospace().strong());
            ui.end_row();
            ui.label("Planned end");
            ui.label(RichText::new(session.planned_end.to_string()).monospace());
            ui.end_row();
            if let Some(t) = session.target_end {
                ui.label("Target end");
                ui.label(RichText::new(t.to_string()).monospace());
                ui.end_row();
            }
            ui.label("The day is");
            let color = if behind > 0 { ui.visuals().warn_fg_color } else { ui.visuals().text_color() };
            ui.label(RichText::new(behind_text(behind)).color(color).strong());
            ui.end_row();
        });

        if let Some(plan) = state.suggestion(session, now) {
            ui.add_space(6.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(format!("To finish by {target}:")).strong());
                let title = |id| session.plan.iter().find(|p| p.id == id).map_or(String::new(), |p| p.title.clone());
                for id in &plan.drop {
                    ui.label(format!("• drop \"{}\" (if time)", title(*id)));
                }
                for (id, minutes) in &plan.resize {
                    let from = session.plan.iter().position(|p| p.id == *id).map(|i| state.items[i].duration);
                    ui.label(format!(
                        "• shrink \"{}\" {} to {minutes}",
                        title(*id),
                        from.map(|m| m.to_string()).unwrap_or_default()
                    ));
                }
                if !plan.reaches_target {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!(
                            "Even so the day ends {} late: nothing else can be dropped or shrunk.",
                            behind_text(plan.still_over_seconds).trim_end_matches(" behind")
                        ),
                    );
                }
                if (!plan.drop.is_empty() || !plan.resize.is_empty())
                    && ui.button("Accept this plan").on_hover_text("Changes this run's plan, not the design").clicked()
                {
                    commands.push(Command::Run(Control::Accept(plan.clone())));
                }
            });
        }

        ui.add_space(6.0);
        ui.separator();
        egui::ScrollArea::vertical().id_salt("day-list").show(ui, |ui| {
            egui::Grid::new("day-list-grid").num_columns(4).striped(true).spacing([8.0, 4.0]).show(ui, |ui| {
                ui.strong("Plan");
                ui.strong("Item");
                ui.strong("Actual");
                ui.strong("");
                ui.end_row();
                for row in state.day(session) {
                    let p = &session.plan[row.index];
                    if p.kind == ItemKind::Section {
                        ui.label("");
                        ui.label(RichText::new(&p.title).strong());
                        ui.end_row();
                        continue;
                    }
                    ui.label(RichText::new(format!("{} {}", row.planned_start, row.planned)).monospace().small());
                    let mut title = RichText::new(&p.title);
                    if row.is_current {
                        title = title.strong().color(ui.visuals().selection.stroke.color);
                    }
                    if row.run.dropped || row.run.skipped {
                        title = title.strikethrough().weak();
                    }
                    ui.label(title);
                    let actual = match (row.run.started, row.run.ended) {
                        _ if row.run.dropped => "dropped".to_string(),
                        (Some(s), Some(_)) => {
                            let spent = state.elapsed_ms(row.index, now) / 1000;
                            format!("{} {}", s.time_of_day(), crate::runner::minutes_text(spent))
                        }
                        (Some(s), None) => format!("{} now", s.time_of_day()),
                        _ if row.run.skipped => "skipped".to_string(),
                        _ => {
                            if row.run.duration != row.planned {
                                format!("now {}", row.run.duration)
                            } else {
                                String::new()
                            }
                        }
                    };
                    ui.label(RichText::new(actual).monospace().small());
                    let can_jump = !row.is_current && !row.run.dropped && state.status != Status::Finished;
                    if can_jump {
                        let go = ui.small_button("Go");
                        name_widget(ui, &go, &format!("Go to {}", p.title));
                        if go.on_hover_text(format!("Go to \"{}\" now", p.title)).clicked() {
                            commands.push(Command::Run(Control::JumpTo(p.id)));
                        }
                    } else {
                        ui.label("");
                    }
                    ui.end_row();
                }
            });
        });
    });
}
