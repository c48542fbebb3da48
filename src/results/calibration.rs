//! How long each item really takes across runs: planned, median and range,
//! and a suggested duration.

use std::collections::BTreeMap;

use crate::model::{ItemId, ItemKind, Minutes, Session};
use crate::runner::RunState;

/// How long an item really takes across runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calibration {
    pub item: ItemId,
    pub title: String,
    pub planned: Minutes,
    /// Runs in which the item ran from start to end.
    pub runs: usize,
    /// Median, shortest and longest actual time, in seconds.
    pub median_seconds: i64,
    pub min_seconds: i64,
    pub max_seconds: i64,
    /// The median rounded to the nearest 5 minutes (at least 5).
    pub suggested: Minutes,
}

/// Planned against actual for every item that ran in any of the runs, in
/// the order of the first run's plan.
pub fn calibrate(sessions: &[Session]) -> Vec<Calibration> {
    let mut order: Vec<(ItemId, String, Minutes)> = Vec::new();
    let mut actuals: BTreeMap<ItemId, Vec<i64>> = BTreeMap::new();
    for session in sessions {
        let state = RunState::replay(session);
        for (i, plan) in session.plan.iter().enumerate() {
            if plan.kind == ItemKind::Section {
                continue;
            }
            if !order.iter().any(|(id, _, _)| *id == plan.id) {
                order.push((plan.id, plan.title.clone(), plan.duration));
            }
            let run = &state.items[i];
            // Only whole runs of an item count: a skip or a drop says nothing of its length.
            if let (Some(_), Some(end)) = (run.started, run.ended)
                && !run.skipped
                && !run.dropped
            {
                actuals.entry(plan.id).or_default().push(state.elapsed_ms(i, end) / 1000);
            }
        }
    }
    order
        .into_iter()
        .filter_map(|(item, title, planned)| {
            let mut times = actuals.remove(&item)?;
            times.sort_unstable();
            let n = times.len();
            let median = if n % 2 == 1 { times[n / 2] } else { (times[n / 2 - 1] + times[n / 2]) / 2 };
            let five = 5 * 60;
            let suggested = ((median + five / 2) / five * 5).max(5) as u32;
            Some(Calibration {
                item,
                title,
                planned,
                runs: n,
                median_seconds: median,
                min_seconds: times[0],
                max_seconds: times[n - 1],
                suggested: Minutes(suggested),
            })
        })
        .collect()
}
