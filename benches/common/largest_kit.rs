//! The bundled kit the document benchmarks measure: the one with the most
//! agenda items, in its first variant.

use workshop_kit::model::Design;
use workshop_kit::store::kits;

/// The bundled kit with the most agenda items, and its first variant.
pub fn largest_kit() -> (Design, Option<String>) {
    let design = kits::KITS.iter().map(|k| k.load().expect("kits load")).max_by_key(|d| d.agenda.len()).expect("kits");
    let variant = design.variants.first().map(|v| v.name.clone());
    (design, variant)
}
