//! The workshop designs that ship inside the binary, so the app has something
//! real to open from any folder and with no files at all.

use std::path::Path;

use super::{StoreError, parse_design};
use crate::model::Design;

/// A bundled design: its short name, the file it came from, and its text.
#[derive(Clone, Copy, Debug)]
pub struct Kit {
    /// What to type on the command line, e.g. `customer-care-morning`.
    pub name: &'static str,
    pub file_name: &'static str,
    pub source: &'static str,
}

impl Kit {
    pub fn load(&self) -> Result<Design, StoreError> {
        parse_design(Path::new(self.file_name), self.source)
    }
}

macro_rules! kit {
    ($name:literal) => {
        Kit {
            name: $name,
            file_name: concat!($name, ".workshop.ron"),
            source: include_str!(concat!("../../kits/", $name, ".workshop.ron")),
        }
    };
}

/// Every bundled kit; the first is the one the app opens the first time.
pub const KITS: &[Kit] = &[
    kit!("customer-care-morning"),
    kit!("coworker-service"),
    kit!("cx-values-culture"),
    kit!("cx-werte-kultur"),
    kit!("not-my-job"),
    kit!("team-vision-day"),
];

/// The kit called `name` (its short name or file name, any case).
pub fn find(name: &str) -> Option<&'static Kit> {
    let name = name.trim();
    KITS.iter().find(|k| k.name.eq_ignore_ascii_case(name) || k.file_name.eq_ignore_ascii_case(name))
}

pub fn names() -> Vec<&'static str> {
    KITS.iter().map(|k| k.name).collect()
}

/// The kit the app opens when it has nothing else to show.
pub fn default_kit() -> &'static Kit {
    &KITS[0]
}
