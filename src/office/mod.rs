//! Documents for office programs: the agenda as an Excel workbook a
//! consultant edits and imports again, and the handout and the guide as
//! Word documents a client edits. Like [`crate::pdf`], every fixed word
//! comes from the catalogue in the design's language.

mod agenda_xlsx;
mod design_docx;
mod docx_package;
mod word;

pub use agenda_xlsx::agenda_workbook;
pub use design_docx::{guide_docx, handout_docx};

/// What went wrong writing an office document (the writer's own reason).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct OfficeError(pub String);
