//! Decisions on the results, as values applied here: barriers merged and
//! split by hand, a priority and an owner per barrier (following a corrected
//! wording), and which runs count (a rehearsal is left out unless ticked).

use super::master_list::{barrier_id, id_of, resolve};
use crate::model::{Decisions, Priority, Session};

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
