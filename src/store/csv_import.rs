//! Importing a When / What / Why agenda table as spreadsheet programs export it.
//!
//! Accepts comma- or semicolon-separated files (detected from the header row),
//! UTF-8 with or without a byte-order mark, quoted cells with separators and
//! line breaks inside, CRLF or LF. Columns are found by their header, in
//! English or German. Rows are numbered as in the spreadsheet: the header is
//! row 1, so an error on "row 5" is on the fifth row the user sees.

use std::path::Path;

use super::StoreError;
use super::error::{FileWhat, csv_place, time_error};
use super::text::read_text;
use crate::catalogue::{StoreText, Word, app_lang};
use crate::model::{Design, Format, Item, ItemId, ItemKind, Lang, Minutes, TimeOfDay, slug};

const WHAT: FileWhat = FileWhat::CsvAgenda;

/// The columns we understand, with the header names that mean each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    When,
    What,
    Why,
    Duration,
    Lead,
    Format,
    Notes,
    Optional,
}

impl Column {
    const ALL: [Column; 8] = [
        Column::When,
        Column::What,
        Column::Why,
        Column::Duration,
        Column::Lead,
        Column::Format,
        Column::Notes,
        Column::Optional,
    ];

    fn names(self) -> &'static [&'static str] {
        match self {
            Column::When => &["when", "time", "start", "wann", "zeit", "uhrzeit", "beginn"],
            Column::What => &["what", "activity", "item", "session", "agenda", "was", "inhalt", "programm", "thema"],
            Column::Why => &["why", "purpose", "objective", "aim", "warum", "wozu", "ziel", "zweck"],
            Column::Duration => &["duration", "minutes", "mins", "min", "length", "dauer", "minuten"],
            Column::Lead => &["lead", "who", "led by", "facilitator", "presenter", "leitung", "wer", "moderation"],
            Column::Format => &["format", "setting", "form", "sozialform"],
            Column::Notes => &["notes", "note", "facilitator notes", "comments", "notizen", "hinweise", "bemerkungen"],
            Column::Optional => &["optional", "if time", "wenn zeit"],
        }
    }

    /// Whether a header (lower case) is one of the German names of a column.
    fn is_german_name(header: &str) -> bool {
        const GERMAN: [&str; 11] =
            ["wann", "zeit", "uhrzeit", "beginn", "was", "inhalt", "programm", "thema", "warum", "wozu", "zweck"];
        GERMAN.iter().any(|g| header.starts_with(g)) || header == "ziel"
    }

    /// The column's name in messages, in the app's language now.
    fn title(self) -> &'static str {
        match self {
            Column::When => StoreText::ColumnWhen,
            Column::What => StoreText::ColumnWhat,
            Column::Why => StoreText::ColumnWhy,
            Column::Duration => StoreText::ColumnDuration,
            Column::Lead => StoreText::ColumnLead,
            Column::Format => StoreText::ColumnFormat,
            Column::Notes => StoreText::ColumnNotes,
            Column::Optional => StoreText::ColumnOptional,
        }
        .text(app_lang())
    }

    /// The column a header names: case-insensitive, ignoring a unit in brackets
    /// (`Duration (min)`) and a trailing colon.
    fn from_header(header: &str) -> Option<Column> {
        let h = header.trim().to_lowercase();
        let h = h.split(['(', '[']).next().unwrap_or("").trim().trim_end_matches(':').trim();
        Column::ALL.into_iter().find(|c| c.names().contains(&h))
    }
}

/// Suffixes that mark an item as "if time".
const IF_TIME_MARKS: [&str; 4] = ["(if time)", "(optional)", "(wenn zeit)", "(falls zeit)"];

/// Titles of a last row that only says when the day ends.
const END_MARKERS: [&str; 13] = [
    "close",
    "closing",
    "end",
    "finish",
    "end of day",
    "end of workshop",
    "end of session",
    "close of workshop",
    "ende",
    "schluss",
    "abschluss",
    "veranstaltungsende",
    "fin",
];

/// Imports a CSV file as a new design titled after the file name.
pub fn import_csv(path: &Path) -> Result<Design, StoreError> {
    let text = read_text(path, WHAT)?;
    parse_csv(path, &text)
}

