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
use crate::model::Lang;

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
        let mut message = ron_reason(&e.code, lang);
        if !text.trim_start().starts_with('(') && e.span.start.line <= 1 {
            message.push_str(&StoreText::NotLikeOurFile.fill(lang, &[&kind.what.unlike(lang), &kind.field]));
        }
        StoreError::Syntax { path: path.to_path_buf(), line: e.span.start.line, column: e.span.start.col, message }
    })
}

/// What ron found wrong, in `lang`; the rare kinds no one meets in a file
/// written by hand or by us say "cannot be read here" (in English with
/// ron's own words after it).
fn ron_reason(code: &ron::Error, lang: Lang) -> String {
    use ron::Error as E;
    let token = |t: &str| StoreText::RonExpectedToken.fill(lang, &[&t]);
    let text = match code {
        E::Eof => StoreText::RonEof,
        E::ExpectedArray => return token("["),
        E::ExpectedArrayEnd => return token("]"),
        E::ExpectedMap => return token("{"),
        E::ExpectedMapEnd => return token("}"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => return token("("),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => return token(")"),
        E::ExpectedComma => StoreText::RonExpectedComma,
        E::ExpectedMapColon => StoreText::RonExpectedColon,
        E::ExpectedString | E::ExpectedChar => StoreText::RonExpectedText,
        E::ExpectedStringEnd => StoreText::RonTextNotClosed,
        E::ExpectedInteger | E::InvalidIntegerDigit { .. } | E::UnderscoreAtBeginning => {
            StoreText::RonExpectedWholeNumber
        }
        E::ExpectedFloat | E::FloatUnderscore => StoreText::RonExpectedNumber,
        E::ExpectedBoolean => StoreText::RonExpectedTrueFalse,
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => StoreText::RonExpectedName,
        E::InvalidValueForType { .. } | E::ExpectedOption | E::ExpectedUnit | E::ExpectedDifferentStructName { .. } => {
            StoreText::RonWrongKind
        }
        E::ExpectedDifferentLength { found, .. } => return StoreText::RonWrongLength.fill(lang, &[found]),
        E::UnexpectedChar(c) => return StoreText::RonUnexpectedChar.fill(lang, &[&format!("{c:?}")]),
        E::TrailingCharacters => StoreText::RonTrailing,
        E::NoSuchEnumVariant { expected, found, .. } => {
            return StoreText::RonUnknownValue.fill(lang, &[found, &expected.join(", ")]);
        }
        E::NoSuchStructField { expected, found, .. } => {
            return StoreText::RonUnknownField.fill(lang, &[found, &expected.join(", ")]);
        }
        E::MissingStructField { field, .. } => return StoreText::RonMissingField.fill(lang, &[field]),
        E::DuplicateStructField { field, .. } => return StoreText::RonDuplicateField.fill(lang, &[field]),
        E::IntegerOutOfBounds => StoreText::RonNumberOutOfRange,
        E::UnclosedBlockComment | E::UnclosedLineComment => StoreText::RonCommentNotClosed,
        E::InvalidEscape(_) => StoreText::RonBadEscape,
        E::Utf8Error(_) => StoreText::RonNotUtf8,
        E::ExceededRecursionLimit => StoreText::RonTooDeep,
        _ if lang == Lang::English => {
            return format!("{}: {code}", StoreText::RonUnreadable.text(lang));
        }
        _ => StoreText::RonUnreadable,
    };
    text.text(lang).to_string()
}

/// The text a value is saved as (pretty, four-space indents, ending in a newline).
pub(crate) fn to_text<T: Serialize>(value: &T) -> String {
    let pretty = ron::ser::PrettyConfig::new().indentor("    ").struct_names(false);
    ron_options().to_string_pretty(value, pretty).expect("our files hold only strings, numbers and lists") + "\n"
}
