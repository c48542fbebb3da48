//! The agenda as a When / What / Why table (egui_extras): times from the
//! schedule, editable cells, rows selected by click, reordered by dragging
//! the handle (egui's own drag and drop), section headings as bands.

use eframe::egui::{self, Align, RichText, Sense, TextStyle};
use egui_extras::{Column, TableBuilder};

use crate::catalogue::{DesignUi, tr, trf};
use crate::edit::Edit;
use crate::model::{Format, ItemId, ItemKind, TextField, TimeOfDay, Variants};
use crate::schedule::Slot;
use crate::ui::app::{App, Timing};
use crate::ui::commands::Command;
use crate::ui::widgets::{badge, duration_field, name_widget, text_field, time_field, variant_color};

/// What a dragged row carries.
struct DraggedRow(ItemId);

/// Formats offered in the table; the details panel takes any group size.
const FORMATS: [Format; 8] = [
    Format::WholeGroup,
    Format::Pairs,
    Format::SmallGroups(3),
    Format::SmallGroups(4),
    Format::SmallGroups(5),
    Format::SmallGroups(6),
    Format::SmallGroups(8),
    Format::Individual,
];

const PAD: f32 = 6.0;

pub fn show(ui: &mut egui::Ui, app: &mut App, timing: &Timing, commands: &mut Vec<Command>) {
    if timing.shown.slots.is_empty() {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.label(tr(DesignUi::AgendaEmpty));
        });
        return;
    }
    let variant = app.variant.clone();
    let has_variants = !app.doc.design.variants.is_empty();
    let scroll_row = app.design_view.scroll_to.take().and_then(|id| timing.shown.slots.iter().position(|s| s.id == id));
    // Every column fits from 1024 wide; only narrower (the details panel
    // open beside the table) do Format, Lead and If time live in the panel.
    let all_columns: f32 = Col::ALL
        .iter()
        .filter(|c| has_variants || **c != Col::Variants)
        .map(|c| c.min_width(ui) + ui.spacing().item_spacing.x)
        .sum();
    let compact = ui.available_width() < all_columns;
    let columns: Vec<Col> = Col::ALL
        .into_iter()
        .filter(|c| !(compact && matches!(c, Col::Format | Col::Lead | Col::IfTime)))
        .filter(|c| has_variants || *c != Col::Variants)
        .collect();
    let sized: Vec<Column> = columns.iter().map(|c| c.column(ui)).collect();

    let mut table = TableBuilder::new(ui)
        .id_salt("agenda")
        .striped(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(Align::Min))
        .auto_shrink([false, false]);
    for column in sized {
        table = table.column(column);
    }
    if let Some(row) = scroll_row {
        table = table.scroll_to_row(row, Some(Align::Center));
    }
    table
        .header(22.0, |mut header| {
            for c in &columns {
                header.col(|ui| {
                    ui.strong(c.title());
                });
            }
        })
        .body(|mut body| {
            let widths: Vec<(Col, f32)> = columns.iter().copied().zip(body.widths().iter().copied()).collect();
            let width_of = |c: Col| widths.iter().find(|(k, _)| *k == c).map_or(0.0, |(_, w)| *w);
            let (what_width, why_width) = (width_of(Col::What), width_of(Col::Why));
            let heights: Vec<f32> = timing
                .shown
                .slots
                .iter()
                .map(|s| row_height(body.ui_mut(), app, s, what_width, why_width, variant.as_deref()))
                .collect();
            let slots = &timing.shown.slots;
            body.heterogeneous_rows(heights.into_iter(), |mut row| {
                let slot = &slots[row.index()];
                let id = slot.id;
                row.set_selected(app.selected == Some(id));
                // A field taking focus selects its row; the long-text fields
                // also open the details, the short ones (format, lead, if
                // time) do not, since the details panel narrows the table.
                let mut focused = false;
                let mut opens = false;
                let kind = app.doc.design.agenda[slot.index].kind;
                let is_section = kind == ItemKind::Section;
                // Breaks need no purpose, format or lead.
                let is_work = kind == ItemKind::Activity;
                let v = variant.as_deref();
                for c in &columns {
                    row.col(|ui| {
                        ui.add_space(PAD - 2.0);
                        let took_focus = match c {
                            Col::Grip => grip_cell(ui, app, slot),
                            Col::When => when_cell(ui, app, timing, slot),
                            Col::Duration if !is_section => duration_cell(ui, app, slot, v),
                            Col::What => what_cell(ui, app, slot, v, what_width + why_width),
                            Col::Why if is_work => why_cell(ui, app, slot, v),
                            Col::Format if is_work => format_cell(ui, app, slot),
                            Col::Lead if is_work => lead_cell(ui, app, slot),
                            Col::IfTime if !is_section => if_time_cell(ui, app, slot),
                            Col::Variants => variant_badges(ui, app, slot),
                            _ => false,
                        };
                        focused |= took_focus;
                        opens |= took_focus && matches!(c, Col::When | Col::Duration | Col::What | Col::Why);
                    });
                }
                let response = row.response();
                if response.clicked() || opens {
                    commands.push(Command::ShowDetails(id));
                } else if focused {
                    commands.push(Command::Select(Some(id)));
                }
                drop_target(ui_painter(&response), &response, slot, commands);
            });
        });
}

