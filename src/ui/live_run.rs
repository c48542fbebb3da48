//! The run in progress as the app holds it: the session, the file it is
//! saved to after every change, and whether that save worked; and the runs
//! cut short that are offered back before any new run starts.

use std::path::{Path, PathBuf};

use crate::catalogue::{RunUi, tr, trf};
use crate::model::{Design, Session};
use crate::runner::{self, RunState};
use crate::store;

pub struct LiveRun {
    pub session: Session,
    pub path: PathBuf,
    /// The last save's failure, shown until a save works again. The run stays
    /// in memory meanwhile, so nothing is lost while the problem is fixed.
    pub save_error: Option<String>,
}

impl LiveRun {
    /// A new run of `design`, saved at once so it exists on disk from the start.
    pub fn start(
        design: &Design,
        variant: Option<&str>,
        source: String,
        folder: &Path,
        now: crate::model::Moment,
    ) -> LiveRun {
        let mut session = runner::new_session(design, variant, now);
        session.design_source = source;
        let name = if design.id.is_empty() { design.title.as_str() } else { design.id.as_str() };
        let path = store::new_session_path(folder, name, now);
        let mut run = LiveRun { session, path, save_error: None };
        run.save();
        run
    }

    pub fn resume(session: Session, path: PathBuf) -> LiveRun {
        LiveRun { session, path, save_error: None }
    }

    pub fn state(&self) -> RunState {
        RunState::replay(&self.session)
    }

    /// Writes the run file (atomically); remembers a failure to show it.
    pub fn save(&mut self) {
        self.save_error = store::save_session(&self.path, &self.session).err().map(|e| e.to_string());
    }
}

/// A run that did not finish and was not given up: offered back.
#[derive(Clone, Debug, PartialEq)]
pub struct UnfinishedRun {
    pub path: PathBuf,
    pub title: String,
    /// `2026-11-23 19:48`.
    pub started: String,
    /// Ideas, barriers, vote options, actions and notes captured.
    pub captured: usize,
    /// People on its roster.
    pub people: usize,
    /// The item it was on when it stopped, if any.
    pub on_item: Option<String>,
}

impl UnfinishedRun {
    fn of(path: PathBuf, session: &Session) -> UnfinishedRun {
        let c = &session.captures;
        let state = RunState::replay(session);
        UnfinishedRun {
            path,
            title: session.design_title.clone(),
            started: crate::ui::results_view::start_text(session),
            captured: c.ideas.len() + c.barriers.len() + c.votes.len() + c.actions.len() + c.notes.len(),
            people: session.roster.len(),
            on_item: state.current.map(|i| session.plan[i].title.clone()),
        }
    }

    /// `"Customer care morning", started 2026-11-23 19:48, stopped at "Pairs": 12 people, 4 captures.`
    pub fn summary(&self) -> String {
        let at = self.on_item.as_ref().map(|t| trf(RunUi::StoppedAt, &[t])).unwrap_or_default();
        let count = |n: usize, one: RunUi, many: RunUi| if n == 1 { tr(one).to_string() } else { trf(many, &[&n]) };
        let people = count(self.people, RunUi::OnePerson, RunUi::ManyPeople);
        let captures = count(self.captured, RunUi::OneCapture, RunUi::ManyCaptures);
        trf(RunUi::RunSummary, &[&self.title, &self.started, &at, &people, &captures])
    }
}

/// The runs to offer back: the one the marker names (of any design), and
/// the unfinished runs of the design keyed `design_key` in `folder`; never
/// `except` (the run open now), a finished run, or one given up. Oldest first.
pub fn unfinished_runs(
    marked: Option<PathBuf>,
    folder: &Path,
    design_key: &str,
    except: Option<&Path>,
) -> Vec<UnfinishedRun> {
    let mut found: Vec<(Option<crate::model::Moment>, UnfinishedRun)> = Vec::new();
    let in_folder = store::find_session_files(&[folder.to_path_buf()]).unwrap_or_default();
    let candidates = marked.into_iter().map(|p| (p, true)).chain(in_folder.into_iter().map(|p| (p, false)));
    for (path, is_marked) in candidates {
        if except.is_some_and(|e| same_file(e, &path)) || found.iter().any(|(_, r)| same_file(&r.path, &path)) {
            continue;
        }
        // A file that cannot be read is not offered; Results lists it with the reason.
        let Ok(session) = store::load_session(&path) else { continue };
        let ours = is_marked || session.design_key() == design_key;
        if ours && !session.left_unfinished && !runner::is_finished(&session) {
            found.push((session.started_at(), UnfinishedRun::of(path, &session)));
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, r)| r).collect()
}

/// Marks runs as given up: never offered again, kept on disk and in Results.
pub fn leave_unfinished(paths: &[PathBuf]) -> Result<(), store::StoreError> {
    for path in paths {
        let mut session = store::load_session(path)?;
        if !session.left_unfinished {
            session.left_unfinished = true;
            store::save_session(path, &session)?;
        }
    }
    Ok(())
}

/// Whether two paths name the same file (either may be relative).
pub fn same_file(a: &Path, b: &Path) -> bool {
    std::fs::canonicalize(a).ok().is_some_and(|a| Some(a) == std::fs::canonicalize(b).ok())
}
