//! Offered before any run starts when runs were cut short (a crash, a kill,
//! a flat battery): everything captured and every timing is in their files,
//! so each picks up where it stopped. Several unfinished runs are listed.
//! Started with `run FILE` (or Start), the other answer is a new run; the
//! old one stays on disk, marked unfinished, and is never started silently.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use crate::catalogue::{DesignUi, Ui, tr, trf};
use crate::ui::commands::Command;
use crate::ui::live_run::UnfinishedRun;
use crate::ui::widgets::name_widget;

/// The question, with the runs it is about.
#[derive(Debug)]
pub struct ResumeQuestion {
    pub runs: Vec<UnfinishedRun>,
    /// Asked on the way to a new run: offer "Start a new run" instead of "Not now".
    pub offer_new: bool,
    /// The new run's timer starts at once (`workshop-kit run`).
    pub start_timer: bool,
}

enum Answer {
    Resume(PathBuf),
    StartNew,
    Later,
    Forget,
}

impl ResumeQuestion {
    fn paths(&self) -> Vec<PathBuf> {
        self.runs.iter().map(|r| r.path.clone()).collect()
    }

    /// Returns whether the question stays open.
    pub fn show(&self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let heading = tr(if self.runs.len() == 1 { DesignUi::ResumeTheRun } else { DesignUi::ResumeARun });
        let response = super::modal(ctx, "resume-run", heading, |ui| {
            let mut answer = None;
            let single = if let [run] = self.runs.as_slice() {
                ui.add(egui::Label::new(run.summary()).wrap());
                ui.add(egui::Label::new(RichText::new(run.path.display().to_string()).small().weak()).wrap());
                Some(run)
            } else {
                ui.label(trf(DesignUi::RunsDidNotFinish, &[&self.runs.len()]));
                ui.add_space(4.0);
                egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
                    for run in &self.runs {
                        ui.horizontal(|ui| {
                            let b = ui.button(tr(DesignUi::Resume));
                            name_widget(ui, &b, &trf(DesignUi::ResumeStarted, &[&run.started]));
                            if b.clicked() {
                                answer = Some(Answer::Resume(run.path.clone()));
                            }
                            ui.add(egui::Label::new(run.summary()).wrap())
                                .on_hover_text(run.path.display().to_string());
                        });
                    }
                });
                None
            };
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if let Some(run) = single
                    && ui.button(tr(DesignUi::ResumeRun)).clicked()
                {
                    answer = Some(Answer::Resume(run.path.clone()));
                }
                if self.offer_new {
                    let keep = tr(DesignUi::KeepTip);
                    if ui.button(tr(DesignUi::StartNewRun)).on_hover_text(keep).clicked() {
                        answer = Some(Answer::StartNew);
                    }
                    if ui.button(tr(Ui::Cancel)).clicked() {
                        answer = Some(Answer::Later);
                    }
                } else {
                    if ui.button(tr(DesignUi::NotNow)).on_hover_text(tr(DesignUi::AskAgain)).clicked() {
                        answer = Some(Answer::Later);
                    }
                    let forget = tr(DesignUi::ForgetTip);
                    if ui.button(tr(DesignUi::ItIsOver)).on_hover_text(forget).clicked() {
                        answer = Some(Answer::Forget);
                    }
                }
            });
            answer
        });
        match response.inner {
            Some(Answer::Resume(path)) => commands.push(Command::ResumeRun(path)),
            Some(Answer::StartNew) => {
                commands.push(Command::StartNewRun { leave: self.paths(), start_timer: self.start_timer })
            }
            Some(Answer::Forget) => commands.push(Command::LeaveUnfinished(self.paths())),
            Some(Answer::Later) => {}
            None => return !response.should_close(),
        }
        false
    }
}