/// One spreadsheet row as read, before times are worked out.
struct Row {
    /// Where it is, for messages: "row 4" (and the file's line if different).
    place: String,
    start: Option<TimeOfDay>,
    end: Option<TimeOfDay>,
    duration: Option<Minutes>,
    title: String,
    what: String,
    why: String,
    lead: String,
    format: Format,
    notes: String,
    optional: bool,
}

impl Row {
    /// A row with neither time nor duration nor purpose is a heading.
    fn is_section(&self) -> bool {
        self.start.is_none() && self.duration.is_none() && self.end.is_none() && self.why.is_empty()
    }

    fn is_end_marker(&self) -> bool {
        let t = self.title.to_lowercase();
        let t = t.trim().trim_end_matches(['.', '!', ':']);
        self.start.is_some() && self.duration.is_none() && self.end.is_none() && END_MARKERS.contains(&t)
    }
}

/// Parses CSV text; `path` names the file in errors and gives the title.
pub fn parse_csv(path: &Path, text: &str) -> Result<Design, StoreError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let row_err = |place: String, message: String| StoreError::CsvRow { path: path.to_path_buf(), place, message };
    let mut reader = spreadsheet_reader(text);
    let mut records = reader.records();
    let mut header = header_row(path, &mut records, WHAT)?;
    // A row above the header with one cell filled is the agenda's title.
    let mut title_row = None;
    let names_a_column = |h: &csv::StringRecord| h.iter().filter_map(Column::from_header).count() >= 2;
    let filled: Vec<&str> = header.iter().map(str::trim).filter(|c| !c.is_empty()).collect();
    if !names_a_column(&header) && filled.len() == 1 {
        title_row = Some(filled[0].to_string());
        header = header_row(path, &mut records, WHAT)?;
    }
    let header_number = if title_row.is_some() { 2 } else { 1 };
    let mut columns: Vec<(Column, usize)> = Vec::new();
    for (index, name) in header.iter().enumerate() {
        if let Some(c) = Column::from_header(name)
            && !columns.iter().any(|(seen, _)| *seen == c)
        {
            columns.push((c, index));
        }
    }
    for required in [Column::When, Column::What, Column::Why] {
        if !columns.iter().any(|(c, _)| *c == required) {
            let found: Vec<&str> = header.iter().map(str::trim).filter(|h| !h.is_empty()).collect();
            return Err(row_err(
                csv_place(header_number, None),
                StoreText::NoColumn.fill(
                    app_lang(),
                    &[
                        &required.title(),
                        &if found.is_empty() {
                            StoreText::FoundNothing.text(app_lang()).to_string()
                        } else {
                            found.join(", ")
                        },
                    ],
                ),
            ));
        }
    }
    let has_duration_column = columns.iter().any(|(c, _)| *c == Column::Duration);

    let mut rows = Vec::new();
    for (index, record) in records.enumerate() {
        let number = index + header_number + 1;
        let record =
            record.map_err(|e| row_err(csv_place(number, e.position().map(|p| file_line(text, p))), e.to_string()))?;
        let place = csv_place(number, record.position().map(|p| file_line(text, p)));
        let cell = |c: Column| -> &str {
            columns.iter().find(|(col, _)| *col == c).and_then(|(_, i)| record.get(*i)).unwrap_or("").trim()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(read_row(place.clone(), &cell).map_err(|m| row_err(place, m))?);
    }

    let mut target_end = None;
    if rows.last().is_some_and(Row::is_end_marker) {
        target_end = rows.pop().and_then(|r| r.start);
    }
    // The day starts at the first item; headings above it take no time.
    let first = rows
        .iter()
        .find(|r| !r.is_section())
        .ok_or_else(|| row_err(csv_place(header_number + 1, None), StoreText::NoAgendaRows.text(app_lang()).into()))?;
    let start =
        first.start.ok_or_else(|| row_err(first.place.clone(), StoreText::FirstNeedsStart.text(app_lang()).into()))?;

    let durations =
        work_out_durations(&rows, target_end, has_duration_column).map_err(|(place, m)| row_err(place, m))?;

    let mut agenda = Vec::with_capacity(rows.len());
    let mut cursor = start;
    for (n, (row, duration)) in rows.into_iter().zip(durations).enumerate() {
        let kind = if row.is_section() {
            ItemKind::Section
        } else if is_break(&row.title) {
            ItemKind::Break
        } else {
            ItemKind::Activity
        };
        // A When that differs from where the items above end is a time the
        // author meant: keep it as a fixed start so the schedule shows the gap.
        let fixed_start = row.start.filter(|&s| s != cursor);
        if let Some(s) = fixed_start {
            cursor = cursor.max(s);
        }
        cursor = cursor + duration;
        agenda.push(Item {
            id: ItemId(n as u32 + 1),
            kind,
            title: row.title,
            what: row.what,
            why: row.why,
            duration,
            fixed_start,
            optional: row.optional,
            format: row.format,
            lead: row.lead,
            facilitator_notes: row.notes,
            ..Item::default()
        });
    }

    // Wann / Was / Warum: the agenda is German, and so are its documents.
    let german = [Column::When, Column::What, Column::Why].iter().all(|c| {
        columns
            .iter()
            .find(|(col, _)| col == c)
            .is_some_and(|(_, i)| header.get(*i).is_some_and(|h| Column::is_german_name(&h.trim().to_lowercase())))
    });
    let language = if german { Lang::German } else { Lang::English };
    let title = title_row.unwrap_or_else(|| title_from_path(path, language));
    Ok(Design { id: slug(&title), title, language, start, target_end, agenda, ..Design::default() })
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

/// Reads the cells of one row.
fn read_row<'a>(place: String, cell: &dyn Fn(Column) -> &'a str) -> Result<Row, String> {
    let (when, when_optional) = strip_if_time(cell(Column::When));
    let (what, what_optional) = strip_if_time(cell(Column::What));
    let (start, end) = parse_when(&when)?;
    let duration = match cell(Column::Duration) {
        "" => None,
        d => Some(Minutes::parse(d).map_err(|e| cell_error(Column::Duration, &time_error(&e)))?),
    };
    let format_text = cell(Column::Format);
    let format = Format::parse(format_text).ok_or_else(|| StoreText::NotAFormat.fill(app_lang(), &[&format_text]))?;
    let mut lines = what.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or("").to_string();
    let details = lines.collect::<Vec<_>>().join("\n");
    if title.is_empty() && (start.is_some() || duration.is_some()) {
        return Err(StoreText::WhatEmpty.text(app_lang()).into());
    }
    let optional_cell = cell(Column::Optional).to_lowercase();
    let optional_by_column = matches!(
        optional_cell.as_str(),
        "yes" | "y" | "x" | "true" | "1" | "if time" | "optional" | "ja" | "j" | "✓" | "✔"
    );
    Ok(Row {
        place,
        start,
        end,
        duration,
        title,
        what: details,
        why: cell(Column::Why).to_string(),
        lead: cell(Column::Lead).to_string(),
        format,
        notes: cell(Column::Notes).to_string(),
        optional: when_optional || what_optional || optional_by_column,
    })
}

