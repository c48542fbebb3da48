//! The `App`: the open document, the view state, the settings, and the frame
//! loop that draws the views, then applies the commands they collected
//! (`command_handling` applies them).

use std::path::{Path, PathBuf};

use eframe::egui;

mod command_handling;

use super::commands::Command;
use super::design_view::{self, DesignView};
use super::dialogs::{self, Dialog};
use super::document::{Document, file_name};
use super::live_run::LiveRun;
use super::results_view::{self, LoadedRuns, ResultsView};
use super::run_view::{self, RunView};
use super::settings::Settings;
use super::top_bar;
use crate::catalogue::{ResultsUi as R, tr};
use crate::model::{Design, ItemId};
use crate::runner::{Clock, FakeClock, SystemClock};
use crate::schedule::{self, Schedule, VariantFilter};
use crate::store::{self, RECOVERY_FILE, StoreError};

/// How the app is started: where it keeps its data and what it opens.
#[derive(Clone, Debug, Default)]
pub struct AppConfig {
    /// Folder for the recovery file; `None` disables recovery.
    pub data_dir: Option<PathBuf>,
    /// A design file or bundled kit to open instead of the last design.
    pub open: Option<String>,
    /// Use the system's file dialogs when they can appear. Tests turn this
    /// off, so every file question goes through the app's own path dialog.
    pub native_dialogs: bool,
    /// Start a run of the opened design at once (`workshop-kit run`).
    pub start_run: bool,
    /// The variant to show (and run), instead of the last one.
    pub variant: Option<String>,
    /// A clock the tests control; `None` is the system clock.
    pub fake_clock: Option<FakeClock>,
    /// `--smoke-frames`: draw this many frames, report the start-up time, close.
    pub smoke: Option<Smoke>,
    /// The language the system's locale asks for (`LANG`), when the
    /// settings do not choose one.
    pub system_lang: crate::model::Lang,
}

/// A start-up measurement: frames to draw, and when the process started.
#[derive(Clone, Copy, Debug)]
pub struct Smoke {
    pub frames: u32,
    pub started: std::time::Instant,
}

/// The three modes of the app (DESIGN.md §2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Mode {
    #[default]
    Design,
    Run,
    Results,
}

/// Seconds between writes of the recovery file while there are unsaved changes.
pub const AUTOSAVE_SECONDS: f64 = 5.0;

pub struct App {
    pub doc: Document,
    pub settings: Settings,
    pub config: AppConfig,
    /// The variant shown (`None` = all items).
    pub variant: Option<String>,
    pub mode: Mode,
    pub selected: Option<ItemId>,
    /// Whether the selected item's details are shown beside the table.
    pub details_open: bool,
    pub dialog: Option<Dialog>,
    /// Questions and messages waiting for the one open now to be answered.
    queued_dialogs: std::collections::VecDeque<Dialog>,
    pub design_view: DesignView,
    pub run_view: RunView,
    pub results_view: ResultsView,
    /// The run in progress (or just finished), if any.
    pub run: Option<LiveRun>,
    pub clock: Box<dyn Clock>,
    /// Look for unfinished runs to offer back at the first frame (a plain start).
    offer_unfinished_runs: bool,
    /// Offer unsaved work from the recovery file at the end of the first
    /// frame: after any unfinished run, one question at a time.
    offer_recovery_at_start: bool,
    /// A system file dialog open on its own thread.
    pub picker: Option<super::file_dialogs::OpenPicker>,
    /// A short note on what just happened (e.g. "Exported handout.pdf").
    pub notice: Option<String>,
    /// Frames drawn, for `--smoke-frames`.
    smoke_frames_drawn: u32,
    /// Commands collected this frame, applied at its end.
    pending: Vec<Command>,
    /// The design as last written to the recovery file, and when.
    recovered: Option<Design>,
    last_recovery_write: f64,
    /// The title last sent to the window, so it is only sent on change.
    shown_title: String,
    /// Set once the user has agreed to close with unsaved changes handled.
    closing: bool,
    /// Whether the context has the app's fonts (DejaVu Sans behind egui's).
    fonts_installed: bool,
    /// Whether the window was last asked to be full screen.
    pub fullscreen: bool,
}

