//! The one font family of every PDF (DejaVu Sans, regular and bold), built
//! into the binary, and the measuring of text with its real glyph widths and
//! the kerning of its `kern` table.

use std::collections::HashMap;
use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tables::FontTableProvider;

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
    /// Glyph id and advance (font units) of the characters documents use
    /// most, so measuring does not search the cmap for every character.
    common: HashMap<char, (u16, u16)>,
    /// Kerning by glyph pair (left << 16 | right), in font units.
    kerning: HashMap<u32, i16>,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings).expect("the bundled font parses");
        let em = f32::from(parsed.units_per_em.max(1));
        let ascent = f32::from(parsed.font_metrics.ascent) / em;
        let descent = f32::from(parsed.font_metrics.descent) / em;
        let common = (' '..='\u{24f}')
            .chain('\u{2000}'..='\u{20ac}')
            .filter_map(|c| {
                let gid = parsed.lookup_glyph_index(c as u32).filter(|g| *g != 0)?;
                Some((c, (gid, parsed.get_glyph_width(gid).unwrap_or(0))))
            })
            .collect();
        Face { kerning: kern_pairs(bytes), parsed, bytes, ascent, descent, common, units_per_em: em }
    }

    fn glyph(&self, c: char) -> Option<(u16, u16)> {
        if let Some(found) = self.common.get(&c) {
            return Some(*found);
        }
        let gid = self.parsed.lookup_glyph_index(c as u32).filter(|g| *g != 0)?;
        Some((gid, self.parsed.get_glyph_width(gid).unwrap_or(0)))
    }

    /// The kerning between `left` and `right`, in thousandths of an em
    /// (negative: closer together), as a PDF `TJ` array takes it (negated).
    pub fn kern(&self, left: char, right: char) -> f32 {
        let (Some((l, _)), Some((r, _))) = (self.glyph(left), self.glyph(right)) else { return 0.0 };
        self.kerning
            .get(&(u32::from(l) << 16 | u32::from(r)))
            .map_or(0.0, |k| f32::from(*k) * 1000.0 / self.units_per_em)
    }

    /// Whether the face can draw `c` (not .notdef).
    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed.lookup_glyph_index(c as u32).is_some_and(|g| g != 0)
    }

    /// Advance width of `c` at `size` points; a missing glyph measures as its replacement '?'.
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        let units = self.glyph(c).or_else(|| self.glyph('?')).map_or(0, |(_, w)| w);
        f32::from(units) * size / self.units_per_em
    }

    /// Width of `text` at `size` points: the advances plus the kerning
    /// between neighbours, as `render` draws it, so what is measured is what
    /// is printed.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut width = 0.0;
        let mut previous = None;
        for c in text.chars() {
            width += self.char_width(c, size);
            if let Some(p) = previous {
                width += self.kern(p, c) * size / 1000.0;
            }
            previous = Some(c);
        }
        width
    }
}

/// The horizontal pairs of a TrueType `kern` table (format 0 subtables, the
/// kind DejaVu has), read from the table allsorts finds; empty if the font
/// has none.
fn kern_pairs(bytes: &[u8]) -> HashMap<u32, i16> {
    let mut pairs = HashMap::new();
    let Ok(file) = ReadScope::new(bytes).read::<FontData<'_>>() else { return pairs };
    let Ok(provider) = file.table_provider(0) else { return pairs };
    let Ok(Some(table)) = provider.table_data(allsorts::tag::KERN) else { return pairs };
    let u16_at = |at: usize| table.get(at..at + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let (Some(0), Some(count)) = (u16_at(0), u16_at(2)) else { return pairs };
    let mut at = 4;
    for _ in 0..count {
        let (Some(length), Some(coverage)) = (u16_at(at + 2), u16_at(at + 4)) else { break };
        // Format 0, horizontal, kerning values (not minimums), not cross-stream.
        if coverage >> 8 == 0 && coverage & 0b111 == 1 {
            let n = u16_at(at + 6).unwrap_or(0);
            for i in 0..usize::from(n) {
                let p = at + 14 + i * 6;
                let (Some(left), Some(right), Some(value)) = (u16_at(p), u16_at(p + 2), u16_at(p + 4)) else { break };
                pairs.insert(u32::from(left) << 16 | u32::from(right), value as i16);
            }
        }
        at += usize::from(length).max(6);
    }
    pairs
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

    #[test]
    fn kerned_pairs_sit_closer_than_their_advances() {
        let regular = face(Weight::Regular);
        assert!(regular.kern('A', 'V') < -20.0, "AV kerns: {}", regular.kern('A', 'V'));
        let apart = regular.char_width('A', 10.0) + regular.char_width('V', 10.0);
        assert!(regular.width("AV", 10.0) < apart - 0.2);
        assert_eq!(regular.kern('n', 'n'), 0.0);
    }
}
