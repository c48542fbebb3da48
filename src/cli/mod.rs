//! The headless commands: check, schedule and import designs without a window.
//!
//! Each command writes its results to `out` and problems to `err`, and returns
//! the exit status: 0 when everything worked, 1 when a file could not be used,
//! 2 for a usage mistake (clap reports its own usage errors with 2 as well).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{FromArgMatches, ValueEnum};

use crate::catalogue::{CliHelp, CliText, set_app_lang, system_lang};
use crate::model::{Design, ItemKind, Lang, Minutes};
use crate::pdf::Paper;
use crate::pdf::design_docs::{self, DesignDoc};
use crate::schedule::{self, Schedule, VariantFilter};
use crate::store;

mod args;
mod usage_error;

pub use args::{Cli, Command, DocKind, FormatArg, PaperArg, command};

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

/// Reads the command line in the language of the system's locale; a help
/// page, the version or a mistake is printed and ends the program (with 0
/// for help and version, 2 for a mistake).
pub fn parse() -> Cli {
    let lang = system_lang();
    set_app_lang(lang);
    let matches = command(lang).try_get_matches().unwrap_or_else(|e| usage_error::localized(e).exit());
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| usage_error::localized(e).exit())
}

/// Exit statuses.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FAILED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// Runs a headless command. `Open` is the window's job and is not handled here.
///
/// It speaks the language of the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let lang = system_lang();
    crate::catalogue::set_app_lang(lang);
    let result = match command {
        Command::Check { files } => check(files, lang, out, err),
        Command::Schedule { file, variant } => print_schedule(file, variant.as_deref(), lang, out, err),
        Command::Import { file, output, sheet } => {
            import(&ImportRequest { file, output, sheet: sheet.as_deref() }, lang, out, err)
        }
        Command::Kits => list_kits(lang, out),
        Command::Help { command } => help(command.as_deref(), lang, out, err),
        Command::Report { inputs, variant, paper, output, csv } => {
            let request = ReportRequest {
                inputs,
                variant: variant.as_deref(),
                paper: (*paper).into(),
                output,
                csv: csv.as_deref(),
            };
            cross_report(&request, lang, out, err)
        }
        Command::Export { file, doc, format, variant, paper, output } => match (format, doc) {
            (FormatArg::Xlsx, None) => export_agenda(file, variant.as_deref(), output, lang, out, err),
            (FormatArg::Xlsx, Some(_)) => {
                let _ = writeln!(err, "{}", error(lang, &CliText::DocIsForPdf.text(lang)));
                Ok(EXIT_USAGE)
            }
            (FormatArg::Pdf, None) => {
                let docs: Vec<String> = DocKind::value_variants()
                    .iter()
                    .filter_map(|d| Some(d.to_possible_value()?.get_name().to_string()))
                    .collect();
                let _ = writeln!(err, "{}", error(lang, &CliText::NeedsDoc.fill(lang, &[&docs.join(", ")])));
                Ok(EXIT_USAGE)
            }
            (FormatArg::Docx, None) => {
                let _ = writeln!(err, "{}", error(lang, &CliText::DocxNeedsDoc.text(lang)));
                Ok(EXIT_USAGE)
            }
            (FormatArg::Docx, Some(doc @ (DocKind::Signin | DocKind::Report))) => {
                let name = doc.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default();
                let _ = writeln!(err, "{}", error(lang, &CliText::DocxIsHandoutOrGuide.fill(lang, &[&name])));
                Ok(EXIT_USAGE)
            }
            (FormatArg::Pdf | FormatArg::Docx, Some(doc)) => {
                let request = ExportRequest {
                    file,
                    doc: *doc,
                    format: *format,
                    variant: variant.as_deref(),
                    paper: (*paper).into(),
                    output,
                };
                export(&request, lang, out, err)
            }
        },
        Command::Open { .. } | Command::Run { .. } => {
            let _ = writeln!(err, "{}", CliText::NeedsWindow.text(lang));
            Ok(EXIT_USAGE)
        }
    };
    result.unwrap_or_else(|e| {
        let _ = writeln!(err, "{}", CliText::CouldNotWrite.fill(lang, &[&e]));
        EXIT_FAILED
    })
}

