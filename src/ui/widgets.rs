//! Small widgets the views share: fields for typed times and durations that
//! show a wrong entry in place, list fields edited one entry per line, and
//! accessible names for fields that sit in a table with no label beside them.

use std::fmt::Display;

use eframe::egui::{self, Id, Response, TextEdit, Ui};

use crate::catalogue::tr_length_in_cell;
use crate::model::{Date, Minutes, TimeOfDay, TimeParseError};

/// Gives a widget an accessible name (screen readers, UI tests) when no
/// visible label names it.
pub fn name_widget(ui: &Ui, response: &Response, name: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name.to_string()));
}

/// A one-line text field named `name` for screen readers and tests.
pub fn text_field(ui: &mut Ui, text: &mut String, name: &str, width: f32) -> Response {
    let response = ui.add(TextEdit::singleline(text).desired_width(width));
    name_widget(ui, &response, name);
    response
}

/// A multi-line text field that grows with its text.
pub fn text_area(ui: &mut Ui, text: &mut String, name: &str, rows: usize) -> Response {
    let response = ui.add(TextEdit::multiline(text).desired_rows(rows).desired_width(f32::INFINITY));
    name_widget(ui, &response, name);
    response
}

/// A one-line field for text that is saved to a file (an owner, a
/// correction, a run's name). It returns the trimmed text when it is
/// committed: Enter, or the field let go (a click elsewhere, Tab), so each
/// change is one write and nothing half-typed is ever saved (a priority
/// cannot follow a half-typed barrier). While the field has the keyboard the
/// text shows as typed; a field that may not be empty keeps its last saved
/// text when emptied. Text typed into a field that disappeared with focus
/// (a mode change) is committed when the field is next drawn.
pub fn saving_field(ui: &mut Ui, id: Id, current: &str, name: &str, width: f32, empty: Empty) -> Option<String> {
    let buffer_id = id.with("typed");
    let typed: Option<String> = ui.data(|d| d.get_temp::<String>(buffer_id));
    let mut text = typed.clone().unwrap_or_else(|| current.to_string());
    let mut edit = TextEdit::singleline(&mut text).id(id).desired_width(width);
    if let Empty::Allowed(hint) = empty {
        edit = edit.hint_text(hint);
    }
    let response = ui.add(edit);
    name_widget(ui, &response, name);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer_id, text.clone()));
        return None;
    }
    // Not focused: if there is typed text, it was just committed.
    typed.as_ref()?;
    ui.data_mut(|d| d.remove::<String>(buffer_id));
    let typed = text.trim();
    let allowed = matches!(empty, Empty::Allowed(_)) || !typed.is_empty();
    (allowed && typed != current.trim()).then(|| typed.to_string())
}

