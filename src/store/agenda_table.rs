//! An agenda table, wherever it was read from (a CSV file, a spreadsheet's
//! sheet, a Word table, a table pasted from the clipboard), made into a
//! design: the header row found (below a title row, if there is one), its
//! columns known by their English or German names, each row's times worked
//! out, and every mistake named with its place ("row 4", "sheet „Agenda“,
//! row 4, column B").

use std::path::Path;

use super::StoreError;
use super::error::time_error;
use crate::catalogue::{StoreText, Word, app_lang};
use crate::model::{Design, Format, Item, ItemId, ItemKind, Lang, Minutes, TimeOfDay, slug};

/// A cell as its reader found it: text, or a spreadsheet's own time of day,
/// length of time or number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    Time(TimeOfDay),
    Duration(Minutes),
    Number(f64),
}

impl Cell {
    /// The cell as text, the way a person would have typed it.
    fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.trim().to_string(),
            Cell::Time(t) => t.to_string(),
            Cell::Duration(m) => m.get().to_string(),
            Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Cell::Number(n) => n.to_string(),
        }
    }

    fn is_empty(&self) -> bool {
        matches!(self, Cell::Text(t) if t.trim().is_empty())
    }

    /// A time of day the spreadsheet knows as one: a time cell, a length of
    /// time (an ODS time value), or a fraction of a day.
    fn as_time(&self) -> Option<TimeOfDay> {
        match *self {
            Cell::Time(t) => Some(t),
            Cell::Duration(m) => TimeOfDay::hm(m.get() / 60, m.get() % 60),
            Cell::Number(n) if n > 0.0 && n < 1.0 => {
                let minutes = (n * 1440.0).round() as u32;
                TimeOfDay::hm(minutes / 60, minutes % 60)
            }
            _ => None,
        }
    }

    /// A length of time the spreadsheet knows as one: a duration, a time
    /// cell used for one (01:30), or a number of minutes.
    fn as_duration(&self) -> Option<Minutes> {
        match *self {
            Cell::Duration(m) => Some(m),
            Cell::Time(t) => Some(Minutes(t.minutes_since_midnight())),
            Cell::Number(n) if n >= 0.0 && n.fract() == 0.0 && n < 100_000.0 => Some(Minutes(n as u32)),
            _ => None,
        }
    }
}

/// Where a table's rows are, for messages.
#[derive(Clone, Debug)]
pub(crate) enum Source {
    /// A CSV file: "row 4", or "row 4 (line 6)".
    Csv,
    /// A sheet of a workbook, by name.
    Sheet(String),
    /// A table pasted from the clipboard: "row 4".
    Pasted,
    /// A Word document's table, by its number (the first is 1): "table 2, row 4".
    Table(usize),
}

/// One row of the table as read, numbered as the user sees it.
#[derive(Clone, Debug)]
pub(crate) struct SourceRow {
    /// The row's number in the sheet or file (the first is 1).
    pub number: usize,
    /// The file's line where it differs from the row (CSV only).
    pub line: Option<u64>,
    pub cells: Vec<Cell>,
}

impl Source {
    /// "row 4", "sheet „Agenda“, row 4", with the column when one cell is at fault.
    fn place(&self, row: &SourceRow, column: Option<usize>) -> String {
        let lang = app_lang();
        match (self, column) {
            (Source::Csv | Source::Pasted, _) => super::error::csv_place(row.number, row.line),
            (Source::Sheet(name), None) => StoreText::SheetRow.fill(lang, &[name, &row.number]),
            (Source::Sheet(name), Some(c)) => StoreText::SheetCell.fill(lang, &[name, &row.number, &column_letter(c)]),
            (Source::Table(n), None) => StoreText::TableRow.fill(lang, &[n, &row.number]),
            (Source::Table(n), Some(c)) => StoreText::TableCell.fill(lang, &[n, &row.number, &(c + 1)]),
        }
    }
}

