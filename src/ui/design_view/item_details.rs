//! The selected item's details beside the table: everything the table has
//! no room for, including captures, variant membership and the per-variant
//! overrides.

use eframe::egui::{self, RichText};

use crate::edit::{Edit, OverrideField};
use crate::model::{Capture, Format, Item, ItemId, ItemKind, ItemOverride, TextField, Variants};
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::widgets::{
    duration_field, lines_field, name_widget, optional_duration_field, optional_time_field, text_area, text_field,
};

pub fn show(ui: &mut egui::Ui, app: &mut App, id: ItemId, commands: &mut Vec<Command>) {
    let variant_names: Vec<String> = app.doc.design.variants.iter().map(|v| v.name.clone()).collect();
    let Some(item) = app.doc.design.agenda.iter_mut().find(|i| i.id == id) else { return };
    egui::Panel::right("item-details").resizable(true).default_size(400.0).min_size(320.0).show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.heading("Item details");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Close").on_hover_text("Hide the details (Esc deselects the row)").clicked() {
                    commands.push(Command::HideDetails);
                }
            });
        });
        ui.separator();
        // Another item's details open at their top, not where the last one was scrolled.
        let mut scroll = egui::ScrollArea::vertical().id_salt("item-details-scroll");
        if app.design_view.details_item.replace(id) != Some(id) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.show(ui, |ui| {
            basics(ui, item);
            texts(ui, item);
            // A break has no captures: the room is at coffee.
            if item.kind == ItemKind::Activity {
                captures(ui, item, commands);
            }
            if !variant_names.is_empty() {
                membership(ui, item, &variant_names, commands);
                overrides(ui, item, &variant_names, commands);
            }
        });
    });
}

fn basics(ui: &mut egui::Ui, item: &mut Item) {
    let id = item.id;
    egui::Grid::new(("item-basics", id)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        ui.label("Kind");
        let r = egui::ComboBox::from_id_salt(("kind", id))
            .selected_text(kind_name(item.kind))
            .show_ui(ui, |ui| {
                for k in [ItemKind::Activity, ItemKind::Break, ItemKind::Section] {
                    ui.selectable_value(&mut item.kind, k, kind_name(k));
                }
            })
            .response;
        name_widget(ui, &r, "Kind");
        ui.end_row();

        ui.label("Title");
        text_field(ui, &mut item.title, "Item title", ui.available_width());
        ui.end_row();
        if item.kind == ItemKind::Section {
            return;
        }

        ui.label("Duration");
        duration_field(ui, egui::Id::unique(("details-duration", id)), &mut item.duration, "Item duration", 70.0)
            .on_hover_text("10, 90m, 1h30");
        ui.end_row();

        ui.label("Can shrink to");
        optional_duration_field(
            ui,
            egui::Id::unique(("details-min", id)),
            &mut item.min_duration,
            "Minimum duration",
            70.0,
        )
        .on_hover_text("How short it may get when the day runs late; empty: it cannot shrink");
        ui.end_row();

        ui.label("Fixed start");
        optional_time_field(ui, egui::Id::unique(("details-fixed", id)), &mut item.fixed_start, "Fixed start", 70.0)
            .on_hover_text("A clock time this item must start at (lunch, a guest); empty: it follows the item before");
        ui.end_row();

        ui.label("If time");
        let r = ui.checkbox(&mut item.optional, "Drop this first when the day runs late");
        name_widget(ui, &r, "Item is if time");
        ui.end_row();

        ui.label("At 0:00");
        let r = egui::ComboBox::from_id_salt(("at-zero", id))
            .selected_text(item.at_zero.label())
            .show_ui(ui, |ui| {
                for choice in crate::model::AtZero::ALL {
                    ui.selectable_value(&mut item.at_zero, choice, choice.label());
                }
            })
            .response;
        name_widget(ui, &r, "When time is up");
        ui.end_row();
        // A break has a time and a length, not a format or a lead.
        if item.kind == ItemKind::Break {
            return;
        }

        ui.label("Format");
        ui.horizontal(|ui| {
            let mut kind = match item.format {
                Format::WholeGroup => 0,
                Format::Pairs => 1,
                Format::SmallGroups(_) => 2,
                Format::Individual => 3,
            };
            let names = ["Whole group", "Pairs", "Small groups", "Individual"];
            let r = egui::ComboBox::from_id_salt(("details-format", id))
                .selected_text(names[kind])
                .show_ui(ui, |ui| {
                    for (n, name) in names.iter().enumerate() {
                        ui.selectable_value(&mut kind, n, *name);
                    }
                })
                .response;
            name_widget(ui, &r, "Format");
            let mut size = if let Format::SmallGroups(n) = item.format { n } else { 4 };
            if kind == 2 {
                ui.label("of");
                let r = ui.add(egui::DragValue::new(&mut size).range(2..=20));
                name_widget(ui, &r, "Group size per group");
            }
            let new = [Format::WholeGroup, Format::Pairs, Format::SmallGroups(size), Format::Individual][kind];
            if new != item.format {
                item.format = new;
            }
        });
        ui.end_row();

        ui.label("Lead");
        text_field(ui, &mut item.lead, "Item lead", ui.available_width());
        ui.end_row();
    });
}

