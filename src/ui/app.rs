//! The `App`: the open document, the view state, the settings, and the frame
//! loop that draws the views, then applies the commands they collected.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::commands::{Command, ExportDoc, ExportRequest};
use super::design_view::{self, DesignView};
use super::dialogs::{self, Dialog};
use super::document::{Document, file_name};
use super::file_dialogs::{self, Picked, Purpose};
use super::live_run::LiveRun;
use super::run_view::{self, RunView};
use super::settings::Settings;
use super::top_bar;
use crate::edit::{self, Outcome};
use crate::model::{Design, ItemId, TimeOfDay};
use crate::runner::{self, Clock, Control, FakeClock, Status, SystemClock};
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
    /// The run in progress (or just finished), if any.
    pub run: Option<LiveRun>,
    pub clock: Box<dyn Clock>,
    /// An unfinished run found at start, offered once no other question is open.
    pending_resume: Option<PathBuf>,
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
}

impl App {
    /// Builds the app for eframe, restoring settings from its storage.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        Self::with_settings(settings, config)
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
            run: None,
            pending_resume: None,
            notice: None,
            smoke_frames_drawn: 0,
            pending: Vec::new(),
            recovered: None,
            last_recovery_write: 0.0,
            shown_title: String::new(),
            closing: false,
        };
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
                Err(e) => app.show_error("Could not open the design", &e),
            },
            Some(OpenTarget::Path(path)) => {
                if let Err(e) = app.load_path(&path) {
                    app.show_error("Could not open the last design", &e);
                }
            }
            None => {}
        }
        if let Some(v) = app.config.variant.clone() {
            app.variant = Some(v);
        }
        app.keep_variant_valid();
        app.offer_recovery();
        app.pending_resume = app.config.data_dir.as_deref().and_then(store::read_active_run);
        if app.config.start_run {
            app.pending_resume = None;
            app.pending.push(Command::StartRun);
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

    /// Lays out, renders and writes an exported PDF (atomically), then opens
    /// it in the system's viewer if asked.
    fn export_to(&mut self, request: &ExportRequest, path: &Path) {
        use crate::pdf::design_docs::{self, DesignDoc};
        let doc = DesignDoc {
            design: &self.doc.design,
            variant: request.variant.as_deref(),
            paper: request.paper,
            printed: self.clock.now().date(),
        };
        let roster =
            self.run.as_ref().filter(|r| r.session.design_id == self.doc.design.id).map(|r| r.session.roster.clone());
        let laid = match request.doc {
            ExportDoc::Handout => design_docs::handout(&doc),
            ExportDoc::Guide => design_docs::guide(&doc),
            ExportDoc::Signin => design_docs::signin(&doc, roster.as_deref().unwrap_or(&[])),
            ExportDoc::Report => match &self.run {
                Some(run) => crate::pdf::report::report(&run.session, request.paper),
                None => return,
            },
        };
        let result = crate::pdf::render::render(&laid, Some(self.clock.now()))
            .map_err(|e| StoreError::Invalid { path: path.to_path_buf(), message: e.to_string() })
            .and_then(|bytes| store::write_atomic_with(path, &bytes, false));
        match result {
            Ok(()) => {
                self.notice = Some(format!("Exported {}", file_name(path)));
                if request.open_after
                    && let Err(e) = open_in_viewer(path)
                {
                    self.open_dialog(Dialog::Message {
                        title: "The PDF is written but could not be opened".into(),
                        text: format!("{}: {e}", path.display()),
                    });
                }
            }
            Err(e) => self.show_error("Could not export the PDF", &e),
        }
    }

    /// Where the open design came from, so a resumed run can reopen it.
    fn design_source(&self) -> String {
        match &self.doc.path {
            Some(p) => std::path::absolute(p).unwrap_or_else(|_| p.clone()).display().to_string(),
            None => match store::kits::KITS.iter().find(|k| k.file_name == self.doc.name) {
                Some(kit) => format!("kit:{}", kit.name),
                None => String::new(),
            },
        }
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

    /// Saves the run after a change, and keeps the "run in progress" marker true.
    fn after_run_change(&mut self) {
        let Some(run) = self.run.as_mut() else { return };
        run.save();
        if let Some(data) = &self.config.data_dir {
            if runner::is_finished(&run.session) {
                store::clear_active_run(data);
            } else {
                let _ = store::set_active_run(data, &run.path);
            }
        }
    }

    fn resume_run(&mut self, path: &Path) {
        match store::load_session(path) {
            Ok(session) => {
                // Reopen the design it ran, unless it is the one already open.
                if session.design_id != self.doc.design.id || session.design_id.is_empty() {
                    let source = session.design_source.clone();
                    let opened = match source.strip_prefix("kit:") {
                        Some(kit) => store::open_design(kit).map(|(d, n)| Document::new(d, None, n)),
                        None if !source.is_empty() => store::load_design(Path::new(&source))
                            .map(|d| Document::new(d, Some(PathBuf::from(&source)), file_name(Path::new(&source)))),
                        None => Err(StoreError::NotFound { name: session.design_title.clone(), known: String::new() }),
                    };
                    match opened {
                        Ok(doc) if !self.doc.is_dirty() => self.doc = doc,
                        // Keep unsaved work open; the run still shows its own plan.
                        _ => {}
                    }
                }
                self.variant = session.variant.clone();
                self.keep_variant_valid();
                self.run = Some(LiveRun::resume(session, path.to_path_buf()));
                self.mode = Mode::Run;
                self.after_run_change();
            }
            Err(e) => self.show_error("Could not resume the run", &e),
        }
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
            Err(e) => self.show_error("The recovery file could not be read; it was left in place", &e),
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
        self.doc.mark_saved(path.to_path_buf());
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

    /// Asks for a file with the system dialog, or our own when there is none.
    fn pick(&mut self, purpose: Purpose) -> Option<PathBuf> {
        self.pick_with_then(purpose, None)
    }

    /// As [`Self::pick`]; if our own dialog is needed, it runs `then` after a save.
    fn pick_with_then(&mut self, purpose: Purpose, then: Option<Box<Command>>) -> Option<PathBuf> {
        let dir = self.doc.path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
        let suggested = match &self.doc.path {
            Some(p) => file_name(p),
            None => format!("{}{}", crate::model::slug(&self.doc.design.title), store::DESIGN_EXTENSION),
        };
        let picked = if self.config.native_dialogs {
            file_dialogs::pick(purpose, dir.as_deref(), &suggested)
        } else {
            Picked::Unavailable
        };
        match picked {
            Picked::Chosen(path) => Some(path),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                let start = dir.unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
                let text = match purpose {
                    Purpose::SaveDesign => start.join(suggested).display().to_string(),
                    _ => format!("{}{}", start.display(), std::path::MAIN_SEPARATOR),
                };
                self.open_dialog(Dialog::Path(dialogs::PathDialog::new(purpose, text, then)));
                None
            }
        }
    }

    /// Applies one command: the only place the document and files change.
    pub fn run_cmd(&mut self, ctx: &egui::Context, cmd: Command) {
        if cmd.replaces_document() && self.doc.is_dirty() {
            self.open_dialog(Dialog::ConfirmDiscard { then: Box::new(cmd) });
            return;
        }
        let cmd = match cmd {
            Command::Force(inner) => *inner,
            other => other,
        };
        match cmd {
            Command::NewBlank => {
                let design = Design {
                    title: "Untitled workshop".into(),
                    start: TimeOfDay::hm(9, 0).unwrap_or_default(),
                    ..Design::default()
                };
                self.doc = Document::new(design, None, "Untitled".into());
                self.after_replace();
            }
            Command::NewFromKit(name) => match store::kits::find(name).map(|k| k.load()) {
                Some(Ok(design)) => {
                    self.doc = Document::new(design, None, "Untitled".into());
                    self.after_replace();
                }
                Some(Err(e)) => self.show_error("The bundled kit could not be loaded", &e),
                None => {}
            },
            Command::Open => {
                if let Some(path) = self.pick(Purpose::OpenDesign) {
                    self.push(Command::Force(Box::new(Command::OpenPath(path))));
                }
            }
            Command::OpenPath(path) => match self.load_path(&path) {
                Ok(()) => self.after_replace(),
                Err(e) => self.show_error("Could not open the design", &e),
            },
            Command::Save => match self.doc.path.clone() {
                Some(path) => self.push(Command::SaveTo(path)),
                None => self.push(Command::SaveAs),
            },
            Command::SaveAs => {
                if let Some(path) = self.pick(Purpose::SaveDesign) {
                    self.push(Command::SaveTo(path));
                }
            }
            Command::SaveTo(path) => {
                if let Err(e) = self.save_to(&path) {
                    self.show_error("Could not save", &e);
                }
            }
            Command::ImportCsv => {
                if let Some(path) = self.pick(Purpose::ImportCsv) {
                    self.push(Command::Force(Box::new(Command::ImportCsvPath(path))));
                }
            }
            Command::ImportCsvPath(path) => match store::import_csv(&path) {
                Ok(design) => {
                    // Imported, not yet saved: the first Save asks where.
                    self.doc = Document::with_unsaved(design, Design::default(), None, "Untitled".into());
                    self.after_replace();
                }
                Err(e) => self.show_error("Could not import the table", &e),
            },
            Command::Undo | Command::Redo => {
                let restored = if cmd == Command::Undo {
                    self.doc.undoer.undo(&self.doc.design).cloned()
                } else {
                    self.doc.undoer.redo(&self.doc.design).cloned()
                };
                if let Some(design) = restored {
                    self.doc.design = design;
                    // A focused field would keep showing its typed text over the restored value.
                    ctx.memory_mut(|m| {
                        if let Some(id) = m.focused() {
                            m.surrender_focus(id);
                        }
                    });
                    self.after_history_step();
                }
            }
            Command::Edit(e) => {
                // Renaming the shown variant keeps showing it under its new name.
                if let crate::edit::Edit::RenameVariant { from, to } = &e
                    && self.variant.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(from))
                {
                    self.variant = Some(to.trim().to_string());
                }
                let before = self.doc.design.clone();
                if let Outcome::Changed { select } = edit::apply(&mut self.doc.design, &e) {
                    self.doc.undoer.add_undo(&before);
                    if let Some(id) = select {
                        // The item just made or moved is the one to look at.
                        self.selected = Some(id);
                        self.details_open = true;
                        self.design_view.scroll_to = Some(id);
                    }
                    self.keep_variant_valid();
                }
            }
            Command::Select(id) => {
                self.selected = id;
                if id.is_none() {
                    self.details_open = false;
                }
            }
            Command::ShowDetails(id) => {
                self.selected = Some(id);
                self.details_open = true;
            }
            Command::HideDetails => self.details_open = false,
            Command::SetVariant(v) => {
                self.variant = v;
                self.keep_variant_valid();
            }
            Command::SetMode(mode) => self.mode = mode,
            Command::RestoreRecovery(recovery) => {
                let recovery = *recovery;
                let saved = recovery.path.as_deref().and_then(|p| store::load_design(p).ok()).unwrap_or_default();
                let name = recovery.path.as_deref().map(file_name).unwrap_or_else(|| "Untitled".into());
                self.doc = Document::with_unsaved(recovery.design, saved, recovery.path, name);
                self.after_replace();
            }
            Command::SaveToThen(path, then) => match self.save_to(&path) {
                Ok(()) => self.push(Command::Force(then)),
                Err(e) => self.show_error("Could not save", &e),
            },
            Command::SaveThen(then) => match self.doc.path.clone() {
                Some(path) => self.push(Command::SaveToThen(path, then)),
                None => {
                    if let Some(path) = self.pick_with_then(Purpose::SaveDesign, Some(then.clone())) {
                        self.push(Command::SaveToThen(path, then));
                    }
                }
            },
            Command::DiscardRecovery => {
                self.dialog = None;
                self.clear_recovery();
            }
            Command::StartRun => {
                let now = self.clock.now();
                let folder = self.run_folder();
                let run = LiveRun::start(&self.doc.design, self.variant.as_deref(), self.design_source(), &folder, now);
                let failed = run.save_error.clone();
                self.run = Some(run);
                self.mode = Mode::Run;
                self.run_view = RunView { folder: self.run_view.folder.clone(), ..RunView::default() };
                if let Some(e) = failed {
                    self.open_dialog(Dialog::Message { title: "The run file could not be written".into(), text: e });
                }
                self.after_run_change();
                if std::mem::take(&mut self.config.start_run) {
                    // `workshop-kit run`: the timer starts on the first item (this once).
                    self.push(Command::Run(Control::Start));
                }
            }
            Command::Run(control) => {
                let now = self.clock.now();
                if let Some(run) = self.run.as_mut()
                    && runner::act(&mut run.session, control, now)
                {
                    self.after_run_change();
                }
            }
            Command::Capture(edit) => {
                if let Some(run) = self.run.as_mut()
                    && crate::capture::apply(&mut run.session, edit)
                {
                    self.after_run_change();
                }
            }
            Command::CloseRun => {
                let now = self.clock.now();
                if let Some(run) = self.run.as_mut()
                    && runner::act(&mut run.session, Control::Finish, now)
                {
                    self.after_run_change();
                }
                if let Some(data) = &self.config.data_dir {
                    store::clear_active_run(data);
                }
                self.run = None;
            }
            Command::ResumeRun(path) => self.resume_run(&path),
            Command::DiscardRun => {
                if let Some(data) = &self.config.data_dir {
                    store::clear_active_run(data);
                }
            }
            Command::ImportRoster => {
                if let Some(path) = self.pick(Purpose::ImportRoster) {
                    self.push(Command::ImportRosterPath(path));
                }
            }
            Command::ImportRosterPath(path) => match store::import_roster(&path) {
                Ok(people) => self.push(Command::Capture(crate::capture::CaptureEdit::ImportRoster(people))),
                Err(e) => self.show_error("Could not import the roster", &e),
            },
            Command::ChooseRunFolder => {
                if let Some(path) = self.pick(Purpose::RunFolder) {
                    self.push(Command::SetRunFolder(path));
                }
            }
            Command::SetRunFolder(path) => self.run_view.folder = Some(path),
            Command::ExportDialog(doc) => {
                let variants: Vec<String> = self.doc.design.variants.iter().map(|v| v.name.clone()).collect();
                let variant = self.variant.clone().or_else(|| variants.first().cloned());
                let request =
                    ExportRequest { doc, variant, paper: self.settings.paper, open_after: self.settings.open_exports };
                self.open_dialog(Dialog::Export(dialogs::ExportDialog { request, variants }));
            }
            Command::Export(request) => {
                self.settings.paper = request.paper;
                self.settings.open_exports = request.open_after;
                let dir = self.doc.path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
                let mut name = crate::model::slug(&self.doc.design.title);
                name.push('-');
                name.push_str(request.doc.slug());
                if let (Some(v), false) = (&request.variant, request.doc == ExportDoc::Report) {
                    name.push('-');
                    name.push_str(&crate::model::slug(v));
                }
                name.push_str(".pdf");
                let picked = if self.config.native_dialogs {
                    file_dialogs::pick(Purpose::ExportPdf, dir.as_deref(), &name)
                } else {
                    Picked::Unavailable
                };
                match picked {
                    Picked::Chosen(path) => self.push(Command::ExportTo(request, path)),
                    Picked::Cancelled => {}
                    Picked::Unavailable => {
                        let start = dir.unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
                        let mut dialog =
                            dialogs::PathDialog::new(Purpose::ExportPdf, start.join(name).display().to_string(), None);
                        dialog.export = Some(request);
                        self.open_dialog(Dialog::Path(dialog));
                    }
                }
            }
            Command::ExportTo(request, path) => self.export_to(&request, &path),
            Command::Quit => {
                self.closing = true;
                self.clear_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::Force(inner) => self.push(*inner),
        }
    }

    /// After another design replaced the open one. The recovery file, if
    /// this session wrote one, is left to `autosave`: it removes it when the
    /// new design has nothing unsaved and rewrites it when it has.
    fn after_replace(&mut self) {
        self.selected = None;
        self.keep_variant_valid();
    }

    fn after_history_step(&mut self) {
        self.keep_variant_valid();
        if self.selected.is_some_and(|id| self.doc.design.item(id).is_none()) {
            self.selected = None;
        }
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

    /// Document-level undo owns Ctrl+Z, even inside a text field, so there is
    /// one history that always works; shortcuts are taken before widgets see them.
    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let shortcut = |m, k| KeyboardShortcut::new(m, k);
        let table = [
            (shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z), Command::Redo),
            (shortcut(Modifiers::COMMAND, Key::Y), Command::Redo),
            (shortcut(Modifiers::COMMAND, Key::Z), Command::Undo),
            (shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::S), Command::SaveAs),
            (shortcut(Modifiers::COMMAND, Key::S), Command::Save),
            (shortcut(Modifiers::COMMAND, Key::O), Command::Open),
            (shortcut(Modifiers::COMMAND, Key::N), Command::NewBlank),
        ];
        for (keys, cmd) in table {
            // Undo and redo belong to the design: in run mode a Ctrl+Z typed in
            // a capture field must not silently change the design.
            if matches!(cmd, Command::Undo | Command::Redo) && self.mode != Mode::Design {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&keys)) {
                self.push(cmd);
            }
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
        let ctx = ui.ctx().clone();
        if self.dialog.is_none() {
            self.handle_shortcuts(&ctx);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !matches!(self.dialog, Some(Dialog::ConfirmDiscard { .. })) {
                self.open_dialog(Dialog::ConfirmDiscard { then: Box::new(Command::Quit) });
            }
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
                placeholder(ui, "Results", "The results of past runs and reports across runs come in a later version.")
            }
        }
        if let Some(path) = self.pending_resume.take() {
            match store::load_session(&path) {
                Ok(session) if !runner::is_finished(&session) => {
                    self.open_dialog(Dialog::ResumeRun { path, title: session.design_title.clone() });
                }
                _ => {}
            }
        }
        if self.dialog.is_none() {
            self.dialog = self.queued_dialogs.pop_front();
        }
        if let Some(dialog) = self.dialog.take() {
            self.dialog = dialogs::show(&ctx, dialog, &mut commands);
        }

        self.pending.extend(commands);
        // Commands may queue more commands (Save → SaveAs → SaveTo); run them all.
        let mut rounds = 0;
        while !self.pending.is_empty() && rounds < 8 {
            for cmd in std::mem::take(&mut self.pending) {
                self.run_cmd(&ctx, cmd);
            }
            rounds += 1;
        }

        let now = ctx.input(|i| i.time);
        self.doc.undoer.feed_state(now, &self.doc.design);
        if let Some(wait) = self.autosave(now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.1)));
        }
        // A running timer repaints on the next second boundary, and only then.
        if let Some(run) = &self.run
            && run.state().status == Status::Running
        {
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

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Opens a file with the system's default application for it.
fn open_in_viewer(path: &Path) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    command.arg(path).spawn().map(|_| ())
}

fn placeholder(ui: &mut egui::Ui, title: &str, text: &str) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(120.0);
            ui.heading(title);
            ui.label(text);
        });
    });
}
