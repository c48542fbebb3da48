//! The one place the app's state changes: `App::run_cmd` applies each
//! command the views collected during the frame (files, edits, the run,
//! exports), with the helpers only it uses.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::{App, Mode};
use crate::catalogue::{ResultsUi as R, Ui, tr, trf};
use crate::edit::{self, Outcome};
use crate::model::{Design, TimeOfDay, TimingEvent};
use crate::runner::{self, Control};
use crate::store::{self, StoreError};
use crate::ui::commands::{Command, DocFormat, ExportDoc, ExportRequest};
use crate::ui::dialogs::{self, Dialog};
use crate::ui::document::{Document, file_name};
use crate::ui::file_dialogs::{self, OpenPicker, PickRequest, Purpose};
use crate::ui::live_run::LiveRun;
use crate::ui::run_view::RunView;

impl App {
    /// Lays out, renders and writes an exported PDF or Word document
    /// (atomically), then opens it in the system's viewer if asked.
    fn export_to(&mut self, request: &ExportRequest, path: &Path) {
        use crate::pdf::design_docs::{self, DesignDoc};
        let doc = DesignDoc {
            design: &self.doc.design,
            variant: request.variant.as_deref(),
            paper: request.paper,
            printed: self.clock.now().date(),
        };
        if request.format == DocFormat::Word {
            let bytes = match request.doc {
                ExportDoc::Guide => crate::office::guide_docx(&doc),
                _ => crate::office::handout_docx(&doc),
            };
            self.exported(request, path, write_document(path, bytes), R::CouldNotExportWord);
            return;
        }
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
            ExportDoc::CrossReport => match &self.results_view.loaded {
                Some(loaded) => {
                    let sessions = loaded.chosen(request.variant.as_deref());
                    crate::pdf::cross_report::cross_report(&sessions, &loaded.decisions, request.paper)
                }
                None => return,
            },
        };
        let bytes = crate::pdf::render::render(&laid, Some(self.clock.now()));
        self.exported(request, path, write_document(path, bytes), R::CouldNotExportPdf);
    }

    /// Says that an export is written, or why not, and opens the file if asked.
    fn exported(&mut self, request: &ExportRequest, path: &Path, result: Result<(), StoreError>, failed: R) {
        match result {
            Ok(()) => {
                self.notice = Some(trf(Ui::Exported, &[&file_name(path)]));
                if request.open_after
                    && let Err(e) = open_in_viewer(path)
                {
                    self.open_dialog(Dialog::Message {
                        title: tr(R::PdfNotOpened).into(),
                        text: format!("{}: {e}", path.display()),
                    });
                }
            }
            Err(e) => self.show_error(tr(failed), &e),
        }
    }
    /// Imports an agenda table as the open (unsaved) design, asking for its
    /// title when only the file's name gave one.
    fn import_agenda(&mut self, path: &Path, sheet: Option<&str>) {
        match store::import_agenda(path, sheet) {
            Ok(design) => {
                // A title made from the file's name is a guess: ask for the real one.
                let guessed = design.title == store::title_from_path(path, design.language);
                let title = design.title.clone();
                // Imported, not yet saved: the first Save asks where.
                self.doc = Document::with_unsaved(design, Design::default(), None, tr(Ui::Untitled).into());
                self.after_replace();
                if guessed {
                    self.open_dialog(Dialog::ImportTitle(dialogs::ImportTitle { title }));
                }
            }
            Err(e) => self.show_error(tr(R::CouldNotImportTable), &e),
        }
    }

    /// Applies a decision on the results and saves the decisions file.
    fn decide(&mut self, edit: &crate::results::DecisionEdit) {
        let Some(loaded) = self.results_view.loaded.as_mut() else { return };
        if !crate::results::decide(&mut loaded.decisions, edit) {
            return;
        }
        loaded.changed();
        self.save_decisions();
    }
    /// Writes the decisions file after a change to the decisions.
    fn save_decisions(&mut self) {
        let Some(loaded) = self.results_view.loaded.as_mut() else { return };
        if let Some(e) = &loaded.decisions_error {
            // Never write over a decisions file that could not be read (the
            // view does not offer changes then; this is the last guard).
            let text = trf(R::FixOrMoveAway, &[e]);
            self.open_dialog(Dialog::Message { title: tr(R::DecisionsNotSaved).into(), text });
            return;
        }
        loaded.decisions.design_id = self.doc.design.id.clone();
        if let Err(e) = store::save_decisions(&loaded.decisions_path, &loaded.decisions) {
            self.show_error(tr(R::CouldNotSaveDecisions), &e);
        }
    }
    /// Corrects a past run and saves its file at once. A barrier whose
    /// wording or department changed keeps its priority and owner.
    fn correct_run(&mut self, path: &Path, edit: crate::capture::CaptureEdit) {
        use crate::results::{barrier_id, follow_correction};
        let Some(loaded) = self.results_view.loaded.as_mut() else { return };
        let merges = loaded.decisions.merges.clone();
        let Some(run) = loaded.run_mut(path) else { return };
        let row_of = |run: &crate::store::RunFile, id: u32| {
            let b = run.session.captures.barriers.iter().find(|b| b.id == id)?;
            Some(barrier_id(&merges, &b.department, &b.text))
        };
        let barrier = match &edit {
            crate::capture::CaptureEdit::Correct { kind: crate::capture::CaptureKind::Barrier, id, .. }
            | crate::capture::CaptureEdit::SetDepartment { id, .. } => Some(*id),
            _ => None,
        };
        let before = barrier.and_then(|id| row_of(run, id));
        if !crate::capture::apply(&mut run.session, edit.clone()) {
            return;
        }
        let after = barrier.and_then(|id| row_of(run, id));
        let saved = store::save_session(path, &run.session);
        loaded.changed();
        let decided = match (before, after) {
            (Some(old), Some(new)) => {
                let sessions: Vec<&crate::model::Session> = loaded.runs.iter().map(|r| &r.session).collect();
                follow_correction(&mut loaded.decisions, &sessions, &old, &new)
            }
            _ => false,
        };
        if decided {
            self.save_decisions();
        }
        // The same run still open in Run mode (finished) shows the correction too.
        if let Some(live) = self.run.as_mut().filter(|r| r.path == path) {
            crate::capture::apply(&mut live.session, edit);
        }
        match saved {
            Ok(()) => self.notice = Some(trf(R::SavedCorrection, &[&file_name(path)])),
            Err(e) => self.show_error(tr(R::CouldNotSaveCorrection), &e),
        }
    }
    /// Writes the barrier master list of the counted runs as CSV.
    fn export_master_csv(&mut self, path: &Path) {
        let variant = self.results_view.variant.clone();
        let Some(loaded) = self.results_view.loaded.as_mut() else { return };
        let (text, barriers) = loaded.master_csv(variant.as_deref());
        match store::write_atomic_with(path, text.as_bytes(), false) {
            Ok(()) => self.notice = Some(trf(R::ExportedBarriers, &[&file_name(path), &barriers])),
            Err(e) => self.show_error(tr(R::CouldNotExportMasterList), &e),
        }
    }
    /// Where the open design came from, so a resumed run can reopen it.
    fn design_source(&self) -> String {
        match &self.doc.path {
            Some(p) => std::path::absolute(p).unwrap_or_else(|_| p.clone()).display().to_string(),
            None => match store::kits::KITS.iter().find(|k| k.file_name == self.doc.name) {
                Some(kit) => ["kit:", kit.name].concat(),
                None => String::new(),
            },
        }
    }
    /// Saves the run after a change, and keeps the "run in progress" marker
    /// true: it names the run only once its file is written.
    fn after_run_change(&mut self) {
        let Some(run) = self.run.as_mut() else { return };
        run.save();
        if let Some(data) = &self.config.data_dir {
            if runner::is_finished(&run.session) {
                store::clear_active_run(data);
            } else if run.save_error.is_none() {
                let _ = store::set_active_run(data, &run.path);
            }
        }
    }
    /// Starts a new run of the open design now (unfinished runs were offered first).
    fn start_new_run(&mut self, start_timer: bool) {
        let now = self.clock.now();
        let folder = self.run_folder();
        let run = LiveRun::start(&self.doc.design, self.variant.as_deref(), self.design_source(), &folder, now);
        let failed = run.save_error.clone();
        self.run = Some(run);
        self.mode = Mode::Run;
        self.run_view = RunView {
            folder: self.run_view.folder.clone(),
            projector_open: self.run_view.projector_open,
            ..RunView::default()
        };
        if let Some(e) = failed {
            self.open_dialog(Dialog::Message { title: tr(R::RunFileNotWritten).into(), text: e });
        }
        self.after_run_change();
        if start_timer {
            // `workshop-kit run`: the timer starts on the first item (this once).
            self.push(Command::Run(Control::Start));
        }
    }
    /// Gives up unfinished runs: marked in their files, never offered again.
    fn leave_unfinished(&mut self, paths: &[PathBuf]) {
        if let Err(e) = crate::ui::live_run::leave_unfinished(paths) {
            self.show_error(tr(R::CouldNotMarkUnfinished), &e);
        }
        if let Some(data) = &self.config.data_dir
            && store::read_active_run(data)
                .is_some_and(|marked| paths.iter().any(|p| crate::ui::live_run::same_file(p, &marked)))
        {
            store::clear_active_run(data);
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
            Err(e) => self.show_error(tr(R::CouldNotResume), &e),
        }
    }
    /// `<design>-<what>[-<variant>].<extension>`: the name an export is offered under.
    fn export_name(&self, what: &str, variant: Option<&str>, extension: &str) -> String {
        let mut name = crate::model::slug(&self.doc.design.title);
        for part in std::iter::once(what).chain(variant) {
            name.push('-');
            name.push_str(&crate::model::slug(part));
        }
        format!("{name}.{extension}")
    }
    /// Asks for a file: with the system dialog on a thread of its own (its
    /// answer comes back as a command, and the run goes on meanwhile), or
    /// with the app's own dialog where no system dialog can appear.
    fn ask_for_file(&mut self, ctx: &egui::Context, request: PickRequest) {
        if !self.config.native_dialogs || !file_dialogs::native_available() {
            self.open_dialog(Dialog::Path(dialogs::PathDialog::new(request)));
            return;
        }
        if self.picker.is_some() {
            self.notice = Some(tr(R::FileDialogOpen).into());
            return;
        }
        let request = PickRequest { design_then: Some(Box::new(self.doc.design.clone())), ..request };
        self.picker = Some(OpenPicker::spawn(request, ctx));
    }
    /// A question about a design file: it starts in the design's folder and
    /// offers the design's file name.
    fn design_request(&self, purpose: Purpose) -> PickRequest {
        let dir = self.doc.path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
        let name = match &self.doc.path {
            Some(p) => file_name(p),
            None => format!("{}{}", crate::model::slug(&self.doc.design.title), store::DESIGN_EXTENSION),
        };
        PickRequest::new(purpose, dir, name)
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
                // A new design is written in the app's language.
                let design = Design {
                    title: tr(Ui::UntitledWorkshop).into(),
                    language: self.lang(),
                    start: TimeOfDay::hm(9, 0).unwrap_or_default(),
                    ..Design::default()
                };
                self.doc = Document::new(design, None, tr(Ui::Untitled).into());
                self.after_replace();
            }
            Command::NewFromKit(name) => match store::kits::find(name).map(|k| k.load()) {
                Some(Ok(design)) => {
                    self.doc = Document::new(design, None, tr(Ui::Untitled).into());
                    self.after_replace();
                }
                Some(Err(e)) => self.show_error(tr(R::KitNotLoaded), &e),
                None => {}
            },
            Command::Open => self.ask_for_file(ctx, self.design_request(Purpose::OpenDesign)),
            Command::OpenPath(path) => match self.load_path(&path) {
                Ok(()) => self.after_replace(),
                Err(e) => self.show_error(tr(R::CouldNotOpenDesign), &e),
            },
            Command::Save => match self.doc.path.clone() {
                Some(path) => self.push(Command::SaveTo(path)),
                None => self.push(Command::SaveAs),
            },
            Command::SaveAs => self.ask_for_file(ctx, self.design_request(Purpose::SaveDesign)),
            Command::SaveTo(path) => {
                if let Err(e) = self.save_to(&path) {
                    self.show_error(tr(R::CouldNotSave), &e);
                }
            }
            Command::ImportAgenda => self.ask_for_file(ctx, self.design_request(Purpose::ImportAgenda)),
            Command::ImportAgendaPath(path) => {
                // A sheet per variant, say: which one is for the user to choose.
                let sheets = if store::is_workbook(&path) { store::agenda_sheets(&path).ok() } else { None };
                match sheets {
                    Some(sheets) if sheets.len() > 1 => {
                        self.open_dialog(Dialog::ChooseSheet(dialogs::ChooseSheet { path, sheets, chosen: 0 }));
                    }
                    _ => self.import_agenda(&path, None),
                }
            }
            Command::ImportAgendaSheet(path, sheet) => self.import_agenda(&path, Some(&sheet)),
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
                let before = self.doc.design.clone();
                if let Outcome::Changed { select } = edit::apply(&mut self.doc.design, &e) {
                    self.doc.undoer.add_undo(&before);
                    // Renaming the shown variant keeps showing it under its new
                    // name; a refused rename (Unchanged) leaves it as it was.
                    if let crate::edit::Edit::RenameVariant { from, to } = &e
                        && self.variant.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(from))
                    {
                        self.variant = Some(to.trim().to_string());
                    }
                    if let Some(id) = select {
                        // The item just made or moved is the one to look at.
                        self.selected = Some(id);
                        self.details_open = true;
                        self.design_view.scroll_to = Some(id);
                        self.design_view.workshop_details = false;
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
            Command::SetImportedTitle(title) => {
                self.doc.design.id = crate::model::slug(&title);
                self.doc.design.title = title;
            }
            Command::SetLanguage(lang) => {
                self.settings.language = lang;
                crate::catalogue::set_app_lang(self.lang());
            }
            Command::SetMode(mode) => {
                // Coming to the results reads the runs again: one may have ended since.
                if mode == Mode::Results && self.mode != Mode::Results {
                    self.results_view.loaded = None;
                }
                self.mode = mode;
            }
            Command::RestoreRecovery(recovery) => {
                let recovery = *recovery;
                let saved = recovery.path.as_deref().and_then(|p| store::load_design(p).ok()).unwrap_or_default();
                let name = recovery.path.as_deref().map(file_name).unwrap_or_else(|| tr(Ui::Untitled).into());
                self.doc = Document::with_unsaved(recovery.design, saved, recovery.path, name);
                self.after_replace();
            }
            Command::SaveToThen(path, then) => match self.save_to(&path) {
                Ok(()) => self.push(Command::Force(then)),
                Err(e) => self.show_error(tr(R::CouldNotSave), &e),
            },
            Command::SaveThen(then) => match self.doc.path.clone() {
                Some(path) => self.push(Command::SaveToThen(path, then)),
                None => {
                    let request = PickRequest { then: Some(then), ..self.design_request(Purpose::SaveDesign) };
                    self.ask_for_file(ctx, request);
                }
            },
            // The question has closed itself; a question waiting behind it stays.
            Command::DiscardRecovery => self.clear_recovery(),
            Command::StartRun => {
                // `workshop-kit run` starts the timer of this new run only:
                // answered later (or cancelled), the wish does not linger.
                let start_timer = std::mem::take(&mut self.config.start_run);
                // Never silently a second run: unfinished ones are offered first.
                let runs = self.unfinished_runs();
                if runs.is_empty() {
                    self.start_new_run(start_timer);
                } else {
                    self.mode = Mode::Run;
                    let question = dialogs::ResumeQuestion { runs, offer_new: true, start_timer };
                    self.open_dialog(Dialog::ResumeRun(question));
                }
            }
            Command::StartNewRun { leave, start_timer } => {
                self.leave_unfinished(&leave);
                self.start_new_run(start_timer);
            }
            Command::Run(control) => {
                let now = self.clock.now();
                if let Some(run) = self.run.as_mut()
                    && runner::act(&mut run.session, control, now)
                {
                    let done = run
                        .session
                        .events
                        .last()
                        .map(|e| runner::event_text(&run.session, e, crate::catalogue::app_lang()));
                    self.run_view.last_action = done.map(|d| (d, ctx.input(|i| i.time)));
                    self.after_run_change();
                }
            }
            Command::RunChanged => self.after_run_change(),
            Command::UndoRun => {
                if let Some(run) = self.run.as_mut()
                    && let Some(undone) = runner::undo(&mut run.session)
                {
                    self.notice = Some(trf(
                        R::Undone,
                        &[&runner::event_text(&run.session, &undone, crate::catalogue::app_lang())],
                    ));
                    self.run_view.last_action = None;
                    // Back on an item by an undo of a move: it stays until the
                    // facilitator moves on (an item that goes on by itself at
                    // 0:00 would otherwise redo the undone move at once; one
                    // gone back to by hand waits by the runner's own rule).
                    if matches!(
                        undone,
                        TimingEvent::Next { .. }
                            | TimingEvent::Previous { .. }
                            | TimingEvent::JumpTo { .. }
                            | TimingEvent::Skip { .. }
                    ) {
                        let state = run.state();
                        self.run_view.hold_auto_next = state.current.map(|i| run.session.plan[i].id);
                    }
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
                // The projector lives as long as the run.
                self.run_view.projector_open = false;
                self.run_view.projector_builder = None;
            }
            Command::ResumeRun(path) => self.resume_run(&path),
            Command::LeaveUnfinished(paths) => self.leave_unfinished(&paths),
            Command::ImportRoster => self.ask_for_file(ctx, self.design_request(Purpose::ImportRoster)),
            Command::ImportRosterPath(path) => match store::import_roster(&path) {
                Ok(people) => self.push(Command::Capture(crate::capture::CaptureEdit::ImportRoster(people))),
                Err(e) => self.show_error(tr(R::CouldNotImportRoster), &e),
            },
            Command::ChooseRunFolder => self.ask_for_file(ctx, self.design_request(Purpose::RunFolder)),
            Command::SetRunFolder(path) => {
                self.run_view.folder = Some(path);
                self.results_view.loaded = None;
            }
            Command::ReloadResults => self.results_view.loaded = None,
            Command::Decide(edit) => self.decide(&edit),
            Command::CorrectRun(path, edit) => self.correct_run(&path, edit),
            Command::ExportMasterCsv => {
                let what = crate::catalogue::Word::FileBarriers.text(self.doc.design.language);
                let name = self.export_name(what, self.results_view.variant.as_deref(), "csv");
                self.ask_for_file(ctx, PickRequest::new(Purpose::ExportCsv, Some(self.run_folder()), name));
            }
            Command::ExportMasterCsvTo(path) => self.export_master_csv(&path),
            Command::ExportAgenda => {
                let dir = self.doc.path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
                let what = crate::catalogue::Word::FileAgenda.text(self.doc.design.language);
                let name = self.export_name(what, None, "xlsx");
                self.ask_for_file(ctx, PickRequest::new(Purpose::ExportXlsx, dir, name));
            }
            Command::ExportAgendaTo(path) => {
                match write_document(&path, crate::office::agenda_workbook(&self.doc.design, None)) {
                    Ok(()) => self.notice = Some(trf(Ui::Exported, &[&file_name(&path)])),
                    Err(e) => self.show_error(tr(R::CouldNotExportTable), &e),
                }
            }
            Command::ExportDialog(doc, format) => {
                let variants: Vec<String> = self.doc.design.variants.iter().map(|v| v.name.clone()).collect();
                let variant = match doc {
                    // The runs counted in the view: its version, or all.
                    ExportDoc::CrossReport => self.results_view.variant.clone(),
                    _ => self.variant.clone().or_else(|| variants.first().cloned()),
                };
                if doc == ExportDoc::CrossReport
                    && self.results_view.loaded.as_ref().is_none_or(|l| l.counted(variant.as_deref()) == 0)
                {
                    self.open_dialog(Dialog::Message {
                        title: tr(R::NoRunsToReport).into(),
                        text: tr(R::TickOneRun).into(),
                    });
                    return;
                }
                let note = match (doc, &self.results_view.loaded) {
                    (ExportDoc::CrossReport, Some(loaded)) => {
                        let runs = match loaded.counted(variant.as_deref()) {
                            1 => tr(Ui::TheRun).to_string(),
                            n => trf(Ui::TheRuns, &[&n]),
                        };
                        let of = variant.as_deref().map(|v| trf(Ui::OfVersion, &[&v])).unwrap_or_default();
                        Some(trf(Ui::CountedInView, &[&runs, &of]))
                    }
                    _ => None,
                };
                // A handout whose day overruns or passes midnight gives participants
                // times that will not hold: the dialog says so for each version.
                let warnings = match doc {
                    ExportDoc::Handout => {
                        let versions: Vec<Option<String>> =
                            if variants.is_empty() { vec![None] } else { variants.iter().cloned().map(Some).collect() };
                        versions
                            .into_iter()
                            .map(|v| {
                                let doc = crate::pdf::design_docs::DesignDoc {
                                    design: &self.doc.design,
                                    variant: v.as_deref(),
                                    paper: self.settings.paper,
                                    printed: None,
                                };
                                let found = crate::pdf::design_docs::handout_warnings(&doc, self.lang());
                                (v, found)
                            })
                            .collect()
                    }
                    _ => Vec::new(),
                };
                let request = ExportRequest {
                    doc,
                    format,
                    variant,
                    paper: self.settings.paper,
                    open_after: self.settings.open_exports,
                };
                self.open_dialog(Dialog::Export(dialogs::ExportDialog { request, variants, note, warnings }));
            }
            Command::Export(request) => {
                self.settings.paper = request.paper;
                self.settings.open_exports = request.open_after;
                let dir = self.doc.path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
                // A run's report is of the run's own version: its name does not repeat it.
                let variant = request.variant.as_deref().filter(|_| request.doc != ExportDoc::Report);
                let name =
                    self.export_name(request.doc.slug(self.doc.design.language), variant, request.format.extension());
                let purpose = match request.format {
                    DocFormat::Pdf => Purpose::ExportPdf,
                    DocFormat::Word => Purpose::ExportDocx,
                };
                self.ask_for_file(ctx, PickRequest { export: Some(request), ..PickRequest::new(purpose, dir, name) });
            }
            Command::ExportTo(request, path) => self.export_to(&request, &path),
            Command::ToggleProjector => self.run_view.toggle_projector(),
            Command::ToggleBlackout => self.run_view.blackout = !self.run_view.blackout,
            Command::ToggleFullScreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(self.fullscreen));
                self.fullscreen = !full;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.fullscreen));
            }
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

/// Writes a made document atomically, or says why it could not be made.
fn write_document<E: std::fmt::Display>(path: &Path, bytes: Result<Vec<u8>, E>) -> Result<(), StoreError> {
    let bytes = bytes.map_err(|e| StoreError::Invalid { path: path.to_path_buf(), message: e.to_string() })?;
    store::write_atomic_with(path, &bytes, false)
}
