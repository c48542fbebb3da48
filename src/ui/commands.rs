//! Everything the user can ask for, as values. Views push commands during the
//! frame; [`App::run_cmd`](super::App::run_cmd) applies them at its end, the
//! one place where the document, the selection and the files change.

use std::path::PathBuf;

use crate::capture::CaptureEdit;
use crate::edit::Edit;
use crate::model::ItemId;
use crate::runner::Control;

use super::app::Mode;

#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Start a blank design.
    NewBlank,
    /// Start a new design from a bundled kit (by name).
    NewFromKit(&'static str),
    /// Ask for a design file to open.
    Open,
    /// Open this design file.
    OpenPath(PathBuf),
    /// Save to the design's file, or ask where when it has none.
    Save,
    /// Ask where to save.
    SaveAs,
    /// Save to this path and make it the design's file.
    SaveTo(PathBuf),
    /// Ask for a CSV table to import.
    ImportAgenda,
    /// Import this CSV table as a new design.
    ImportAgendaPath(PathBuf),
    /// One sheet of a workbook, as chosen.
    ImportAgendaSheet(PathBuf, String),
    Undo,
    Redo,
    /// A structural change to the design (one undo step).
    Edit(Edit),
    /// Select a row (`None`: no row); the details panel stays as it is.
    Select(Option<ItemId>),
    /// Select a row and open its details beside the table.
    ShowDetails(ItemId),
    /// Close the details panel, keeping the selection.
    HideDetails,
    /// Show one variant's schedule, or all items (`None`).
    SetVariant(Option<String>),
    SetMode(Mode),
    /// The app's language, or `None` to follow the system.
    SetLanguage(Option<crate::model::Lang>),
    /// The title typed for an agenda just imported without a title row.
    SetImportedTitle(String),
    /// Save to this path; only if that worked, run the command.
    SaveToThen(PathBuf, Box<Command>),
    /// Save (asking where if needed), then run the command.
    SaveThen(Box<Command>),
    /// Restore the work found in the recovery file.
    RestoreRecovery(Box<crate::store::Recovery>),
    /// Throw the recovery file away.
    DiscardRecovery,
    /// Start a run of the open design in the shown variant, after offering
    /// back its unfinished runs if it has any.
    StartRun,
    /// Mark these unfinished runs as given up, then start a new run.
    StartNewRun {
        leave: Vec<PathBuf>,
        start_timer: bool,
    },
    /// A timer control of the run in progress.
    Run(Control),
    /// A capture or roster change in the run in progress.
    Capture(CaptureEdit),
    /// Leave the run view's run (finishing it first if it was still going).
    CloseRun,
    /// Resume the run saved in this file.
    ResumeRun(PathBuf),
    /// Never offer these unfinished runs again (their files stay, marked unfinished).
    LeaveUnfinished(Vec<PathBuf>),
    /// Take back the last run action (next, go to, extend, finish…).
    UndoRun,
    /// The run changed by itself (an item went on at 0:00): save it.
    RunChanged,
    /// Ask for a roster CSV to import into the run.
    ImportRoster,
    ImportRosterPath(PathBuf),
    /// Ask for the folder new run files go to.
    ChooseRunFolder,
    SetRunFolder(PathBuf),
    /// Ask how to export a document (variant, paper), as a PDF or for Word.
    ExportDialog(ExportDoc, DocFormat),
    /// Ask where to save the export, then write it.
    Export(ExportRequest),
    /// Write the export to this path.
    ExportTo(ExportRequest, PathBuf),
    /// A decision on the results: a run counted or left out, a merge, a priority, an owner.
    Decide(crate::results::DecisionEdit),
    /// A correction to a past run, saved to its file.
    CorrectRun(PathBuf, CaptureEdit),
    /// Read the run files for the results again.
    ReloadResults,
    /// Ask where to write the barrier master list as CSV.
    ExportMasterCsv,
    ExportMasterCsvTo(PathBuf),
    /// Ask where to write the agenda as an Excel workbook (every variant a sheet).
    ExportAgenda,
    ExportAgendaTo(PathBuf),
    /// Full screen on or off for the window that has the keyboard.
    ToggleFullScreen,
    /// Open or close the projector window of the run.
    ToggleProjector,
    /// Blank the projector to black, or bring it back.
    ToggleBlackout,
    /// Close the window.
    Quit,
    /// Run the command without asking about unsaved changes (they were saved or discarded).
    Force(Box<Command>),
}

impl Command {
    /// Commands that replace the open design, and so must not lose unsaved changes.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Command::NewBlank
                | Command::NewFromKit(_)
                | Command::Open
                | Command::OpenPath(_)
                | Command::ImportAgenda
                | Command::ImportAgendaPath(_)
                | Command::ImportAgendaSheet(..)
                | Command::RestoreRecovery(_)
                | Command::Quit
        )
    }
}

/// The documents the app exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportDoc {
    Handout,
    Guide,
    Signin,
    /// The report of the run in progress (or just finished).
    Report,
    /// The report across the runs counted in the results view.
    CrossReport,
}

impl ExportDoc {
    pub fn label(self) -> &'static str {
        use crate::catalogue::{Ui, tr};
        tr(match self {
            ExportDoc::Handout => Ui::ParticipantHandout,
            ExportDoc::Guide => Ui::FacilitatorGuide,
            ExportDoc::Signin => Ui::SignInSheet,
            ExportDoc::Report => Ui::ResultsReport,
            ExportDoc::CrossReport => Ui::ReportAcrossRuns,
        })
    }

    /// Whether it is also written for Word: the handout and the guide,
    /// which clients edit; a sign-in sheet and a report are for printing.
    pub fn has_word_form(self) -> bool {
        matches!(self, ExportDoc::Handout | ExportDoc::Guide)
    }

    /// A file name part in the documents' language: `handout`, `leitfaden`...
    pub fn slug(self, lang: crate::model::Lang) -> &'static str {
        use crate::catalogue::Word;
        match self {
            ExportDoc::Handout => Word::FileHandout,
            ExportDoc::Guide => Word::FileGuide,
            ExportDoc::Signin => Word::FileSignin,
            ExportDoc::Report => Word::FileReport,
            ExportDoc::CrossReport => Word::FileAcrossRuns,
        }
        .text(lang)
    }
}

/// What a document is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocFormat {
    Pdf,
    /// A Word document (`.docx`), for the handout and the guide.
    Word,
}

impl DocFormat {
    /// The extension of its files.
    pub fn extension(self) -> &'static str {
        match self {
            DocFormat::Pdf => "pdf",
            DocFormat::Word => "docx",
        }
    }
}

/// What to export, as chosen in the export dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRequest {
    pub doc: ExportDoc,
    pub format: DocFormat,
    pub variant: Option<String>,
    pub paper: crate::pdf::Paper,
    pub open_after: bool,
}
