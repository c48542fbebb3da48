//! A table pasted from the clipboard (Excel, LibreOffice, Word or a web
//! page put tab-separated text there), read by the rules of an import: with
//! a When / What / Why header, or rows that start with a time, it is an
//! agenda table; plain lines of text become activities.

use std::path::PathBuf;

use super::StoreError;
use super::agenda_table::{Cell, Source, SourceRow, design_from_rows};
use crate::catalogue::{Word, app_lang};
use crate::model::{Item, ItemKind, Minutes, TimeOfDay};

/// The items a pasted text would add, in order (their ids are placeholders:
/// the edit that adds them gives them the design's next ones).
pub fn pasted_items(text: &str) -> Result<Vec<Item>, StoreError> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let cells = |line: &str| -> Vec<Cell> { line.split('\t').map(|c| Cell::Text(c.trim().to_string())).collect() };
    let Some(first) = lines.first() else { return Ok(Vec::new()) };
    let rows_of = |lines: &[&str]| -> Vec<SourceRow> {
        lines.iter().enumerate().map(|(n, l)| SourceRow { number: n + 1, line: None, cells: cells(l) }).collect()
    };
    let path = PathBuf::from(Word::PastedTable.text(app_lang()));
    let starts_with_time = first.split('\t').next().is_some_and(|c| TimeOfDay::parse(c.trim()).is_ok());
    let rows = rows_of(&lines);
    let table = if super::agenda_table::has_agenda_header(&rows) {
        Some(rows)
    } else if starts_with_time && first.contains('\t') {
        // Rows copied without their header: When, What, Why in that order.
        let mut rows = vec![SourceRow {
            number: 0,
            line: None,
            cells: [Word::When, Word::What, Word::Why].iter().map(|w| Cell::Text(w.text(app_lang()).into())).collect(),
        }];
        rows.extend(rows_of(&lines));
        Some(rows)
    } else {
        None
    };
    if let Some(rows) = table {
        let design = design_from_rows(&path, &Source::Pasted, rows, None)?;
        // The agenda's own times decide when they start: no fixed starts come with them.
        return Ok(design.agenda.into_iter().map(|i| Item { fixed_start: None, ..i }).collect());
    }
    Ok(lines
        .iter()
        .map(|line| {
            let mut parts = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
            let title = parts.next().unwrap_or_default().to_string();
            let why = parts.next().unwrap_or_default().to_string();
            Item { kind: ItemKind::Activity, title, why, duration: Minutes(15), ..Item::default() }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_table_with_a_header_follows_the_import_rules() {
        let items =
            pasted_items("When\tWhat\tWhy\n09:00\tWelcome\tArrive\n09:20\tPairs\tTalk\n10:00\tClose\t\n").unwrap();
        let got: Vec<(&str, u32)> = items.iter().map(|i| (i.title.as_str(), i.duration.get())).collect();
        assert_eq!(got, [("Welcome", 20), ("Pairs", 40)]);
    }

    #[test]
    fn rows_without_their_header_and_plain_lines_are_read_too() {
        let items = pasted_items("09:00\tWelcome\tArrive\n09:30\tStories\tListen\n").unwrap();
        assert_eq!(items[0].duration, Minutes(30));
        assert_eq!(items[1].title, "Stories");
        let items = pasted_items("Warm-up\n\nDot voting\tPick the top three\n").unwrap();
        let got: Vec<(&str, &str)> = items.iter().map(|i| (i.title.as_str(), i.why.as_str())).collect();
        assert_eq!(got, [("Warm-up", ""), ("Dot voting", "Pick the top three")]);
        assert!(items.iter().all(|i| i.kind == ItemKind::Activity && i.duration == Minutes(15)));
    }

    #[test]
    fn a_wrong_row_is_named() {
        let err = pasted_items("When\tWhat\tWhy\n09:00\tA\ta\n9:75\tB\tb\n").unwrap_err().to_string();
        assert!(err.starts_with("the pasted table: row 3: When: \"9:75\""), "{err}");
    }
}
