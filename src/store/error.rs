//! Errors from reading and writing files, always naming the file and, where
//! there is one, the line and column or CSV row.
//!
//! Every word of a message comes from the `StoreText` catalogue, in the
//! language the app speaks (`app_lang()`) when the message is shown; the
//! places (path, line, column, row) stay as they are in every language.

use std::fmt;
use std::path::PathBuf;

use crate::catalogue::{StoreText, app_lang};
use crate::model::{Lang, TimeParseError};

/// What went wrong with a file, and where.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Empty {
        path: PathBuf,
        what: FileWhat,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
        what: FileWhat,
    },
    NotText {
        path: PathBuf,
        offset: usize,
        what: FileWhat,
    },
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    BadFormat {
        path: PathBuf,
        found: u32,
    },
    /// A row of an agenda table or roster: `place` is "row 4", or "row 4
    /// (line 6)" when line breaks inside cells or blank lines make a CSV
    /// file's line number differ from the row, or "sheet „Agenda“, row 4,
    /// column B" (in the language of the moment the error was made).
    CsvRow {
        path: PathBuf,
        place: String,
        message: String,
    },
    Invalid {
        path: PathBuf,
        message: String,
    },
    Save {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    NotFound {
        name: String,
        known: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = app_lang();
        let text = match self {
            StoreError::Io { path, source } => StoreText::Io.fill(lang, &[&path.display(), &io_reason(source, lang)]),
            StoreError::Empty { path, what } => StoreText::Empty.fill(lang, &[&path.display(), &what.name(lang)]),
            StoreError::TooLarge { path, size, limit, what } => {
                StoreText::TooLarge.fill(lang, &[&path.display(), size, limit, &what.name(lang)])
            }
            StoreError::NotText { path, offset, what } => {
                StoreText::NotText.fill(lang, &[&path.display(), offset, &what.name(lang)])
            }
            StoreError::Syntax { path, line, column, message } => {
                StoreText::Syntax.fill(lang, &[&path.display(), line, column, message])
            }
            StoreError::NewerFormat { path, found, supported } => {
                StoreText::NewerFormat.fill(lang, &[&path.display(), found, supported])
            }
            StoreError::BadFormat { path, found } => StoreText::BadFormat.fill(lang, &[&path.display(), found]),
            StoreError::CsvRow { path, place, message } => {
                StoreText::CsvRow.fill(lang, &[&path.display(), place, message])
            }
            StoreError::Invalid { path, message } => StoreText::Invalid.fill(lang, &[&path.display(), message]),
            StoreError::Save { path, source } => {
                StoreText::Save.fill(lang, &[&path.display(), &io_reason(source, lang)])
            }
            StoreError::NotFound { name, known } => StoreText::NotFound.fill(lang, &[name, known]),
        };
        f.write_str(&text)
    }
}

/// The kind of file a message says was expected: "a workshop design".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileWhat {
    Design,
    Run,
    Decisions,
    Recovery,
    CsvAgenda,
    CsvRoster,
    Workbook,
    Document,
}

impl FileWhat {
    /// "a workshop design", "ein Workshop-Entwurf".
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            FileWhat::Design => StoreText::WhatDesign,
            FileWhat::Run => StoreText::WhatRun,
            FileWhat::Decisions => StoreText::WhatDecisions,
            FileWhat::Recovery => StoreText::WhatRecovery,
            FileWhat::CsvAgenda => StoreText::WhatCsvAgenda,
            FileWhat::CsvRoster => StoreText::WhatCsvRoster,
            FileWhat::Workbook => StoreText::WhatWorkbook,
            FileWhat::Document => StoreText::WhatDocument,
        }
        .text(lang)
    }

    /// What "this does not look like …" says: in English the kind as
    /// [`name`](Self::name) gives it ("a workshop design"), in German its
    /// negation for "das ist wohl …" ("kein Workshop-Entwurf").
    pub(crate) fn unlike(self, lang: Lang) -> &'static str {
        if lang == Lang::English {
            return self.name(lang);
        }
        match self {
            FileWhat::Design => StoreText::NotDesign,
            FileWhat::Run => StoreText::NotRun,
            FileWhat::Decisions => StoreText::NotDecisions,
            FileWhat::Recovery => StoreText::NotRecovery,
            FileWhat::CsvAgenda => StoreText::NotCsvAgenda,
            FileWhat::CsvRoster => StoreText::NotCsvRoster,
            FileWhat::Workbook => StoreText::NotWorkbook,
            FileWhat::Document => StoreText::NotDocument,
        }
        .text(lang)
    }
}

/// Why the system refused a read or write: in English its own words, in
/// German ours for the common reasons (the system's for the rare ones).
fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    if lang == Lang::English {
        return e.to_string();
    }
    let ours = match e.kind() {
        ErrorKind::NotFound => StoreText::IoNotFound,
        ErrorKind::PermissionDenied => StoreText::IoPermissionDenied,
        ErrorKind::IsADirectory => StoreText::IoIsADirectory,
        ErrorKind::NotADirectory => StoreText::IoNotADirectory,
        ErrorKind::AlreadyExists => StoreText::IoAlreadyExists,
        ErrorKind::StorageFull => StoreText::IoStorageFull,
        ErrorKind::ReadOnlyFilesystem => StoreText::IoReadOnly,
        _ => return e.to_string(),
    };
    ours.text(lang).to_string()
}

/// "row 4", with the file's line when it differs, in the app's language now.
pub(crate) fn csv_place(row: usize, line: Option<u64>) -> String {
    let lang = app_lang();
    match line {
        Some(l) if l as usize != row => StoreText::RowLine.fill(lang, &[&row, &l]),
        _ => StoreText::Row.fill(lang, &[&row]),
    }
}

/// A typed time, duration or date that could not be read, in the app's language now.
pub(crate) fn time_error(e: &TimeParseError) -> String {
    let (message, text) = match e {
        TimeParseError::Time(t) => (StoreText::NotATime, t),
        TimeParseError::Duration(t) => (StoreText::NotADuration, t),
        TimeParseError::Date(t) => (StoreText::NotADate, t),
    };
    message.fill(app_lang(), &[text])
}

/// The reason a path without a file name cannot be saved to, as an
/// `io::Error`'s inner error: shown in the app's language when shown.
#[derive(Debug)]
pub(crate) struct NoFileName;

impl fmt::Display for NoFileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(StoreText::IoNoFileName.text(app_lang()))
    }
}

impl std::error::Error for NoFileName {}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io { path: path.into(), source }
    }
}