/// `A`, `B`, … `Z`, `AA`: a spreadsheet's name for the column at `index`.
pub(crate) fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

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
            Column::Format => &["format", "setting", "form", "sozialform", "arbeitsform"],
            Column::Notes => &["notes", "note", "facilitator notes", "comments", "notizen", "hinweise", "bemerkungen"],
            Column::Optional => &["optional", "if time", "wenn zeit", "falls zeit"],
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

/// One agenda row as read, before times are worked out.
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
    /// A heading row: its title and nothing else.
    fn section(place: String, title: String) -> Row {
        Row {
            place,
            start: None,
            end: None,
            duration: None,
            title,
            what: String::new(),
            why: String::new(),
            lead: String::new(),
            format: Format::default(),
            notes: String::new(),
            optional: false,
        }
    }

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

/// How many rows above the header a title and notes may take.
const ROWS_BEFORE_HEADER: usize = 10;

/// Makes a design of an agenda table's rows; `path` names the file in
/// errors. The title is the table's title row, else `outside_title` (a
/// document's heading above the table), else the file's name.
pub(crate) fn design_from_rows(
    path: &Path,
    source: &Source,
    rows: Vec<SourceRow>,
    outside_title: Option<String>,
) -> Result<Design, StoreError> {
    let row_err = |place: String, message: String| StoreError::CsvRow { path: path.to_path_buf(), place, message };
    let rows: Vec<SourceRow> = rows.into_iter().filter(|r| !r.cells.iter().all(Cell::is_empty)).collect();
    let Some(first) = rows.first() else {
        return Err(StoreError::Empty { path: path.to_path_buf(), what: super::FileWhat::CsvAgenda });
    };
    // The header is the first row naming two of our columns; a row above it
    // with one cell filled is the agenda's title.
    let names_columns =
        |r: &SourceRow| r.cells.iter().filter(|c| Column::from_header(&c.text()).is_some()).count() >= 2;
    let at = rows.iter().take(ROWS_BEFORE_HEADER).position(names_columns).unwrap_or(0);
    let title_row = rows[..at].iter().find_map(|r| {
        let filled: Vec<String> = r.cells.iter().map(Cell::text).filter(|t| !t.is_empty()).collect();
        (filled.len() == 1).then(|| filled[0].clone())
    });
    let header_row = if at < rows.len() { &rows[at] } else { first };
    let header: Vec<String> = header_row.cells.iter().map(Cell::text).collect();
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
            let found: Vec<&str> = header.iter().map(String::as_str).filter(|h| !h.is_empty()).collect();
            let found =
                if found.is_empty() { StoreText::FoundNothing.text(app_lang()).to_string() } else { found.join(", ") };
            return Err(row_err(
                source.place(header_row, None),
                StoreText::NoColumn.fill(app_lang(), &[&required.title(), &found]),
            ));
        }
    }
    let has_duration_column = columns.iter().any(|(c, _)| *c == Column::Duration);

    let mut read = Vec::new();
    for row in &rows[at + 1..] {
        let cell = |c: Column| -> Cell {
            columns
                .iter()
                .find(|(col, _)| *col == c)
                .and_then(|(_, i)| row.cells.get(*i).cloned())
                .unwrap_or(Cell::Text(String::new()))
        };
        let place = source.place(row, None);
        let read_one = read_row(place, &cell).map_err(|(column, message)| {
            let index = column.and_then(|c| columns.iter().find(|(col, _)| *col == c).map(|(_, i)| *i));
            row_err(source.place(row, index), message)
        })?;
        read.push(read_one);
    }
    let mut rows = read;
    let after_header = source.place(&SourceRow { number: header_row.number + 1, line: None, cells: Vec::new() }, None);

    let mut target_end = None;
    if rows.last().is_some_and(Row::is_end_marker) {
        target_end = rows.pop().and_then(|r| r.start);
    }
    // The day starts at the first item; headings above it take no time.
    let first = rows
        .iter()
        .find(|r| !r.is_section())
        .ok_or_else(|| row_err(after_header, StoreText::NoAgendaRows.text(app_lang()).into()))?;
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
            .is_some_and(|(_, i)| header.get(*i).is_some_and(|h| Column::is_german_name(&h.to_lowercase())))
    });
    let language = if german { Lang::German } else { Lang::English };
    let title = title_row.or(outside_title).unwrap_or_else(|| title_from_path(path, language));
    Ok(Design { id: slug(&title), title, language, start, target_end, agenda, ..Design::default() })
}

