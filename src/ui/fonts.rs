//! The app's fonts: egui's own first, then the bundled DejaVu Sans (the
//! documents' font) behind them as a fallback, so every character a PDF can
//! print (→ ↔ ✓ „ “ € ½ ł …) is drawn on screen too, never as an empty box.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::pdf::fonts::{BOLD_TTF, REGULAR_TTF};

/// The family that draws bold text with DejaVu Sans Bold.
pub const BOLD: &str = "bold";

/// egui's default fonts with DejaVu Sans added as the lowest-priority
/// fallback of every family, and a bold family.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert("DejaVuSans".into(), Arc::new(FontData::from_static(REGULAR_TTF)));
    defs.font_data.insert("DejaVuSans-Bold".into(), Arc::new(FontData::from_static(BOLD_TTF)));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        defs.families.entry(family).or_default().push("DejaVuSans".into());
    }
    defs.families.insert(FontFamily::Name(BOLD.into()), vec!["DejaVuSans-Bold".into(), "DejaVuSans".into()]);
    defs
}

/// Gives `ctx` the app's fonts (they apply from the next frame).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
