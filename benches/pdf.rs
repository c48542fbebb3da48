//! PDF export speed: what a consultant waits for after pressing Export.
//!
//! `cargo bench --bench pdf`; the medians go into BENCHMARKS.md.
//! Target: the handout of the largest bundled kit in under 50 ms.

use divan::Bencher;
use workshop_kit::model::{Design, Item, ItemId, ItemKind, Minutes, TimeOfDay};
use workshop_kit::pdf::Paper;
use workshop_kit::pdf::design_docs::{self, DesignDoc};
use workshop_kit::pdf::render::render;
use workshop_kit::store::kits;

fn main() {
    divan::main();
}

/// The bundled kit with the most agenda items, and its first variant.
fn largest_kit() -> (Design, Option<String>) {
    let design = kits::KITS.iter().map(|k| k.load().expect("kits load")).max_by_key(|d| d.agenda.len()).expect("kits");
    let variant = design.variants.first().map(|v| v.name.clone());
    (design, variant)
}

/// A 200-item design with realistic text on every item.
fn two_hundred_items() -> Design {
    let agenda = (0..200)
        .map(|n| Item {
            id: ItemId(n + 1),
            kind: if n % 20 == 0 { ItemKind::Section } else { ItemKind::Activity },
            title: format!("Step {n}: small groups map one hand-off and its failure points"),
            what: "Each table takes one hand-off, draws who passes what to whom, and marks where it gets stuck.".into(),
            why: "Seeing the whole chain shows that most delays happen between teams, not inside them.".into(),
            duration: Minutes(if n % 20 == 0 { 0 } else { 5 }),
            participant_instructions: "Draw the chain. Mark each hand-off red, amber or green.".into(),
            facilitator_notes: "Keep tables mixed; push for one concrete example per hand-off.".into(),
            ..Item::default()
        })
        .collect();
    Design {
        id: "big".into(),
        title: "Two hundred items".into(),
        start: TimeOfDay::hm(8, 0).unwrap_or_default(),
        agenda,
        ..Design::default()
    }
}

#[divan::bench]
fn handout_largest_kit(bencher: Bencher) {
    let (design, variant) = largest_kit();
    let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::handout(&doc), None).expect("renders"));
}

#[divan::bench]
fn guide_largest_kit(bencher: Bencher) {
    let (design, variant) = largest_kit();
    let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::guide(&doc), None).expect("renders"));
}

#[divan::bench]
fn signin_largest_kit(bencher: Bencher) {
    let (design, variant) = largest_kit();
    let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::signin(&doc, &[]), None).expect("renders"));
}

#[divan::bench]
fn handout_200_items(bencher: Bencher) {
    let design = two_hundred_items();
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::handout(&doc), None).expect("renders"));
}

#[divan::bench]
fn guide_200_items(bencher: Bencher) {
    let design = two_hundred_items();
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::guide(&doc), None).expect("renders"));
}
