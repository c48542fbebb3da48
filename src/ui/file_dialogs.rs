//! Picking files: the system's dialog (rfd) when one can appear, otherwise
//! the app's own path dialog, so a click on Open never does nothing.
//!
//! The system dialog runs on its own thread and its answer comes back as a
//! command: a native dialog blocks the thread that opens it, and the frame
//! thread must keep the countdown and the projector going while it is open.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use eframe::egui;

use super::commands::{Command, ExportRequest};
use crate::catalogue::{DesignUi, tr};

/// What a file is being picked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    OpenDesign,
    SaveDesign,
    ImportAgenda,
    ImportRoster,
    /// A folder for run files.
    RunFolder,
    /// Where to write an exported PDF.
    ExportPdf,
    /// Where to write an exported Word document.
    ExportDocx,
    /// Where to write an exported CSV table.
    ExportCsv,
    /// Where to write the agenda as an Excel workbook.
    ExportXlsx,
}

impl Purpose {
    pub fn title(self) -> &'static str {
        tr(match self {
            Purpose::OpenDesign => DesignUi::OpenDesignTitle,
            Purpose::SaveDesign => DesignUi::SaveDesignTitle,
            Purpose::ImportAgenda => DesignUi::ImportAgendaTitle,
            Purpose::ImportRoster => DesignUi::ImportRosterTitle,
            Purpose::RunFolder => DesignUi::RunFolderTitle,
            Purpose::ExportPdf => DesignUi::ExportPdfTitle,
            Purpose::ExportDocx => DesignUi::ExportDocxTitle,
            Purpose::ExportCsv => DesignUi::ExportCsvTitle,
            Purpose::ExportXlsx => DesignUi::ExportXlsxTitle,
        })
    }

    /// Whether the file is written (a save or an export), not read.
    pub fn writes(self) -> bool {
        self == Purpose::SaveDesign || self.export_extension().is_some()
    }

    /// The extension an exported file gets.
    pub fn export_extension(self) -> Option<&'static str> {
        match self {
            Purpose::ExportPdf => Some("pdf"),
            Purpose::ExportDocx => Some("docx"),
            Purpose::ExportCsv => Some("csv"),
            Purpose::ExportXlsx => Some("xlsx"),
            _ => None,
        }
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Purpose::OpenDesign | Purpose::SaveDesign => (tr(DesignUi::WorkshopDesign), &["ron"]),
            Purpose::ImportAgenda => (tr(DesignUi::AgendaTables), &crate::store::AGENDA_EXTENSIONS),
            Purpose::ImportRoster => (tr(DesignUi::CsvTable), &["csv", "txt"]),
            Purpose::RunFolder => (tr(DesignUi::Folder), &[]),
            Purpose::ExportPdf => (tr(DesignUi::PdfDocument), &["pdf"]),
            Purpose::ExportDocx => (tr(DesignUi::WordDocument), &["docx"]),
            Purpose::ExportCsv => (tr(DesignUi::CsvTable), &["csv"]),
            Purpose::ExportXlsx => (tr(DesignUi::ExcelWorkbook), &["xlsx"]),
        }
    }
}

