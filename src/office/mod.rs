//! Documents for office programs: the agenda as an Excel workbook a
//! consultant edits and imports again. Like [`crate::pdf`], every fixed word
//! comes from the catalogue in the design's language.

mod agenda_xlsx;

pub use agenda_xlsx::agenda_workbook;

/// What went wrong writing an office document (the writer's own reason).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct OfficeError(pub String);