/// Whether a sheet's or table's rows hold an agenda: a header row naming
/// When, What and Why near their top.
pub(crate) fn has_agenda_header(rows: &[SourceRow]) -> bool {
    rows.iter().filter(|r| !r.cells.iter().all(Cell::is_empty)).take(ROWS_BEFORE_HEADER).any(|r| {
        let found: Vec<Column> = r.cells.iter().filter_map(|c| Column::from_header(&c.text())).collect();
        [Column::When, Column::What, Column::Why].iter().all(|c| found.contains(c))
    })
}

/// What is wrong with a row, and in which column when one cell is at fault.
type RowError = (Option<Column>, String);

/// Reads the cells of one row: a spreadsheet's own times and lengths as
/// they are, text as people type it.
fn read_row(place: String, cell: &dyn Fn(Column) -> Cell) -> Result<Row, RowError> {
    let text = |c: Column| cell(c).text();
    let (when, when_optional) = strip_if_time(&text(Column::When));
    let (what, what_optional) = strip_if_time(&text(Column::What));
    let (start, end) = match cell(Column::When).as_time() {
        Some(t) => (Some(t), None),
        // A heading typed or merged across the first cells ("Part 2") is a section.
        None if !when.is_empty() && what.is_empty() && text(Column::Why).is_empty() && parse_when(&when).is_err() => {
            return Ok(Row::section(place, when));
        }
        None => parse_when(&when).map_err(|m| (Some(Column::When), m))?,
    };
    let duration = match (cell(Column::Duration).as_duration(), text(Column::Duration)) {
        (Some(d), _) => Some(d),
        (None, d) if d.is_empty() => None,
        (None, d) => Some(
            Minutes::parse(&d).map_err(|e| (Some(Column::Duration), cell_error(Column::Duration, &time_error(&e))))?,
        ),
    };
    let format_text = text(Column::Format);
    let format = Format::parse(&format_text)
        .ok_or_else(|| (Some(Column::Format), StoreText::NotAFormat.fill(app_lang(), &[&format_text])))?;
    let mut lines = what.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or("").to_string();
    let details = lines.collect::<Vec<_>>().join("\n");
    if title.is_empty() && (start.is_some() || duration.is_some()) {
        return Err((Some(Column::What), StoreText::WhatEmpty.text(app_lang()).into()));
    }
    let optional_cell = text(Column::Optional).to_lowercase();
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
        why: text(Column::Why),
        lead: text(Column::Lead),
        format,
        notes: text(Column::Notes),
        optional: when_optional || what_optional || optional_by_column,
    })
}

/// "Duration: …": what is wrong with a cell, after its column's name.
fn cell_error(column: Column, message: &str) -> String {
    StoreText::CellError.fill(app_lang(), &[&column.title(), &message])
}

/// Removes an "(if time)" mark, saying whether there was one: those people
/// write, and the one our own documents print in either language.
fn strip_if_time(text: &str) -> (String, bool) {
    let lower = text.to_lowercase();
    let ours = [Lang::English, Lang::German].map(|lang| Word::IfTime.text(lang).to_lowercase());
    for mark in IF_TIME_MARKS.iter().copied().chain(ours.iter().map(String::as_str)) {
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
    // German joins its breaks into one word: Kaffeepause, Nachmittagspause.
    words
        .iter()
        .any(|w| matches!(*w, "break" | "lunch" | "mittagessen" | "mittag" | "coffee" | "tea") || w.ends_with("pause"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breakout_groups_are_not_breaks() {
        assert!(!is_break("Breakout groups"));
        assert!(!is_break("Ice-breaker"));
        assert!(is_break("Coffee break"));
        assert!(is_break("Mittagspause"));
        assert!(is_break("Nachmittagspause"));
    }

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_letter).collect();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
