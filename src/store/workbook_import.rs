//! Importing an agenda from a workbook: `.xlsx` (Excel) and `.ods`
//! (LibreOffice and others), read with calamine.
//!
//! The sheet is the one the user names, else the first whose top rows hold
//! a When / What / Why header (English or German). A spreadsheet's own time
//! cells (09:30 is kept as a fraction of a day) and duration cells are read
//! as times and minutes, text cells as a CSV's are. Before anything is
//! parsed, the file's size and what its archive unpacks to are checked, so a
//! 200 MB sheet or a zip bomb is refused by name, not read into memory; an
//! encrypted workbook is told apart from a damaged one.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Reader, Xlsx};

use super::StoreError;
use super::agenda_table::{Cell, Source, SourceRow, design_from_rows, has_agenda_header};
use super::office_package::{Package, damaged, invalid, open_package, read_package};
use crate::catalogue::{StoreText, app_lang};
use crate::model::{Design, Minutes, TimeOfDay};

/// The extensions of the workbooks this reader takes.
const WORKBOOK_EXTENSIONS: [&str; 3] = ["xlsx", "xlsm", "ods"];

/// What an agenda table may be, by extension: a workbook, a Word document,
/// or CSV text.
pub const AGENDA_EXTENSIONS: [&str; 6] = ["xlsx", "xlsm", "ods", "docx", "csv", "txt"];

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Whether `path` names a workbook this reader takes, by its extension.
pub fn is_workbook(path: &Path) -> bool {
    has_extension(path, &WORKBOOK_EXTENSIONS)
}

/// Whether `path` names an agenda table an import takes, by its extension.
pub fn is_agenda_table(path: &Path) -> bool {
    has_extension(path, &AGENDA_EXTENSIONS)
}

/// Imports the agenda on `sheet` of a workbook, or on its first sheet with
/// an agenda header.
pub fn import_workbook(path: &Path, sheet: Option<&str>) -> Result<Design, StoreError> {
    let bytes = read_package(path, Package::Workbook)?;
    let (name, rows) = agenda_rows(path, bytes, sheet)?;
    design_from_rows(path, &Source::Sheet(name), rows, None)
}

/// The names of a workbook's sheets that hold an agenda, for a choice.
pub fn agenda_sheets(path: &Path) -> Result<Vec<String>, StoreError> {
    let mut book = open(path, read_package(path, Package::Workbook)?)?;
    Ok(sheets_with_agenda(&mut book).map(|(name, _)| name).collect())
}

/// The sheets whose top rows hold an agenda header, with their rows, read
/// one after the other as they are asked for.
fn sheets_with_agenda(book: &mut Book) -> impl Iterator<Item = (String, Vec<SourceRow>)> + '_ {
    book.sheet_names().into_iter().filter_map(|name| {
        let rows = rows_of(&book.worksheet_range(&name).ok()?);
        has_agenda_header(&rows).then_some((name, rows))
    })
}

/// A workbook either format, after the checks no reader makes itself.
enum Book {
    Xlsx(Xlsx<Cursor<Vec<u8>>>),
    Ods(Ods<Cursor<Vec<u8>>>),
}

impl Book {
    fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Ods(b) => b.sheet_names(),
        }
    }

    fn worksheet_range(&mut self, name: &str) -> Result<calamine::Range<Data>, ()> {
        match self {
            Book::Xlsx(b) => b.worksheet_range(name).map_err(|_| ()),
            Book::Ods(b) => b.worksheet_range(name).map_err(|_| ()),
        }
    }
}

/// Opens the workbook, after the package's checks.
fn open(path: &Path, bytes: Vec<u8>) -> Result<Book, StoreError> {
    let archive = open_package(path, &bytes, Package::Workbook)?;
    let ods = archive.index_for_name("content.xml").is_some() && archive.index_for_name("xl/workbook.xml").is_none();
    drop(archive);
    let damaged = || damaged(path, Package::Workbook);
    if ods {
        Ods::new(Cursor::new(bytes)).map(Book::Ods).map_err(|_| damaged())
    } else {
        Xlsx::new(Cursor::new(bytes)).map(Book::Xlsx).map_err(|_| damaged())
    }
}