/// `workshop-kit help [COMMAND]`: the long help of the program or of one command.
fn help(name: Option<&str>, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let mut cmd = command(lang);
    let page = match name {
        None => cmd.render_long_help(),
        Some(name) => match cmd.find_subcommand_mut(name) {
            Some(sub) => sub.render_long_help(),
            None => {
                writeln!(err, "{}", error(lang, &CliHelp::UnknownCommand.fill(lang, &[&name])))?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    write!(out, "{page}")?;
    Ok(EXIT_OK)
}

/// "error: …" in `lang`.
fn error(lang: Lang, message: &dyn std::fmt::Display) -> String {
    CliText::Error.fill(lang, &[message])
}

/// A length of time in a sentence on the terminal: `1h30` in English,
/// "90 Min." in German, with plain spaces.
fn length(m: Minutes, lang: Lang) -> String {
    plain(&crate::catalogue::length(m, lang))
}

/// A text for the terminal: no-break spaces as plain ones, as a warning's
/// `Display` prints them.
fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

/// The message for one or for many.
fn one_or_many(n: usize, one: CliText, many: CliText) -> CliText {
    if n == 1 { one } else { many }
}

type Status = std::io::Result<u8>;

/// Checks that `file` opens and has `variant`, before a window opens for a
/// run; the error goes to `err` and the exit status is returned.
pub fn check_run_target(file: &str, variant: Option<&str>, err: &mut dyn Write) -> Result<(), u8> {
    let lang = system_lang();
    let design = match store::open_design(file) {
        Ok((d, _)) => d,
        Err(e) => {
            let _ = writeln!(err, "{}", error(lang, &e));
            return Err(EXIT_FAILED);
        }
    };
    if let Some(v) = variant
        && design.variant(v).is_none()
    {
        let _ = writeln!(err, "{}", unknown_variant(&design, v, lang));
        return Err(EXIT_USAGE);
    }
    Ok(())
}

/// The usage error for a `--variant` the design does not have, listing those it has.
fn unknown_variant(design: &Design, asked: &str, lang: Lang) -> String {
    let known = design.variant_names();
    let list = if known.is_empty() {
        CliText::NoVariants.text(lang).to_string()
    } else {
        CliText::VariantsAre.fill(lang, &[&known.join(", ")])
    };
    error(lang, &CliText::NoSuchVariant.fill(lang, &[&asked, &list]))
}

fn check(files: &[String], lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let mut status = EXIT_OK;
    for name in files {
        let (design, shown) = match store::open_design(name) {
            Ok(d) => d,
            Err(e) => {
                writeln!(err, "{}", error(lang, &e))?;
                status = EXIT_FAILED;
                continue;
            }
        };
        let schedules = schedule::check(&design);
        let warnings = schedule::check_warnings(&schedules);
        let timings: Vec<String> = schedules
            .iter()
            .map(|s| {
                let prefix = s.variant.as_ref().map(|v| format!("{v} ")).unwrap_or_default();
                let planned = CliText::PlannedFromTo.fill(lang, &[&length(s.planned, lang), &s.start, &s.end]);
                format!("{prefix}{planned}")
            })
            .collect();
        let items = design.agenda.iter().filter(|i| i.kind != ItemKind::Section).count();
        let items = one_or_many(items, CliText::ItemsOne, CliText::ItemsMany).fill(lang, &[&items]);
        let count =
            one_or_many(warnings.len(), CliText::WarningsOne, CliText::WarningsMany).fill(lang, &[&warnings.len()]);
        writeln!(out, "{}", CliText::CheckLine.fill(lang, &[&shown, &items, &timings.join("; "), &count]))?;
        for (variant, warning) in warnings {
            let text = plain(&warning.text(lang));
            match variant {
                Some(v) => writeln!(out, "{}", CliText::WarningOfVariant.fill(lang, &[&v, &text]))?,
                None => writeln!(out, "{}", CliText::WarningIndented.fill(lang, &[&text]))?,
            }
        }
    }
    Ok(status)
}

fn print_schedule(file: &str, variant: Option<&str>, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let (design, _) = match store::open_design(file) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "{}", error(lang, &e))?;
            return Ok(EXIT_FAILED);
        }
    };
    let schedules = match variant {
        Some(v) if v.eq_ignore_ascii_case("all") => vec![Schedule::compute(&design, VariantFilter::All)],
        Some(v) if design.variant(v).is_none() => {
            writeln!(err, "{}", unknown_variant(&design, v, lang))?;
            return Ok(EXIT_USAGE);
        }
        Some(v) => vec![Schedule::compute(&design, VariantFilter::Only(v))],
        None => schedule::check(&design),
    };
    for (n, s) in schedules.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        write_table(&design, s, lang, out)?;
    }
    Ok(EXIT_OK)
}