/// "Duration: …": what is wrong with a cell, after its column's name.
fn cell_error(column: Column, message: &str) -> String {
    StoreText::CellError.fill(app_lang(), &[&column.title(), &message])
}

/// Removes an "(if time)" mark, saying whether there was one.
fn strip_if_time(text: &str) -> (String, bool) {
    let lower = text.to_lowercase();
    for mark in IF_TIME_MARKS {
        if let Some(pos) = lower.find(mark) {
            // Lower-casing can change byte lengths (e.g. `İ`), so cut by the original's char boundaries.
            if text.is_char_boundary(pos) && text.is_char_boundary(pos + mark.len()) {
                let mut out = String::from(&text[..pos]);
                out.push_str(&text[pos + mark.len()..]);
                return (out.trim().to_string(), true);
            }
        }
    }
    (text.trim().to_string(), false)
}

/// `09:30`, or a range `09:30–10:15` / `9.30 - 10.15` / `0930 to 1015`.
fn parse_when(text: &str) -> Result<(Option<TimeOfDay>, Option<TimeOfDay>), String> {
    if text.is_empty() {
        return Ok((None, None));
    }
    let parse = |t: &str| TimeOfDay::parse(t).map_err(|e| cell_error(Column::When, &time_error(&e)));
    for sep in ['–', '—', '-'] {
        if let Some((a, b)) = text.split_once(sep) {
            return Ok((Some(parse(a)?), Some(parse(b)?)));
        }
    }
    for sep in [" to ", " bis "] {
        if let Some(pos) = text.to_lowercase().find(sep)
            && text.is_char_boundary(pos)
            && text.is_char_boundary(pos + sep.len())
        {
            return Ok((Some(parse(&text[..pos])?), Some(parse(&text[pos + sep.len()..])?)));
        }
    }
    Ok((Some(parse(text)?), None))
}

