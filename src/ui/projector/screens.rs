//! The projector's screens of what the room produced (ideas, barriers,
//! votes, the poll, groups, the glossary), a message, and the standby
//! screen; each keeps the countdown in a corner. Long texts wrap, many
//! entries flow into columns and shrink to fit.

use eframe::egui::{self, Color32, RichText};

use super::{ProjectorView, Screen, phase_color};
use crate::catalogue::{RunUi, tr, trf};

const GREY: Color32 = Color32::from_gray(190);

pub fn show(ui: &mut egui::Ui, view: &ProjectorView, screen: &Screen) {
    let rect = ui.max_rect().shrink2(egui::vec2(ui.max_rect().width() * 0.03, ui.max_rect().height() * 0.03));
    let unit = (rect.height() / 22.0).min(rect.width() / 34.0).max(6.0);
    let mut ui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    let ui = &mut ui;
    if let Screen::Standby { starts } = screen {
        standby(ui, view, starts, unit);
        return;
    }
    if let Screen::Message(text) = screen {
        message(ui, view, text, unit);
        return;
    }
    header(ui, view, unit);
    ui.add_space(unit * 0.5);
    let body = ui.available_rect_before_wrap();
    match screen {
        Screen::Ideas(ideas) => {
            let cards: Vec<Vec<(String, f32, Color32)>> = ideas
                .iter()
                .map(|i| {
                    let mut lines = vec![(i.text.clone(), 1.0, Color32::WHITE)];
                    lines.extend(i.add_ons.iter().map(|a| (format!("+ {a}"), 0.8, Color32::from_gray(225))));
                    if !i.by.is_empty() {
                        lines.push((i.by.join(", "), 0.65, GREY));
                    }
                    lines
                })
                .collect();
            flow(ui, body, &cards, unit, tr(RunUi::NoIdeasYet));
        }
        Screen::Barriers(departments) => {
            let cards: Vec<Vec<(String, f32, Color32)>> = departments
                .iter()
                .map(|(department, list)| {
                    let mut lines = vec![(department.clone(), 0.9, Color32::from_rgb(0xff, 0xb3, 0x00))];
                    lines.extend(list.iter().map(|b| (format!("• {b}"), 0.8, Color32::WHITE)));
                    lines
                })
                .collect();
            flow(ui, body, &cards, unit, tr(RunUi::NoBarriersYet));
        }
        Screen::Votes(votes) => bars(ui, body, None, votes, unit, tr(RunUi::NoOptionsYet)),
        Screen::Poll { question, options } => bars(ui, body, Some(question), options, unit, tr(RunUi::NoAnswersYet)),
        Screen::Groups(groups) => {
            let cards: Vec<Vec<(String, f32, Color32)>> = groups
                .iter()
                .enumerate()
                .map(|(n, names)| {
                    let mut lines =
                        vec![(trf(RunUi::GroupNumber, &[&(n + 1)]), 0.9, Color32::from_rgb(0x66, 0xbb, 0x6a))];
                    lines.extend(names.iter().map(|name| (name.clone(), 0.8, Color32::WHITE)));
                    lines
                })
                .collect();
            flow(ui, body, &cards, unit, tr(RunUi::NoGroupsYet));
        }
        Screen::Glossary(terms) => {
            let cards: Vec<Vec<(String, f32, Color32)>> = terms
                .iter()
                .map(|(term, meaning)| {
                    vec![(term.clone(), 0.9, Color32::WHITE), (meaning.clone(), 0.7, Color32::from_gray(215))]
                })
                .collect();
            flow(ui, body, &cards, unit, tr(RunUi::GlossaryEmpty));
        }
        Screen::Timer | Screen::Blackout | Screen::Standby { .. } | Screen::Message(_) => {}
    }
}

/// The item's title and, in the corner, the countdown (and "Back at").
fn header(ui: &mut egui::Ui, view: &ProjectorView, unit: f32) {
    ui.horizontal(|ui| {
        let title_width = (ui.available_width() - unit * 9.0).max(unit * 6.0);
        ui.allocate_ui(egui::vec2(title_width, unit * 2.0), |ui| {
            ui.add(egui::Label::new(RichText::new(&view.title).size(unit * 1.3).color(Color32::WHITE).strong()).wrap());
        });
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| corner(ui, view, unit));
    });
}

/// The countdown in a corner, with its words.
fn corner(ui: &mut egui::Ui, view: &ProjectorView, unit: f32) {
    let color = phase_color(view.phase, true);
    if let Some(back) = &view.back_at {
        ui.label(RichText::new(back).size(unit * 0.8).color(Color32::WHITE));
    }
    if !view.countdown.is_empty() {
        ui.label(RichText::new(&view.countdown).size(unit * 2.2).color(color).monospace());
    }
    if !view.status.is_empty() {
        ui.label(RichText::new(&view.status).size(unit * 0.7).color(color));
    }
}

