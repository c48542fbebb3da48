//! CPU time of one frame of the app, drawn headless through egui (layout and
//! tessellation, no GPU): what decides whether editing and running feel
//! instant. `cargo bench --bench frames`; medians go into BENCHMARKS.md.
//! Target: a design-view frame of a 300-item design in under 4 ms.

use divan::Bencher;
use eframe::egui::{self, RawInput, Rect, pos2, vec2};
use workshop_kit::model::{Minutes, Moment};
use workshop_kit::runner::FakeClock;
use workshop_kit::store;
use workshop_kit::ui::{App, AppConfig, Command, Mode, Settings};

#[path = "common/sixty_runs.rs"]
mod sixty_runs;

#[path = "common/long_design.rs"]
mod long_design;
use long_design::long_design;

fn main() {
    divan::main();
}

/// A laptop-sized window's input for one frame.
fn input() -> RawInput {
    RawInput { screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))), ..RawInput::default() }
}

/// Draws one frame and tessellates it, as eframe does before painting.
fn frame(ctx: &egui::Context, app: &mut App) -> usize {
    let output = ctx.run_ui(input(), |ui| app.draw(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

/// The app on the 300-item design, after its first frames (fonts loaded).
fn design_app(dir: &std::path::Path) -> (egui::Context, App) {
    let path = dir.join("three-hundred.workshop.ron");
    store::save_design(&path, &long_design(300)).expect("saves");
    let config = AppConfig { open: Some(path.display().to_string()), ..AppConfig::default() };
    let mut app = App::with_settings(Settings::default(), config);
    let ctx = egui::Context::default();
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    // The table's rows are drawn: each cell is clipped on its own.
    assert!(frame(&ctx, &mut app) > 100, "the agenda table is drawn");
    (ctx, app)
}

/// A repaint of the design view with nothing changed (a hover, a blink).
#[divan::bench]
fn design_view_300_items(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ctx, mut app) = design_app(dir.path());
    assert_eq!(app.mode, Mode::Design);
    bencher.bench_local(|| frame(&ctx, &mut app));
}

/// The frame after a duration was typed: every later start time moves.
#[divan::bench]
fn design_view_300_items_after_an_edit(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ctx, mut app) = design_app(dir.path());
    let mut n = 0u32;
    bencher.bench_local(|| {
        n += 1;
        app.doc.design.agenda[1].duration = Minutes(5 + n % 2);
        frame(&ctx, &mut app)
    });
}

/// The run view once a second while the largest kit runs (the timer's tick).
#[divan::bench]
fn run_view_tick(bencher: Bencher) {
    let kit = store::kits::KITS.iter().max_by_key(|k| k.load().map_or(0, |d| d.agenda.len())).expect("kits");
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = FakeClock::at(Moment(1_795_426_800_000));
    let config = AppConfig {
        open: Some(kit.name.to_string()),
        start_run: true,
        fake_clock: Some(clock.clone()),
        ..AppConfig::default()
    };
    let mut app = App::with_settings(Settings::default(), config);
    app.run_view.folder = Some(dir.path().to_path_buf());
    let ctx = egui::Context::default();
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    assert_eq!(app.mode, Mode::Run);
    let running = app.run.as_ref().map(|r| r.state().status);
    assert_eq!(running, Some(workshop_kit::runner::Status::Running), "the timer runs");
    bencher.bench_local(|| {
        clock.advance_seconds(1);
        frame(&ctx, &mut app)
    });
}

/// The results view on a folder of sixty runs (40 barriers each), showing
/// the barrier master list: a repaint after a tick or a sort.
#[divan::bench]
fn results_view_60_runs(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let design = store::kits::find("cx-values-culture").and_then(|k| k.load().ok()).expect("the kit loads");
    let path = dir.path().join("cx.workshop.ron");
    store::save_design(&path, &design).expect("saves");
    for (n, run) in sixty_runs::sixty_runs().iter().enumerate() {
        store::save_session(&dir.path().join(format!("run-{n:02}.session.ron")), run).expect("saves");
    }
    let config = AppConfig { open: Some(path.display().to_string()), ..AppConfig::default() };
    let mut app = App::with_settings(Settings::default(), config);
    app.push(Command::SetMode(Mode::Results));
    let ctx = egui::Context::default();
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    let runs = app.results_view.loaded.as_ref().map(|l| l.runs.len());
    assert_eq!(runs, Some(60), "the results view read the sixty runs");
    bencher.bench_local(|| frame(&ctx, &mut app));
}
