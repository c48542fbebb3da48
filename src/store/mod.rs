//! Files: workshop designs, runs and decisions on disk, agenda import
//! (CSV, .xlsx, .ods, .docx), roster import, the bundled kits, recovery of unsaved work, and the marker
//! naming the run in progress.
//!
//! Every function here takes a user's file as possibly broken, huge, from a
//! newer version or not a workshop at all, and answers with a [`StoreError`]
//! that names the file and the place. Nothing here overwrites a file except by
//! an atomic save that keeps the previous version.

mod agenda_table;
mod atomic;
mod csv_import;
mod decisions_file;
mod design_file;
mod docx_import;
mod error;
pub mod kits;
mod office_package;
mod pasted;
mod recovery;
mod ron_file;
mod roster_csv;
mod run_files;
mod session_file;
mod text;
mod workbook_import;

pub use agenda_table::title_from_path;
pub use atomic::{backup_path, write_atomic, write_atomic_with};
pub use csv_import::{import_csv, parse_csv};
pub use decisions_file::{DECISIONS_EXTENSION, decisions_path, load_decisions, save_decisions};
pub use design_file::{DESIGN_EXTENSION, design_to_string, load_design, parse_design, save_design};
pub use docx_import::{import_docx, is_document};
pub use error::{FileWhat, StoreError};
pub use office_package::MAX_UNPACKED_BYTES;
pub use pasted::pasted_items;
pub use recovery::{RECOVERY_FILE, Recovery, clear_recovery, read_recovery, write_recovery};
pub use ron_file::FORMAT_VERSION;
pub use roster_csv::{import_roster, parse_roster};
pub use run_files::{ReadRuns, RunFile, find_decisions, read_runs};
pub use session_file::{
    SESSION_EXTENSION, clear_active_run, find_session_files, load_session, new_session_path, parse_session,
    read_active_run, save_session, session_to_string, set_active_run,
};
pub use text::{MAX_FILE_BYTES, read_text};
pub use workbook_import::{AGENDA_EXTENSIONS, agenda_sheets, import_workbook, is_agenda_table, is_workbook};

use std::path::Path;

use crate::model::Design;

/// Imports an agenda table: a workbook (`.xlsx`, `.ods`) from `sheet` or its
/// first agenda sheet, a Word document's first agenda table, anything else
/// as CSV.
pub fn import_agenda(path: &Path, sheet: Option<&str>) -> Result<Design, StoreError> {
    if is_workbook(path) {
        import_workbook(path, sheet)
    } else if is_document(path) {
        import_docx(path)
    } else {
        import_csv(path)
    }
}

/// Opens `name` as a design: a file if one exists at that path, otherwise a
/// bundled kit of that name. Returns the design and a name to show for it.
pub fn open_design(name: &str) -> Result<(Design, String), StoreError> {
    let path = Path::new(name);
    if path.exists() {
        return Ok((load_design(path)?, name.to_string()));
    }
    if let Some(kit) = kits::find(name) {
        return Ok((kit.load()?, kit.file_name.to_string()));
    }
    Err(StoreError::NotFound { name: name.to_string(), known: kits::names().join(", ") })
}
