//! Run files (`*.session.ron`): one per run of a design, saved atomically
//! after every timing event and capture, and the marker that says which run
//! was in progress, so a run cut short by a crash is offered back.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::atomic::write_atomic_with;
use super::error::FileWhat;
use super::ron_file::{self, FORMAT_VERSION, FileKind};
use super::text::read_text;
use crate::model::{Moment, Session, slug};

/// The file name ending of a run.
pub const SESSION_EXTENSION: &str = ".session.ron";

const KIND: FileKind = FileKind { what: FileWhat::Run, field: "session" };

/// The marker file in the data folder naming the run in progress.
const ACTIVE_RUN_FILE: &str = "active-run.txt";

#[derive(Serialize)]
struct SessionFileOut<'a> {
    format: u32,
    session: &'a Session,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionFileIn {
    #[allow(dead_code)] // checked before this is parsed
    format: u32,
    session: Session,
}

pub fn load_session(path: &Path) -> Result<Session, StoreError> {
    let text = read_text(path, KIND.what)?;
    parse_session(path, &text)
}

pub fn parse_session(path: &Path, text: &str) -> Result<Session, StoreError> {
    ron_file::parse::<SessionFileIn>(path, text, KIND).map(|f| f.session)
}

pub fn session_to_string(session: &Session) -> String {
    ron_file::to_text(&SessionFileOut { format: FORMAT_VERSION, session })
}

/// Saves a run atomically. No backup: the file is rewritten after every
/// capture, and each write replaces a complete file with a complete file.
pub fn save_session(path: &Path, session: &Session) -> Result<(), StoreError> {
    write_atomic_with(path, session_to_string(session).as_bytes(), false)
}

/// A new run file's path in `dir`: `<design>-<date>-<hhmm>.session.ron`,
/// numbered when a run of that minute already exists.
pub fn new_session_path(dir: &Path, design_id_or_title: &str, now: Moment) -> PathBuf {
    let date = now.date().map(|d| d.to_string()).unwrap_or_default();
    let time = now.clock_text().replace(':', "")[..4].to_string();
    let base = format!("{}-{date}-{time}", slug(design_id_or_title));
    let mut path = dir.join(format!("{base}{SESSION_EXTENSION}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{base}-{n}{SESSION_EXTENSION}"));
        n += 1;
    }
    path
}

/// The run files named, and those in the folders named (not their
/// subfolders), each folder's sorted by name.
pub fn find_session_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, StoreError> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .map_err(|e| StoreError::io(input, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.to_string_lossy().ends_with(SESSION_EXTENSION))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

/// Notes that `session` is the run in progress.
pub fn set_active_run(data_dir: &Path, session: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(data_dir).map_err(|e| StoreError::io(data_dir, e))?;
    let marker = data_dir.join(ACTIVE_RUN_FILE);
    let absolute = std::path::absolute(session).unwrap_or_else(|_| session.to_path_buf());
    write_atomic_with(&marker, absolute.to_string_lossy().as_bytes(), false)
}

/// The run that was in progress, if the marker names a file that exists.
pub fn read_active_run(data_dir: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(data_dir.join(ACTIVE_RUN_FILE)).ok()?;
    let path = PathBuf::from(text.trim());
    path.is_file().then_some(path)
}

pub fn clear_active_run(data_dir: &Path) {
    let _ = std::fs::remove_file(data_dir.join(ACTIVE_RUN_FILE));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Idea, ItemId, TimingEvent};

    #[test]
    fn a_session_round_trips_and_paths_do_not_collide() {
        let dir = tempfile::tempdir().unwrap();
        let now = Moment(1_795_426_867_000);
        let path = new_session_path(dir.path(), "Customer care morning", now);
        assert_eq!(path.file_name().unwrap(), "customer-care-morning-2026-11-23-0941.session.ron");
        let mut session = Session { design_title: "Customer care morning".into(), ..Session::default() };
        session.events.push(TimingEvent::Start { at: now });
        session
            .captures
            .ideas
            .push(Idea { id: 1, item: ItemId(3), text: "Rückruf in 24 h".into(), ..Idea::default() });
        save_session(&path, &session).unwrap();
        assert_eq!(load_session(&path).unwrap(), session);
        let second = new_session_path(dir.path(), "Customer care morning", now);
        assert!(second.to_string_lossy().ends_with("-0941-2.session.ron"));

        let data = dir.path().join("data");
        assert_eq!(read_active_run(&data), None);
        set_active_run(&data, &path).unwrap();
        assert_eq!(read_active_run(&data).as_deref(), Some(path.as_path()));
        clear_active_run(&data);
        assert_eq!(read_active_run(&data), None);
    }

    #[test]
    fn a_design_is_not_mistaken_for_a_run() {
        let err = parse_session(Path::new("x.session.ron"), "(format: 1, design: (title: \"T\"))").unwrap_err();
        assert!(err.to_string().starts_with("x.session.ron:1:"), "{err}");
    }
}
