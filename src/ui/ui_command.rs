//! The one table of the app's commands (in the manner of rerun's
//! `UICommand`): each knows its label, its tooltip and its keyboard
//! shortcuts, and where and when its keys apply. The menus, the toolbar, the
//! console's buttons and the key handling all read from here, so they never
//! disagree; shortcuts are shown with egui's `format_shortcut` (⌘ on macOS).

use eframe::egui::{self, Context, Key, KeyboardShortcut, Modifiers};

use super::app::{App, Mode};
use super::commands::Command;
use crate::catalogue::{Ui, tr};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    New,
    Open,
    Save,
    SaveAs,
    ImportAgenda,
    Quit,
    Undo,
    Redo,
    AddActivity,
    AddBreak,
    AddSection,
    InsertAbove,
    Duplicate,
    Delete,
    MoveUp,
    MoveDown,
    PauseResume,
    NextItem,
    PreviousItem,
    OneMoreMinute,
    FiveMoreMinutes,
    UndoRunAction,
    FullScreen,
    AddNote,
    SkipItem,
    FinishRun,
    Projector,
    Blackout,
}

/// Where a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    /// Every mode, also while typing in a field.
    Anywhere,
    /// Design mode, also while typing (the document's undo owns Ctrl+Z there).
    Design,
    /// Design mode anywhere, and Results mode outside a field.
    DesignAndResults,
    /// Run mode, only when no field has the keyboard (typing a capture must
    /// never move the run).
    RunOutsideFields,
    /// Handled by the one field it belongs to (Add note in the note field).
    Field,
}