/// The table's columns, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Grip,
    When,
    Duration,
    What,
    Why,
    Format,
    Lead,
    IfTime,
    Variants,
}

impl Col {
    const ALL: [Col; 9] =
        [Col::Grip, Col::When, Col::Duration, Col::What, Col::Why, Col::Format, Col::Lead, Col::IfTime, Col::Variants];

    fn title(self) -> &'static str {
        match self {
            Col::Grip => "",
            Col::When => tr(DesignUi::When),
            Col::Duration => tr(DesignUi::Duration),
            Col::What => tr(DesignUi::What),
            Col::Why => tr(DesignUi::Why),
            Col::Format => tr(DesignUi::Format),
            Col::Lead => tr(DesignUi::Lead),
            Col::IfTime => tr(DesignUi::IfTime),
            Col::Variants => tr(DesignUi::Variants),
        }
    }

    /// The narrowest the column gets.
    fn min_width(self, ui: &egui::Ui) -> f32 {
        match self {
            Col::What => 180.0,
            Col::Why => 160.0,
            other => other.fitted_width(ui),
        }
    }

    /// The column's width, wide enough for its title in the app's language.
    fn fitted_width(self, ui: &egui::Ui) -> f32 {
        let font = TextStyle::Body.resolve(ui.style());
        let title = ui.painter().layout_no_wrap(self.title().to_string(), font, egui::Color32::WHITE).size().x;
        self.width().max(title + 4.0)
    }

    fn width(self) -> f32 {
        match self {
            Col::Grip => 20.0,
            Col::When => 60.0,
            // "1 Std. 30" whole in German.
            Col::Duration if crate::catalogue::app_lang() == crate::model::Lang::German => 80.0,
            Col::Duration => 62.0,
            // "Gruppen à 4" whole, with its arrow.
            Col::Format => 118.0,
            Col::Lead => 96.0,
            Col::IfTime => 46.0,
            Col::Variants => 104.0,
            Col::What | Col::Why => 0.0,
        }
    }

    fn column(self, ui: &egui::Ui) -> Column {
        match self {
            Col::What | Col::Why => Column::remainder().at_least(self.min_width(ui)).clip(true),
            other => Column::exact(other.fitted_width(ui)),
        }
    }
}

// Each cell returns whether one of its fields just took the keyboard focus,
// which selects the row as a click would.

