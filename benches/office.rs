//! Office export and import speed: the Word handout and guide and the Excel
//! agenda a consultant waits for after pressing Export, and reading an
//! agenda back from Word and Excel. Export runs on the window's thread, so
//! it must stay far below a frame's worth of waiting.
//!
//! `cargo bench --bench office`; the medians go into BENCHMARKS.md.
//! Target: the largest kit's Word handout in under 50 ms, as its PDF.

use divan::Bencher;
use workshop_kit::office::{agenda_workbook, guide_docx, handout_docx};
use workshop_kit::pdf::Paper;
use workshop_kit::pdf::design_docs::DesignDoc;
use workshop_kit::store;

#[path = "common/largest_kit.rs"]
mod largest_kit;
#[path = "common/long_design.rs"]
mod long_design;
use largest_kit::largest_kit;
use long_design::long_design;

fn main() {
    divan::main();
}

#[divan::bench]
fn word_handout_largest_kit(bencher: Bencher) {
    let (design, variant) = largest_kit();
    let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    bencher.bench(|| handout_docx(&doc).expect("writes"));
}

#[divan::bench]
fn word_guide_largest_kit(bencher: Bencher) {
    let (design, variant) = largest_kit();
    let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    bencher.bench(|| guide_docx(&doc).expect("writes"));
}

#[divan::bench]
fn word_guide_200_items(bencher: Bencher) {
    let design = long_design(200);
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    bencher.bench(|| guide_docx(&doc).expect("writes"));
}

#[divan::bench]
fn excel_agenda_largest_kit(bencher: Bencher) {
    let (design, _) = largest_kit();
    bencher.bench(|| agenda_workbook(&design, None).expect("writes"));
}

/// Reading back the largest kit's Word handout and Excel agenda from disk.
#[divan::bench(args = ["docx", "xlsx"])]
fn import_largest_kit(bencher: Bencher, kind: &str) {
    let (design, variant) = largest_kit();
    let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(format!("agenda.{kind}"));
    let bytes = match kind {
        "docx" => handout_docx(&doc).expect("writes"),
        _ => agenda_workbook(&design, variant.as_deref()).expect("writes"),
    };
    std::fs::write(&path, bytes).expect("written");
    bencher.bench(|| store::import_agenda(&path, None).expect("imports"));
}
