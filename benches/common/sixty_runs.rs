//! Sixty generated runs of the CX day, shared by the benchmarks that
//! aggregate them and that draw the results view.

use workshop_kit::capture::{CaptureEdit, apply};
use workshop_kit::model::{ItemKind, Moment, Session};
use workshop_kit::runner::{Control, act, new_session};
use workshop_kit::store::kits;

/// Sixty runs of the CX day, forty barriers each, every item timed.
pub fn sixty_runs() -> Vec<Session> {
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
