//! The runs the results view shows, read from their folder, with the
//! decisions file beside them and what they add up to (computed once per
//! change, not once per frame).

use std::path::{Path, PathBuf};

use crate::model::{Decisions, Design, Session};
use crate::results::{self, ActionAcross, Calibration, IdeaAcross, MasterBarrier, SortBy};
use crate::store::{self, RunFile};

/// The runs of the open design in one folder, and the decisions on them.
pub struct LoadedRuns {
    pub folder: PathBuf,
    /// The design they were read for (its id, or its title if it has none).
    pub design_key: String,
    /// Oldest first.
    pub runs: Vec<RunFile>,
    /// Files that look like runs but could not be read, with the reason.
    pub problems: Vec<String>,
    /// Runs of other designs in the same folder (not shown).
    pub other_designs: usize,
    pub decisions: Decisions,
    pub decisions_path: PathBuf,
    /// Why the decisions file could not be read; it is then never written,
    /// so a file that is broken (or from a newer version) is not lost.
    pub decisions_error: Option<String>,
    /// What the chosen runs add up to; `None` after any change.
    aggregate: Option<(Option<String>, Aggregate)>,
}

/// What the chosen runs add up to.
pub struct Aggregate {
    /// How many runs are counted (of the version shown, not left out).
    pub runs: usize,
    pub master: Vec<MasterBarrier>,
    pub calibration: Vec<Calibration>,
    pub ideas: Vec<IdeaAcross>,
    pub actions: Vec<ActionAcross>,
    /// The master list in the view's order, once asked for.
    sorted: Option<SortedMaster>,
}

/// The master list as the view shows it, sorted once per order asked for
/// (not on every frame), with what each row needs looked up.
pub struct SortedMaster {
    by: SortBy,
    reversed: bool,
    pub list: Vec<MasterBarrier>,
    /// Each row's [`MasterBarrier::id`].
    pub ids: Vec<String>,
    /// Each department's first row in `list` and how many rows it has.
    pub departments: Vec<(usize, usize)>,
}

impl LoadedRuns {
    /// Reads every run file in `folder` and keeps those of `design`.
    pub fn load(folder: &Path, design: &Design) -> LoadedRuns {
        let key = design.key().to_string();
        let decisions_path = store::decisions_path(folder, &key);
        let mut loaded = LoadedRuns {
            folder: folder.to_path_buf(),
            design_key: key.clone(),
            runs: Vec::new(),
            problems: Vec::new(),
            other_designs: 0,
            decisions: Decisions { design_id: design.id.clone(), ..Decisions::default() },
            decisions_path,
            decisions_error: None,
            aggregate: None,
        };
        match store::read_runs(&[folder.to_path_buf()]) {
            Ok(mut read) => {
                loaded.other_designs = read.keep_design(&key);
                read.sort_oldest_first();
                loaded.runs = read.runs;
                loaded.problems = read.problems.iter().map(ToString::to_string).collect();
            }
            Err(e) => loaded.problems.push(e.to_string()),
        }
        match store::load_decisions(&loaded.decisions_path) {
            Ok(Some(d)) => loaded.decisions = d,
            Ok(None) => {}
            Err(e) => loaded.decisions_error = Some(e.to_string()),
        }
        loaded
    }

    pub fn is_included(&self, run: &RunFile) -> bool {
        results::is_included(&run.file_name, &run.session, &self.decisions)
    }

    fn is_counted(&self, run: &RunFile, variant: Option<&str>) -> bool {
        results::is_counted(&run.file_name, &run.session, &self.decisions, variant)
    }

    /// The runs counted: of `variant` (all when `None`) and not left out.
    pub fn chosen(&self, variant: Option<&str>) -> Vec<Session> {
        self.runs.iter().filter(|r| self.is_counted(r, variant)).map(|r| r.session.clone()).collect()
    }

    /// How many runs are counted (without copying them, unlike [`Self::chosen`]).
    pub fn counted(&self, variant: Option<&str>) -> usize {
        self.runs.iter().filter(|r| self.is_counted(r, variant)).count()
    }

    /// What the chosen runs of `variant` add up to, computed on first use after a change.
    pub fn aggregate(&mut self, variant: Option<&str>) -> &Aggregate {
        let fresh = matches!(&self.aggregate, Some((v, _)) if v.as_deref() == variant);
        if !fresh {
            let chosen = self.chosen(variant);
            let aggregate = Aggregate {
                runs: chosen.len(),
                master: results::master_list(&chosen, &self.decisions.merges),
                calibration: results::calibrate(&chosen),
                ideas: results::ideas_across(&chosen),
                actions: results::actions_across(&chosen),
                sorted: None,
            };
            self.aggregate = Some((variant.map(String::from), aggregate));
        }
        &self.aggregate.as_ref().expect("just computed").1
    }

    /// Sorts the master list of `variant` by `by` unless it already is; read
    /// it with [`Self::sorted_master`].
    pub fn sort_master(&mut self, variant: Option<&str>, by: SortBy, reversed: bool) {
        self.aggregate(variant);
        let Some((_, aggregate)) = self.aggregate.as_mut() else { return };
        if aggregate.sorted.as_ref().is_some_and(|s| s.by == by && s.reversed == reversed) {
            return;
        }
        let mut list = aggregate.master.clone();
        results::sort_master_list(&mut list, by, reversed, &self.decisions);
        let ids = list.iter().map(MasterBarrier::id).collect();
        let mut departments: Vec<(usize, usize)> = Vec::new();
        let mut last = None;
        for (i, b) in list.iter().enumerate() {
            let department = results::normalize(&b.department);
            match departments.last_mut() {
                Some((_, count)) if last.as_ref() == Some(&department) => *count += 1,
                _ => departments.push((i, 1)),
            }
            last = Some(department);
        }
        aggregate.sorted = Some(SortedMaster { by, reversed, list, ids, departments });
    }

    /// The master list as last sorted by [`Self::sort_master`].
    pub fn sorted_master(&self) -> Option<&SortedMaster> {
        self.aggregate.as_ref().and_then(|(_, a)| a.sorted.as_ref())
    }

    /// The master list of `variant` as CSV with each barrier's priority and
    /// owner, and how many barriers it lists.
    pub fn master_csv(&mut self, variant: Option<&str>) -> (String, usize) {
        self.aggregate(variant);
        let Some((_, aggregate)) = &self.aggregate else { return (String::new(), 0) };
        // The runs of one design share its language.
        let lang = self.runs.first().map(|r| r.session.language).unwrap_or_default();
        (results::master_list_csv(&aggregate.master, &self.decisions, lang), aggregate.master.len())
    }

    /// After a change to a run or a decision: the sums are computed again.
    pub fn changed(&mut self) {
        self.aggregate = None;
    }

    pub fn run_mut(&mut self, path: &Path) -> Option<&mut RunFile> {
        self.runs.iter_mut().find(|r| r.path == path)
    }
}
