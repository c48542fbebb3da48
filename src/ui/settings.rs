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
    /// Where the projector window was last (so the next run opens it on the
    /// projector again, full screen if it was).
    pub projector: Option<WindowPlace>,
    /// The app's language; `None` follows the system's locale.
    pub language: Option<crate::model::Lang>,
}

/// A window's place on the desktop: its outer position (which also says
/// which monitor it is on), inner size, and whether it was full screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowPlace {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub fullscreen: bool,
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