fn grip_cell(ui: &mut egui::Ui, app: &App, slot: &Slot) -> bool {
    let id = slot.id;
    let drag_id = egui::Id::unique(("drag-row", id));
    ui.dnd_drag_source(drag_id, DraggedRow(id), grip).response.on_hover_text(tr(DesignUi::DragToMove));
    // While dragging, the item's title follows the pointer so it is clear what moves.
    if ui.ctx().is_being_dragged(drag_id)
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        let title = app.doc.design.agenda[slot.index].title.clone();
        egui::Area::new(drag_id.with("ghost"))
            .order(egui::Order::Tooltip)
            .fixed_pos(pointer + egui::vec2(14.0, -10.0))
            .interactable(false)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(title);
                });
            });
    }
    false
}

fn duration_cell(ui: &mut egui::Ui, app: &mut App, slot: &Slot, variant: Option<&str>) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    let name = trf(DesignUi::DurationOf, &[&item.title]);
    duration_field(
        ui,
        egui::Id::unique(("duration", slot.id)),
        item.duration_mut_in(variant),
        &name,
        Col::Duration.width() - 14.0,
    )
    .gained_focus()
}

fn why_cell(ui: &mut egui::Ui, app: &mut App, slot: &Slot, variant: Option<&str>) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    let name = trf(DesignUi::WhyOf, &[&item.title]);
    let why = item.text_mut_in(variant, TextField::Why);
    let r = ui.add(
        egui::TextEdit::multiline(why).desired_rows(1).desired_width(f32::INFINITY).hint_text(tr(DesignUi::WhyPurpose)),
    );
    name_widget(ui, &r, &name);
    r.gained_focus()
}

fn lead_cell(ui: &mut egui::Ui, app: &mut App, slot: &Slot) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    let name = trf(DesignUi::LeadOf, &[&item.title]);
    text_field(ui, &mut item.lead, &name, 104.0).gained_focus()
}

fn if_time_cell(ui: &mut egui::Ui, app: &mut App, slot: &Slot) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    let r = ui.checkbox(&mut item.optional, "").on_hover_text(tr(DesignUi::IfTimeTip));
    name_widget(ui, &r, &trf(DesignUi::IfTimeOf, &[&item.title]));
    false
}

/// Six dots: the handle a row is dragged by.
fn grip(ui: &mut egui::Ui) -> egui::Response {
    ui.add_space(2.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(12.0, 18.0), Sense::hover());
    let color = if response.hovered() { ui.visuals().strong_text_color() } else { ui.visuals().weak_text_color() };
    for row in 0..3 {
        for col in 0..2 {
            let center = rect.left_top() + egui::vec2(3.0 + 6.0 * col as f32, 4.0 + 5.0 * row as f32);
            ui.painter().circle_filled(center, 1.4, color);
        }
    }
    response
}

/// The painter of the row's layer, to draw the drop line over the row.
fn ui_painter(response: &egui::Response) -> egui::Painter {
    response.ctx.layer_painter(response.layer_id)
}

/// While a row is dragged over this one, a line shows where it will land;
/// on release the item moves there.
fn drop_target(painter: egui::Painter, response: &egui::Response, slot: &Slot, commands: &mut Vec<Command>) {
    let Some(pointer) = response.ctx.pointer_interact_pos() else { return };
    let below = pointer.y > response.rect.center().y;
    if let Some(dragged) = response.dnd_hover_payload::<DraggedRow>()
        && dragged.0 != slot.id
    {
        let y = if below { response.rect.bottom() } else { response.rect.top() };
        let stroke = egui::Stroke::new(2.5, response.ctx.global_style().visuals.selection.stroke.color);
        painter.hline(response.rect.x_range(), y, stroke);
    }
    if let Some(dragged) = response.dnd_release_payload::<DraggedRow>()
        && dragged.0 != slot.id
    {
        let to = if below { slot.index + 1 } else { slot.index };
        commands.push(Command::Edit(Edit::MoveTo { id: dragged.0, to }));
    }
}

