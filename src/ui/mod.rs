//! The app window (eframe/egui): the only layer that knows about egui.
//!
//! `app` holds the state and the frame loop and applies the `commands` the
//! views collect; `ui_command` is the one table of labels, tooltips and
//! shortcuts; `top_bar`, `design_view`, `run_view`, `results_view` and
//! `projector` draw; `dialogs` ask; `file_dialogs` picks files with the
//! system dialog (on its own thread) or our own; `fonts` gives egui the
//! documents' font as a fallback.

mod app;
mod commands;
mod design_view;
mod dialogs;
mod document;
mod file_dialogs;
mod file_drop;
pub mod fonts;
mod live_run;
mod projector;
mod results_view;
mod run_view;
mod settings;
mod top_bar;
pub mod ui_command;
mod widgets;

pub use app::{App, AppConfig, Mode, Smoke};
pub use commands::Command;
pub use document::Document;
pub use projector::{ProjectorView, Screen, Shows, view_of as projector_view_of};
pub use settings::Settings;

use eframe::egui;

/// The app id: names the settings file and the data folder.
pub const APP_ID: &str = "workshop-kit";

/// Opens the window and blocks until it is closed. `open` is a file or kit
/// name to open instead of the last design.
pub fn run(open: Option<String>, start_run: bool, variant: Option<String>, smoke: Option<Smoke>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_app_id(APP_ID)
            .with_title(crate::catalogue::tr(crate::catalogue::ResultsUi::AppName))
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([960.0, 600.0]),
        persist_window: true,
        // Dithering runs per pixel in the fragment shader. On software GL (a
        // laptop without GPU drivers, a virtual display) a running timer with
        // the projector open used 83 CPU ticks per 30 s with it, 70 without.
        dithering: false,
        ..Default::default()
    };
    let config = AppConfig {
        data_dir: eframe::storage_dir(APP_ID),
        open,
        native_dialogs: true,
        start_run,
        variant,
        fake_clock: None,
        smoke,
        system_lang: crate::catalogue::system_lang(),
    };
    eframe::run_native(APP_ID, options, Box::new(move |cc| Ok(Box::new(App::new(cc, config)))))
}
