//! The headless commands: check, schedule and import designs without a window.
//!
//! Each command writes its results to `out` and problems to `err`, and returns
//! the exit status: 0 when everything worked, 1 when a file could not be used,
//! 2 for a usage mistake (clap reports its own usage errors with 2 as well).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::model::{Design, ItemKind};
use crate::pdf::Paper;
use crate::pdf::design_docs::{self, DesignDoc};
use crate::schedule::{self, Schedule, VariantFilter};
use crate::store;

/// Design, run and report facilitated workshops, offline.
///
/// With no command, opens the app window on the last design (or a bundled kit).
/// FILE may be a path to a `.workshop.ron` file or the name of a bundled kit
/// (customer-care-morning, coworker-service, cx-values-culture, not-my-job,
/// team-vision-day).
#[derive(Debug, Parser)]
#[command(name = "workshop-kit", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open the window, draw N frames, print the time from start to the
    /// first frame, and exit (to measure start-up from outside).
    #[arg(long, value_name = "N")]
    pub smoke_frames: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the app window on a design file or bundled kit.
    Open {
        /// Design file or bundled kit name.
        file: String,
    },
    /// Open the app in run mode on a design, timer started on the first item.
    ///
    /// The run is saved after every change as a .session.ron file next to the
    /// design (or in the current folder for a bundled kit).
    Run {
        /// Design file or bundled kit name.
        file: String,
        /// The variant to run (e.g. Frontline).
        #[arg(long, short)]
        variant: Option<String>,
    },
    /// Load and validate designs: one line per file, then each warning.
    ///
    /// Exits 0 when every file loads (warnings included), 1 when any fails.
    Check {
        /// Design files or bundled kit names.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Print the computed When / What / Why table of a design.
    ///
    /// Without --variant, a design with variants prints one table per variant.
    Schedule {
        /// Design file or bundled kit name.
        file: String,
        /// Only this variant (e.g. Frontline); `all` for every item together.
        #[arg(long, short)]
        variant: Option<String>,
    },
    /// Import a When / What / Why table exported from a spreadsheet as CSV.
    Import {
        /// The CSV file (comma or semicolon separated, UTF-8).
        file: PathBuf,
        /// Where to write the design (`.workshop.ron`).
        #[arg(short, long, value_name = "FILE.workshop.ron")]
        output: PathBuf,
    },
    /// Export a PDF: a design's handout, guide or sign-in sheet, or a run's report.
    Export {
        /// Design file or bundled kit name; a .session.ron run file for --doc report.
        file: String,
        /// Which document.
        #[arg(long, value_enum)]
        doc: DocKind,
        /// The variant (required when the design has variants).
        #[arg(long, short)]
        variant: Option<String>,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Where to write the PDF (replaced atomically if it exists).
        #[arg(short, long, value_name = "OUT.pdf")]
        output: PathBuf,
    },
    /// Report across runs: the barrier master list, real durations, ideas and actions.
    Report {
        /// Run files (.session.ron) or folders holding them.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Only the runs of this variant.
        #[arg(long, short)]
        variant: Option<String>,
        /// Paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Where to write the PDF.
        #[arg(short, long, value_name = "OUT.pdf")]
        output: PathBuf,
        /// Also write the barrier master list as CSV.
        #[arg(long, value_name = "OUT.csv")]
        csv: Option<PathBuf>,
    },
    /// List the bundled kits.
    Kits,
}

/// The documents `export` makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DocKind {
    /// The participant handout (no facilitator notes).
    Handout,
    /// The facilitator guide: the full run sheet.
    Guide,
    /// The sign-in sheet.
    Signin,
    /// The results report of one run (FILE is a .session.ron).
    Report,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

/// Exit statuses.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FAILED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// Runs a headless command. `Open` is the window's job and is not handled here.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match command {
        Command::Check { files } => check(files, out, err),
        Command::Schedule { file, variant } => print_schedule(file, variant.as_deref(), out, err),
        Command::Import { file, output } => import(file, output, out, err),
        Command::Kits => list_kits(out),
        Command::Report { inputs, variant, paper, output, csv } => {
            cross_report(inputs, variant.as_deref(), (*paper).into(), output, csv.as_deref(), out, err)
        }
        Command::Export { file, doc, variant, paper, output } => {
            export(file, *doc, variant.as_deref(), (*paper).into(), output, out, err)
        }
        Command::Open { .. } | Command::Run { .. } => {
            let _ = writeln!(err, "workshop-kit: this command needs the app window");
            Ok(EXIT_USAGE)
        }
    };
    result.unwrap_or_else(|e| {
        let _ = writeln!(err, "workshop-kit: could not write output: {e}");
        EXIT_FAILED
    })
}

type Status = std::io::Result<u8>;

/// Checks that `file` opens and has `variant`, before a window opens for a
/// run; the error goes to `err` and the exit status is returned.
pub fn check_run_target(file: &str, variant: Option<&str>, err: &mut dyn Write) -> Result<(), u8> {
    let design = match store::open_design(file) {
        Ok((d, _)) => d,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return Err(EXIT_FAILED);
        }
    };
    if let Some(v) = variant
        && design.variant(v).is_none()
    {
        let _ = writeln!(err, "{}", unknown_variant(&design, v));
        return Err(EXIT_USAGE);
    }
    Ok(())
}