/// When: the computed start; editable for a fixed-time item. With all
/// variants shown, an item whose start differs between variants shows each.
fn when_cell(ui: &mut egui::Ui, app: &mut App, timing: &Timing, slot: &Slot) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    if let Some(fixed) = item.fixed_start.as_mut() {
        let title = item.title.clone();
        let name = trf(DesignUi::FixedStartOf, &[&title]);
        let r = time_field(ui, egui::Id::unique(("fixed", slot.id)), fixed, &name, 50.0)
            .on_hover_text(tr(DesignUi::FixedStartTip));
        return r.gained_focus();
    }
    let text = if app.variant.is_none() && !timing.per_variant.is_empty() && timing.per_variant[0].variant.is_some() {
        per_variant_starts(timing, slot.id)
    } else {
        vec![(None, slot.start)]
    };
    let mut distinct: Vec<TimeOfDay> = text.iter().map(|(_, t)| *t).collect();
    distinct.sort();
    distinct.dedup();
    // One time per line when variants start the item at different times,
    // each marked with its variants' initials in their colours.
    let variants = &app.doc.design.variants;
    let label = ui
        .vertical(|ui| {
            for t in &distinct {
                if distinct.len() == 1 {
                    ui.label(RichText::new(t.to_string()).monospace());
                    continue;
                }
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 3.0;
                    ui.label(RichText::new(t.to_string()).monospace());
                    for (v, _) in text.iter().filter(|(_, at)| at == t) {
                        let Some(name) = v.as_deref() else { continue };
                        let index = variants.iter().position(|x| x.name.eq_ignore_ascii_case(name)).unwrap_or(0);
                        let initial: String = name.chars().take(1).collect();
                        ui.label(RichText::new(initial).small().strong().color(variant_color(index)));
                    }
                });
            }
        })
        .response;
    if distinct.len() > 1 {
        let detail: Vec<String> = text.iter().map(|(v, t)| format!("{}: {t}", v.as_deref().unwrap_or(""))).collect();
        label.on_hover_text(detail.join("\n"));
    }
    false
}

/// The start of an item in each variant it runs in.
fn per_variant_starts(timing: &Timing, id: ItemId) -> Vec<(Option<String>, TimeOfDay)> {
    timing.per_variant.iter().filter_map(|s| s.slot(id).map(|slot| (s.variant.clone(), slot.start))).collect()
}

/// What: the title (editable) and the first lines of the details below it.
/// A section heading runs on across the empty Why cell.
fn what_cell(ui: &mut egui::Ui, app: &mut App, slot: &Slot, variant: Option<&str>, band_width: f32) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    if item.kind == ItemKind::Section {
        let width = band_width - 8.0;
        // The cell is clipped to the What column; the heading may use the empty Why cell too.
        let mut clip = ui.clip_rect();
        clip.max.x = clip.max.x.max(ui.max_rect().left() + band_width);
        ui.set_clip_rect(clip);
        let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, 26.0));
        let r = ui.put(
            rect,
            egui::TextEdit::singleline(item.text_mut_in(variant, TextField::Title))
                .font(TextStyle::Heading)
                .frame(egui::Frame::NONE)
                .desired_width(width),
        );
        name_widget(ui, &r, tr(DesignUi::SectionTitle));
        return r.gained_focus();
    }
    let optional = item.optional;
    let details = item.text_in(variant).what.to_string();
    let mut focused = false;
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let name = trf(DesignUi::TitleOf, &[&item.title]);
            let title = item.text_mut_in(variant, TextField::Title);
            let width = title_width(ui, ui.available_width(), optional);
            // Multi-line so a long title wraps instead of hiding its end; a
            // title is one line, so a typed line break becomes a space.
            let r = ui.add(egui::TextEdit::multiline(title).desired_rows(1).desired_width(width).font(TextStyle::Body));
            if r.changed() && title.contains('\n') {
                *title = title.replace(['\r', '\n'], " ");
            }
            name_widget(ui, &r, &name);
            focused = r.gained_focus();
            if optional {
                ui.label(RichText::new(tr(DesignUi::IfTimeMark)).italics().weak());
            }
        });
        if !details.is_empty() {
            ui.add(egui::Label::new(details_job(ui, &details, ui.available_width())).wrap().selectable(false));
        }
    });
    focused
}

