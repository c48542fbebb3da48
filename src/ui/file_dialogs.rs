//! Picking files: the system's dialog (rfd) when one can appear, otherwise
//! the app's own path dialog, so a click on Open never does nothing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file is being picked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    OpenDesign,
    SaveDesign,
    ImportCsv,
    ImportRoster,
    /// A folder for run files.
    RunFolder,
    /// Where to write an exported PDF.
    ExportPdf,
    /// Where to write an exported CSV table.
    ExportCsv,
}

impl Purpose {
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenDesign => "Open a workshop design",
            Purpose::SaveDesign => "Save the workshop design as",
            Purpose::ImportCsv => "Import a When / What / Why table (CSV)",
            Purpose::ImportRoster => "Import a roster (CSV with Name, Department, Line)",
            Purpose::RunFolder => "Folder for run files",
            Purpose::ExportPdf => "Export the PDF as",
            Purpose::ExportCsv => "Export the barrier master list as CSV",
        }
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Purpose::OpenDesign | Purpose::SaveDesign => ("Workshop design", &["ron"]),
            Purpose::ImportCsv | Purpose::ImportRoster => ("CSV table", &["csv", "txt"]),
            Purpose::RunFolder => ("Folder", &[]),
            Purpose::ExportPdf => ("PDF document", &["pdf"]),
            Purpose::ExportCsv => ("CSV table", &["csv"]),
        }
    }
}

/// The answer of a file dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    Chosen(PathBuf),
    Cancelled,
    /// No system dialog could be shown: ask with the app's own dialog.
    Unavailable,
}

/// A dialog that closes faster than this was never seen by a person: rfd
/// returns `None` at once when there is no portal and no zenity.
const HUMAN_CANCEL: Duration = Duration::from_millis(150);

/// Whether a native dialog can appear here (on Linux: an XDG desktop portal
/// on the session bus, or zenity on the PATH).
pub fn native_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let has_zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    let has_portal_session =
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() && std::env::var_os("XDG_CURRENT_DESKTOP").is_some();
    has_zenity || has_portal_session
}

/// Shows the system dialog for `purpose`, starting in `dir`.
pub fn pick(purpose: Purpose, dir: Option<&Path>, suggested_name: &str) -> Picked {
    if !native_available() {
        return Picked::Unavailable;
    }
    let (filter_name, extensions) = purpose.filter();
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
    if !extensions.is_empty() {
        dialog = dialog.add_filter(filter_name, extensions);
    }
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    let started = Instant::now();
    let chosen = match purpose {
        Purpose::SaveDesign | Purpose::ExportPdf | Purpose::ExportCsv => {
            dialog.set_file_name(suggested_name).save_file()
        }
        Purpose::OpenDesign | Purpose::ImportCsv | Purpose::ImportRoster => dialog.pick_file(),
        Purpose::RunFolder => dialog.pick_folder(),
    };
    match chosen {
        Some(path) => Picked::Chosen(path),
        None if started.elapsed() < HUMAN_CANCEL => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}
