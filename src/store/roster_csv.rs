//! Importing a roster (name, department, frontline/backline) from a CSV
//! export, e.g. the sign-up list a client sends.

use std::path::Path;

use super::StoreError;
use super::csv_import::{header_row, spreadsheet_reader};
use super::error::{FileWhat, csv_place};
use super::text::read_text;
use crate::catalogue::{StoreText, app_lang};
use crate::model::{Line, Participant, ParticipantId};

const WHAT: FileWhat = FileWhat::CsvRoster;

/// Reads participants from a CSV file with a Name column and, when present,
/// Department and Line columns. Ids are numbered from 1.
pub fn import_roster(path: &Path) -> Result<Vec<Participant>, StoreError> {
    let text = read_text(path, WHAT)?;
    parse_roster(path, &text)
}

pub fn parse_roster(path: &Path, text: &str) -> Result<Vec<Participant>, StoreError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let row_err = |row: usize, message: String| StoreError::CsvRow {
        path: path.to_path_buf(),
        place: csv_place(row, None),
        message,
    };
    let mut reader = spreadsheet_reader(text);
    let mut records = reader.records();
    let header = header_row(path, &mut records, WHAT)?;
    let find = |names: &[&str]| header.iter().position(|h| names.contains(&h.trim().to_lowercase().as_str()));
    let name = find(&["name", "participant", "full name", "teilnehmer", "teilnehmerin"])
        .ok_or_else(|| row_err(1, StoreText::NoNameColumn.text(app_lang()).into()))?;
    let department = find(&["department", "dept", "team", "function", "abteilung", "bereich"]);
    let line = find(&["line", "frontline/backline", "role", "linie"]);

    let mut out = Vec::new();
    for (index, record) in records.enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| row_err(row, e.to_string()))?;
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").trim().to_string();
        let person = cell(Some(name));
        if person.is_empty() {
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            return Err(row_err(row, StoreText::NameEmpty.text(app_lang()).into()));
        }
        out.push(Participant {
            id: ParticipantId(out.len() as u32 + 1),
            name: person,
            department: cell(department),
            line: Line::parse(&cell(line)),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roster_reads_names_departments_and_lines() {
        let people = parse_roster(
            Path::new("r.csv"),
            "\u{feff}Name;Abteilung;Line\r\nJürgen Weiß;Kundenservice;frontline\r\n;;\r\nAna Núñez;IT;back\r\n",
        )
        .unwrap();
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].name, "Jürgen Weiß");
        assert_eq!(people[0].line, Line::Frontline);
        assert_eq!(people[1].department, "IT");
        assert_eq!(people[1].line, Line::Backline);
        let err = parse_roster(Path::new("r.csv"), "Dept\nIT\n").unwrap_err();
        assert_eq!(err.to_string(), "r.csv: row 1: no \"Name\" column in the header row");
    }
}