fn standby(ui: &mut egui::Ui, view: &ProjectorView, starts: &str, unit: f32) {
    ui.add_space(ui.available_height() * 0.25);
    ui.vertical_centered(|ui| {
        ui.add(egui::Label::new(RichText::new(&view.workshop).size(unit * 2.0).color(Color32::WHITE).strong()).wrap());
        ui.add_space(unit);
        if !starts.is_empty() {
            ui.label(RichText::new(trf(RunUi::WeStartAt, &[&starts])).size(unit * 1.4).color(GREY));
        }
    });
}

fn message(ui: &mut egui::Ui, view: &ProjectorView, text: &str, unit: f32) {
    // The countdown in the top right corner, the message large below it.
    ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| corner(ui, view, unit * 0.8));
    let size = if text.chars().count() > 60 { unit * 2.2 } else { unit * 3.2 };
    ui.add_space(ui.available_height() * 0.2);
    ui.vertical_centered(|ui| {
        ui.add(egui::Label::new(RichText::new(text).size(size).color(Color32::WHITE).strong()).wrap());
    });
}

/// Cards of lines (text, size as a share of `unit`, colour) flowing into
/// as many columns as fit, smaller until they fit `body`.
fn flow(ui: &mut egui::Ui, body: egui::Rect, cards: &[Vec<(String, f32, Color32)>], unit: f32, empty: &str) {
    if cards.is_empty() {
        ui.label(RichText::new(empty).size(unit).color(GREY));
        return;
    }
    let columns = match cards.len() {
        0..=3 => cards.len(),
        4..=8 => 2,
        9..=18 => 3,
        _ => 4,
    }
    .max(1);
    let gap = unit * 0.8;
    let column_width = (body.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    // Shrink the text until the tallest column fits the screen.
    let height_at = |size: f32| -> f32 {
        let mut heights = vec![0.0f32; columns];
        for (n, card) in cards.iter().enumerate() {
            let spacing = ui.spacing().item_spacing.y;
            let h: f32 = card
                .iter()
                .map(|(text, share, _)| {
                    let font = egui::FontId::proportional(size * share);
                    ui.painter().layout(text.clone(), font, Color32::WHITE, column_width).size().y + spacing
                })
                .sum::<f32>()
                + size * 0.6
                + spacing;
            heights[n % columns] += h;
        }
        heights.into_iter().fold(0.0, f32::max)
    };
    // Few entries read large; many shrink until they fit: the largest size
    // that fits, found in a few halvings (each try lays out every line).
    let (mut small, mut large) = (unit * 0.2, unit * 1.4);
    if height_at(large) <= body.height() {
        small = large;
    }
    for _ in 0..6 {
        if large - small < unit * 0.03 {
            break;
        }
        let mid = (small + large) / 2.0;
        if height_at(mid) <= body.height() { small = mid } else { large = mid }
    }
    let size = small;
    ui.spacing_mut().item_spacing.x = gap;
    ui.columns(columns, |cols| {
        for (n, card) in cards.iter().enumerate() {
            // Not justified: a column's lines keep their natural spacing.
            cols[n % columns].vertical(|col| {
                for (text, share, color) in card {
                    col.add(egui::Label::new(RichText::new(text).size(size * share).color(*color)).wrap());
                }
                col.add_space(size * 0.6);
            });
        }
    });
}

/// One bar per option, its count beside it, the question above.
fn bars(
    ui: &mut egui::Ui,
    body: egui::Rect,
    question: Option<&String>,
    options: &[(String, u32)],
    unit: f32,
    empty: &str,
) {
    if let Some(q) = question {
        ui.add(egui::Label::new(RichText::new(q).size(unit * 1.1).color(Color32::WHITE)).wrap());
        ui.add_space(unit * 0.4);
    }
    if options.is_empty() {
        ui.label(RichText::new(empty).size(unit).color(GREY));
        return;
    }
    let rows = options.len() as f32;
    let size = (body.height() * 0.75 / (rows * 1.8)).min(unit * 1.3).max(6.0);
    let most = options.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let label_width = body.width() * 0.38;
    let bar_width = body.width() - label_width - size * 4.0;
    egui::Grid::new("projector-bars").num_columns(3).spacing([size * 0.6, size * 0.5]).show(ui, |ui| {
        for (text, votes) in options {
            ui.allocate_ui(egui::vec2(label_width, size * 1.4), |ui| {
                ui.set_width(label_width);
                ui.add(egui::Label::new(RichText::new(text).size(size).color(Color32::WHITE)).wrap());
            });
            let (rect, _) = ui.allocate_exact_size(egui::vec2(bar_width.max(10.0), size * 1.1), egui::Sense::hover());
            let share = *votes as f32 / most as f32;
            let filled = egui::Rect::from_min_size(rect.min, egui::vec2(rect.width() * share, rect.height()));
            ui.painter().rect_filled(rect, 3.0, Color32::from_gray(45));
            ui.painter().rect_filled(filled, 3.0, Color32::from_rgb(0x42, 0xa5, 0xf5));
            ui.label(RichText::new(votes.to_string()).size(size).color(Color32::WHITE).monospace());
            ui.end_row();
        }
    });
}