/// Column width for What; longer titles push the Why column along on their row.
const WHAT_WIDTH: usize = 46;

/// Prints one schedule as a plain-text When / What / Why table in `lang`;
/// its Dur column keeps the short form (`45m`, `1h30`) in every language.
pub fn write_table(design: &Design, s: &Schedule, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    match &s.variant {
        Some(v) => writeln!(out, "{} — {v}", design.title)?,
        None => writeln!(out, "{}", design.title)?,
    }
    writeln!(
        out,
        "{:<5}  {:>5}  {:<WHAT_WIDTH$}  {}",
        CliText::When.text(lang),
        CliText::Dur.text(lang),
        CliText::What.text(lang),
        CliText::Why.text(lang)
    )?;
    for slot in &s.slots {
        let item = &design.agenda[slot.index];
        let text = item.text_in(s.variant.as_deref());
        let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        if item.kind == ItemKind::Section {
            writeln!(out, "{:<5}  {:>5}  == {} ==", "", "", one_line(text.title))?;
            continue;
        }
        let mut what = one_line(text.title);
        if item.optional {
            what.push_str(CliText::IfTime.text(lang));
        }
        let pad = WHAT_WIDTH.saturating_sub(what.chars().count());
        let why = one_line(text.why);
        let line = format!("{:<5}  {:>5}  {what}{:pad$}  {why}", slot.start.to_string(), slot.duration.to_string(), "");
        writeln!(out, "{}", line.trim_end())?;
    }
    let mut summary = CliText::Total.fill(lang, &[&length(s.planned, lang), &s.start, &s.end]);
    if let Some(target) = s.target_end {
        if s.end == target {
            summary.push_str(&CliText::EndsOnTarget.fill(lang, &[&target]));
        } else if s.end < target {
            summary.push_str(&CliText::ToSpare.fill(lang, &[&target, &length(target.since(s.end), lang)]));
        } else {
            summary.push_str(&CliText::Over.fill(lang, &[&target, &length(s.end.since(target), lang)]));
        }
    }
    writeln!(out, "{summary}")?;
    for w in &s.warnings {
        writeln!(out, "{}", CliText::Warning.fill(lang, &[&plain(&w.text(lang))]))?;
    }
    Ok(())
}

/// What `import` reads and writes.
struct ImportRequest<'a> {
    file: &'a Path,
    output: &'a Path,
    sheet: Option<&'a str>,
}

