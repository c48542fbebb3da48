//! The one way our RON files are read and written: `(format: N, <kind>: (...))`,
//! `Option` fields without `Some(..)`, the format checked before the rest so a
//! newer file is refused by name, and errors with file, line and column.

use std::path::Path;

use ron::extensions::Extensions;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StoreError;
use super::error::FileWhat;
use crate::catalogue::{StoreText, app_lang};

/// The format this version writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// A kind of file: what it is called in messages and its top-level field.
#[derive(Clone, Copy, Debug)]
pub struct FileKind {
    /// A workshop design, for messages.
    pub what: FileWhat,
    /// `design`, the field that holds the content.
    pub field: &'static str,
}

/// Only the version, everything else skipped, to decide how to read the rest.
#[derive(serde::Deserialize)]
struct FormatProbe {
    format: Option<u32>,
}

/// The RON dialect of our files: `Option` fields are written without `Some(..)`.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses a whole file into `T` (the `(format, <field>)` wrapper); `path` is
/// only used in error messages.
pub(crate) fn parse<T: DeserializeOwned>(path: &Path, text: &str, kind: FileKind) -> Result<T, StoreError> {
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.to_path_buf(), what: kind.what });
    }
    let lang = app_lang();
    let options = ron_options();
    if let Ok(probe) = options.from_str::<FormatProbe>(text) {
        match probe.format {
            Some(found) if found > FORMAT_VERSION => {
                return Err(StoreError::NewerFormat { path: path.to_path_buf(), found, supported: FORMAT_VERSION });
            }
            Some(0) => return Err(StoreError::BadFormat { path: path.to_path_buf(), found: 0 }),
            Some(_) => {}
            None => {
                return Err(StoreError::Invalid {
                    path: path.to_path_buf(),
                    message: StoreText::NoFormatNumber.fill(lang, &[&kind.what.unlike(lang), &kind.field]),
                });
            }
        }
    }
    options.from_str(text).map_err(|e| {
        let mut message = e.code.to_string();
        if !text.trim_start().starts_with('(') && e.span.start.line <= 1 {
            message.push_str(&StoreText::NotLikeOurFile.fill(lang, &[&kind.what.unlike(lang), &kind.field]));
        }
        StoreError::Syntax { path: path.to_path_buf(), line: e.span.start.line, column: e.span.start.col, message }
    })
}

/// The text a value is saved as (pretty, four-space indents, ending in a newline).
pub(crate) fn to_text<T: Serialize>(value: &T) -> String {
    let pretty = ron::ser::PrettyConfig::new().indentor("    ").struct_names(false);
    ron_options().to_string_pretty(value, pretty).expect("our files hold only strings, numbers and lists") + "\n"
}
