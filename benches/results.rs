//! Loading big designs and aggregating many runs: what the consultant waits
//! for when opening a long design or the results of sixty workshops.
//!
//! `cargo bench --bench results`; the medians go into BENCHMARKS.md.
//! Targets: a 1,000-item design loads and validates in under 20 ms; sixty runs
//! of forty barriers aggregate into the master list and its PDF in under 300 ms.

use divan::Bencher;
use workshop_kit::capture::{CaptureEdit, apply};
use workshop_kit::model::{Design, Item, ItemId, ItemKind, Minutes, Moment, Session, TimeOfDay};
use workshop_kit::pdf::Paper;
use workshop_kit::results::{Merges, calibrate, master_list};
use workshop_kit::runner::{Control, act, new_session};
use workshop_kit::schedule;
use workshop_kit::store::{design_to_string, kits, parse_design};

fn main() {
    divan::main();
}

/// The text of a 1,000-item design file, every item fully written.
fn thousand_item_file() -> String {
    let agenda = (0..1000)
        .map(|n| Item {
            id: ItemId(n + 1),
            kind: if n % 25 == 0 { ItemKind::Section } else { ItemKind::Activity },
            title: format!("Step {n}: map one hand-off between two teams"),
            what: "Each table draws who passes what to whom and marks where it gets stuck.".into(),
            why: "Most delays happen between teams, not inside them.".into(),
            duration: Minutes(if n % 25 == 0 { 0 } else { 5 }),
            min_duration: Some(Minutes(3)),
            facilitator_notes: "Keep tables mixed; push for one concrete example.".into(),
            participant_instructions: "Draw the chain; mark each hand-off red, amber or green.".into(),
            materials: vec!["Flipchart".into(), "Markers".into()],
            ..Item::default()
        })
        .collect();
    let design = Design {
        id: "thousand".into(),
        title: "A thousand items".into(),
        start: TimeOfDay::hm(8, 0).unwrap_or_default(),
        agenda,
        ..Design::default()
    };
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

/// Sixty runs of the CX day, forty barriers each, every item timed.
fn sixty_runs() -> Vec<Session> {
    let design = kits::find("cx-values-culture").and_then(|k| k.load().ok()).expect("the kit loads");
    let departments = ["Contact centre", "Branches", "IT", "HR", "Finance"];
    (0..60)
        .map(|r: i64| {
            let variant = if r % 2 == 0 { "Frontline" } else { "Backline" };
            let mut now = Moment(1_795_392_000_000 + r * 86_400_000 + 9 * 3_600_000);
            let mut s = new_session(&design, Some(variant), now);
            act(&mut s, Control::Start, now);
            for plan in s.plan.clone() {
                if plan.kind == ItemKind::Section {
                    continue;
                }
                now = now.plus_seconds(i64::from(plan.duration.get()) * 60 + r % 7 * 60);
                if plan.title.starts_with("Barriers: surface") {
                    for k in 0..40 {
                        let text = format!("Barrier number {} in our way", (r * 7 + k * 3) % 40);
                        let department = departments[(k % 5) as usize].to_string();
                        apply(&mut s, CaptureEdit::AddBarrier { item: plan.id, text, department });
                    }
                }
                act(&mut s, Control::Next, now);
            }
            s
        })
        .collect()
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
