//! Errors from reading and writing files, always naming the file and, where
//! there is one, the line and column or CSV row.

use std::path::PathBuf;

/// What went wrong with a file, and where.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file is empty; it should hold {what}")]
    Empty { path: PathBuf, what: &'static str },
    #[error("{path}: the file is {size} bytes, more than the {limit}-byte limit for {what}; it is not opened")]
    TooLarge { path: PathBuf, size: u64, limit: u64, what: &'static str },
    #[error("{path}: this is not a text file (invalid UTF-8 at byte {offset}); is it really {what}?")]
    NotText { path: PathBuf, offset: usize, what: &'static str },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax { path: PathBuf, line: usize, column: usize, message: String },
    #[error(
        "{path}: written in format {found}, but this version of Workshop Kit reads formats up to {supported}; \
         open it with a newer Workshop Kit"
    )]
    NewerFormat { path: PathBuf, found: u32, supported: u32 },
    #[error("{path}: format {found} is not a Workshop Kit format")]
    BadFormat { path: PathBuf, found: u32 },
    /// `place` is "row 4", or "row 4 (line 6)" when line breaks inside cells
    /// or blank lines make the file's line number differ from the row.
    #[error("{path}: {place}: {message}")]
    CsvRow { path: PathBuf, place: String, message: String },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("{path}: could not write the file ({source}); the previous version was left as it was")]
    Save {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("\"{name}\" is neither a file nor a bundled kit (bundled kits: {known})")]
    NotFound { name: String, known: String },
}

/// "row 4", with the file's line when it differs.
pub(crate) fn csv_place(row: usize, line: Option<u64>) -> String {
    match line {
        Some(l) if l as usize != row => format!("row {row} (line {l})"),
        _ => format!("row {row}"),
    }
}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io { path: path.into(), source }
    }
}
