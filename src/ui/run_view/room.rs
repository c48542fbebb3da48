//! What the projector shows, chosen on the console: the screen (following
//! the item by default), blackout, and a message for the room, typed or
//! one of the design's prepared ones.

use eframe::egui;

use crate::catalogue::{RunUi, tr, trf};
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::projector::Shows;
use crate::ui::ui_command::UiCommand;
use crate::ui::widgets::name_widget;

/// Offered when a design has no prepared messages of its own.
const PREPARED: [RunUi; 3] = [RunUi::PleaseReturn, RunUi::FiveMinutesLeft, RunUi::BackInTen];

pub fn show(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let prepared: Vec<String> = match app.run_design().map(|d| d.messages.clone()) {
        Some(m) if !m.is_empty() => m,
        _ => PREPARED.iter().map(|m| tr(*m).to_string()).collect(),
    };
    let view = &mut app.run_view;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr(RunUi::ProjectorShows));
        let r = egui::ComboBox::from_id_salt("projector-shows")
            .selected_text(view.shows.label())
            .show_ui(ui, |ui| {
                for shows in Shows::ALL {
                    ui.selectable_value(&mut view.shows, shows, shows.label());
                }
            })
            .response
            .labelled_by(label.id);
        name_widget(ui, &r, tr(RunUi::ProjectorShows));
        let blackout = egui::Button::new(UiCommand::Blackout.label()).selected(view.blackout);
        if ui.add(blackout).on_hover_text(UiCommand::Blackout.hover_text(ui.ctx())).clicked() {
            commands.push(Command::ToggleBlackout);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut view.message_draft)
                .desired_width(240.0)
                .hint_text(tr(RunUi::MessageForRoom)),
        );
        name_widget(ui, &field, tr(RunUi::MessageForRoom));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let show = ui.button(tr(RunUi::Show)).on_hover_text(tr(RunUi::ShowTip));
        name_widget(ui, &show, tr(RunUi::ShowMessage));
        if (show.clicked() || entered) && !view.message_draft.trim().is_empty() {
            view.message_shown = Some(view.message_draft.trim().to_string());
            view.shows = Shows::Message;
        }
        if view.message_shown.is_some() && ui.button(tr(RunUi::Clear)).on_hover_text(tr(RunUi::ClearTip)).clicked() {
            view.message_shown = None;
            if view.shows == Shows::Message {
                view.shows = Shows::Follow;
            }
        }
        for message in &prepared {
            let b = ui.small_button(message.as_str()).on_hover_text(tr(RunUi::ShowThisTip));
            name_widget(ui, &b, &trf(RunUi::ShowNamed, &[message]));
            if b.clicked() {
                view.message_shown = Some(message.clone());
                view.shows = Shows::Message;
            }
        }
    });
}