/// The usage error for a `--variant` the design does not have, listing those it has.
fn unknown_variant(design: &Design, asked: &str) -> String {
    let known = design.variant_names();
    let list = if known.is_empty() {
        "this design has no variants".to_string()
    } else {
        format!("variants: {}", known.join(", "))
    };
    format!("error: --variant {asked}: no such variant ({list})")
}

fn check(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let mut status = EXIT_OK;
    for name in files {
        let (design, shown) = match store::open_design(name) {
            Ok(d) => d,
            Err(e) => {
                writeln!(err, "error: {e}")?;
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
                format!("{prefix}{} planned, {}–{}", s.planned, s.start, s.end)
            })
            .collect();
        writeln!(
            out,
            "{shown}: {} items, {}, {} warning{}",
            design.agenda.iter().filter(|i| i.kind != ItemKind::Section).count(),
            timings.join("; "),
            warnings.len(),
            if warnings.len() == 1 { "" } else { "s" }
        )?;
        for (variant, warning) in warnings {
            match variant {
                Some(v) => writeln!(out, "  warning ({v}): {warning}")?,
                None => writeln!(out, "  warning: {warning}")?,
            }
        }
    }
    Ok(status)
}

fn print_schedule(file: &str, variant: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let (design, _) = match store::open_design(file) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(EXIT_FAILED);
        }
    };
    let schedules = match variant {
        Some(v) if v.eq_ignore_ascii_case("all") => vec![Schedule::compute(&design, VariantFilter::All)],
        Some(v) if design.variant(v).is_none() => {
            writeln!(err, "{}", unknown_variant(&design, v))?;
            return Ok(EXIT_USAGE);
        }
        Some(v) => vec![Schedule::compute(&design, VariantFilter::Only(v))],
        None => schedule::check(&design),
    };
    for (n, s) in schedules.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        write_table(&design, s, out)?;
    }
    Ok(EXIT_OK)
}

/// Column width for What; longer titles push the Why column along on their row.
const WHAT_WIDTH: usize = 46;

/// Prints one schedule as a plain-text When / What / Why table.
pub fn write_table(design: &Design, s: &Schedule, out: &mut dyn Write) -> std::io::Result<()> {
    match &s.variant {
        Some(v) => writeln!(out, "{} — {v}", design.title)?,
        None => writeln!(out, "{}", design.title)?,
    }
    writeln!(out, "{:<5}  {:>5}  {:<WHAT_WIDTH$}  Why", "When", "Dur", "What")?;
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
            what.push_str(" (if time)");
        }
        let pad = WHAT_WIDTH.saturating_sub(what.chars().count());
        let why = one_line(text.why);
        let line = format!("{:<5}  {:>5}  {what}{:pad$}  {why}", slot.start.to_string(), slot.duration.to_string(), "");
        writeln!(out, "{}", line.trim_end())?;
    }
    let mut summary = format!("Total {} planned, {}–{}", s.planned, s.start, s.end);
    if let Some(target) = s.target_end {
        if s.end == target {
            summary.push_str(&format!(", ends on the target {target}"));
        } else if s.end < target {
            summary.push_str(&format!(", target {target}, {} to spare", target.since(s.end)));
        } else {
            summary.push_str(&format!(", target {target}, {} over", s.end.since(target)));
        }
    }
    writeln!(out, "{summary}")?;
    for w in &s.warnings {
        writeln!(out, "warning: {w}")?;
    }
    Ok(())
}

fn import(file: &Path, output: &Path, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    if same_file(file, output) {
        writeln!(err, "error: {}: the output would overwrite the CSV file itself", output.display())?;
        return Ok(EXIT_USAGE);
    }
    let design = match store::import_csv(file) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(EXIT_FAILED);
        }
    };
    if let Err(e) = store::save_design(output, &design) {
        writeln!(err, "error: {e}")?;
        return Ok(EXIT_FAILED);
    }
    let s = Schedule::compute(&design, VariantFilter::All);
    writeln!(
        out,
        "{}: imported {} items, {}–{}, written to {}",
        file.display(),
        design.agenda.len(),
        s.start,
        s.end,
        output.display()
    )?;
    for w in &s.warnings {
        writeln!(out, "  warning: {w}")?;
    }
    Ok(EXIT_OK)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn list_kits(out: &mut dyn Write) -> Status {
    for kit in store::kits::KITS {
        match kit.load() {
            Ok(d) => writeln!(out, "{:<24} {}", kit.name, d.title)?,
            Err(e) => writeln!(out, "{:<24} (broken: {e})", kit.name)?,
        }
    }
    Ok(EXIT_OK)
}

