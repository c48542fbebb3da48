//! The projector window: what the room sees, and nothing else.
//!
//! It is drawn from a [`ProjectorView`], a plain struct with no field for
//! facilitator notes, so notes cannot reach the wall by accident. Text sizes
//! follow the window, so it reads from the back of the room on any screen.

use eframe::egui::{self, Color32, RichText};

mod screens;
mod view;

pub use view::{ProjectorView, RoomControl, Screen, Shows};

use crate::catalogue::{RunUi, trf};
use crate::runner::Phase;
use crate::ui::app::App;
use crate::ui::settings::WindowPlace;

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

/// Draws the projector view filling `ui`: black, the screen chosen, and on
/// every screen but Blackout the countdown (in a corner when the screen is
/// the room's captures).
pub fn show(ui: &mut egui::Ui, view: &ProjectorView) {
    let rect = ui.max_rect();
    // The second the countdown reaches 0:00 the wall flashes once.
    let background =
        if view.flash && view.screen != Screen::Blackout { Color32::from_gray(90) } else { Color32::BLACK };
    ui.painter().rect_filled(rect, 0.0, background);
    match &view.screen {
        Screen::Blackout => {}
        Screen::Timer => timer_screen(ui, view),
        other => screens::show(ui, view, other),
    }
}

/// The timer: title, big countdown, instructions and what is next, as large
/// as the window allows: text sizes start from the window's size and shrink
/// until everything fits.
fn timer_screen(ui: &mut egui::Ui, view: &ProjectorView) {
    let rect = ui.max_rect();
    let base = (rect.height() / 18.0).min(rect.width() / 28.0).max(6.0);
    let width = rect.width() * 0.9;
    let unit = (0..12)
        .map(|step| base * (1.0 - 0.06 * step as f32))
        .find(|&unit| content_height(ui, view, unit, width) <= rect.height())
        .unwrap_or(base * 0.3);
    let white = Color32::WHITE;
    let grey = Color32::from_gray(190);
    let color = phase_color(view.phase, true);
    ui.add_space(unit * 0.6);
    ui.vertical_centered(|ui| {
        ui.set_max_width(width);
        ui.label(RichText::new(&view.workshop).size(unit * 0.7).color(grey));
        ui.add_space(unit * 0.4);
        ui.add(egui::Label::new(RichText::new(&view.title).size(unit * 1.6).color(white).strong()).wrap());
        if let Some(back) = &view.back_at {
            ui.label(RichText::new(back).size(unit * 1.4).color(white).strong());
        }
        if !view.countdown.is_empty() {
            ui.label(RichText::new(&view.countdown).size(unit * 5.0).color(color).monospace());
        }
        if !view.status.is_empty() {
            ui.label(RichText::new(&view.status).size(unit).color(color));
        }
        if !view.instructions.is_empty() {
            ui.add_space(unit * 0.6);
            ui.add(egui::Label::new(RichText::new(&view.instructions).size(unit * 0.9).color(white)).wrap());
        }
        if let Some(next) = &view.next {
            ui.add_space(unit * 0.6);
            ui.add(egui::Label::new(RichText::new(trf(RunUi::NextTitle, &[next])).size(unit * 0.8).color(grey)).wrap());
        }
    });
}

/// The height the view takes at text size `unit`, wrapped at `width`.
fn content_height(ui: &egui::Ui, view: &ProjectorView, unit: f32, width: f32) -> f32 {
    let height = |text: &str, size: f32, mono: bool| -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let font = if mono { egui::FontId::monospace(size) } else { egui::FontId::proportional(size) };
        ui.painter().layout(text.to_string(), font, Color32::WHITE, width).size().y + ui.spacing().item_spacing.y
    };
    let next = view.next.as_ref().map(|n| trf(RunUi::NextTitle, &[n])).unwrap_or_default();
    unit * 0.6
        + height(&view.workshop, unit * 0.7, false)
        + unit * 0.4
        + height(&view.title, unit * 1.6, false)
        + height(view.back_at.as_deref().unwrap_or(""), unit * 1.4, false)
        + height(&view.countdown, unit * 5.0, true)
        + height(&view.status, unit, false)
        + if view.instructions.is_empty() { 0.0 } else { unit * 0.6 + height(&view.instructions, unit * 0.9, false) }
        + if next.is_empty() { 0.0 } else { unit * 0.6 + height(&next, unit * 0.8, false) }
        + unit * 0.4
}

