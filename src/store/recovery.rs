//! The recovery file: unsaved work, written every few seconds while a design
//! has unsaved changes, so a crash or a killed app costs nothing typed.
//!
//! It lives in the app's data folder (chosen by the caller) and holds the
//! design and the path it belongs to. A clean save or a discard removes it; if
//! it is still there at start-up, the app offers to restore it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::atomic::write_atomic_with;
use super::error::FileWhat;
use super::ron_file::{self, FORMAT_VERSION, FileKind};
use super::text::read_text;
use crate::model::Design;

/// The file name of the recovery file inside the data folder.
pub const RECOVERY_FILE: &str = "recovery.workshop.ron";

/// Unsaved work and where it was meant to be saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recovery {
    pub format: u32,
    /// The design's file, or `None` for a design never saved.
    pub path: Option<PathBuf>,
    pub design: Design,
}

/// Writes the recovery file atomically (no backup of the previous one).
pub fn write_recovery(file: &Path, path: Option<&Path>, design: &Design) -> Result<(), StoreError> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Save { path: file.to_path_buf(), source: e })?;
    }
    let recovery = Recovery { format: FORMAT_VERSION, path: path.map(Path::to_path_buf), design: design.clone() };
    write_atomic_with(file, ron_file::to_text(&recovery).as_bytes(), false)
}

/// The recovery file's content, `None` when there is none.
pub fn read_recovery(file: &Path) -> Result<Option<Recovery>, StoreError> {
    if !file.exists() {
        return Ok(None);
    }
    const KIND: FileKind = FileKind { what: FileWhat::Recovery, field: "design" };
    let text = read_text(file, KIND.what)?;
    ron_file::parse::<Recovery>(file, &text, KIND).map(Some)
}

/// Removes the recovery file once its work is saved or discarded.
pub fn clear_recovery(file: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(file) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(file, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_round_trips_and_clears() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("data").join(RECOVERY_FILE);
        assert_eq!(read_recovery(&file).unwrap(), None);
        let design = crate::store::kits::default_kit().load().unwrap();
        write_recovery(&file, Some(Path::new("/tmp/x.workshop.ron")), &design).unwrap();
        let r = read_recovery(&file).unwrap().unwrap();
        assert_eq!(r.design, design);
        assert_eq!(r.path.as_deref(), Some(Path::new("/tmp/x.workshop.ron")));
        clear_recovery(&file).unwrap();
        assert!(!file.exists());
        clear_recovery(&file).unwrap();
    }
}
