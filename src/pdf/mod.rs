//! PDF documents: handouts, facilitator guides, sign-in sheets and reports.
//!
//! Built on printpdf without its layout engine: text is measured with the
//! bundled font's glyph widths (`fonts`) and wrapped by us (`text`), so every
//! line is known to fit before it is drawn.

pub mod fonts;
pub mod text;