/// A system dialog's words, taken on the UI thread: the app's language is
/// the UI thread's, and the dialog runs on a thread of its own.
struct DialogWords {
    title: &'static str,
    filter_name: &'static str,
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

/// Shows the system dialog for `purpose`, starting in `dir`, with its title
/// and its filter's name in `words`. It blocks until answered: only
/// [`OpenPicker::spawn`] calls it, on a thread of its own.
fn pick(purpose: Purpose, dir: Option<&Path>, suggested_name: &str, words: DialogWords) -> Picked {
    if !native_available() {
        return Picked::Unavailable;
    }
    let (_, extensions) = purpose.filter();
    let DialogWords { title, filter_name } = words;
    let mut dialog = rfd::FileDialog::new().set_title(title);
    if !extensions.is_empty() {
        dialog = dialog.add_filter(filter_name, extensions);
    }
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    let started = Instant::now();
    let chosen = match purpose {
        _ if purpose.writes() => dialog.set_file_name(suggested_name).save_file(),
        Purpose::RunFolder => dialog.pick_folder(),
        _ => dialog.pick_file(),
    };
    match chosen {
        Some(path) => Picked::Chosen(path),
        None if started.elapsed() < HUMAN_CANCEL => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

/// A file question and what to do with its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct PickRequest {
    pub purpose: Purpose,
    /// The folder to start in (`None`: the app's working folder).
    pub dir: Option<PathBuf>,
    /// The file name offered for a save or an export.
    pub name: String,
    /// For a save asked for before another command (see `Command::SaveThen`).
    pub then: Option<Box<Command>>,
    /// For a PDF or Word export: what to write once the path is known.
    pub export: Option<ExportRequest>,
    /// The design when the question was asked: the window stays usable while
    /// the system dialog is open, and edits made meanwhile must be asked
    /// about again before an Open or an import replaces them.
    pub design_then: Option<Box<crate::model::Design>>,
}

impl PickRequest {
    pub fn new(purpose: Purpose, dir: Option<PathBuf>, name: impl Into<String>) -> Self {
        PickRequest { purpose, dir, name: name.into(), then: None, export: None, design_then: None }
    }

    /// The command that acts on the chosen `path` (`None`: an export with
    /// nothing to write).
    pub fn command_for(&self, path: PathBuf) -> Option<Command> {
        Some(match self.purpose {
            Purpose::OpenDesign => Command::Force(Box::new(Command::OpenPath(path))),
            Purpose::ImportAgenda => Command::Force(Box::new(Command::ImportAgendaPath(path))),
            Purpose::ImportRoster => Command::ImportRosterPath(path),
            Purpose::RunFolder => Command::SetRunFolder(path),
            Purpose::SaveDesign => match &self.then {
                Some(then) => Command::SaveToThen(path, then.clone()),
                None => Command::SaveTo(path),
            },
            Purpose::ExportPdf | Purpose::ExportDocx => Command::ExportTo(self.export.clone()?, path),
            Purpose::ExportCsv => Command::ExportMasterCsvTo(path),
            Purpose::ExportXlsx => Command::ExportAgendaTo(path),
        })
    }

    /// What the app's own path dialog starts with: the offered file for a
    /// save, the folder for everything else.
    pub fn start_text(&self) -> String {
        let dir = self.dir.clone().unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
        match self.purpose {
            purpose if purpose.writes() && !self.name.is_empty() => dir.join(&self.name).display().to_string(),
            _ => format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR),
        }
    }
}

/// A system dialog open on its own thread.
pub struct OpenPicker {
    pub request: PickRequest,
    answer: Receiver<Picked>,
}

impl std::fmt::Debug for OpenPicker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenPicker").field("request", &self.request).finish_non_exhaustive()
    }
}

impl OpenPicker {
    /// Shows the system dialog for `request` on a thread of its own; the
    /// window repaints when it answers.
    pub fn spawn(request: PickRequest, ctx: &egui::Context) -> OpenPicker {
        let (send, answer) = channel();
        let (purpose, dir, name) = (request.purpose, request.dir.clone(), request.name.clone());
        let ctx = ctx.clone();
        let words = DialogWords { title: purpose.title(), filter_name: purpose.filter().0 };
        std::thread::spawn(move || {
            let picked = pick(purpose, dir.as_deref(), &name, words);
            // The app may have closed meanwhile; then nobody is waiting.
            let _ = send.send(picked);
            ctx.request_repaint();
        });
        OpenPicker { request, answer }
    }

    /// The answer, once there is one.
    pub fn answer(&self) -> Option<Picked> {
        match self.answer.try_recv() {
            Ok(picked) => Some(picked),
            Err(TryRecvError::Empty) => None,
            // The thread died without answering (a panic in the dialog library).
            Err(TryRecvError::Disconnected) => Some(Picked::Unavailable),
        }
    }
}
