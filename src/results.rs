//! Results across the runs of a design: the barrier master list (merged
//! across runs and departments), and how long each item really takes.
//!
//! A design that runs sixty times must turn its runs into decisions: which
//! barriers come up again and again, and which items always overrun.

use std::collections::BTreeMap;

use crate::model::{ItemId, ItemKind, Minutes, Session};
use crate::runner::RunState;

/// The comparison key of a barrier's text: case, punctuation and spacing
/// ignored, so "Refunds wait for sign-off." and "refunds wait for sign off"
/// are one barrier.
pub fn normalize(text: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// One barrier of the master list: the same barrier from any number of runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MasterBarrier {
    /// The department as first written (grouping ignores case and spacing).
    pub department: String,
    /// The wording used most often (the earliest among equals).
    pub text: String,
    /// Its comparison key (see [`normalize`]).
    pub key: String,
    /// In how many runs it came up.
    pub runs: usize,
    /// How many times it was written down in all.
    pub mentions: usize,
    /// Dot votes it received, summed over runs.
    pub votes: u32,
}

/// Barriers merged by hand: this key counts as that one.
pub type Merges = BTreeMap<String, String>;

/// The master list of every run's barriers, grouped by department, most
/// runs first, then most votes, then alphabetical.
pub fn master_list(sessions: &[Session], merges: &Merges) -> Vec<MasterBarrier> {
    // (department key, barrier key) -> (department, wordings with counts, runs seen, mentions, votes)
    struct Entry {
        department: String,
        wordings: Vec<(String, usize)>,
        runs: std::collections::BTreeSet<usize>,
        mentions: usize,
        votes: u32,
    }
    let mut entries: BTreeMap<(String, String), Entry> = BTreeMap::new();
    for (run, session) in sessions.iter().enumerate() {
        for b in &session.captures.barriers {
            let mut key = normalize(&b.text);
            // Follow manual merges (a chain of them too, without looping forever).
            for _ in 0..merges.len() {
                match merges.get(&key) {
                    Some(to) if *to != key => key = to.clone(),
                    _ => break,
                }
            }
            if key.is_empty() {
                continue;
            }
            let dept_key = normalize(&b.department);
            let entry = entries.entry((dept_key, key)).or_insert_with(|| Entry {
                department: b.department.trim().to_string(),
                wordings: Vec::new(),
                runs: Default::default(),
                mentions: 0,
                votes: 0,
            });
            match entry.wordings.iter_mut().find(|(w, _)| *w == b.text.trim()) {
                Some((_, n)) => *n += 1,
                None => entry.wordings.push((b.text.trim().to_string(), 1)),
            }
            entry.runs.insert(run);
            entry.mentions += 1;
            entry.votes += b.votes;
        }
    }
    let mut list: Vec<MasterBarrier> = entries
        .into_iter()
        .map(|((_, key), e)| {
            // The wording written most often; among equals, the one seen first.
            let most = e.wordings.iter().map(|(_, n)| *n).max();
            let best = e.wordings.iter().find(|(_, n)| Some(*n) == most).map(|(w, _)| w.clone());
            MasterBarrier {
                department: e.department,
                text: best.unwrap_or_default(),
                key,
                runs: e.runs.len(),
                mentions: e.mentions,
                votes: e.votes,
            }
        })
        .collect();
    list.sort_by(|a, b| {
        normalize(&a.department)
            .cmp(&normalize(&b.department))
            .then(b.runs.cmp(&a.runs))
            .then(b.votes.cmp(&a.votes))
            .then(a.key.cmp(&b.key))
    });
    list
}

/// The master list as CSV (comma separated, UTF-8, header row), with the
/// priority and owner each barrier was given (empty when none).
pub fn master_list_csv(list: &[MasterBarrier], assigned: &BTreeMap<String, (String, String)>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(["Department", "Barrier", "Runs", "Mentions", "Votes", "Priority", "Owner"]);
    for b in list {
        let (priority, owner) = assigned.get(&b.key).cloned().unwrap_or_default();
        let _ = writer.write_record([
            b.department.as_str(),
            b.text.as_str(),
            &b.runs.to_string(),
            &b.mentions.to_string(),
            &b.votes.to_string(),
            &priority,
            &owner,
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_case_punctuation_and_spacing() {
        assert_eq!(normalize("  Refunds wait for SIGN-OFF. "), "refunds wait for sign off");
        assert_eq!(normalize("Refunds  wait for sign off"), normalize("refunds, wait for sign-off!"));
        assert_eq!(normalize("Übergabe: Ärger"), "übergabe ärger");
        assert_eq!(normalize("..."), "");
    }
}