fn import(request: &ImportRequest, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let ImportRequest { file, output, sheet } = *request;
    if same_file(file, output) {
        writeln!(err, "{}", error(lang, &CliText::WouldOverwriteInput.fill(lang, &[&output.display()])))?;
        return Ok(EXIT_USAGE);
    }
    if sheet.is_some() && !store::is_workbook(file) {
        writeln!(err, "{}", error(lang, &CliText::SheetIsForWorkbooks.fill(lang, &[&file.display()])))?;
        return Ok(EXIT_USAGE);
    }
    let design = match store::import_agenda(file, sheet) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "{}", error(lang, &e))?;
            return Ok(EXIT_FAILED);
        }
    };
    if let Err(e) = store::save_design(output, &design) {
        writeln!(err, "{}", error(lang, &e))?;
        return Ok(EXIT_FAILED);
    }
    let s = Schedule::compute(&design, VariantFilter::All);
    let items = design.agenda.len();
    let imported = one_or_many(items, CliText::ImportedOne, CliText::ImportedMany);
    writeln!(out, "{}", imported.fill(lang, &[&file.display(), &items, &s.start, &s.end, &output.display()]))?;
    for w in &s.warnings {
        writeln!(out, "{}", CliText::WarningIndented.fill(lang, &[&plain(&w.text(lang))]))?;
    }
    Ok(EXIT_OK)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn list_kits(lang: Lang, out: &mut dyn Write) -> Status {
    for kit in store::kits::KITS {
        match kit.load() {
            Ok(d) => writeln!(out, "{:<24} {}", kit.name, d.title)?,
            Err(e) => writeln!(out, "{:<24} {}", kit.name, CliText::Broken.fill(lang, &[&e]))?,
        }
    }
    Ok(EXIT_OK)
}

/// What `export` was asked for.
struct ExportRequest<'a> {
    file: &'a str,
    doc: DocKind,
    /// A PDF, or a Word document (the handout or the guide).
    format: FormatArg,
    variant: Option<&'a str>,
    paper: Paper,
    output: &'a Path,
}

fn export(request: &ExportRequest, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let &ExportRequest { file, doc, format, variant, paper, output } = request;
    if doc == DocKind::Report {
        let session = match store::load_session(Path::new(file)) {
            Ok(s) => s,
            Err(e) => {
                writeln!(err, "{}", error(lang, &e))?;
                return Ok(EXIT_FAILED);
            }
        };
        return write_pdf(&crate::pdf::report::report(&session, paper), output, lang, out, err);
    }
    if file.ends_with(store::SESSION_EXTENSION) {
        writeln!(err, "{}", error(lang, &CliText::IsARun.fill(lang, &[&file])))?;
        return Ok(EXIT_USAGE);
    }
    let (design, _) = match store::open_design(file) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "{}", error(lang, &e))?;
            return Ok(EXIT_FAILED);
        }
    };
    let variant = match (variant, design.variants.is_empty()) {
        (Some(v), _) => match design.variant(v) {
            Some(found) => Some(found.name.clone()),
            None => {
                writeln!(err, "{}", unknown_variant(&design, v, lang))?;
                return Ok(EXIT_USAGE);
            }
        },
        (None, false) => {
            let choose = CliText::ChooseVariant.fill(lang, &[&design.variant_names().join(", ")]);
            writeln!(err, "{}", error(lang, &choose))?;
            return Ok(EXIT_USAGE);
        }
        (None, true) => None,
    };
    // The header shows the day it was printed when the design has no date of its own.
    let printed = crate::runner::Clock::now(&crate::runner::SystemClock).date();
    let request = DesignDoc { design: &design, variant: variant.as_deref(), paper, printed };
    if doc == DocKind::Handout {
        // Participants would take home times that will not hold: say so, as the guide does on paper.
        for warning in design_docs::handout_warnings(&request, lang) {
            writeln!(err, "{}", CliText::Warning.fill(lang, &[&warning]))?;
        }
    }
    if format == FormatArg::Docx {
        let bytes = match doc {
            DocKind::Handout => crate::office::handout_docx(&request),
            _ => crate::office::guide_docx(&request),
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                writeln!(err, "{}", error(lang, &format_args!("{}: {e}", output.display())))?;
                return Ok(EXIT_FAILED);
            }
        };
        return write_output(&Written { output, bytes: &bytes, count: None }, lang, out, err);
    }
    let laid = match doc {
        DocKind::Handout => design_docs::handout(&request),
        DocKind::Guide => design_docs::guide(&request),
        DocKind::Signin | DocKind::Report => design_docs::signin(&request, &[]),
    };
    write_pdf(&laid, output, lang, out, err)
}

