//! The selected item's details beside the table: everything the table has
//! no room for, including captures, variant membership and the per-variant
//! overrides.

use eframe::egui::{self, RichText};

use crate::catalogue::{DesignUi, Ui, tr, trf};
use crate::edit::{Edit, OverrideField};
use crate::model::{AtZero, Capture, Format, Item, ItemId, ItemKind, ItemOverride, TextField, Variants};
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
            ui.heading(tr(DesignUi::ItemDetails));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr(DesignUi::Close)).on_hover_text(tr(DesignUi::CloseTip)).clicked() {
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
        ui.label(tr(DesignUi::Kind));
        let r = egui::ComboBox::from_id_salt(("kind", id))
            .selected_text(kind_name(item.kind))
            .show_ui(ui, |ui| {
                for k in [ItemKind::Activity, ItemKind::Break, ItemKind::Section] {
                    ui.selectable_value(&mut item.kind, k, kind_name(k));
                }
            })
            .response;
        name_widget(ui, &r, tr(DesignUi::Kind));
        ui.end_row();

        ui.label(tr(DesignUi::Title));
        text_field(ui, &mut item.title, tr(DesignUi::ItemTitle), ui.available_width());
        ui.end_row();
        if item.kind == ItemKind::Section {
            return;
        }

        ui.label(tr(DesignUi::Duration));
        let name = tr(DesignUi::ItemDuration);
        duration_field(ui, egui::Id::unique(("details-duration", id)), &mut item.duration, name, 70.0)
            .on_hover_text("10, 90m, 1h30");
        ui.end_row();

        ui.label(tr(DesignUi::CanShrinkTo));
        optional_duration_field(
            ui,
            egui::Id::unique(("details-min", id)),
            &mut item.min_duration,
            tr(DesignUi::MinimumDuration),
            70.0,
        )
        .on_hover_text(tr(DesignUi::ShrinkTip));
        ui.end_row();

        let fixed = tr(DesignUi::FixedStart);
        ui.label(fixed);
        optional_time_field(ui, egui::Id::unique(("details-fixed", id)), &mut item.fixed_start, fixed, 70.0)
            .on_hover_text(tr(DesignUi::FixedStartDetailTip));
        ui.end_row();

        ui.label(tr(DesignUi::IfTime));
        let r = ui.checkbox(&mut item.optional, tr(DesignUi::DropFirst));
        name_widget(ui, &r, tr(DesignUi::ItemIsIfTime));
        ui.end_row();

        ui.label(tr(DesignUi::AtZero));
        let r = egui::ComboBox::from_id_salt(("at-zero", id))
            .selected_text(at_zero_name(item.at_zero))
            .show_ui(ui, |ui| {
                for choice in AtZero::ALL {
                    ui.selectable_value(&mut item.at_zero, choice, at_zero_name(choice));
                }
            })
            .response;
        name_widget(ui, &r, tr(DesignUi::WhenTimeIsUp));
        ui.end_row();
        // A break has a time and a length, not a format or a lead.
        if item.kind == ItemKind::Break {
            return;
        }

        ui.label(tr(DesignUi::Format));
        ui.horizontal(|ui| {
            let mut kind = match item.format {
                Format::WholeGroup => 0,
                Format::Pairs => 1,
                Format::SmallGroups(_) => 2,
                Format::Individual => 3,
            };
            let names = [DesignUi::WholeGroup, DesignUi::Pairs, DesignUi::SmallGroups, DesignUi::Individual].map(tr);
            let r = egui::ComboBox::from_id_salt(("details-format", id))
                .selected_text(names[kind])
                .show_ui(ui, |ui| {
                    for (n, name) in names.iter().enumerate() {
                        ui.selectable_value(&mut kind, n, *name);
                    }
                })
                .response;
            name_widget(ui, &r, tr(DesignUi::Format));
            let mut size = if let Format::SmallGroups(n) = item.format { n } else { 4 };
            if kind == 2 {
                ui.label(tr(DesignUi::Of));
                let r = ui.add(egui::DragValue::new(&mut size).range(2..=20));
                name_widget(ui, &r, tr(DesignUi::GroupSizePerGroup));
            }
            let new = [Format::WholeGroup, Format::Pairs, Format::SmallGroups(size), Format::Individual][kind];
            if new != item.format {
                item.format = new;
            }
        });
        ui.end_row();

        ui.label(tr(DesignUi::Lead));
        text_field(ui, &mut item.lead, tr(DesignUi::ItemLead), ui.available_width());
        ui.end_row();
    });
}

fn texts(ui: &mut egui::Ui, item: &mut Item) {
    if item.kind == ItemKind::Section {
        return;
    }
    let id = item.id;
    for (label, field, rows) in [
        (DesignUi::WhatHappens, TextField::What, 3),
        (DesignUi::WhyPurpose, TextField::Why, 2),
        (DesignUi::ParticipantInstructions, TextField::ParticipantInstructions, 3),
        (DesignUi::FacilitatorNotes, TextField::FacilitatorNotes, 3),
    ] {
        let label = tr(label);
        ui.add_space(6.0);
        ui.label(RichText::new(label).strong());
        text_area(ui, item.text_mut(field), label, rows);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr(DesignUi::Materials)).strong());
    ui.label(RichText::new(tr(DesignUi::OnePerLine)).small().weak());
    lines_field(ui, egui::Id::unique(("materials", id)), &mut item.materials, tr(DesignUi::Materials), 2);
}