fn texts(ui: &mut egui::Ui, item: &mut Item) {
    if item.kind == ItemKind::Section {
        return;
    }
    let id = item.id;
    for (label, field, rows) in [
        ("What happens", TextField::What, 3),
        ("Why (purpose)", TextField::Why, 2),
        ("Participant instructions (handout and projector)", TextField::ParticipantInstructions, 3),
        ("Facilitator notes (never shown to participants)", TextField::FacilitatorNotes, 3),
    ] {
        ui.add_space(6.0);
        ui.label(RichText::new(label).strong());
        text_area(ui, item.text_mut(field), label, rows);
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Materials").strong());
    ui.label(RichText::new("One per line").small().weak());
    lines_field(ui, egui::Id::unique(("materials", id)), &mut item.materials, "Materials", 2);
}

/// The capture kinds, each switched on or off as one undoable edit.
fn captures(ui: &mut egui::Ui, item: &mut Item, commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.label(RichText::new("Captures: what the room produces here").strong());
    let r = ui.checkbox(&mut item.anonymous, "Anonymous: no names asked, kept, shown or printed");
    name_widget(ui, &r, "Captures are anonymous");
    let new_poll = Capture::Poll {
        question: String::new(),
        options: vec!["1".into(), "2".into(), "3".into(), "4".into(), "5".into()],
    };
    ui.horizontal_wrapped(|ui| {
        for kind in [Capture::Ideas, Capture::Barriers, Capture::Votes, Capture::Actions, Capture::Notes, new_poll] {
            let same = |c: &Capture| std::mem::discriminant(c) == std::mem::discriminant(&kind);
            let mut on = item.captures.iter().any(same);
            let r = ui.checkbox(&mut on, kind.label());
            name_widget(ui, &r, &format!("Capture {}", kind.label()));
            if r.changed() {
                commands.push(Command::Edit(Edit::SetCapture { item: item.id, capture: kind.clone(), on }));
            }
        }
    });
    let id = item.id;
    for capture in &mut item.captures {
        if let Capture::Poll { question, options } = capture {
            ui.label("Poll question");
            text_field(ui, question, "Poll question", ui.available_width());
            ui.label(RichText::new("Options, one per line").small().weak());
            lines_field(ui, egui::Id::unique(("poll-options", id)), options, "Poll options", 3);
        }
    }
}

/// Which variants the item runs in; each change is one undoable edit.
fn membership(ui: &mut egui::Ui, item: &Item, names: &[String], commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.label(RichText::new("Runs in").strong());
    let set = |variants| Command::Edit(Edit::SetMembership { item: item.id, variants });
    ui.horizontal_wrapped(|ui| {
        let all = item.variants.is_all();
        if ui.radio(all, "All variants").clicked() && !all {
            commands.push(set(Variants::All));
        }
        if ui.radio(!all, "Only:").clicked() && all {
            commands.push(set(Variants::Only(names.to_vec())));
        }
        if let Variants::Only(members) = &item.variants {
            for name in names {
                let mut on = members.iter().any(|m| m.eq_ignore_ascii_case(name));
                let r = ui.checkbox(&mut on, name);
                name_widget(ui, &r, &format!("Runs in {name}"));
                if r.changed() {
                    let mut members = members.clone();
                    if on {
                        members.push(name.clone());
                    } else {
                        members.retain(|m| !m.eq_ignore_ascii_case(name));
                    }
                    commands.push(set(Variants::Only(members)));
                }
            }
        }
    });
}

/// What differs per variant: switching a difference on or off is one
/// undoable edit; typing in it is typing.
fn overrides(ui: &mut egui::Ui, item: &mut Item, names: &[String], commands: &mut Vec<Command>) {
    if item.kind == ItemKind::Section {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Differences per variant").strong());
    let id = item.id;
    for name in names {
        if !item.variants.includes(Some(name)) {
            continue;
        }
        let key = item.overrides.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned();
        let mut none = ItemOverride::default();
        let entry = match key.and_then(|k| item.overrides.get_mut(&k)) {
            Some(entry) => entry,
            None => &mut none,
        };
        let mut set = |field, on| {
            commands.push(Command::Edit(Edit::SetOverride { item: id, variant: name.clone(), field, on }));
        };
        egui::CollapsingHeader::new(format!("In {name}")).id_salt(("override", id, name)).show(ui, |ui| {
            let mut on = entry.duration.is_some();
            ui.horizontal(|ui| {
                let r = ui.checkbox(&mut on, "Different duration");
                name_widget(ui, &r, &format!("Different duration in {name}"));
                if r.changed() {
                    set(OverrideField::Duration, on);
                }
                if let Some(d) = entry.duration.as_mut() {
                    duration_field(
                        ui,
                        egui::Id::unique(("override-duration", id, name)),
                        d,
                        &format!("Duration in {name}"),
                        60.0,
                    );
                }
            });
            for (label, field) in [
                ("title", TextField::Title),
                ("what", TextField::What),
                ("why", TextField::Why),
                ("participant instructions", TextField::ParticipantInstructions),
                ("facilitator notes", TextField::FacilitatorNotes),
            ]
            .into_iter()
            {
                let slot = entry.text_mut(field);
                let mut on = slot.is_some();
                let r = ui.checkbox(&mut on, format!("Different {label}"));
                name_widget(ui, &r, &format!("Different {label} in {name}"));
                if r.changed() {
                    set(OverrideField::Text(field), on);
                }
                if let Some(text) = slot.as_mut() {
                    text_area(ui, text, &format!("{label} in {name}"), 2);
                }
            }
        });
    }
}

fn kind_name(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Activity => "Activity",
        ItemKind::Break => "Break",
        ItemKind::Section => "Section heading",
    }
}