/// The projector as its own native window (an immediate viewport), drawn in
/// every frame while the run is open, whatever the mode: it stays where the
/// facilitator put it (its monitor, full screen) while they edit the design
/// or read the results, and opens there again at the next run.
/// What the projector shows now, from the run and the console's choices
/// (`None` without a run).
pub fn view_of(app: &App) -> Option<ProjectorView> {
    let run = app.run.as_ref()?;
    let room = RoomControl {
        shows: app.run_view.shows,
        blackout: app.run_view.blackout,
        message: app.run_view.message_shown.as_deref(),
        groups: &app.run_view.groups,
    };
    Some(ProjectorView::new(app.run_design(), &run.session, &run.state(), app.clock.now(), room))
}

pub fn window(ctx: &egui::Context, app: &mut App) {
    let Some(view) = view_of(app) else { return };
    // A clicker's keys work with the projector window focused too.
    let keyed: Vec<(&'static [egui::KeyboardShortcut], crate::ui::commands::Command)> = {
        use crate::ui::ui_command::UiCommand as U;
        [U::NextItem, U::PreviousItem, U::PauseResume, U::Blackout]
            .into_iter()
            .filter_map(|c| app.command_of(c).map(|cmd| (c.shortcuts(), cmd)))
            .collect()
    };
    let mut pressed = Vec::new();
    let title = trf(RunUi::ProjectorTitle, &[&view.workshop]);
    if ctx.embed_viewports() {
        // Without native windows (tests, a one-window backend) the projector
        // is a window inside the app, kept in a corner clear of the console;
        // the keys are the console's own.
        egui::Window::new(title)
            .id(egui::Id::unique("projector-embedded"))
            .anchor(egui::Align2::RIGHT_BOTTOM, [-8.0, -8.0])
            .fixed_size([480.0, 300.0])
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| show(ui, &view));
        return;
    }
    let place = app.settings.projector;
    let builder = app
        .run_view
        .projector_builder
        .get_or_insert_with(|| {
            let mut b = egui::ViewportBuilder::default().with_title(title).with_min_inner_size([320.0, 200.0]);
            match place {
                Some(p) => {
                    b = b.with_position([p.x, p.y]).with_inner_size([p.width, p.height]).with_fullscreen(p.fullscreen)
                }
                None => b = b.with_inner_size([1024.0, 640.0]),
            }
            b
        })
        .clone();
    let id = egui::ViewportId::from_hash_of("projector");
    let mut close = false;
    let mut seen = None;
    ctx.show_viewport_immediate(id, builder, |ui, _class| {
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| show(ui, &view));
        let full = ui.input(|i| i.viewport().fullscreen.unwrap_or(false));
        let keys = crate::ui::ui_command::UiCommand::FullScreen.shortcuts();
        if ui.input_mut(|i| keys.iter().any(|k| i.consume_shortcut(k))) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
        }
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) && full {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
        for (keys, cmd) in &keyed {
            if ui.input_mut(|i| keys.iter().any(|k| i.consume_shortcut(k))) {
                pressed.push(cmd.clone());
            }
        }
        close = ui.input(|i| i.viewport().close_requested());
        seen = ui.input(|i| {
            let v = i.viewport();
            Some((v.outer_rect?, v.inner_rect?, full))
        });
    });
    if let Some((outer, inner, full)) = seen {
        // Full screen covers the monitor: keep the window's place from before,
        // which is on that same monitor, and note that it was full screen.
        let remembered = app.settings.projector.unwrap_or_default();
        let next = if full {
            WindowPlace { fullscreen: true, ..remembered }
        } else {
            WindowPlace {
                x: outer.min.x,
                y: outer.min.y,
                width: inner.width(),
                height: inner.height(),
                fullscreen: false,
            }
        };
        if app.settings.projector != Some(next) {
            app.settings.projector = Some(next);
        }
    }
    for cmd in pressed {
        app.push(cmd);
    }
    if close {
        app.run_view.projector_open = false;
        app.run_view.projector_builder = None;
    }
    // No repaint request of its own: an immediate viewport is drawn in the main
    // window's frame, so the main window's once-a-second tick repaints both.
}