/// The width of the title field in a What cell, leaving room for "(if time)"
/// (as wide as the mark needs in the app's language).
fn title_width(ui: &egui::Ui, cell_width: f32, optional: bool) -> f32 {
    if !optional {
        return cell_width;
    }
    let font = TextStyle::Body.resolve(ui.style());
    let mark = ui.painter().layout_no_wrap(tr(DesignUi::IfTimeMark).to_string(), font, egui::Color32::WHITE).size().x;
    cell_width - (mark + ui.spacing().item_spacing.x + 4.0).max(64.0)
}

/// The details under a title, at most two lines, ending in … when cut.
fn details_job(ui: &egui::Ui, text: &str, width: f32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::simple(
        text.to_string(),
        TextStyle::Small.resolve(ui.style()),
        ui.visuals().weak_text_color(),
        width,
    );
    job.wrap.max_rows = 2;
    job
}

fn format_cell(ui: &mut egui::Ui, app: &mut App, slot: &Slot) -> bool {
    let item = &mut app.doc.design.agenda[slot.index];
    let name = trf(DesignUi::FormatOf, &[&item.title]);
    let response = egui::ComboBox::from_id_salt(("format", slot.id))
        // As wide as its column allows, never over the Lead beside it.
        .width(ui.available_width().min(128.0))
        .selected_text(super::format_name(item.format))
        .show_ui(ui, |ui| {
            for f in FORMATS {
                ui.selectable_value(&mut item.format, f, super::format_name(f));
            }
        })
        .response;
    name_widget(ui, &response, &name);
    false
}

fn variant_badges(ui: &mut egui::Ui, app: &App, slot: &Slot) -> bool {
    let design = &app.doc.design;
    let item = &design.agenda[slot.index];
    ui.horizontal_wrapped(|ui| match &item.variants {
        Variants::All => {
            ui.label(RichText::new(tr(DesignUi::All)).weak());
        }
        Variants::Only(names) => {
            for name in names {
                let index =
                    design.variants.iter().position(|v| v.name.eq_ignore_ascii_case(name)).unwrap_or(usize::MAX / 2);
                badge(ui, name, variant_color(index));
            }
        }
    });
    false
}

/// The height a row needs for its wrapped text, measured with the fonts the
/// cells draw with, so long Why text is never cut.
fn row_height(ui: &egui::Ui, app: &App, slot: &Slot, what_width: f32, why_width: f32, variant: Option<&str>) -> f32 {
    let item = &app.doc.design.agenda[slot.index];
    if item.kind == ItemKind::Section {
        return 34.0;
    }
    let text = item.text_in(variant);
    let body = TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let line = ui.fonts_mut(|f| f.row_height(&body));
    let why_width = (why_width - 8.0).max(40.0);
    let why = if item.kind == ItemKind::Activity {
        ui.painter().layout(text.why.to_string(), body.clone(), color, why_width).size().y.max(line)
    } else {
        line
    };
    // With every variant shown, the When cell may list two start times.
    let when = if variant.is_none() && !app.doc.design.variants.is_empty() { 2.0 * line } else { line };
    let title_width = title_width(ui, what_width, item.optional) - 8.0;
    let mut what =
        ui.painter().layout(text.title.to_string(), body.clone(), color, title_width.max(40.0)).size().y.max(line)
            + 6.0;
    if !text.what.is_empty() {
        let job = details_job(ui, text.what, what_width.max(40.0));
        what += ui.painter().layout_job(job).size().y + 2.0;
    }
    what.max(why + 6.0).max(when).max(line + 12.0) + 2.0 * PAD
}