/// `export --format xlsx`: the agenda as a workbook, every variant's sheet
/// or only `variant`'s, written atomically.
fn export_agenda(
    file: &str,
    variant: Option<&str>,
    output: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Status {
    let (design, _) = match store::open_design(file) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "{}", error(lang, &e))?;
            return Ok(EXIT_FAILED);
        }
    };
    let variant = match variant.map(|v| design.variant(v).map(|found| found.name.clone())) {
        Some(None) => {
            writeln!(err, "{}", unknown_variant(&design, variant.unwrap_or_default(), lang))?;
            return Ok(EXIT_USAGE);
        }
        Some(found) => found,
        None => None,
    };
    let bytes = match crate::office::agenda_workbook(&design, variant.as_deref()) {
        Ok(b) => b,
        Err(e) => {
            writeln!(err, "{}", error(lang, &format_args!("{}: {e}", output.display())))?;
            return Ok(EXIT_FAILED);
        }
    };
    let sheets = if variant.is_some() { 1 } else { design.variants.len().max(1) };
    let written = Written { output, bytes: &bytes, count: Some((sheets, CliText::SheetsOne, CliText::SheetsMany)) };
    write_output(&written, lang, out, err)
}

/// Renders and writes a PDF atomically (an existing file is replaced whole or not at all).
fn write_pdf(laid: &crate::pdf::Laid, output: &Path, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let now = crate::runner::Clock::now(&crate::runner::SystemClock);
    let bytes = match crate::pdf::render::render(laid, Some(now)) {
        Ok(b) => b,
        Err(e) => {
            writeln!(err, "{}", error(lang, &format_args!("{}: {e}", output.display())))?;
            return Ok(EXIT_FAILED);
        }
    };
    let pages = laid.pages.len();
    let written = Written { output, bytes: &bytes, count: Some((pages, CliText::PagesOne, CliText::PagesMany)) };
    write_output(&written, lang, out, err)
}

/// A document to write, and how its line on stdout counts it: "2 pages",
/// "1 sheet" (a count, and the texts for one and for many), or not at all
/// (a Word document's pages are Word's to count).
struct Written<'a> {
    output: &'a Path,
    bytes: &'a [u8],
    count: Option<(usize, CliText, CliText)>,
}

/// Writes a document atomically (an existing file is replaced whole or not
/// at all) and says what it holds and its size.
fn write_output(written: &Written, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let &Written { output, bytes, count } = written;
    if let Err(e) = store::write_atomic_with(output, bytes, false) {
        writeln!(err, "{}", error(lang, &e))?;
        return Ok(EXIT_FAILED);
    }
    let kb = bytes.len().div_ceil(1024);
    let line = match count {
        Some((n, one, many)) => one_or_many(n, one, many).fill(lang, &[&output.display(), &n, &kb]),
        None => CliText::WordDocument.fill(lang, &[&output.display(), &kb]),
    };
    writeln!(out, "{line}")?;
    Ok(EXIT_OK)
}

/// What `report` was asked for.
struct ReportRequest<'a> {
    inputs: &'a [PathBuf],
    variant: Option<&'a str>,
    paper: Paper,
    output: &'a Path,
    csv: Option<&'a Path>,
}

