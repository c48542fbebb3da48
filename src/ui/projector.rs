//! The projector window: what the room sees, and nothing else.
//!
//! It is drawn from a [`ProjectorView`], a plain struct with no field for
//! facilitator notes, so notes cannot reach the wall by accident. Text sizes
//! follow the window, so it reads from the back of the room on any screen.

use eframe::egui::{self, Color32, RichText};

use crate::model::{Design, Session};
use crate::runner::{Phase, RunState, Status, countdown_text};

/// Everything the projector shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectorView {
    pub workshop: String,
    pub title: String,
    pub instructions: String,
    pub countdown: String,
    pub phase: Phase,
    /// Words that say what the colour says ("2 minutes left", "Paused").
    pub status: String,
    pub next: Option<String>,
}

impl ProjectorView {
    pub fn new(design: &Design, session: &Session, state: &RunState, now: crate::model::Moment) -> ProjectorView {
        let variant = session.variant.as_deref();
        let current = state.current.map(|i| &session.plan[i]);
        let item = current.and_then(|p| design.item(p.id));
        let remaining = state.remaining_seconds(now);
        let phase = state.phase(now);
        let status = match (state.status, phase, remaining) {
            (Status::NotStarted, ..) => "Starting soon".to_string(),
            (Status::Finished, ..) => "Thank you".to_string(),
            (Status::Paused, ..) => "Paused".to_string(),
            (_, Phase::Over, _) => "Time is up".to_string(),
            (_, Phase::Ending, Some(r)) => format!("{} left", minutes_words(r)),
            _ => String::new(),
        };
        ProjectorView {
            workshop: session.design_title.clone(),
            title: current.map(|p| p.title.clone()).unwrap_or_else(|| session.design_title.clone()),
            instructions: item.map(|i| i.text_in(variant).participant_instructions.to_string()).unwrap_or_default(),
            countdown: match (state.status, remaining) {
                (Status::Running | Status::Paused, Some(r)) => countdown_text(r.max(0)),
                _ => String::new(),
            },
            phase,
            status,
            next: state.next_index(session).map(|i| session.plan[i].title.clone()),
        }
    }
}

fn minutes_words(seconds: i64) -> String {
    match seconds {
        s if s >= 120 => format!("{} minutes", (s + 59) / 60),
        s if s >= 60 => "1 minute".to_string(),
        s => format!("{s} seconds"),
    }
}

/// The colour of the countdown in each phase (with words beside it, never alone).
pub fn phase_color(phase: Phase, dark: bool) -> Color32 {
    match (phase, dark) {
        (Phase::Over, _) => Color32::from_rgb(0xe5, 0x39, 0x35),
        (Phase::Ending, true) => Color32::from_rgb(0xff, 0xb3, 0x00),
        (Phase::Ending, false) => Color32::from_rgb(0xb2, 0x6a, 0x00),
        (_, true) => Color32::from_rgb(0x66, 0xbb, 0x6a),
        (_, false) => Color32::from_rgb(0x2e, 0x7d, 0x32),
    }
}

/// Draws the projector view filling `ui`, black background, scaled to fit.
pub fn show(ui: &mut egui::Ui, view: &ProjectorView) {
    let rect = ui.max_rect();
    ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
    // Sizes from the window's smaller side: readable on a laptop and on a wall.
    let unit = (rect.height() / 18.0).min(rect.width() / 28.0).max(8.0);
    let white = Color32::WHITE;
    let grey = Color32::from_gray(190);
    let color = phase_color(view.phase, true);
    ui.add_space(unit * 0.6);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(&view.workshop).size(unit * 0.7).color(grey));
        ui.add_space(unit * 0.4);
        ui.add(egui::Label::new(RichText::new(&view.title).size(unit * 1.6).color(white).strong()).wrap());
        if !view.countdown.is_empty() {
            ui.add_space(unit * 0.3);
            ui.label(RichText::new(&view.countdown).size(unit * 5.0).color(color).monospace());
        }
        if !view.status.is_empty() {
            ui.label(RichText::new(&view.status).size(unit * 1.0).color(color));
        }
        if !view.instructions.is_empty() {
            ui.add_space(unit * 0.6);
            let width = (rect.width() * 0.8).max(200.0);
            ui.allocate_ui(egui::vec2(width, unit * 8.0), |ui| {
                ui.add(egui::Label::new(RichText::new(&view.instructions).size(unit * 0.9).color(white)).wrap());
            });
        }
        if let Some(next) = &view.next {
            ui.add_space(unit * 0.6);
            ui.label(RichText::new(format!("Next: {next}")).size(unit * 0.8).color(grey));
        }
    });
}
