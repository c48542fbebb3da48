//! What the consultant decided about the results of a design's runs: which
//! barriers are the same (merged by hand), each barrier's priority and
//! owner, and which runs to leave out (a rehearsal, a test run).
//!
//! Kept in its own file beside the runs, so the run files stay exactly what
//! the room produced and the decisions survive re-reading them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// How urgent a barrier is to remove.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}

/// The decision on one barrier of the master list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BarrierDecision {
    pub priority: Option<Priority>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
}

impl BarrierDecision {
    pub fn is_empty(&self) -> bool {
        self.priority.is_none() && self.owner.trim().is_empty()
    }
}

/// The decisions on the results of one design.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Decisions {
    /// The design whose runs these are about.
    pub design_id: String,
    /// Barrier texts merged by hand: this comparison key counts as that one.
    pub merges: BTreeMap<String, String>,
    /// Priority and owner by master-list barrier (see `results::MasterBarrier::id`).
    pub barriers: BTreeMap<String, BarrierDecision>,
    /// Run files (by file name) left out of the results.
    pub excluded_runs: BTreeSet<String>,
    /// Rehearsals (by file name) counted by hand: a rehearsal is left out
    /// unless it is here.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub included_runs: BTreeSet<String>,
}
