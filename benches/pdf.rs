//! PDF export speed: what a consultant waits for after pressing Export.
//!
//! `cargo bench --bench pdf`; the medians go into BENCHMARKS.md.
//! Target: the handout of the largest bundled kit in under 50 ms. Every
//! document is measured for the largest kit and for a 200-item design; the
//! sign-in sheet lists people, not items, so one size of it is enough.

use divan::Bencher;
use workshop_kit::capture::{CaptureEdit, apply};
use workshop_kit::model::{Design, ItemKind, Line, Moment, Session};
use workshop_kit::pdf::Paper;
use workshop_kit::pdf::design_docs::{self, DesignDoc};
use workshop_kit::pdf::render::render;
use workshop_kit::pdf::report::report;
use workshop_kit::runner::{Control, act, new_session};

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
    let design = long_design(200);
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::handout(&doc), None).expect("renders"));
}

#[divan::bench]
fn guide_200_items(bencher: Bencher) {
    let design = long_design(200);
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    bencher.bench(|| render(&design_docs::guide(&doc), None).expect("renders"));
}

/// A finished run of `design`: every item timed, twenty people on the
/// roster, and on every activity an idea with an add-on, a barrier and an action.
fn finished_run(design: &Design, variant: Option<&str>) -> Session {
    let mut now = Moment(1_795_426_800_000);
    let mut s = new_session(design, variant, now);
    for n in 0..20 {
        let department = ["Contact centre", "Branches", "IT", "HR"][n % 4].to_string();
        apply(&mut s, CaptureEdit::AddParticipant { name: format!("Participant {n}"), department, line: Line::Other });
    }
    act(&mut s, Control::Start, now);
    for plan in s.plan.clone() {
        if plan.kind == ItemKind::Section {
            continue;
        }
        let by = s.roster.first().map(|p| p.id);
        let item = plan.id;
        apply(&mut s, CaptureEdit::AddIdea { item, text: "Call members back within one working day".into(), by });
        let idea = s.captures.ideas.last().map_or(0, |i| i.id);
        apply(&mut s, CaptureEdit::AddOn { idea, text: "and say who will call".into(), by });
        let barrier = "Refunds wait for a weekly sign-off".to_string();
        apply(&mut s, CaptureEdit::AddBarrier { item, text: barrier, department: "Finance".into() });
        let what = "Draft the one-page refund rule".to_string();
        apply(&mut s, CaptureEdit::AddAction { item, what, owner: "Participant 3".into(), due: None });
        now = now.plus_seconds(i64::from(plan.duration.get()) * 60 + 30);
        act(&mut s, Control::Next, now);
    }
    s
}

#[divan::bench]
fn report_largest_kit(bencher: Bencher) {
    let (design, variant) = largest_kit();
    let run = finished_run(&design, variant.as_deref());
    bencher.bench(|| render(&report(&run, Paper::A4), None).expect("renders"));
}

#[divan::bench]
fn report_200_items(bencher: Bencher) {
    let design = long_design(200);
    let run = finished_run(&design, None);
    bencher.bench(|| render(&report(&run, Paper::A4), None).expect("renders"));
}
