//! PDF documents: handouts, facilitator guides, sign-in sheets and reports.
//!
//! Built on printpdf without its layout engine: text is measured with the
//! bundled font's glyph widths and kerning (`fonts`), given curly quotes
//! and hyphenation points (`typography`), wrapped (`text`) and poured down
//! pages (`flow`, `table`, `chart`) into laid-out pages (`page`), which
//! `render` turns into a PDF with the fonts subset to the characters used.

pub mod chart;
pub mod cross_report;
pub mod design_content;
pub mod design_docs;
pub mod flow;
pub mod fonts;
pub mod page;
pub mod render;
pub mod report;
pub mod table;
pub mod text;
pub mod typography;

pub use page::{Laid, Paper};