/// A `'static` list of shortcuts.
macro_rules! shortcuts {
    ($($modifiers:expr, $key:expr);*) => {{
        const KEYS: &[KeyboardShortcut] = &[$(KeyboardShortcut::new($modifiers, $key)),*];
        KEYS
    }};
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

impl UiCommand {
    pub const ALL: [UiCommand; 28] = [
        UiCommand::New,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::ImportAgenda,
        UiCommand::Quit,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::AddActivity,
        UiCommand::AddBreak,
        UiCommand::AddSection,
        UiCommand::InsertAbove,
        UiCommand::Duplicate,
        UiCommand::Delete,
        UiCommand::MoveUp,
        UiCommand::MoveDown,
        UiCommand::PauseResume,
        UiCommand::NextItem,
        UiCommand::PreviousItem,
        UiCommand::OneMoreMinute,
        UiCommand::FiveMoreMinutes,
        UiCommand::UndoRunAction,
        UiCommand::FullScreen,
        UiCommand::AddNote,
        UiCommand::SkipItem,
        UiCommand::FinishRun,
        UiCommand::Projector,
        UiCommand::Blackout,
    ];

    /// The words on its menu entry or button, in the app's language.
    pub fn label(self) -> &'static str {
        tr(match self {
            UiCommand::New => Ui::New,
            UiCommand::Open => Ui::Open,
            UiCommand::Save => Ui::Save,
            UiCommand::SaveAs => Ui::SaveAs,
            UiCommand::ImportAgenda => Ui::ImportAgenda,
            UiCommand::Quit => Ui::Quit,
            UiCommand::Undo => Ui::Undo,
            UiCommand::Redo => Ui::Redo,
            UiCommand::AddActivity => Ui::AddActivity,
            UiCommand::AddBreak => Ui::AddBreak,
            UiCommand::AddSection => Ui::AddSection,
            UiCommand::InsertAbove => Ui::InsertAbove,
            UiCommand::Duplicate => Ui::Duplicate,
            UiCommand::Delete => Ui::Delete,
            UiCommand::MoveUp => Ui::MoveUp,
            UiCommand::MoveDown => Ui::MoveDown,
            UiCommand::PauseResume => Ui::PauseResume,
            UiCommand::NextItem => Ui::Next,
            UiCommand::PreviousItem => Ui::Previous,
            UiCommand::OneMoreMinute => Ui::OneMoreMinute,
            UiCommand::FiveMoreMinutes => Ui::FiveMoreMinutes,
            UiCommand::UndoRunAction => Ui::UndoRunAction,
            UiCommand::FullScreen => Ui::FullScreen,
            UiCommand::AddNote => Ui::AddNote,
            UiCommand::SkipItem => Ui::Skip,
            UiCommand::FinishRun => Ui::FinishRun,
            UiCommand::Projector => Ui::ProjectorWindow,
            UiCommand::Blackout => Ui::Blackout,
        })
    }

    /// What it does, in a sentence, for its tooltip.
    pub fn tooltip(self) -> &'static str {
        tr(match self {
            UiCommand::New => Ui::NewTip,
            UiCommand::Open => Ui::OpenTip,
            UiCommand::Save => Ui::SaveTip,
            UiCommand::SaveAs => Ui::SaveAsTip,
            UiCommand::ImportAgenda => Ui::ImportAgendaTip,
            UiCommand::Quit => Ui::QuitTip,
            UiCommand::Undo => Ui::UndoTip,
            UiCommand::Redo => Ui::RedoTip,
            UiCommand::AddActivity => Ui::AddActivityTip,
            UiCommand::AddBreak => Ui::AddBreakTip,
            UiCommand::AddSection => Ui::AddSectionTip,
            UiCommand::InsertAbove => Ui::InsertAboveTip,
            UiCommand::Duplicate => Ui::DuplicateTip,
            UiCommand::Delete => Ui::DeleteTip,
            UiCommand::MoveUp => Ui::MoveUpTip,
            UiCommand::MoveDown => Ui::MoveDownTip,
            UiCommand::PauseResume => Ui::PauseResumeTip,
            UiCommand::NextItem => Ui::NextTip,
            UiCommand::PreviousItem => Ui::PreviousTip,
            UiCommand::OneMoreMinute => Ui::OneMoreMinuteTip,
            UiCommand::FiveMoreMinutes => Ui::FiveMoreMinutesTip,
            UiCommand::UndoRunAction => Ui::UndoRunActionTip,
            UiCommand::FullScreen => Ui::FullScreenTip,
            UiCommand::AddNote => Ui::AddNoteTip,
            UiCommand::SkipItem => Ui::SkipTip,
            UiCommand::FinishRun => Ui::FinishRunTip,
            UiCommand::Projector => Ui::ProjectorWindowTip,
            UiCommand::Blackout => Ui::BlackoutTip,
        })
    }

    /// Its keys: the first is the one shown; the others do the same.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            UiCommand::New => shortcuts!(CMD, Key::N),
            UiCommand::Open => shortcuts!(CMD, Key::O),
            UiCommand::Save => shortcuts!(CMD, Key::S),
            UiCommand::SaveAs => shortcuts!(CMD_SHIFT, Key::S),
            UiCommand::Undo => shortcuts!(CMD, Key::Z),
            UiCommand::Redo => shortcuts!(CMD_SHIFT, Key::Z; CMD, Key::Y),
            UiCommand::AddActivity => shortcuts!(CMD, Key::Enter),
            UiCommand::InsertAbove => shortcuts!(CMD_SHIFT, Key::Enter),
            UiCommand::Duplicate => shortcuts!(CMD, Key::D),
            UiCommand::Delete => shortcuts!(CMD, Key::Delete),
            UiCommand::MoveUp => shortcuts!(Modifiers::ALT, Key::ArrowUp),
            UiCommand::MoveDown => shortcuts!(Modifiers::ALT, Key::ArrowDown),
            UiCommand::PauseResume => shortcuts!(Modifiers::NONE, Key::Space),
            // PageDown and PageUp are what presentation clickers send.
            UiCommand::NextItem => shortcuts!(Modifiers::NONE, Key::ArrowRight; Modifiers::NONE, Key::PageDown),
            UiCommand::PreviousItem => shortcuts!(Modifiers::NONE, Key::ArrowLeft; Modifiers::NONE, Key::PageUp),
            // B, and the "." that clickers send for their blank-screen button.
            UiCommand::Blackout => shortcuts!(Modifiers::NONE, Key::B; Modifiers::NONE, Key::Period),
            UiCommand::OneMoreMinute => shortcuts!(Modifiers::NONE, Key::Plus; Modifiers::NONE, Key::Equals),
            UiCommand::UndoRunAction => shortcuts!(CMD, Key::Z),
            UiCommand::FullScreen => shortcuts!(Modifiers::NONE, Key::F11),
            UiCommand::AddNote => shortcuts!(CMD, Key::Enter),
            UiCommand::ImportAgenda
            | UiCommand::Quit
            | UiCommand::AddBreak
            | UiCommand::AddSection
            | UiCommand::FiveMoreMinutes
            | UiCommand::SkipItem
            | UiCommand::FinishRun
            | UiCommand::Projector => &[],
        }
    }

    /// The shortcut shown beside it (`None`: it has no keys).
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    fn scope(self) -> Scope {
        match self {
            UiCommand::New
            | UiCommand::Open
            | UiCommand::Save
            | UiCommand::SaveAs
            | UiCommand::ImportAgenda
            | UiCommand::Quit => Scope::Anywhere,
            UiCommand::Undo | UiCommand::Redo => Scope::DesignAndResults,
            UiCommand::AddActivity
            | UiCommand::AddBreak
            | UiCommand::AddSection
            | UiCommand::InsertAbove
            | UiCommand::Duplicate
            | UiCommand::MoveUp
            | UiCommand::MoveDown
            | UiCommand::Delete => Scope::Design,
            UiCommand::PauseResume
            | UiCommand::NextItem
            | UiCommand::PreviousItem
            | UiCommand::OneMoreMinute
            | UiCommand::FiveMoreMinutes
            | UiCommand::UndoRunAction
            | UiCommand::FullScreen
            | UiCommand::SkipItem
            | UiCommand::FinishRun
            | UiCommand::Projector
            | UiCommand::Blackout => Scope::RunOutsideFields,
            UiCommand::AddNote => Scope::Field,
        }
    }

    /// Whether its keys act in `mode`, with or without a text field being
    /// typed in (a focused button or check box does not count).
    pub fn keys_apply(self, mode: Mode, typing: bool) -> bool {
        match self.scope() {
            Scope::Anywhere => true,
            Scope::Design => mode == Mode::Design,
            Scope::DesignAndResults => mode == Mode::Design || (mode == Mode::Results && !typing),
            // A focused button does not block them: the key is taken before
            // any widget sees it, so Space never also presses the button.
            Scope::RunOutsideFields => mode == Mode::Run && !typing,
            Scope::Field => false,
        }
    }

    /// Whether the app's key handling and menus carry it (not a field's own key).
    pub fn is_global(self) -> bool {
        self.scope() != Scope::Field
    }

    /// The tooltip with the shortcut: "Copy the selected row below itself (Ctrl+D)".
    pub fn hover_text(self, ctx: &Context) -> String {
        match self.shortcut() {
            Some(shortcut) => format!("{} ({})", self.tooltip(), shortcut_name(ctx, &shortcut)),
            None => self.tooltip().to_string(),
        }
    }

    /// The shortcut as the menus show it: "Ctrl+D", "⌘D".
    pub fn shortcut_text(self, ctx: &Context) -> String {
        self.shortcut().map(|s| shortcut_name(ctx, &s)).unwrap_or_default()
    }
}