impl App {
    /// Builds the app for eframe, restoring settings from its storage.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        super::fonts::install(&cc.egui_ctx);
        let mut app = Self::with_settings(settings, config);
        app.fonts_installed = true;
        app
    }

    /// Builds the app from known settings (also what the tests use).
    pub fn with_settings(settings: Settings, config: AppConfig) -> Self {
        let clock_of = |config: &AppConfig| -> Box<dyn Clock> {
            match &config.fake_clock {
                Some(fake) => Box::new(fake.clone()),
                None => Box::new(SystemClock),
            }
        };
        let mut app = App {
            clock: clock_of(&config),
            doc: default_document(),
            variant: settings.last_variant.clone(),
            settings,
            config,
            mode: Mode::Design,
            selected: None,
            details_open: false,
            dialog: None,
            queued_dialogs: Default::default(),
            design_view: DesignView::default(),
            run_view: RunView::default(),
            results_view: ResultsView::default(),
            run: None,
            offer_unfinished_runs: false,
            offer_recovery_at_start: true,
            picker: None,
            notice: None,
            smoke_frames_drawn: 0,
            pending: Vec::new(),
            recovered: None,
            last_recovery_write: 0.0,
            shown_title: String::new(),
            closing: false,
            fonts_installed: false,
            fullscreen: false,
        };
        // What goes wrong on the way in is said in the app's language.
        crate::catalogue::set_app_lang(app.lang());
        let first = app
            .config
            .open
            .clone()
            .map(OpenTarget::Name)
            .or_else(|| app.settings.last_file.clone().filter(|p| p.exists()).map(OpenTarget::Path));
        match first {
            Some(OpenTarget::Name(name)) => match store::open_design(&name) {
                Ok((design, shown)) => {
                    let path = Path::new(&name).exists().then(|| PathBuf::from(&name));
                    if let Some(p) = &path {
                        app.settings.remember(p);
                    }
                    app.doc = Document::new(design, path, shown);
                }
                Err(e) => app.show_error(tr(R::CouldNotOpenDesign), &e),
            },
            Some(OpenTarget::Path(path)) => {
                if let Err(e) = app.load_path(&path) {
                    app.show_error(tr(R::CouldNotOpenLastDesign), &e);
                }
            }
            None => {}
        }
        if let Some(v) = app.config.variant.clone() {
            app.variant = Some(v);
        }
        app.keep_variant_valid();
        // Unfinished runs are offered back before anything else is created:
        // `run FILE` asks on its way to a new run (StartRun), a plain start
        // at the first frame (once the run folder is known).
        if app.config.start_run {
            app.pending.push(Command::StartRun);
        } else {
            app.offer_unfinished_runs = true;
        }
        app
    }

    /// The open design, if it is the one the run is of: item texts, notes
    /// and capture kinds are looked up in it by item id, which must never
    /// fetch another design's item (its notes could reach the projector).
    pub fn run_design(&self) -> Option<&Design> {
        let run = self.run.as_ref()?;
        (self.doc.design.id == run.session.design_id).then_some(&self.doc.design)
    }

    /// The folder new run files go to: the chosen one, else the design's
    /// folder, else the folder the app was started in.
    pub fn run_folder(&self) -> PathBuf {
        self.run_view
            .folder
            .clone()
            .or_else(|| {
                self.doc
                    .path
                    .as_deref()
                    .and_then(Path::parent)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(Path::to_path_buf)
            })
            .unwrap_or_else(|| std::env::current_dir().unwrap_or_default())
    }

    /// Queues a command for the end of this frame.
    pub fn push(&mut self, cmd: Command) {
        self.pending.push(cmd);
    }

    fn recovery_file(&self) -> Option<PathBuf> {
        self.config.data_dir.as_ref().map(|d| d.join(RECOVERY_FILE))
    }

    fn offer_recovery(&mut self) {
        let Some(file) = self.recovery_file() else { return };
        match store::read_recovery(&file) {
            Ok(Some(recovery)) => self.open_dialog(Dialog::Recovery(Box::new(recovery))),
            Ok(None) => {}
            Err(e) => self.show_error(tr(R::RecoveryUnreadable), &e),
        }
    }

    pub fn show_error(&mut self, title: &str, error: &StoreError) {
        self.open_dialog(Dialog::Message { title: title.to_string(), text: error.to_string() });
    }

    /// Shows a dialog, or queues it behind the one already open, so no
    /// question (restore this work?) is ever replaced by another.
    pub fn open_dialog(&mut self, dialog: Dialog) {
        if self.dialog.is_none() {
            self.dialog = Some(dialog);
        } else {
            self.queued_dialogs.push_back(dialog);
        }
    }

    /// The schedules of this frame: the shown one and, for a design with
    /// variants, each variant's (computed once per frame, read by every view).
    pub fn timing(&self) -> Timing {
        let shown = Schedule::compute(&self.doc.design, VariantFilter::from_option(self.variant.as_deref()));
        let per_variant = schedule::check(&self.doc.design);
        Timing { shown, per_variant }
    }

    /// Whether Quit has been accepted (the window is closing).
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// The runs cut short that are offered back: the one the active-run
    /// marker names, and the open design's in the run folder (never the run
    /// open now).
    pub fn unfinished_runs(&self) -> Vec<super::live_run::UnfinishedRun> {
        let marked = self.config.data_dir.as_deref().and_then(store::read_active_run);
        let open = self.run.as_ref().map(|r| r.path.as_path());
        super::live_run::unfinished_runs(marked, &self.run_folder(), self.doc.design.key(), open)
    }

    /// Reads the runs for the results view when they were not read yet, or
    /// were read for another design or folder.
    fn read_results_if_needed(&mut self) {
        let folder = self.run_folder();
        let key = self.doc.design.key();
        let fresh = self.results_view.loaded.as_ref().is_some_and(|l| l.folder == folder && l.design_key == key);
        if !fresh {
            self.results_view.loaded = Some(LoadedRuns::load(&folder, &self.doc.design));
            self.results_view.ticked.clear();
        }
        // The version counted must be one the design has (an undo may have removed it).
        let variant_ok = |v: &String| self.doc.design.variant(v).is_some();
        if !self.results_view.variant.as_ref().is_none_or(variant_ok) {
            self.results_view.variant = None;
        }
    }

    fn keep_variant_valid(&mut self) {
        if let Some(v) = &self.variant {
            self.variant = self.doc.design.variant(v).map(|v| v.name.clone());
        }
        self.settings.last_variant = self.variant.clone();
    }

    fn load_path(&mut self, path: &Path) -> Result<(), StoreError> {
        let design = store::load_design(path)?;
        self.doc = Document::new(design, Some(path.to_path_buf()), file_name(path));
        self.settings.remember(path);
        self.selected = None;
        self.keep_variant_valid();
        Ok(())
    }

    /// Saves to `path`; on success it becomes the design's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), StoreError> {
        store::save_design(path, &self.doc.design)?;
        self.doc.mark_saved(path.to_path_buf(), self.clock.now().time_of_day());
        self.settings.remember(path);
        self.clear_recovery();
        Ok(())
    }

    fn clear_recovery(&mut self) {
        if let Some(file) = self.recovery_file() {
            let _ = store::clear_recovery(&file);
        }
        self.recovered = None;
    }

    /// Writes the recovery file when the design has changed since the last
    /// write; returns how long until the next write is due, if one is pending.
    fn autosave(&mut self, now: f64) -> Option<f64> {
        let file = self.recovery_file()?;
        if self.closing {
            // Quit has dealt with the changes (saved or discarded): write nothing more.
            return None;
        }
        if !self.doc.is_dirty() {
            // Saved, undone back to the file, discarded, or replaced: the
            // recovery file written this session no longer holds lost work.
            if self.recovered.take().is_some() {
                let _ = store::clear_recovery(&file);
            }
            return None;
        }
        if self.recovered.as_ref() == Some(&self.doc.design) {
            return None;
        }
        let due = self.last_recovery_write + AUTOSAVE_SECONDS;
        if now < due {
            return Some(due - now);
        }
        // A failed recovery write must not interrupt the work; the next try comes soon.
        if store::write_recovery(&file, self.doc.path.as_deref(), &self.doc.design).is_ok() {
            self.recovered = Some(self.doc.design.clone());
        }
        self.last_recovery_write = now;
        None
    }

    /// The keys of the command table: each command's shortcuts, where they
    /// apply (Ctrl+Z is the design's even inside a field, a run's outside
    /// one), taken before widgets see them. More specific shortcuts first:
    /// egui matches Ctrl+Z on Ctrl+Shift+Z too.
    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        use super::ui_command::{DELETE_OUTSIDE_FIELDS, UiCommand};
        let text_focused = ctx.text_edit_focused();
        let any_focused = ctx.memory(|m| m.focused().is_some());
        let mut bindings: Vec<(egui::KeyboardShortcut, UiCommand)> = UiCommand::ALL
            .into_iter()
            .filter(|c| c.keys_apply(self.mode, text_focused))
            .flat_map(|c| c.shortcuts().iter().map(move |k| (*k, c)))
            .collect();
        if self.mode == Mode::Design && !any_focused {
            bindings.push((DELETE_OUTSIDE_FIELDS, UiCommand::Delete));
            // Ctrl+V outside a field: the system's paste arrives as text.
            let pasted = ctx.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
            if let Some(text) = pasted {
                self.offer_pasted_table(&text);
            }
        }
        let count =
            |m: egui::Modifiers| [m.alt, m.shift, m.command || m.ctrl || m.mac_cmd].iter().filter(|b| **b).count();
        bindings.sort_by_key(|(k, _)| std::cmp::Reverse(count(k.modifiers)));
        // Ctrl+Z must not answer to Ctrl+Shift+Z (egui ignores an extra
        // Shift): with Ctrl or Cmd, Shift and Alt must be as the table says.
        let pressed = ctx.input(|i| i.modifiers);
        for (keys, ui_command) in bindings {
            let m = keys.modifiers;
            if m.command && (pressed.shift != m.shift || pressed.alt != m.alt) {
                continue;
            }
            let Some(cmd) = self.command_of(ui_command) else { continue };
            if ctx.input_mut(|i| i.consume_shortcut(&keys)) {
                self.push(cmd);
            }
        }
    }

    /// A table pasted into the agenda: its items shown for confirming, to go
    /// after the selected row (at the end with none).
    fn offer_pasted_table(&mut self, text: &str) {
        match crate::store::pasted_items(text) {
            Ok(items) if items.is_empty() => {}
            Ok(items) => {
                let after = self.selected.and_then(|id| self.doc.design.item(id).map(|i| (id, i.title.clone())));
                self.open_dialog(Dialog::PasteTable(dialogs::PasteTable { items, after }));
            }
            Err(e) => self.show_error(crate::catalogue::tr(crate::catalogue::DesignUi::CouldNotPaste), &e),
        }
    }

    /// What a command of the table does now, or `None` where it cannot
    /// (nothing selected, no run, nothing to undo): its menu entry is then
    /// disabled and its keys left alone.
    pub fn command_of(&self, ui_command: super::ui_command::UiCommand) -> Option<Command> {
        use super::ui_command::UiCommand as U;
        use crate::edit::Edit;
        use crate::model::ItemKind;
        use crate::runner::{Control, Status};
        let selected = self.selected.filter(|id| self.doc.design.item(*id).is_some());
        // The run's state is replayed only for the run's own commands: this
        // is asked for every menu entry, button and key, every frame.
        let run_status = || self.run.as_ref().map(|r| r.state().status);
        let live = || matches!(run_status(), Some(Status::Running | Status::Paused));
        let add = |kind| Some(Command::Edit(Edit::Add { after: selected, kind }));
        match ui_command {
            U::New => Some(Command::NewBlank),
            U::Open => Some(Command::Open),
            U::Save => Some(Command::Save),
            U::SaveAs => Some(Command::SaveAs),
            U::ImportAgenda => Some(Command::ImportAgenda),
            U::Quit => Some(Command::Quit),
            U::Undo => self.doc.undoer.has_undo(&self.doc.design).then_some(Command::Undo),
            U::Redo => self.doc.undoer.has_redo(&self.doc.design).then_some(Command::Redo),
            U::AddActivity => add(ItemKind::Activity),
            U::AddBreak => add(ItemKind::Break),
            U::AddSection => add(ItemKind::Section),
            U::InsertAbove => {
                selected.map(|before| Command::Edit(Edit::InsertBefore { before, kind: ItemKind::Activity }))
            }
            U::Duplicate => selected.map(|id| Command::Edit(Edit::Duplicate(id))),
            U::Delete => selected.map(|id| Command::Edit(Edit::Delete(id))),
            U::MoveUp => selected.map(|id| Command::Edit(Edit::MoveBy { id, delta: -1 })),
            U::MoveDown => selected.map(|id| Command::Edit(Edit::MoveBy { id, delta: 1 })),
            U::PauseResume => {
                run_status().filter(|s| *s != Status::Finished).map(|_| Command::Run(Control::TogglePause))
            }
            U::NextItem => live().then_some(Command::Run(Control::Next)),
            U::PreviousItem => live().then_some(Command::Run(Control::Previous)),
            U::OneMoreMinute => live().then_some(Command::Run(Control::Extend(1))),
            U::FiveMoreMinutes => live().then_some(Command::Run(Control::Extend(5))),
            U::UndoRunAction => self.run.as_ref().filter(|r| !r.session.events.is_empty()).map(|_| Command::UndoRun),
            U::FullScreen => Some(Command::ToggleFullScreen),
            // Handled by the note field itself.
            U::AddNote => None,
            U::SkipItem => {
                let run = self.run.as_ref().filter(|_| live())?;
                let current = run.state().current?;
                Some(Command::Run(Control::Skip(run.session.plan[current].id)))
            }
            U::FinishRun => live().then_some(Command::Run(Control::Finish)),
            U::Projector => self.run.as_ref().map(|_| Command::ToggleProjector),
            U::Blackout => self.run.as_ref().map(|_| Command::ToggleBlackout),
        }
    }
}

