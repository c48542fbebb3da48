//! The run in progress as the app holds it: the session, the file it is
//! saved to after every change, and whether that save worked.

use std::path::{Path, PathBuf};

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
