//! The agenda as an `.xlsx` workbook: one sheet per variant (or one for a
//! design without), headed by the title, then When / Duration / What / Why
//! / Format / Lead / If time in the design's language. When is a real time
//! cell, Duration a real duration (`[h]:mm`), so the sheet calculates and
//! sorts as any the consultant made; the close row gives the end. Imported
//! again, it gives the same schedule.

use rust_xlsxwriter::{Format, Workbook, Worksheet};

use super::OfficeError;
use crate::catalogue::Word;
use crate::model::{Design, ItemKind, Lang};
use crate::schedule::{Schedule, VariantFilter};

/// The workbook's bytes: every variant's sheet, or only `variant`'s.
pub fn agenda_workbook(design: &Design, variant: Option<&str>) -> Result<Vec<u8>, OfficeError> {
    let err = |e: rust_xlsxwriter::XlsxError| OfficeError(e.to_string());
    let lang = design.language;
    let mut workbook = Workbook::new();
    let names: Vec<Option<&str>> = match variant {
        Some(v) => vec![Some(v)],
        None if design.variants.is_empty() => vec![None],
        None => design.variants.iter().map(|v| Some(v.name.as_str())).collect(),
    };
    for name in names {
        let filter = name.map_or(VariantFilter::All, VariantFilter::Only);
        let schedule = Schedule::compute(design, filter);
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(name.unwrap_or(Word::Agenda.text(lang)))).map_err(err)?;
        write_sheet(sheet, design, &schedule, name, lang).map_err(err)?;
    }
    workbook.save_to_buffer().map_err(err)
}

/// A sheet's name as Excel allows it: 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let clean: String = name.chars().map(|c| if "[]:*?/\\".contains(c) { '-' } else { c }).collect();
    clean.chars().take(31).collect()
}

/// About how many lines `text` takes in a column `width` characters wide.
fn wrapped_lines(text: &str, width: f64) -> usize {
    let per_line = (width * 1.1).max(1.0) as usize;
    text.lines().map(|l| l.chars().count().div_ceil(per_line).max(1)).sum()
}

/// A time of day as a spreadsheet keeps it: a fraction of the day.
fn day_fraction(minutes: u32) -> f64 {
    f64::from(minutes) / 1440.0
}

fn write_sheet(
    sheet: &mut Worksheet,
    design: &Design,
    schedule: &Schedule,
    variant: Option<&str>,
    lang: Lang,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let w = |word: Word| word.text(lang);
    let title = Format::new().set_bold().set_font_size(14);
    let head = Format::new()
        .set_bold()
        .set_background_color(rust_xlsxwriter::Color::RGB(0xDC_E6_F1))
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let section = Format::new().set_bold().set_align(rust_xlsxwriter::FormatAlign::Top);
    let time = Format::new().set_num_format("hh:mm").set_align(rust_xlsxwriter::FormatAlign::Top);
    let length = Format::new().set_num_format("[h]:mm").set_align(rust_xlsxwriter::FormatAlign::Top);

    // The title alone (the sheet's name says the variant): imported again, it is the title.
    sheet.write_string_with_format(0, 0, &design.title, &title)?;
    let columns = [
        (Word::When, 8.0),
        (Word::SheetDuration, 9.0),
        (Word::What, 48.0),
        (Word::Why, 48.0),
        (Word::SheetFormat, 18.0),
        (Word::Lead, 18.0),
        (Word::SheetIfTime, 10.0),
    ];
    for (c, (word, width)) in columns.iter().enumerate() {
        sheet.write_string_with_format(1, c as u16, w(*word), &head)?;
        sheet.set_column_width(c as u16, *width)?;
    }
    sheet.set_freeze_panes(2, 0)?;

    let mut row = 2;
    for slot in &schedule.slots {
        let item = &design.agenda[slot.index];
        let text = item.text_in(variant);
        if item.kind == ItemKind::Section {
            sheet.write_string_with_format(row, 2, text.title, &section)?;
            row += 1;
            continue;
        }
        sheet.write_number_with_format(row, 0, day_fraction(slot.start.minutes_since_midnight()), &time)?;
        sheet.write_number_with_format(row, 1, day_fraction(slot.duration.get()), &length)?;
        let what = if text.what.trim().is_empty() {
            text.title.to_string()
        } else {
            format!("{}\n{}", text.title, text.what.trim())
        };
        sheet.write_string_with_format(row, 2, &what, &wrap)?;
        sheet.write_string_with_format(row, 3, text.why.trim(), &wrap)?;
        if item.kind != ItemKind::Break {
            sheet.write_string_with_format(row, 4, Word::format(item.format, lang), &wrap)?;
        }
        sheet.write_string_with_format(row, 5, item.lead.trim(), &wrap)?;
        if item.optional {
            sheet.write_string_with_format(row, 6, "x", &wrap)?;
        }
        // No program sizes a row to its wrapped text on opening: as tall as its longest cell.
        let lines = [(&what, columns[2].1), (&text.why.to_string(), columns[3].1)]
            .iter()
            .map(|(t, width)| wrapped_lines(t, *width))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(row, 15.0 * lines.max(1) as f64)?;
        row += 1;
    }
    // The close row: when the day is to end (its target, else where it ends).
    let close = schedule.target_end.unwrap_or(schedule.end);
    sheet.write_number_with_format(row, 0, day_fraction(close.minutes_since_midnight()), &time)?;
    sheet.write_string_with_format(row, 2, w(Word::Close), &section)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_takes() {
        assert_eq!(sheet_name("Frontline"), "Frontline");
        assert_eq!(sheet_name("Team A/B [pilot]"), "Team A-B -pilot-");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