/// Whether a [`saving_field`] may be emptied, and what it then shows.
#[derive(Clone, Copy, Debug)]
pub enum Empty {
    Allowed(&'static str),
    Refused,
}

/// A field for a value typed as text and parsed (a time, a duration, a date).
///
/// While the field has focus, or holds text that does not parse, the typed
/// text is kept and shown as typed; a wrong entry turns red with the reason
/// as a tooltip and is never silently replaced. Valid text is written to
/// `value` as it is typed, so later times move at once.
pub fn parsed_field<T: Clone + PartialEq>(
    ui: &mut Ui,
    id: Id,
    value: &mut T,
    name: &str,
    width: f32,
    show: impl Fn(&T) -> String,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Response {
    let buffer_id = id.with("typed");
    let error_id = id.with("error");
    let mut text = ui.data(|d| d.get_temp::<String>(buffer_id)).unwrap_or_else(|| show(value));
    let error: Option<String> = ui.data(|d| d.get_temp(error_id));
    let mut edit = TextEdit::singleline(&mut text).id(id).desired_width(width);
    if error.is_some() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let mut response = ui.add(edit);
    name_widget(ui, &response, name);
    if response.changed() {
        match parse(&text) {
            Ok(parsed) => {
                if *value != parsed {
                    *value = parsed;
                }
                ui.data_mut(|d| d.remove::<String>(error_id));
            }
            Err(e) => {
                ui.data_mut(|d| d.insert_temp(error_id, e));
            }
        }
    }
    let error: Option<String> = ui.data(|d| d.get_temp(error_id));
    if response.has_focus() || error.is_some() {
        ui.data_mut(|d| d.insert_temp(buffer_id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
    }
    if let Some(e) = error {
        let stroke = egui::Stroke::new(1.5, ui.visuals().error_fg_color);
        ui.painter().rect_stroke(response.rect.expand(1.0), 2.0, stroke, egui::StrokeKind::Outside);
        response = response.on_hover_text(e);
    }
    response
}

/// Why a typed time, duration or date was refused, in the app's language.
fn parse_err(e: TimeParseError) -> String {
    use crate::catalogue::{DesignUi, trf};
    match e {
        TimeParseError::Time(typed) => trf(DesignUi::NotATime, &[&typed]),
        TimeParseError::Duration(typed) => trf(DesignUi::NotADuration, &[&typed]),
        TimeParseError::Date(typed) => trf(DesignUi::NotADate, &[&typed]),
    }
}

/// A duration field: `10`, `90m`, `1h30`, "90 Min.", shown in the app's language.
pub fn duration_field(ui: &mut Ui, id: Id, value: &mut Minutes, name: &str, width: f32) -> Response {
    parsed_field(ui, id, value, name, width, |m| tr_length_in_cell(*m), |t| Minutes::parse(t).map_err(parse_err))
}

/// A duration that may be absent (empty text).
pub fn optional_duration_field(ui: &mut Ui, id: Id, value: &mut Option<Minutes>, name: &str, width: f32) -> Response {
    let show = |m: &Option<Minutes>| m.map(tr_length_in_cell).unwrap_or_default();
    parsed_field(ui, id, value, name, width, show, |t| parse_opt(t, Minutes::parse))
}

/// A time field: `09:30`, `9.30`, `0930`.
pub fn time_field(ui: &mut Ui, id: Id, value: &mut TimeOfDay, name: &str, width: f32) -> Response {
    parsed_field(ui, id, value, name, width, TimeOfDay::to_string, |t| TimeOfDay::parse(t).map_err(parse_err))
}

/// A time that may be absent (empty text).
pub fn optional_time_field(ui: &mut Ui, id: Id, value: &mut Option<TimeOfDay>, name: &str, width: f32) -> Response {
    parsed_field(ui, id, value, name, width, show_opt, |t| parse_opt(t, TimeOfDay::parse))
}

/// A date that may be absent (empty text).
pub fn optional_date_field(ui: &mut Ui, id: Id, value: &mut Option<Date>, name: &str, width: f32) -> Response {
    parsed_field(ui, id, value, name, width, show_opt, |t| parse_opt(t, Date::parse))
}

fn show_opt<T: Display>(value: &Option<T>) -> String {
    value.as_ref().map(T::to_string).unwrap_or_default()
}

fn parse_opt<T>(text: &str, parse: impl Fn(&str) -> Result<T, TimeParseError>) -> Result<Option<T>, String> {
    if text.trim().is_empty() { Ok(None) } else { parse(text).map(Some).map_err(parse_err) }
}

/// A list edited as text, one entry per line. The typed text is kept while
/// the field has focus, so an empty new line is not swallowed mid-typing.
pub fn lines_field(ui: &mut Ui, id: Id, lines: &mut Vec<String>, name: &str, rows: usize) -> Response {
    let buffer_id = id.with("typed");
    let mut text = ui.data(|d| d.get_temp::<String>(buffer_id)).unwrap_or_else(|| lines.join("\n"));
    let response = ui.add(TextEdit::multiline(&mut text).id(id).desired_rows(rows).desired_width(f32::INFINITY));
    name_widget(ui, &response, name);
    if response.changed() {
        let parsed: Vec<String> = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
        if *lines != parsed {
            *lines = parsed;
        }
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer_id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
    }
    response
}

/// A small coloured tag, e.g. a variant name on an agenda row.
pub fn badge(ui: &mut Ui, text: &str, color: egui::Color32) -> Response {
    let text = egui::RichText::new(text).small().color(egui::Color32::WHITE);
    egui::Frame::new()
        .fill(color)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.label(text))
        .response
}

/// A stable, readable colour per variant, by its position in the design.
pub fn variant_color(index: usize) -> egui::Color32 {
    const COLORS: [egui::Color32; 6] = [
        egui::Color32::from_rgb(0x1f, 0x6f, 0xb2),
        egui::Color32::from_rgb(0x8a, 0x4b, 0xaf),
        egui::Color32::from_rgb(0x2e, 0x7d, 0x32),
        egui::Color32::from_rgb(0xb2, 0x5b, 0x12),
        egui::Color32::from_rgb(0x00, 0x79, 0x6b),
        egui::Color32::from_rgb(0xad, 0x14, 0x57),
    ];
    COLORS[index % COLORS.len()]
}
