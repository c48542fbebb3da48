//! The decisions file (`<design>.results.ron`) beside a design's runs: manual
//! merges, priorities and owners of barriers, and runs left out. Saved
//! atomically after every change, with a backup of the previous version.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::atomic::write_atomic_with;
use super::error::FileWhat;
use super::ron_file::{self, FORMAT_VERSION, FileKind};
use super::text::read_text;
use crate::model::{Decisions, slug};

/// The file name ending of a decisions file.
pub const DECISIONS_EXTENSION: &str = ".results.ron";

const KIND: FileKind = FileKind { what: FileWhat::Decisions, field: "decisions" };

#[derive(Serialize)]
struct DecisionsFileOut<'a> {
    format: u32,
    decisions: &'a Decisions,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionsFileIn {
    #[allow(dead_code)] // checked before this is parsed
    format: u32,
    decisions: Decisions,
}

/// Where the decisions on a design's runs in `folder` are kept.
pub fn decisions_path(folder: &Path, design_id_or_title: &str) -> PathBuf {
    folder.join(format!("{}{DECISIONS_EXTENSION}", slug(design_id_or_title)))
}

/// The decisions in `path`; `None` when there is no such file yet.
pub fn load_decisions(path: &Path) -> Result<Option<Decisions>, StoreError> {
    if !path.exists() {
        return Ok(None);
    }
    let text = read_text(path, KIND.what)?;
    ron_file::parse::<DecisionsFileIn>(path, &text, KIND).map(|f| Some(f.decisions))
}

pub fn save_decisions(path: &Path, decisions: &Decisions) -> Result<(), StoreError> {
    let text = ron_file::to_text(&DecisionsFileOut { format: FORMAT_VERSION, decisions });
    write_atomic_with(path, text.as_bytes(), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BarrierDecision, Priority};

    #[test]
    fn decisions_round_trip_and_a_missing_file_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let path = decisions_path(dir.path(), "cx-values-culture");
        assert_eq!(path.file_name().unwrap(), "cx-values-culture.results.ron");
        assert_eq!(load_decisions(&path).unwrap(), None);
        let mut d = Decisions { design_id: "cx-values-culture".into(), ..Decisions::default() };
        d.merges.insert("no owner for inbox".into(), "nobody owns the shared inbox".into());
        d.barriers.insert(
            "it/nobody owns the shared inbox".into(),
            BarrierDecision { priority: Some(Priority::High), owner: "Dana (IT)".into() },
        );
        d.excluded_runs.insert("rehearsal.session.ron".into());
        save_decisions(&path, &d).unwrap();
        assert_eq!(load_decisions(&path).unwrap(), Some(d));
    }

    #[test]
    fn a_broken_decisions_file_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.results.ron");
        std::fs::write(&path, "(format: 1, decisions: (merges: {\"a\": 3}))").unwrap();
        let e = load_decisions(&path).unwrap_err().to_string();
        assert!(e.contains("x.results.ron:1:"), "{e}");
    }
}
