//! Results across the runs of a design: the barrier master list (merged
//! across runs and departments), and how long each item really takes.
//!
//! A design that runs sixty times must turn its runs into decisions: which
//! barriers come up again and again, and which items always overrun.

use std::collections::BTreeMap;

use crate::model::{Date, Decisions, ItemId, ItemKind, Minutes, Priority, Session};
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
    /// Other barriers merged into this one by hand, by their own key.
    pub merged: Vec<String>,
}

impl MasterBarrier {
    /// Its identity in the decisions file: department and text keys, so the
    /// same barrier in two departments gets its own priority and owner.
    pub fn id(&self) -> String {
        id_of(&normalize(&self.department), &self.key)
    }
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
        merged: Vec<String>,
    }
    let mut entries: BTreeMap<(String, String), Entry> = BTreeMap::new();
    for (run, session) in sessions.iter().enumerate() {
        for b in &session.captures.barriers {
            let own = normalize(&b.text);
            let key = resolve(merges, &own);
            if key.is_empty() {
                continue;
            }
            let dept_key = normalize(&b.department);
            let entry = entries.entry((dept_key, key.clone())).or_insert_with(|| Entry {
                department: b.department.trim().to_string(),
                wordings: Vec::new(),
                runs: Default::default(),
                mentions: 0,
                votes: 0,
                merged: Vec::new(),
            });
            if own != key && !entry.merged.contains(&own) {
                entry.merged.push(own);
            }
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
                merged: e.merged,
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
pub fn master_list_csv(list: &[MasterBarrier], decisions: &Decisions) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(["Department", "Barrier", "Runs", "Mentions", "Votes", "Priority", "Owner"]);
    for b in list {
        let decision = decisions.barriers.get(&b.id());
        let _ = writer.write_record([
            b.department.as_str(),
            b.text.as_str(),
            &b.runs.to_string(),
            &b.mentions.to_string(),
            &b.votes.to_string(),
            decision.and_then(|d| d.priority).map_or("", Priority::label),
            decision.map_or("", |d| d.owner.trim()),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The key a barrier's own key counts as, following manual merges (a chain
/// of them too, and never looping on a cycle).
pub fn resolve(merges: &Merges, key: &str) -> String {
    let mut key = key.to_string();
    for _ in 0..merges.len() {
        match merges.get(&key) {
            Some(to) if *to != key => key = to.clone(),
            _ => break,
        }
    }
    key
}

/// Merges the barriers `from` into `into` (all by key): they count as one
/// from now on, in every department. A decision taken on a merged barrier
/// passes to the one it joins (in its department) if that has none yet.
pub fn merge_barriers(decisions: &mut Decisions, into: &str, from: &[String]) {
    let into = resolve(&decisions.merges, into);
    for key in from {
        let key = resolve(&decisions.merges, key);
        if key == into || key.is_empty() {
            continue;
        }
        decisions.merges.insert(key.clone(), into.clone());
        // What was merged into `key` before now follows it into `into`.
        for to in decisions.merges.values_mut() {
            if *to == key {
                *to = into.clone();
            }
        }
        let moved: Vec<String> =
            decisions.barriers.keys().filter(|id| id.split_once('/').is_some_and(|(_, k)| k == key)).cloned().collect();
        for id in moved {
            let department = id.split_once('/').map_or("", |(d, _)| d);
            let target = id_of(department, &into);
            if let Some(d) = decisions.barriers.remove(&id) {
                decisions.barriers.entry(target).or_insert(d);
            }
        }
    }
}

/// A master-list barrier's id from its (normalized) department and key.
fn id_of(department_key: &str, key: &str) -> String {
    format!("{department_key}/{key}")
}

/// The id of the master-list row a barrier written as `text` under
/// `department` belongs to.
pub fn barrier_id(merges: &Merges, department: &str, text: &str) -> String {
    id_of(&normalize(department), &resolve(merges, &normalize(text)))
}

/// After a correction moved a barrier from master-list row `old` to `new`
/// (its wording or department changed): if no run has a barrier in the old
/// row any more, its priority and owner follow it, unless the new row has
/// its own. Returns whether the decisions changed.
pub fn follow_correction(decisions: &mut Decisions, sessions: &[&Session], old: &str, new: &str) -> bool {
    if old == new || !decisions.barriers.contains_key(old) || decisions.barriers.contains_key(new) {
        return false;
    }
    let still_there = sessions
        .iter()
        .flat_map(|s| &s.captures.barriers)
        .any(|b| barrier_id(&decisions.merges, &b.department, &b.text) == old);
    if still_there {
        return false;
    }
    let moved = decisions.barriers.remove(old).unwrap_or_default();
    decisions.barriers.insert(new.to_string(), moved);
    true
}

/// Undoes the manual merges into `key`: the barriers merged into it stand
/// on their own again.
pub fn split_barrier(decisions: &mut Decisions, key: &str) {
    decisions.merges.retain(|_, to| to != key);
}

/// Whether a run (by its file name) is counted in the results of `variant`
/// (`None`: every version): of that version and not left out.
pub fn is_counted(file_name: &str, session: &Session, decisions: &Decisions, variant: Option<&str>) -> bool {
    is_included(file_name, session, decisions) && variant.is_none_or(|v| session.is_variant(v))
}

/// Whether a run is ticked to count: not left out by hand and, for a
/// rehearsal, counted by hand.
pub fn is_included(file_name: &str, session: &Session, decisions: &Decisions) -> bool {
    if decisions.excluded_runs.contains(file_name) {
        return false;
    }
    !session.is_rehearsal() || decisions.included_runs.contains(file_name)
}

/// A decision taken in the results view, as a value (applied by [`decide`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecisionEdit {
    /// Count a run (by file name) in the results, or leave it out.
    IncludeRun {
        file: String,
        include: bool,
    },
    /// By master-list barrier id ([`MasterBarrier::id`]).
    SetPriority {
        barrier: String,
        priority: Option<Priority>,
    },
    SetOwner {
        barrier: String,
        owner: String,
    },
    /// Merge barriers (by key) into the one with key `into`, in every department.
    Merge {
        into: String,
        from: Vec<String>,
    },
    /// Undo the manual merges into this key.
    Split(String),
}

/// Applies a decision; returns whether anything changed (and so must be saved).
pub fn decide(decisions: &mut Decisions, edit: &DecisionEdit) -> bool {
    let before = decisions.clone();
    match edit {
        DecisionEdit::IncludeRun { file, include: true } => {
            decisions.excluded_runs.remove(file);
            // Needed only for a rehearsal; harmless for any other run.
            decisions.included_runs.insert(file.clone());
        }
        DecisionEdit::IncludeRun { file, include: false } => {
            decisions.excluded_runs.insert(file.clone());
            decisions.included_runs.remove(file);
        }
        DecisionEdit::SetPriority { barrier, priority } => {
            decisions.barriers.entry(barrier.clone()).or_default().priority = *priority;
        }
        DecisionEdit::SetOwner { barrier, owner } => {
            decisions.barriers.entry(barrier.clone()).or_default().owner = owner.trim().to_string();
        }
        DecisionEdit::Merge { into, from } => merge_barriers(decisions, into, from),
        DecisionEdit::Split(key) => split_barrier(decisions, key),
    }
    // A barrier with neither priority nor owner needs no entry.
    decisions.barriers.retain(|_, d| !d.is_empty());
    *decisions != before
}

/// How the master list can be sorted (always within its department).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Most runs first, then most votes (the list's own order).
    #[default]
    Runs,
    Votes,
    Mentions,
    /// High priority first; undecided last.
    Priority,
    /// Alphabetical by wording.
    Text,
}

/// Sorts the master list by `by` within each department (departments stay
/// in alphabetical order); `reversed` turns the order within them round.
pub fn sort_master_list(list: &mut [MasterBarrier], by: SortBy, reversed: bool, decisions: &Decisions) {
    /// The order within a department (one kind per sort).
    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    enum Within {
        Numbers(i64, i64),
        Text(String),
        TextBackwards(std::cmp::Reverse<String>),
    }
    let priority = |b: &MasterBarrier| decisions.barriers.get(&b.id()).and_then(|d| d.priority).map_or(3, |p| p as i64);
    let sign = if reversed { -1 } else { 1 };
    // Keys computed once per row: the list is sorted every frame it is shown.
    list.sort_by_cached_key(|b| {
        let (runs, votes, mentions) = (b.runs as i64, i64::from(b.votes), b.mentions as i64);
        let within = match by {
            SortBy::Runs => Within::Numbers(-sign * runs, -sign * votes),
            SortBy::Votes => Within::Numbers(-sign * votes, -sign * runs),
            SortBy::Mentions => Within::Numbers(-sign * mentions, -sign * runs),
            SortBy::Priority => Within::Numbers(sign * priority(b), -sign * runs),
            SortBy::Text if reversed => Within::TextBackwards(std::cmp::Reverse(b.text.to_lowercase())),
            SortBy::Text => Within::Text(b.text.to_lowercase()),
        };
        (normalize(&b.department), within, b.key.clone())
    });
}

/// An idea from one of the runs, with who contributed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdeaAcross {
    pub text: String,
    pub add_ons: Vec<String>,
    pub date: Option<Date>,
    pub variant: Option<String>,
    /// The idea's author and everyone who added on, by name, once each.
    pub contributors: Vec<String>,
    pub votes: u32,
}

/// Every idea of every run, most votes first (then by run date).
pub fn ideas_across(sessions: &[Session]) -> Vec<IdeaAcross> {
    let mut ideas: Vec<IdeaAcross> = sessions
        .iter()
        .flat_map(|s| {
            s.captures.ideas.iter().map(move |idea| IdeaAcross {
                text: idea.text.clone(),
                add_ons: idea.add_ons.iter().map(|a| a.text.clone()).collect(),
                date: s.date,
                variant: s.variant.clone(),
                contributors: idea
                    .contributors()
                    .iter()
                    .filter_map(|p| s.participant(*p))
                    .map(|p| p.name.clone())
                    .collect(),
                votes: idea.votes,
            })
        })
        .collect();
    ideas.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.date.cmp(&b.date)));
    ideas
}

/// An action agreed in one of the runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionAcross {
    pub what: String,
    pub owner: String,
    pub due: Option<Date>,
    /// The run it was agreed in.
    pub date: Option<Date>,
    pub variant: Option<String>,
}

/// Every action of every run, by run date, in the order agreed.
pub fn actions_across(sessions: &[Session]) -> Vec<ActionAcross> {
    let mut actions: Vec<ActionAcross> = sessions
        .iter()
        .flat_map(|s| {
            s.captures.actions.iter().map(move |a| ActionAcross {
                what: a.what.clone(),
                owner: a.owner.clone(),
                due: a.due,
                date: s.date,
                variant: s.variant.clone(),
            })
        })
        .collect();
    actions.sort_by_key(|a| a.date);
    actions
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