/// A shortcut as the keyboard labels it: egui's names in English ("Ctrl+D",
/// "⌘D" on macOS), a German keyboard's in German ("Strg+Entf", "Alt+↓").
fn shortcut_name(ctx: &Context, shortcut: &KeyboardShortcut) -> String {
    if crate::catalogue::app_lang() == crate::model::Lang::English || ctx.os() == egui::os::OperatingSystem::Mac {
        return ctx.format_shortcut(shortcut);
    }
    let m = shortcut.modifiers;
    let mut parts: Vec<&str> = Vec::new();
    if m.command || m.ctrl {
        parts.push(tr(Ui::ModCtrl));
    }
    if m.alt {
        parts.push(tr(Ui::ModAlt));
    }
    if m.shift {
        parts.push(tr(Ui::ModShift));
    }
    let key = match shortcut.logical_key {
        Key::Delete => tr(Ui::KeyDelete),
        Key::ArrowUp => tr(Ui::KeyUp),
        Key::ArrowDown => tr(Ui::KeyDown),
        Key::ArrowLeft => tr(Ui::KeyLeft),
        Key::ArrowRight => tr(Ui::KeyRight),
        Key::Enter => tr(Ui::KeyEnter),
        Key::Space => tr(Ui::KeySpace),
        Key::PageUp => tr(Ui::KeyPageUp),
        Key::PageDown => tr(Ui::KeyPageDown),
        other => other.symbol_or_name(),
    };
    parts.push(key);
    parts.join("+")
}

/// A button for a command: its label, its tooltip with the shortcut,
/// disabled where the command cannot act now.
pub fn command_button(ui: &mut egui::Ui, app: &App, ui_command: UiCommand, commands: &mut Vec<Command>) {
    let cmd = app.command_of(ui_command);
    let r = ui.add_enabled(cmd.is_some(), egui::Button::new(ui_command.label()));
    if r.on_hover_text(ui_command.hover_text(ui.ctx())).clicked()
        && let Some(cmd) = cmd
    {
        commands.push(cmd);
    }
}

/// A menu entry for a command: its label with the shortcut beside it.
pub fn menu_entry(ui: &mut egui::Ui, app: &App, ui_command: UiCommand, commands: &mut Vec<Command>) {
    let cmd = app.command_of(ui_command);
    let button = egui::Button::new(ui_command.label()).shortcut_text(ui_command.shortcut_text(ui.ctx()));
    let r = ui.add_enabled(cmd.is_some(), button).on_hover_text(ui_command.tooltip());
    // Named by its label alone (egui would read the shortcut text into it too).
    super::widgets::name_widget(ui, &r, ui_command.label());
    if r.clicked()
        && let Some(cmd) = cmd
    {
        commands.push(cmd);
    }
}

/// Plain Delete deletes the selected row too, outside a field (listed apart:
/// the table shows Ctrl+Delete, which works while typing as well).
pub const DELETE_OUTSIDE_FIELDS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Delete);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_keys_where_both_apply() {
        for mode in [Mode::Design, Mode::Run, Mode::Results] {
            for typing in [false, true] {
                let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
                for cmd in UiCommand::ALL.into_iter().filter(|c| c.keys_apply(mode, typing)) {
                    for keys in cmd.shortcuts() {
                        if let Some((_, other)) = seen.iter().find(|(k, _)| k == keys) {
                            panic!("{cmd:?} and {other:?} share {keys:?} in {mode:?}");
                        }
                        seen.push((*keys, cmd));
                    }
                }
            }
        }
    }
}