/// The capture kinds, each switched on or off as one undoable edit.
fn captures(ui: &mut egui::Ui, item: &mut Item, commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr(DesignUi::Captures)).strong());
    let r = ui.checkbox(&mut item.anonymous, tr(DesignUi::Anonymous));
    name_widget(ui, &r, tr(DesignUi::CapturesAnonymous));
    let new_poll = Capture::Poll {
        question: String::new(),
        options: vec!["1".into(), "2".into(), "3".into(), "4".into(), "5".into()],
    };
    ui.horizontal_wrapped(|ui| {
        for kind in [Capture::Ideas, Capture::Barriers, Capture::Votes, Capture::Actions, Capture::Notes, new_poll] {
            let same = |c: &Capture| std::mem::discriminant(c) == std::mem::discriminant(&kind);
            let mut on = item.captures.iter().any(same);
            let r = ui.checkbox(&mut on, capture_name(&kind));
            name_widget(ui, &r, &trf(DesignUi::CaptureOf, &[&capture_name(&kind)]));
            if r.changed() {
                commands.push(Command::Edit(Edit::SetCapture { item: item.id, capture: kind.clone(), on }));
            }
        }
    });
    let id = item.id;
    for capture in &mut item.captures {
        if let Capture::Poll { question, options } = capture {
            ui.label(tr(DesignUi::PollQuestion));
            text_field(ui, question, tr(DesignUi::PollQuestion), ui.available_width());
            ui.label(RichText::new(tr(DesignUi::PollOptionsHint)).small().weak());
            lines_field(ui, egui::Id::unique(("poll-options", id)), options, tr(DesignUi::PollOptions), 3);
        }
    }
}

/// Which variants the item runs in; each change is one undoable edit.
fn membership(ui: &mut egui::Ui, item: &Item, names: &[String], commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr(DesignUi::RunsIn)).strong());
    let set = |variants| Command::Edit(Edit::SetMembership { item: item.id, variants });
    ui.horizontal_wrapped(|ui| {
        let all = item.variants.is_all();
        if ui.radio(all, tr(Ui::AllVariants)).clicked() && !all {
            commands.push(set(Variants::All));
        }
        if ui.radio(!all, tr(DesignUi::Only)).clicked() && all {
            commands.push(set(Variants::Only(names.to_vec())));
        }
        if let Variants::Only(members) = &item.variants {
            for name in names {
                let mut on = members.iter().any(|m| m.eq_ignore_ascii_case(name));
                let r = ui.checkbox(&mut on, name);
                name_widget(ui, &r, &trf(DesignUi::RunsInName, &[name]));
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
    ui.label(RichText::new(tr(DesignUi::Differences)).strong());
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
                let r = ui.checkbox(&mut on, tr(DesignUi::DifferentDuration));
                name_widget(ui, &r, &trf(DesignUi::DifferentDurationIn, &[name]));
                if r.changed() {
                    set(OverrideField::Duration, on);
                }
                if let Some(d) = entry.duration.as_mut() {
                    duration_field(
                        ui,
                        egui::Id::unique(("override-duration", id, name)),
                        d,
                        &trf(DesignUi::DurationIn, &[name]),
                        60.0,
                    );
                }
            });
            for (label, field) in [
                (DesignUi::FieldTitle, TextField::Title),
                (DesignUi::FieldWhat, TextField::What),
                (DesignUi::FieldWhy, TextField::Why),
                (DesignUi::FieldParticipant, TextField::ParticipantInstructions),
                (DesignUi::FieldFacilitator, TextField::FacilitatorNotes),
            ]
            .into_iter()
            {
                let label = tr(label);
                let slot = entry.text_mut(field);
                let mut on = slot.is_some();
                let r = ui.checkbox(&mut on, trf(DesignUi::Different, &[&label]));
                name_widget(ui, &r, &trf(DesignUi::DifferentIn, &[&label, name]));
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
    tr(match kind {
        ItemKind::Activity => DesignUi::Activity,
        ItemKind::Break => DesignUi::Break,
        ItemKind::Section => DesignUi::SectionHeading,
    })
}

/// What the countdown does at 0:00, in the app's language.
fn at_zero_name(choice: AtZero) -> &'static str {
    tr(match choice {
        AtZero::CountOver => DesignUi::CountOver,
        AtZero::Hold => DesignUi::Hold,
        AtZero::NextItem => DesignUi::NextItem,
    })
}

/// A capture kind's short name, in the app's language.
fn capture_name(capture: &Capture) -> &'static str {
    tr(match capture {
        Capture::Ideas => DesignUi::Ideas,
        Capture::Barriers => DesignUi::Barriers,
        Capture::Votes => DesignUi::Votes,
        Capture::Poll { .. } => DesignUi::Poll,
        Capture::Actions => DesignUi::Actions,
        Capture::Notes => DesignUi::Notes,
    })
}