/// The rows of the sheet to import, and its name.
fn agenda_rows(path: &Path, bytes: Vec<u8>, sheet: Option<&str>) -> Result<(String, Vec<SourceRow>), StoreError> {
    let lang = app_lang();
    let mut book = open(path, bytes)?;
    let names = book.sheet_names();
    // German quotes the names ("„Sheet1“"); English lists them bare.
    let listed = || match lang {
        crate::model::Lang::English => names.join(", "),
        crate::model::Lang::German => {
            names.iter().map(|n| format!("\u{201e}{n}\u{201c}")).collect::<Vec<_>>().join(", ")
        }
    };
    let damaged = || damaged(path, Package::Workbook);
    if let Some(wanted) = sheet {
        let name = names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
            .cloned()
            .ok_or_else(|| invalid(path, StoreText::NoSuchSheet.fill(lang, &[&wanted, &listed()])))?;
        let range = book.worksheet_range(&name).map_err(|_| damaged())?;
        return Ok((name, rows_of(&range)));
    }
    if let Some(found) = sheets_with_agenda(&mut book).next() {
        return Ok(found);
    }
    Err(invalid(path, StoreText::NoAgendaSheet.fill(lang, &[&listed()])))
}

/// A sheet's rows as the agenda reader takes them, numbered and lettered
/// from the sheet's first row and column (the range may start lower).
fn rows_of(range: &calamine::Range<Data>) -> Vec<SourceRow> {
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    range
        .rows()
        .enumerate()
        .map(|(n, row)| {
            let mut cells = vec![Cell::Text(String::new()); first_column as usize];
            cells.extend(row.iter().map(cell_of));
            SourceRow { number: first_row as usize + n + 1, line: None, cells }
        })
        .collect()
}

/// A calamine cell as the agenda reader's.
fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Text(String::new()),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(if *b { "x".into() } else { String::new() }),
        Data::DateTime(dt) if dt.is_duration() => {
            Cell::Duration(Minutes::from_seconds((dt.as_f64() * 86_400.0) as i64))
        }
        Data::DateTime(dt) => {
            // The time of day is the fraction; a date before it is ignored.
            let minutes = (dt.as_f64().fract() * 1440.0).round() as u32 % 1440;
            TimeOfDay::hm(minutes / 60, minutes % 60).map_or(Cell::Text(String::new()), Cell::Time)
        }
        Data::DateTimeIso(text) => iso_time(text).map_or_else(|| Cell::Text(text.clone()), Cell::Time),
        Data::DurationIso(text) => iso_duration(text).map_or_else(|| Cell::Text(text.clone()), Cell::Duration),
        Data::Error(_) => Cell::Text(String::new()),
    }
}

/// The time in `2026-12-01T09:30:00` or `09:30:00`.
fn iso_time(text: &str) -> Option<TimeOfDay> {
    let time = text.split_once('T').map_or(text, |(_, t)| t);
    let mut parts = time.split(':');
    let (h, m) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    TimeOfDay::hm(h, m)
}

/// The length in `PT01H30M00S` (ODS writes time cells so too).
fn iso_duration(text: &str) -> Option<Minutes> {
    let rest = text.strip_prefix("PT")?;
    let (mut minutes, mut number) = (0.0_f64, String::new());
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' | ',' => number.push(if c == ',' { '.' } else { c }),
            'H' => minutes += std::mem::take(&mut number).parse::<f64>().ok()? * 60.0,
            'M' => minutes += std::mem::take(&mut number).parse::<f64>().ok()?,
            'S' => minutes += std::mem::take(&mut number).parse::<f64>().ok()? / 60.0,
            _ => return None,
        }
    }
    Some(Minutes(minutes.round() as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_times_and_lengths_are_read() {
        assert_eq!(iso_time("2026-12-01T09:30:00"), TimeOfDay::hm(9, 30));
        assert_eq!(iso_time("13:05:00"), TimeOfDay::hm(13, 5));
        assert_eq!(iso_duration("PT01H30M00S"), Some(Minutes(90)));
        assert_eq!(iso_duration("PT09H30M00S"), Some(Minutes(570)));
        assert_eq!(iso_duration("PT45M"), Some(Minutes(45)));
        assert_eq!(iso_duration("P1D"), None);
    }
}
