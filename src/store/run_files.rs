//! Reading the runs of a design for results: the run files named and those
//! in the folders named, each kept with its file name (how the decisions
//! file names a run), the files that could not be read with the reason, and
//! the decisions file that goes with them. The Results view and
//! `workshop-kit report` both read runs through here.

use std::path::{Path, PathBuf};

use super::{StoreError, decisions_path, find_session_files, load_decisions, load_session};
use crate::model::{Decisions, Session};

/// One run file read from disk.
#[derive(Clone, Debug)]
pub struct RunFile {
    pub path: PathBuf,
    /// The file's name: how the decisions file names a run left out.
    pub file_name: String,
    pub session: Session,
}

/// The runs read from some files and folders.
#[derive(Debug, Default)]
pub struct ReadRuns {
    /// In the order found: each folder's files by name.
    pub runs: Vec<RunFile>,
    /// Files that look like runs but could not be read, each with its place.
    pub problems: Vec<StoreError>,
}

impl ReadRuns {
    /// Keeps the runs of the design keyed `design_key`; returns how many
    /// runs of other designs were set aside.
    pub fn keep_design(&mut self, design_key: &str) -> usize {
        let before = self.runs.len();
        self.runs.retain(|r| r.session.design_key() == design_key);
        before - self.runs.len()
    }

    /// Oldest first: by date, then start, then file name.
    pub fn sort_oldest_first(&mut self) {
        self.runs.sort_by(|a, b| {
            let key = |r: &RunFile| (r.session.date, r.session.started_at());
            key(a).cmp(&key(b)).then(a.file_name.cmp(&b.file_name))
        });
    }
}

/// Reads the run files in `inputs` (files, and folders without their
/// subfolders). A folder that cannot be listed is an error; a run file that
/// cannot be read is listed in [`ReadRuns::problems`] and left as it is.
pub fn read_runs(inputs: &[PathBuf]) -> Result<ReadRuns, StoreError> {
    let mut read = ReadRuns::default();
    for path in find_session_files(inputs)? {
        match load_session(&path) {
            Ok(session) => {
                let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                read.runs.push(RunFile { path, file_name, session });
            }
            Err(e) => read.problems.push(e),
        }
    }
    Ok(read)
}

/// The decisions file for the design keyed `design_key` in the first of
/// `inputs`' folders (a file's own folder) that has one, with its path.
pub fn find_decisions(inputs: &[PathBuf], design_key: &str) -> Result<Option<(PathBuf, Decisions)>, StoreError> {
    for input in inputs {
        let folder = if input.is_dir() { input.as_path() } else { input.parent().unwrap_or(Path::new(".")) };
        let path = decisions_path(folder, design_key);
        if let Some(d) = load_decisions(&path)? {
            return Ok(Some((path, d)));
        }
    }
    Ok(None)
}
