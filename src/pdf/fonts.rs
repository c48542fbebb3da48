//! The one font family of every PDF (DejaVu Sans, regular and bold), built
//! into the binary, and the measuring of text with its real glyph widths and
//! the kerning of its `kern` table.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
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
    /// Glyph id and advance (font units) of the characters below U+2200,
    /// by code (glyph 0: none), so measuring does not search the cmap for
    /// every character.
    common: Vec<(u16, u16)>,
    /// Kerning by glyph pair (left << 16 | right), in font units.
    kerning: HashMap<u32, i16, BuildHasherDefault<PairHasher>>,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings).expect("the bundled font parses");
        let em = f32::from(parsed.units_per_em.max(1));
        let ascent = f32::from(parsed.font_metrics.ascent) / em;
        let descent = f32::from(parsed.font_metrics.descent) / em;
        let common = (0..COMMON)
            .map(|code| {
                let gid = parsed.lookup_glyph_index(code).unwrap_or(0);
                (gid, if gid == 0 { 0 } else { parsed.get_glyph_width(gid).unwrap_or(0) })
            })
            .collect();
        Face { kerning: kern_pairs(bytes), parsed, bytes, ascent, descent, common, units_per_em: em }
    }

    fn glyph(&self, c: char) -> Option<(u16, u16)> {
        if let Some(&(gid, advance)) = self.common.get(c as usize) {
            return (gid != 0).then_some((gid, advance));
        }
        let gid = self.parsed.lookup_glyph_index(c as u32).filter(|g| *g != 0)?;
        Some((gid, self.parsed.get_glyph_width(gid).unwrap_or(0)))
    }

    fn kern_units(&self, left: u16, right: u16) -> i16 {
        self.kerning.get(&(u32::from(left) << 16 | u32::from(right))).copied().unwrap_or(0)
    }

    /// The kerning between `left` and `right`, in thousandths of an em
    /// (negative: closer together), as a PDF `TJ` array takes it (negated).
    pub fn kern(&self, left: char, right: char) -> f32 {
        let (Some((l, _)), Some((r, _))) = (self.glyph(left), self.glyph(right)) else { return 0.0 };
        f32::from(self.kern_units(l, r)) * 1000.0 / self.units_per_em
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
        let mut units: i32 = 0;
        let mut previous = None;
        for c in text.chars() {
            let glyph = self.glyph(c).or_else(|| self.glyph('?'));
            let (gid, advance) = glyph.unwrap_or((0, 0));
            units += i32::from(advance);
            if let (Some(p), Some(_)) = (previous, glyph) {
                units += i32::from(self.kern_units(p, gid));
            }
            previous = glyph.map(|(g, _)| g);
        }
        units as f32 * size / self.units_per_em
    }
}

/// Characters below this code are looked up in a table, not the cmap.
const COMMON: u32 = 0x2200;

/// A hasher for glyph pairs: measuring asks for one pair per character,
/// and the standard hasher's protection against crafted keys costs more
/// than the lookup (the keys are the font's, not anyone's input).
#[derive(Default)]
struct PairHasher(u64);

impl std::hash::Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The horizontal pairs of a TrueType `kern` table (format 0 subtables, the
/// kind DejaVu has), read from the table allsorts finds; empty if the font
/// has none.
fn kern_pairs(bytes: &[u8]) -> HashMap<u32, i16, BuildHasherDefault<PairHasher>> {
    let mut pairs = HashMap::default();
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
