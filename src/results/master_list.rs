//! The barrier master list: the same barrier from every run and every
//! wording as one row per department, following the merges made by hand,
//! and its sort orders.

use std::collections::BTreeMap;

use super::normalize;
use crate::model::{Decisions, Session};

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
            // Votes on an option made from this barrier ("Vote on the barriers from…") count too.
            entry.votes += session.captures.barrier_votes(b);
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

/// A master-list barrier's id from its (normalized) department and key.
pub(super) fn id_of(department_key: &str, key: &str) -> String {
    format!("{department_key}/{key}")
}

/// The id of the master-list row a barrier written as `text` under
/// `department` belongs to.
pub fn barrier_id(merges: &Merges, department: &str, text: &str) -> String {
    id_of(&normalize(department), &resolve(merges, &normalize(text)))
}
