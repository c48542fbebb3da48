//! Loading big designs and aggregating many runs: what the consultant waits
//! for when opening a long design or the results of sixty workshops.
//!
//! `cargo bench --bench results`; the medians go into BENCHMARKS.md.
//! Targets: a 1,000-item design loads and validates in under 20 ms; sixty runs
//! of forty barriers aggregate into the master list and its PDF in under 300 ms.

use divan::Bencher;
use workshop_kit::model::{ItemKind, Minutes};
use workshop_kit::pdf::Paper;
use workshop_kit::results::{Merges, calibrate, master_list};
use workshop_kit::schedule;
use workshop_kit::store::{design_to_string, parse_design};

#[path = "common/sixty_runs.rs"]
mod sixty_runs;
use sixty_runs::sixty_runs;

#[path = "common/long_design.rs"]
mod long_design;
use long_design::long_design;

fn main() {
    divan::main();
}

/// The text of a 1,000-item design file, every item fully written.
fn thousand_item_file() -> String {
    let mut design = long_design(1000);
    for item in design.agenda.iter_mut().filter(|i| i.kind != ItemKind::Section) {
        item.min_duration = Some(Minutes(3));
        item.materials = vec!["Flipchart".into(), "Markers".into()];
    }
    design_to_string(&design)
}

#[divan::bench]
fn load_and_check_1000_items(bencher: Bencher) {
    let text = thousand_item_file();
    bencher.bench(|| {
        let design = parse_design(std::path::Path::new("thousand.workshop.ron"), &text).expect("parses");
        schedule::check(&design)
    });
}

#[divan::bench]
fn aggregate_60_runs(bencher: Bencher) {
    let runs = sixty_runs();
    bencher.bench(|| (master_list(&runs, &Merges::new()), calibrate(&runs)));
}

#[divan::bench]
fn aggregate_60_runs_and_render_the_report(bencher: Bencher) {
    let runs = sixty_runs();
    bencher.bench(|| {
        let laid = workshop_kit::pdf::cross_report::cross_report(&runs, &Default::default(), Paper::A4);
        workshop_kit::pdf::render::render(&laid, None).expect("renders")
    });
}

/// What opening the results view waits for: finding and reading sixty run
/// files of forty barriers each from their folder.
#[divan::bench]
fn read_60_run_files(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (n, run) in sixty_runs().iter().enumerate() {
        workshop_kit::store::save_session(&dir.path().join(format!("run-{n:02}.session.ron")), run).expect("saves");
    }
    let folder = [dir.path().to_path_buf()];
    bencher.bench(|| {
        let files = workshop_kit::store::find_session_files(&folder).expect("lists");
        files.iter().map(|f| workshop_kit::store::load_session(f).expect("reads")).collect::<Vec<_>>()
    });
}