enum OpenTarget {
    Name(String),
    Path(PathBuf),
}

/// The schedules a frame shows; see [`App::timing`].
pub struct Timing {
    pub shown: Schedule,
    pub per_variant: Vec<Schedule>,
}

fn default_document() -> Document {
    let kit = store::kits::default_kit();
    let design = kit.load().unwrap_or_default();
    Document::new(design, None, kit.file_name.to_string())
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl App {
    /// Acts on the answer of a system file dialog, once it has one.
    fn take_picked_file(&mut self) {
        use super::file_dialogs::Picked;
        let Some(answer) = self.picker.as_ref().and_then(|p| p.answer()) else { return };
        let Some(picker) = self.picker.take() else { return };
        match answer {
            Picked::Chosen(path) => {
                // Changed while the dialog was open: ask again before replacing it.
                let changed = picker.request.design_then.as_deref().is_some_and(|d| *d != self.doc.design);
                let cmd = match picker.request.command_for(path) {
                    Some(Command::Force(inner)) if changed => Some(*inner),
                    other => other,
                };
                self.pending.extend(cmd);
            }
            Picked::Cancelled => {}
            Picked::Unavailable => self.open_dialog(Dialog::Path(dialogs::PathDialog::new(picker.request))),
        }
    }

    /// One frame of the whole app: the views, the dialogs, then the commands
    /// they collected. Needs no `eframe::Frame`, so a benchmark can draw
    /// frames headless through egui alone.
    /// The language the app speaks: the one chosen, or the system's.
    pub fn lang(&self) -> crate::model::Lang {
        self.settings.language.unwrap_or(self.config.system_lang)
    }

    pub fn draw(&mut self, ui: &mut egui::Ui) {
        crate::catalogue::set_app_lang(self.lang());
        let ctx = ui.ctx().clone();
        if !std::mem::replace(&mut self.fonts_installed, true) {
            // Built without a creation context (tests, benchmarks): from the next frame.
            super::fonts::install(&ctx);
            ctx.request_repaint();
        }
        if self.dialog.is_none() {
            self.handle_shortcuts(&ctx);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !matches!(self.dialog, Some(Dialog::ConfirmDiscard { .. })) {
                self.open_dialog(Dialog::ConfirmDiscard { then: Box::new(Command::Quit) });
            }
        }

        // An item that goes on by itself at 0:00 does so, at the moment it reached it.
        let now_moment = self.clock.now();
        // An item put back on by an undo does not go on by itself at 0:00
        // (one gone back to by hand waits by the runner's rule); the hold
        // ends once another item is on.
        let current = self.run.as_ref().and_then(|r| r.state().current.map(|i| r.session.plan[i].id));
        if self.run_view.hold_auto_next.is_some() && self.run_view.hold_auto_next != current {
            self.run_view.hold_auto_next = None;
        }
        let held = self.run_view.hold_auto_next;
        if held.is_none()
            && let Some(run) = self.run.as_mut()
            && crate::runner::catch_up(&mut run.session, now_moment)
        {
            self.pending.push(Command::RunChanged);
        }
        let mut commands = Vec::new();
        top_bar::show(ui, self, &mut commands);
        match self.mode {
            // The schedules are only needed (and only computed) where they are shown.
            Mode::Design => {
                let timing = self.timing();
                design_view::show(ui, self, &timing, &mut commands);
            }
            Mode::Run => run_view::show(ui, self, &mut commands),
            Mode::Results => {
                self.read_results_if_needed();
                results_view::show(ui, self, &mut commands);
            }
        }
        // The projector lives with the run, not with the tab: drawn in every
        // frame of every mode, so it never closes or moves when the mode changes.
        if self.run.is_some() && self.run_view.projector_open {
            super::projector::window(&ctx, self);
        }
        if std::mem::take(&mut self.offer_unfinished_runs) {
            let runs = self.unfinished_runs();
            if !runs.is_empty() {
                self.open_dialog(Dialog::ResumeRun(dialogs::ResumeQuestion {
                    runs,
                    offer_new: false,
                    start_timer: false,
                }));
            }
        }
        self.take_picked_file();
        let (dropped, refused) = super::file_drop::take(&ctx);
        commands.extend(dropped);
        if refused.is_some() {
            self.notice = refused;
        }
        super::file_drop::paint_hover(&ctx);
        if self.dialog.is_none() {
            self.dialog = self.queued_dialogs.pop_front();
        }
        if let Some(dialog) = self.dialog.take() {
            self.dialog = dialogs::show(&ctx, dialog, &mut commands);
        }

        self.pending.extend(commands);
        // What the commands change (a design imported, a dialog opened) was
        // not drawn in this frame: one more shows it, even when no input
        // comes to cause one (an answer from a file dialog's thread).
        if !self.pending.is_empty() {
            ctx.request_repaint();
        }
        // Commands may queue more commands (Save → SaveAs → SaveTo); run them all.
        let mut rounds = 0;
        while !self.pending.is_empty() && rounds < 8 {
            for cmd in std::mem::take(&mut self.pending) {
                self.run_cmd(&ctx, cmd);
            }
            rounds += 1;
        }

        if std::mem::take(&mut self.offer_recovery_at_start) {
            self.offer_recovery();
        }
        let now = ctx.input(|i| i.time);
        self.doc.undoer.feed_state(now, &self.doc.design);
        if let Some(wait) = self.autosave(now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.1)));
        }
        // While a run is open (running, paused, or finished and still shown)
        // the console's time of day and the projector repaint on the next
        // second boundary, and only then; with no run, nothing ticks.
        if self.run.is_some() {
            let ms = 1000 - self.clock.now().0.rem_euclid(1000) + 5;
            ctx.request_repaint_after(std::time::Duration::from_millis(ms as u64));
        }
        if let Some(smoke) = self.config.smoke {
            self.smoke_frames_drawn += 1;
            if self.smoke_frames_drawn == 1 {
                println!("first frame after {} ms", smoke.started.elapsed().as_millis());
            }
            if self.smoke_frames_drawn == smoke.frames {
                println!("{} frames after {} ms", smoke.frames, smoke.started.elapsed().as_millis());
                self.closing = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else if self.smoke_frames_drawn < smoke.frames {
                ctx.request_repaint();
            }
        }
        let title = self.doc.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}
