//! What the app remembers between runs (eframe persistence): recent files,
//! the last design and variant. The window size is kept by eframe itself.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent files the File menu lists.
const RECENT_MAX: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// The design open when the app was last closed.
    pub last_file: Option<PathBuf>,
    /// The variant shown last (`None` = all).
    pub last_variant: Option<String>,
    /// The paper PDFs were last exported on.
    pub paper: crate::pdf::Paper,
    /// Open an exported PDF in the system's viewer.
    pub open_exports: bool,
}

impl Settings {
    /// Puts `path` at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_MAX);
        self.last_file = Some(path.to_path_buf());
    }
}