/// Each row's duration: the Duration cell, the end of its When range, or the
/// time until the next row that has a When (or until the close row).
fn work_out_durations(
    rows: &[Row],
    end: Option<TimeOfDay>,
    has_duration_column: bool,
) -> Result<Vec<Minutes>, (String, String)> {
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let duration = if let Some(d) = row.duration {
            d
        } else if let (Some(s), Some(e)) = (row.start, row.end) {
            if e < s {
                return Err((row.place.clone(), StoreText::EndsBeforeStart.fill(app_lang(), &[&e, &s])));
            }
            e.since(s)
        } else if row.is_section() {
            Minutes::ZERO
        } else if let Some(s) = row.start {
            let next = rows[i + 1..].iter().find(|r| r.start.is_some());
            let between = rows[i + 1..].iter().take_while(|r| r.start.is_none());
            if let Some(blocker) = between.clone().find(|r| !r.is_section() && r.duration.is_none()) {
                return Err((blocker.place.clone(), StoreText::NoWhenNoDuration.text(app_lang()).into()));
            }
            let taken: Minutes = between.filter_map(|r| r.duration).sum();
            match (next.and_then(|r| r.start), end) {
                (Some(next_start), _) => {
                    if next_start < s {
                        let n = next.map_or(row.place.clone(), |r| r.place.clone());
                        return Err((n, StoreText::StartsBeforeAbove.fill(app_lang(), &[&next_start, &s])));
                    }
                    next_start.since(s).saturating_sub(taken)
                }
                (None, Some(e)) if e >= s => e.since(s).saturating_sub(taken),
                (None, Some(e)) => {
                    return Err((row.place.clone(), StoreText::StartsAfterClose.fill(app_lang(), &[&s, &e])));
                }
                // The last item with no close row: its length is unknown. It is
                // imported with no duration, which the schedule flags.
                (None, None) => Minutes::ZERO,
            }
        } else if has_duration_column {
            return Err((row.place.clone(), StoreText::NoWhenNoDuration.text(app_lang()).into()));
        } else {
            return Err((row.place.clone(), StoreText::NoWhenNeedsStart.text(app_lang()).into()));
        };
        out.push(duration);
    }
    Ok(out)
}

/// Coffee, lunch and the like. Whole words only: "Breakout groups" is work.
fn is_break(title: &str) -> bool {
    let t = title.to_lowercase();
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| {
        matches!(
            *w,
            "break" | "lunch" | "pause" | "kaffeepause" | "mittagspause" | "mittagessen" | "mittag" | "coffee" | "tea"
        )
    })
}

/// `customer-care_morning.csv` → `Customer care morning`.
/// The title a file's name gives an agenda without a title row ("Barrieren de").
/// With no word in the name, it is "Imported agenda" in `lang`.
pub fn title_from_path(path: &Path, lang: Lang) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let words = stem.replace(['-', '_'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => Word::ImportedAgenda.text(lang).to_string(),
    }
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
    fn breakout_groups_are_not_breaks() {
        assert!(!is_break("Breakout groups"));
        assert!(!is_break("Ice-breaker"));
        assert!(is_break("Coffee break"));
        assert!(is_break("Mittagspause"));
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
