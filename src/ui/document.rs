//! The open design: its data, where it lives, the last saved copy (to tell
//! whether there are unsaved changes) and its undo history.

use std::path::PathBuf;

use eframe::egui::util::undoer::Undoer;

use crate::catalogue::{DesignUi, Ui, tr, trf};
use crate::model::Design;

pub struct Document {
    pub design: Design,
    /// The file it is saved in; `None` for a new design or a bundled kit.
    pub path: Option<PathBuf>,
    /// What to call it when it has no path ("Untitled", a kit's file name).
    pub name: String,
    /// The design as last loaded or saved.
    saved: Design,
    pub undoer: Undoer<Design>,
    /// "Saved 10:42 — care.workshop.ron", after a save in this session.
    pub saved_note: Option<String>,
}

impl Document {
    pub fn new(design: Design, path: Option<PathBuf>, name: String) -> Self {
        Document { saved: design.clone(), design, path, name, undoer: Undoer::default(), saved_note: None }
    }

    /// A document whose content differs from what is on disk (restored work).
    pub fn with_unsaved(design: Design, saved: Design, path: Option<PathBuf>, name: String) -> Self {
        Document { design, saved, path, name, undoer: Undoer::default(), saved_note: None }
    }

    pub fn is_dirty(&self) -> bool {
        self.design != self.saved
    }

    /// After a save to `path` at `at` (a clock time): the file is now the design's.
    pub fn mark_saved(&mut self, path: PathBuf, at: crate::model::TimeOfDay) {
        self.saved = self.design.clone();
        self.name = file_name(&path);
        self.saved_note = Some(trf(DesignUi::SavedAt, &[&at, &self.name]));
        self.path = Some(path);
    }

    /// `Customer care morning — care.workshop.ron ●` (the dot: unsaved changes).
    pub fn window_title(&self) -> String {
        let title =
            if self.design.title.trim().is_empty() { tr(Ui::UntitledWorkshop) } else { self.design.title.trim() };
        let mark = if self.is_dirty() { " ●" } else { "" };
        trf(DesignUi::WindowTitle, &[&title, &self.name, &mark])
    }
}

pub fn file_name(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}
