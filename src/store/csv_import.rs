//! Importing a When / What / Why agenda table as spreadsheet programs export it.
//!
//! Accepts comma- or semicolon-separated files (detected from the header row),
//! UTF-8 with or without a byte-order mark, quoted cells with separators and
//! line breaks inside, CRLF or LF. Columns are found by their header, in
//! English or German. Rows are numbered as in the spreadsheet: the header is
//! row 1, so an error on "row 5" is on the fifth row the user sees.

use std::path::Path;

use super::StoreError;
use super::agenda_table::{Cell, Source, SourceRow, design_from_rows};
use super::error::{FileWhat, csv_place};
use super::text::read_text;
use crate::model::Design;

const WHAT: FileWhat = FileWhat::CsvAgenda;

/// Imports a CSV file as a new design titled after the file name.
pub fn import_csv(path: &Path) -> Result<Design, StoreError> {
    let text = read_text(path, WHAT)?;
    parse_csv(path, &text)
}

/// Parses CSV text; `path` names the file in errors and gives the title.
pub fn parse_csv(path: &Path, text: &str) -> Result<Design, StoreError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    for (index, record) in spreadsheet_reader(text).records().enumerate() {
        let number = index + 1;
        let record = record.map_err(|e| StoreError::CsvRow {
            path: path.to_path_buf(),
            place: csv_place(number, e.position().map(|p| file_line(text, p))),
            message: e.to_string(),
        })?;
        let line = record.position().map(|p| file_line(text, p));
        rows.push(SourceRow { number, line, cells: record.iter().map(|c| Cell::Text(c.to_string())).collect() });
    }
    if rows.is_empty() {
        return Err(StoreError::Empty { path: path.to_path_buf(), what: WHAT });
    }
    design_from_rows(path, &Source::Csv, rows, None)
}

/// The line of the file a record starts on. The reader's own count is off
/// after CRLF line ends and blank lines (its position can be the `\n` that
/// ends the line before), so it is counted from the byte where the record's
/// first cell starts.
fn file_line(text: &str, position: &csv::Position) -> u64 {
    let bytes = text.as_bytes();
    let mut at = usize::try_from(position.byte()).unwrap_or(usize::MAX).min(bytes.len());
    while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
        at += 1;
    }
    bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

/// A reader for a spreadsheet export: the separator detected, every row
/// (the header too) read as a record, rows of any length accepted.
pub(crate) fn spreadsheet_reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The first row, which names the columns; an empty file says so.
pub(crate) fn header_row(
    path: &Path,
    records: &mut csv::StringRecordsIter<'_, &[u8]>,
    what: FileWhat,
) -> Result<csv::StringRecord, StoreError> {
    match records.next() {
        Some(Ok(h)) => Ok(h),
        Some(Err(e)) => {
            Err(StoreError::CsvRow { path: path.to_path_buf(), place: csv_place(1, None), message: e.to_string() })
        }
        None => Err(StoreError::Empty { path: path.to_path_buf(), what }),
    }
}

/// The separator the header row uses most: `;` (spreadsheets in locales that
/// write decimal commas), tab, or `,`.
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.bytes() {
        match c {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(entry) = counts.iter_mut().find(|(d, _)| *d == c) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, ItemKind, Minutes, TimeOfDay};

    fn import(text: &str) -> Result<Design, StoreError> {
        parse_csv(Path::new("customer-care_morning.csv"), text)
    }

    #[test]
    fn delimiters_are_detected_from_the_header() {
        assert_eq!(detect_delimiter("When;What;Why\n1,2;3;4"), b';');
        assert_eq!(detect_delimiter("When,What,Why\n"), b',');
        assert_eq!(detect_delimiter("\"a;b;c\",When,What\n"), b',');
        assert_eq!(detect_delimiter("When\tWhat\tWhy"), b'\t');
    }

    #[test]
    fn durations_come_from_the_next_when_and_the_close_sets_the_end() {
        let d = import("When,What,Why\n0930,Welcome,Start\n9:45,Stories,Listen\n10.30,Break,Rest\n12:30 (if time),Extra,Bonus\n1300,Close,\n").unwrap();
        assert_eq!(d.title, "Customer care morning");
        assert_eq!(d.target_end, TimeOfDay::hm(13, 0));
        let minutes: Vec<u32> = d.agenda.iter().map(|i| i.duration.get()).collect();
        assert_eq!(minutes, [15, 45, 120, 30]);
        assert_eq!(d.agenda[2].kind, ItemKind::Break);
        assert!(d.agenda[3].optional);
        assert!(d.agenda.iter().all(|i| i.fixed_start.is_none()));
    }

    #[test]
    fn a_duration_column_wins_and_a_disagreeing_when_becomes_fixed() {
        let d = import(
            "When,What,Why,Duration (min),Format\n09:00,A,a,30,pairs\n,B,b,15,groups of 5\n10:00,Lunch,eat,45,\n",
        )
        .unwrap();
        assert_eq!(d.agenda[1].format, Format::SmallGroups(5));
        assert_eq!(d.agenda[2].fixed_start, TimeOfDay::hm(10, 0));
        assert_eq!(d.agenda[2].kind, ItemKind::Break);
        assert_eq!(d.target_end, None);
    }

    #[test]
    fn a_row_without_time_or_purpose_is_a_section_header() {
        let d = import("When,What,Why\n,Part 1 – Where we stand,\n09:00,Poll,See the spread\n09:20,Close,\n").unwrap();
        assert_eq!(d.agenda[0].kind, ItemKind::Section);
        assert_eq!(d.agenda[1].duration, Minutes(20));
        assert_eq!(d.start, TimeOfDay::hm(9, 0).unwrap());
    }

    #[test]
    fn a_row_after_a_line_break_inside_a_cell_also_names_its_line() {
        let err = import("When,What,Why\n09:00,\"Two\nlines\",a\nlater,B,b\n").unwrap_err();
        assert!(err.to_string().contains("row 3 (line 4): When: \"later\""), "{err}");
    }

    #[test]
    fn crlf_line_ends_and_blank_lines_give_the_file_line() {
        let err = import("When,What,Why\r\n09:00,A,a\r\n9:75,B,b\r\n").unwrap_err();
        assert!(err.to_string().contains(": row 3: When: \"9:75\""), "{err}");
        let err = import("When,What,Why\r\n09:00,\"Two\r\nlines\",a\r\nlater,B,b\r\n").unwrap_err();
        assert!(err.to_string().contains(": row 3 (line 4): When: \"later\""), "{err}");
        let err = import("When,What,Why\n09:00,A,a\n\n9:75,B,b\n").unwrap_err();
        assert!(err.to_string().contains(": row 3 (line 4): When: \"9:75\""), "{err}");
    }

    #[test]
    fn bad_rows_are_named() {
        let err = import("When,What,Why\n09:00,A,a\n9:75,B,b\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "customer-care_morning.csv: row 3: When: \"9:75\" is not a time of day (write it as 09:30, 9:30, 9.30 or 0930)"
        );
        let err = import("When,What,Why\n10:00,A,a\n09:00,B,b\n").unwrap_err();
        assert!(err.to_string().contains("row 3: starts at 09:00, before the row above it (10:00)"), "{err}");
        let err = import("When,What\n09:00,A\n").unwrap_err();
        assert!(err.to_string().contains("row 1: no \"Why\" column"), "{err}");
        let err = import("When,What,Why,Format\n09:00,A,a,juggling\n").unwrap_err();
        assert!(err.to_string().contains("row 2: Format: \"juggling\""), "{err}");
    }
}