fn cross_report(request: &ReportRequest, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let &ReportRequest { inputs, variant, paper, output, csv } = request;
    let read = match store::read_runs(inputs) {
        Ok(read) => read,
        Err(e) => {
            writeln!(err, "{}", error(lang, &CliText::CouldNotReadFolder.fill(lang, &[&e])))?;
            return Ok(EXIT_FAILED);
        }
    };
    if let Some(e) = read.problems.first() {
        writeln!(err, "{}", error(lang, e))?;
        return Ok(EXIT_FAILED);
    }
    let mut sessions = read.runs;
    let found = sessions.len();
    // The decisions taken in the app (merges, priorities, owners, runs left
    // out), from the first folder that holds them for this design.
    let decisions = match sessions.first() {
        Some(first) => match store::find_decisions(inputs, first.session.design_key()) {
            Ok(found) => found,
            Err(e) => {
                writeln!(err, "{}", error(lang, &e))?;
                return Ok(EXIT_FAILED);
            }
        },
        None => None,
    };
    let (decisions, from) = match decisions {
        Some((path, d)) => (d, Some(path)),
        None => (crate::model::Decisions::default(), None),
    };
    let left_out =
        sessions.iter().filter(|r| !crate::results::is_included(&r.file_name, &r.session, &decisions)).count();
    sessions.retain(|r| crate::results::is_counted(&r.file_name, &r.session, &decisions, variant));
    match &from {
        Some(path) => {
            let line = one_or_many(left_out, CliText::DecisionsFromOne, CliText::DecisionsFromMany);
            writeln!(out, "{}", line.fill(lang, &[&path.display(), &left_out]))?
        }
        // Rehearsals are left out even without a decisions file.
        None if left_out > 0 => {
            let line = one_or_many(left_out, CliText::RehearsalsLeftOutOne, CliText::RehearsalsLeftOutMany);
            writeln!(out, "{}", line.fill(lang, &[&left_out]))?
        }
        None => {}
    }
    let sessions: Vec<crate::model::Session> = sessions.into_iter().map(|r| r.session).collect();
    if sessions.is_empty() {
        let what = variant.map(|v| CliText::OfVariant.fill(lang, &[&v])).unwrap_or_default();
        let places = inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        let message = match (found, &from) {
            (1.., Some(path)) if left_out > 0 => {
                CliText::NoRunsLeftOut.fill(lang, &[&what, &places, &left_out, &found, &path.display()])
            }
            _ => CliText::NoRunsFound.fill(lang, &[&what, &places]),
        };
        writeln!(err, "{}", error(lang, &message))?;
        return Ok(EXIT_FAILED);
    }
    let mut designs: Vec<&str> = sessions.iter().map(|s| s.design_title.as_str()).collect();
    designs.sort();
    designs.dedup();
    if sessions.iter().any(|s| s.design_id != sessions[0].design_id) {
        writeln!(err, "{}", error(lang, &CliText::DifferentDesigns.fill(lang, &[&designs.join(", ")])))?;
        return Ok(EXIT_FAILED);
    }
    let laid = crate::pdf::cross_report::cross_report(&sessions, &decisions, paper);
    let status = write_pdf(&laid, output, lang, out, err)?;
    if status != EXIT_OK {
        return Ok(status);
    }
    if let Some(csv) = csv {
        let list = crate::results::master_list(&sessions, &decisions.merges);
        // The runs of one design share its language.
        let runs_lang = sessions.first().map(|s| s.language).unwrap_or_default();
        let text = crate::results::master_list_csv(&list, &decisions, runs_lang);
        if let Err(e) = store::write_atomic_with(csv, text.as_bytes(), false) {
            writeln!(err, "{}", error(lang, &e))?;
            return Ok(EXIT_FAILED);
        }
        let line = one_or_many(list.len(), CliText::BarriersOne, CliText::BarriersMany);
        writeln!(out, "{}", line.fill(lang, &[&csv.display(), &list.len()]))?;
    }
    let line = one_or_many(sessions.len(), CliText::RunsOne, CliText::RunsMany);
    writeln!(out, "{}", line.fill(lang, &[&sessions.len()]))?;
    Ok(EXIT_OK)
}