fn export(
    file: &str,
    doc: DocKind,
    variant: Option<&str>,
    paper: Paper,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Status {
    if doc == DocKind::Report {
        let session = match store::load_session(Path::new(file)) {
            Ok(s) => s,
            Err(e) => {
                writeln!(err, "error: {e}")?;
                return Ok(EXIT_FAILED);
            }
        };
        return write_pdf(&crate::pdf::report::report(&session, paper), output, out, err);
    }
    if file.ends_with(store::SESSION_EXTENSION) {
        writeln!(
            err,
            "error: {file} is a run; --doc report makes its report (handout, guide and signin need a design)"
        )?;
        return Ok(EXIT_USAGE);
    }
    let (design, _) = match store::open_design(file) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(EXIT_FAILED);
        }
    };
    let variant = match (variant, design.variants.is_empty()) {
        (Some(v), _) => match design.variant(v) {
            Some(found) => Some(found.name.clone()),
            None => {
                writeln!(err, "{}", unknown_variant(&design, v))?;
                return Ok(EXIT_USAGE);
            }
        },
        (None, false) => {
            writeln!(
                err,
                "error: this design has variants; choose one with --variant ({})",
                design.variant_names().join(", ")
            )?;
            return Ok(EXIT_USAGE);
        }
        (None, true) => None,
    };
    // The header shows the day it was printed when the design has no date of its own.
    let printed = crate::runner::Clock::now(&crate::runner::SystemClock).date();
    let request = DesignDoc { design: &design, variant: variant.as_deref(), paper, printed };
    let laid = match doc {
        DocKind::Handout => {
            // Participants would take home times that will not hold: say so, as the guide does on paper.
            for warning in design_docs::handout_warnings(&request, crate::model::Lang::English) {
                writeln!(err, "warning: {warning}")?;
            }
            design_docs::handout(&request)
        }
        DocKind::Guide => design_docs::guide(&request),
        DocKind::Signin | DocKind::Report => design_docs::signin(&request, &[]),
    };
    write_pdf(&laid, output, out, err)
}

/// Renders and writes a PDF atomically (an existing file is replaced whole or not at all).
fn write_pdf(laid: &crate::pdf::Laid, output: &Path, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let now = crate::runner::Clock::now(&crate::runner::SystemClock);
    let bytes = match crate::pdf::render::render(laid, Some(now)) {
        Ok(b) => b,
        Err(e) => {
            writeln!(err, "error: {}: {e}", output.display())?;
            return Ok(EXIT_FAILED);
        }
    };
    if let Err(e) = store::write_atomic_with(output, &bytes, false) {
        writeln!(err, "error: {e}")?;
        return Ok(EXIT_FAILED);
    }
    writeln!(out, "{}: {} pages, {} KB", output.display(), laid.pages.len(), bytes.len().div_ceil(1024))?;
    Ok(EXIT_OK)
}

fn cross_report(
    inputs: &[PathBuf],
    variant: Option<&str>,
    paper: Paper,
    output: &Path,
    csv: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Status {
    let read = match store::read_runs(inputs) {
        Ok(read) => read,
        Err(e) => {
            writeln!(err, "error: could not read the folder: {e}")?;
            return Ok(EXIT_FAILED);
        }
    };
    if let Some(e) = read.problems.first() {
        writeln!(err, "error: {e}")?;
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
                writeln!(err, "error: {e}")?;
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
    let runs = if left_out == 1 { "run" } else { "runs" };
    match &from {
        Some(path) => writeln!(out, "decisions from {} ({left_out} {runs} left out)", path.display())?,
        // Rehearsals are left out even without a decisions file.
        None if left_out > 0 => writeln!(out, "{left_out} {runs} left out (rehearsals)")?,
        None => {}
    }
    let sessions: Vec<crate::model::Session> = sessions.into_iter().map(|r| r.session).collect();
    if sessions.is_empty() {
        let what = variant.map(|v| format!(" of variant {v}")).unwrap_or_default();
        let places = inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        match (found, &from) {
            (1.., Some(path)) if left_out > 0 => writeln!(
                err,
                "error: no runs{what} to report on in {places}: {left_out} of {found} are left out in {}",
                path.display()
            )?,
            _ => writeln!(err, "error: no runs{what} found in {places}")?,
        }
        return Ok(EXIT_FAILED);
    }
    let mut designs: Vec<&str> = sessions.iter().map(|s| s.design_title.as_str()).collect();
    designs.sort();
    designs.dedup();
    if sessions.iter().any(|s| s.design_id != sessions[0].design_id) {
        writeln!(
            err,
            "error: these are runs of different designs ({}); report on one design at a time",
            designs.join(", ")
        )?;
        return Ok(EXIT_FAILED);
    }
    let laid = crate::pdf::cross_report::cross_report(&sessions, &decisions, paper);
    let status = write_pdf(&laid, output, out, err)?;
    if status != EXIT_OK {
        return Ok(status);
    }
    if let Some(csv) = csv {
        let list = crate::results::master_list(&sessions, &decisions.merges);
        let text = crate::results::master_list_csv(&list, &decisions);
        if let Err(e) = store::write_atomic_with(csv, text.as_bytes(), false) {
            writeln!(err, "error: {e}")?;
            return Ok(EXIT_FAILED);
        }
        writeln!(out, "{}: {} barriers", csv.display(), list.len())?;
    }
    writeln!(out, "{} runs", sessions.len())?;
    Ok(EXIT_OK)
}
