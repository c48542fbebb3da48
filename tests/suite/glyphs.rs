//! The app draws every character the documents can: every character of
//! every bundled kit, and the typographic characters consultants type, has a
//! glyph in the app's fonts (no empty boxes on screen).

use eframe::egui::{self, FontFamily, FontId};
use workshop_kit::store::kits::KITS;

const TYPOGRAPHY: &str = "→ ↔ ← ✓ ✗ • … – — “ ” ‘ ’ „ « » € £ ½ ° × ä ö ü ß é è ç ñ ø å ł š Ä Ö Ü";

#[test]
fn every_character_of_the_kits_and_of_common_typography_has_a_glyph() {
    let ctx = egui::Context::default();
    ctx.set_fonts(workshop_kit::ui::fonts::definitions());
    let mut out = ctx.run_ui(egui::RawInput::default(), |_ui| {});
    out.textures_delta.clear();
    let mut wanted: Vec<char> = TYPOGRAPHY.chars().filter(|c| !c.is_whitespace()).collect();
    for kit in KITS {
        wanted.extend(kit.source.chars().filter(|c| !c.is_control() && *c != ' '));
    }
    wanted.sort_unstable();
    wanted.dedup();
    assert!(wanted.contains(&'→') && wanted.contains(&'↔'), "the kits use arrows");
    let bold = FontId::new(14.0, FontFamily::Name(workshop_kit::ui::fonts::BOLD.into()));
    for font in [FontId::proportional(14.0), FontId::monospace(14.0), bold] {
        let missing: String = wanted.iter().filter(|c| !ctx.fonts_mut(|f| f.has_glyph(&font, **c))).collect();
        assert!(missing.is_empty(), "no glyph in {font:?} for: {missing}");
    }
    // egui's fonts alone miss some of them: the fallback is what draws them.
    let plain = egui::Context::default();
    let mut out = plain.run_ui(egui::RawInput::default(), |_ui| {});
    out.textures_delta.clear();
    assert!(!plain.fonts_mut(|f| f.has_glyph(&FontId::proportional(14.0), '↔')));
}
