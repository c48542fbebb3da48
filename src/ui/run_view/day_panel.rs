//! The day beside the console: projected finish, ahead or behind, the
//! re-plan to end on time, and every item planned against actual.

use eframe::egui::{self, RichText};

use crate::catalogue::{RunUi, tr, tr_length, tr_length_in_cell, trf};
use crate::model::{ItemKind, Moment};
use crate::runner::{Control, PlanShift, RunState, Status};
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::name_widget;

pub fn show(ui: &mut egui::Ui, app: &App, state: &RunState, now: Moment, commands: &mut Vec<Command>) {
    let run = app.run.as_ref().expect("a run is shown");
    let session = &run.session;
    egui::Panel::right("run-day").resizable(true).default_size(400.0).min_size(320.0).show(ui, |ui| {
        ui.add_space(4.0);
        ui.heading(tr(RunUi::TheDay));
        let finish = state.projected_finish(session, now);
        let behind = state.behind_seconds(session, now);
        let target = state.target(session, now).time_of_day();
        let planned_end = state.planned_finish(session, now).time_of_day();
        if let Some(shift) = state.shift {
            shift_note(ui, &shift, commands);
        }
        egui::Grid::new("day-figures").num_columns(2).spacing([10.0, 4.0]).show(ui, |ui| {
            ui.label(tr(RunUi::ProjectedFinish));
            ui.label(RichText::new(finish.clock_text()).monospace().strong());
            ui.end_row();
            ui.label(tr(RunUi::PlannedEnd));
            ui.label(RichText::new(planned_end.to_string()).monospace());
            ui.end_row();
            if session.target_end.is_some() {
                ui.label(tr(RunUi::TargetEnd));
                ui.label(RichText::new(target.to_string()).monospace());
                ui.end_row();
            }
            ui.label(tr(RunUi::TheDayIs));
            let color = if behind > 0 { ui.visuals().warn_fg_color } else { ui.visuals().text_color() };
            ui.label(
                RichText::new(crate::catalogue::behind(behind, crate::catalogue::app_lang())).color(color).strong(),
            );
            ui.end_row();
        });

        if let Some(plan) = state.suggestion(session, now) {
            ui.add_space(6.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(trf(RunUi::ToFinishBy, &[&target])).strong());
                let title = |id| session.plan.iter().find(|p| p.id == id).map_or(String::new(), |p| p.title.clone());
                for id in &plan.drop {
                    ui.label(trf(RunUi::DropIfTime, &[&title(*id)]));
                }
                for (id, minutes) in &plan.resize {
                    let from = session.plan.iter().position(|p| p.id == *id).map(|i| state.items[i].duration);
                    ui.label(trf(
                        RunUi::ShrinkTo,
                        &[&title(*id), &from.map(|m| m.to_string()).unwrap_or_default(), minutes],
                    ));
                }
                if !plan.reaches_target {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        trf(
                            RunUi::EvenSoLate,
                            &[&crate::catalogue::amount(plan.still_over_seconds, crate::catalogue::app_lang())],
                        ),
                    );
                }
                if (!plan.drop.is_empty() || !plan.resize.is_empty())
                    && ui.button(tr(RunUi::AcceptPlan)).on_hover_text(tr(RunUi::AcceptPlanTip)).clicked()
                {
                    commands.push(Command::Run(Control::Accept(plan.clone())));
                }
            });
        }

        ui.add_space(6.0);
        ui.separator();
        egui::ScrollArea::vertical().id_salt("day-list").show(ui, |ui| {
            egui::Grid::new("day-list-grid").num_columns(4).striped(true).spacing([8.0, 4.0]).show(ui, |ui| {
                ui.strong(tr(RunUi::Plan));
                ui.strong(tr(RunUi::Item));
                ui.strong(tr(RunUi::Actual));
                ui.strong("");
                ui.end_row();
                for row in state.day(session, now) {
                    let p = &session.plan[row.index];
                    if p.kind == ItemKind::Section {
                        ui.label("");
                        ui.label(RichText::new(&p.title).strong());
                        ui.end_row();
                        continue;
                    }
                    ui.label(
                        RichText::new(format!("{} {}", row.planned_start, tr_length_in_cell(row.planned)))
                            .monospace()
                            .small(),
                    );
                    let mut title = RichText::new(&p.title);
                    if row.is_current {
                        title = title.strong().color(ui.visuals().selection.stroke.color);
                    }
                    if row.run.dropped || row.run.skipped {
                        title = title.strikethrough().weak();
                    }
                    ui.label(title);
                    let actual = match (row.run.started, row.run.ended) {
                        _ if row.run.dropped => tr(RunUi::Dropped).to_string(),
                        (Some(s), Some(_)) => {
                            let spent = state.elapsed_ms(row.index, now) / 1000;
                            format!("{} {}", s.time_of_day(), crate::model::minutes_text(spent))
                        }
                        (Some(s), None) => trf(RunUi::StartedRunning, &[&s.time_of_day()]),
                        _ if row.run.skipped => tr(RunUi::Skipped).to_string(),
                        _ => {
                            if row.run.duration != row.planned {
                                trf(RunUi::NowLength, &[&tr_length(row.run.duration)])
                            } else {
                                String::new()
                            }
                        }
                    };
                    ui.label(RichText::new(actual).monospace().small());
                    let can_jump = !row.is_current && !row.run.dropped && state.status != Status::Finished;
                    if can_jump {
                        // A jump ahead skips what lies between: say so before the click.
                        let skips = state.skipped_by_jump(session, p.id);
                        let (label, hint) = match skips {
                            0 => (tr(RunUi::Go).to_string(), trf(RunUi::GoToNow, &[&p.title])),
                            1 => (tr(RunUi::GoSkipOne).to_string(), trf(RunUi::GoToSkippingOne, &[&p.title])),
                            n => (trf(RunUi::GoSkipMany, &[&n]), trf(RunUi::GoToSkippingMany, &[&p.title, &n])),
                        };
                        let go = ui.small_button(label);
                        name_widget(ui, &go, &trf(RunUi::GoTo, &[&p.title]));
                        if go.on_hover_text(hint).clicked() {
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

/// "Planned 09:30, started 19:48: times shifted by +10h18", with one click
/// to the clock times as designed and back.
fn shift_note(ui: &mut egui::Ui, shift: &PlanShift, commands: &mut Vec<Command>) {
    let (planned, started) = (shift.planned.time_of_day(), shift.started.time_of_day());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let words = if shift.shifted {
            trf(
                RunUi::TimesShifted,
                &[&planned, &started, &crate::catalogue::shift(shift.offset_ms(), crate::catalogue::app_lang())],
            )
        } else {
            trf(RunUi::TimesAsDesigned, &[&planned, &started])
        };
        ui.add(egui::Label::new(words).wrap());
        let (button, hint, to) = if shift.shifted {
            (tr(RunUi::UseDesignTimes), tr(RunUi::UseDesignTimesTip), false)
        } else {
            (tr(RunUi::ShiftTimes), tr(RunUi::ShiftTimesTip), true)
        };
        if ui.button(button).on_hover_text(hint).clicked() {
            commands.push(Command::Run(Control::ShiftPlan(to)));
        }
    });
}
