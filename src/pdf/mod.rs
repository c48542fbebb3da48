//! PDF documents: handouts, facilitator guides, sign-in sheets and reports.
//!
//! Built on printpdf without its layout engine: text is measured with the
//! bundled font's glyph widths (`fonts`), wrapped (`text`) and poured down
//! pages (`flow`) into laid-out pages (`page`), which `render` turns into a
//! PDF with the fonts subset to the characters used.

pub mod cross_report;
pub mod design_docs;
pub mod flow;
pub mod fonts;
pub mod page;
pub mod render;
pub mod report;
pub mod text;

pub use page::{Laid, Paper};
