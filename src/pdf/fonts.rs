//! The one font family of every PDF (DejaVu Sans, regular and bold), built
//! into the binary, and the measuring of text with its real glyph widths.

use std::sync::OnceLock;

use printpdf::ParsedFont;

/// DejaVu Sans, also the app's fallback font (`ui::fonts`).
pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// A parsed face with what measuring needs.
pub struct Face {
    pub parsed: ParsedFont,
    pub bytes: &'static [u8],
    /// Ascent and descent as fractions of the font size (descent negative).
    pub ascent: f32,
    pub descent: f32,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings).expect("the bundled font parses");
        let em = f32::from(parsed.units_per_em.max(1));
        let ascent = f32::from(parsed.font_metrics.ascent) / em;
        let descent = f32::from(parsed.font_metrics.descent) / em;
        Face { parsed, bytes, ascent, descent }
    }

    /// Whether the face can draw `c` (not .notdef).
    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed.lookup_glyph_index(c as u32).is_some_and(|g| g != 0)
    }

    /// Advance width of `c` at `size` points; a missing glyph measures as its replacement '?'.
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        let gid = self.parsed.lookup_glyph_index(c as u32).or_else(|| self.parsed.lookup_glyph_index('?' as u32));
        let units = gid.and_then(|g| self.parsed.get_glyph_width(g)).unwrap_or(0);
        f32::from(units) * size / f32::from(self.parsed.units_per_em.max(1))
    }

    /// Width of `text` at `size` points: the sum of advances, as `ShowText`
    /// draws it (no kerning), so what is measured is what is printed.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }
}

/// The bundled faces, parsed once per process.
pub fn face(weight: Weight) -> &'static Face {
    static REGULAR: OnceLock<Face> = OnceLock::new();
    static BOLD: OnceLock<Face> = OnceLock::new();
    match weight {
        Weight::Regular => REGULAR.get_or_init(|| Face::load(REGULAR_TTF)),
        Weight::Bold => BOLD.get_or_init(|| Face::load(BOLD_TTF)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn european_text_has_every_glyph() {
        for weight in [Weight::Regular, Weight::Bold] {
            for c in "äöüÄÖÜß éèêàçñ ÆØÅ łśżč „quotes“ ‘’ “” – — … € •".chars().filter(|c| !c.is_whitespace())
            {
                assert!(face(weight).has_glyph(c), "{weight:?} lacks {c}");
            }
        }
    }

    #[test]
    fn widths_scale_with_size_and_bold_is_wider() {
        let regular = face(Weight::Regular);
        let w10 = regular.width("Kundenservice", 10.0);
        let w20 = regular.width("Kundenservice", 20.0);
        assert!((w20 - 2.0 * w10).abs() < 0.01);
        assert!(face(Weight::Bold).width("Kundenservice", 10.0) > w10);
        assert!(regular.width("iii", 10.0) < regular.width("MMM", 10.0));
        assert!(regular.ascent > 0.7 && regular.descent < -0.1, "{} {}", regular.ascent, regular.descent);
    }
}
