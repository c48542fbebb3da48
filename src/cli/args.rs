//! The command line's grammar and its help page in the language of the
//! moment.
//!
//! clap's derive gives the grammar only: no doc comment here becomes help
//! text. [`command`] writes every about, argument help, value name, heading
//! and usage placeholder from the `CliHelp` catalogue, and replaces clap's
//! own `--help`, `--version` and `help` (whose words are English) with ours.

use std::path::PathBuf;

use clap::{Arg, ArgAction, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::catalogue::CliHelp;
use crate::model::Lang;

// The program: opens the window without a command.
#[derive(Debug, Parser)]
#[command(name = "workshop-kit", version, disable_help_flag = true, disable_version_flag = true)]
#[command(disable_help_subcommand = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(long, value_name = "N")]
    pub smoke_frames: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Open {
        file: String,
    },
    Run {
        file: String,
        #[arg(long, short)]
        variant: Option<String>,
    },
    Check {
        #[arg(required = true)]
        files: Vec<String>,
    },
    Schedule {
        file: String,
        #[arg(long, short)]
        variant: Option<String>,
    },
    Import {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long)]
        sheet: Option<String>,
    },
    Export {
        file: String,
        #[arg(long, value_enum)]
        doc: Option<DocKind>,
        #[arg(long, value_enum, default_value = "pdf")]
        format: FormatArg,
        #[arg(long, short)]
        variant: Option<String>,
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        #[arg(short, long)]
        output: PathBuf,
    },
    Report {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, short)]
        variant: Option<String>,
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long)]
        csv: Option<PathBuf>,
    },
    Kits,
    // Ours instead of clap's, whose words are English.
    Help {
        command: Option<String>,
    },
}

/// The documents `export` makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DocKind {
    Handout,
    Guide,
    Signin,
    Report,
}

/// What `export` writes: a PDF document, the handout or the guide as a
/// Word document, or the agenda as a workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Pdf,
    Docx,
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

/// What each command says of itself: its one line, and what `--help` adds.
const COMMANDS: [(&str, CliHelp, Option<CliHelp>); 10] = [
    ("", CliHelp::About, Some(CliHelp::AboutMore)),
    ("open", CliHelp::OpenAbout, None),
    ("run", CliHelp::RunAbout, Some(CliHelp::RunMore)),
    ("check", CliHelp::CheckAbout, Some(CliHelp::CheckMore)),
    ("schedule", CliHelp::ScheduleAbout, Some(CliHelp::ScheduleMore)),
    ("import", CliHelp::ImportAbout, None),
    ("export", CliHelp::ExportAbout, None),
    ("report", CliHelp::ReportAbout, None),
    ("kits", CliHelp::KitsAbout, None),
    ("help", CliHelp::HelpAbout, None),
];

/// What `--help` says of each argument (by command and field), and the name
/// of its value; `None` keeps clap's name (`N`).
const ARGS: [(&str, &str, CliHelp, Option<CliHelp>); 22] = [
    ("", "smoke_frames", CliHelp::SmokeFrames, None),
    ("open", "file", CliHelp::DesignFile, Some(CliHelp::ValueFile)),
    ("run", "file", CliHelp::DesignFile, Some(CliHelp::ValueFile)),
    ("run", "variant", CliHelp::RunVariant, Some(CliHelp::ValueVariant)),
    ("check", "files", CliHelp::CheckFiles, Some(CliHelp::ValueFile)),
    ("schedule", "file", CliHelp::DesignFile, Some(CliHelp::ValueFile)),
    ("schedule", "variant", CliHelp::ScheduleVariant, Some(CliHelp::ValueVariant)),
    ("import", "file", CliHelp::ImportFile, Some(CliHelp::ValueFile)),
    ("import", "output", CliHelp::ImportOutput, Some(CliHelp::ValueDesignOut)),
    ("import", "sheet", CliHelp::ImportSheet, Some(CliHelp::ValueSheet)),
    ("export", "file", CliHelp::ExportFile, Some(CliHelp::ValueFile)),
    ("export", "doc", CliHelp::ExportDoc, Some(CliHelp::ValueDoc)),
    ("export", "format", CliHelp::ExportFormat, Some(CliHelp::ValueFormat)),
    ("export", "variant", CliHelp::ExportVariant, Some(CliHelp::ValueVariant)),
    ("export", "paper", CliHelp::Paper, Some(CliHelp::ValuePaper)),
    ("export", "output", CliHelp::ExportOutput, Some(CliHelp::ValueOut)),
    ("report", "inputs", CliHelp::ReportInputs, Some(CliHelp::ValueRuns)),
    ("report", "variant", CliHelp::ReportVariant, Some(CliHelp::ValueVariant)),
    ("report", "paper", CliHelp::Paper, Some(CliHelp::ValuePaper)),
    ("report", "output", CliHelp::ReportOutput, Some(CliHelp::ValuePdfOut)),
    ("report", "csv", CliHelp::ReportCsv, Some(CliHelp::ValueCsvOut)),
    ("help", "command", CliHelp::HelpCommand, Some(CliHelp::CommandPlaceholder)),
];

/// The command line in `lang`: the grammar of [`Cli`] with every text of its
/// help from the catalogue.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = describe(Cli::command(), "", lang)
        .subcommand_help_heading(CliHelp::Commands.text(lang))
        .subcommand_value_name(CliHelp::CommandPlaceholder.text(lang))
        .arg(flag("version", 'V', ArgAction::Version, lang));
    cmd = cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        describe(sub, &name, lang)
    });
    // clap writes "[OPTIONS]" into each usage line itself; ours says it in `lang`.
    cmd.build();
    let usage = |c: &mut clap::Command| {
        let text = c.render_usage().to_string();
        let line = text.split_once(": ").map_or(text.as_str(), |(_, rest)| rest).to_string();
        line.replace(CliHelp::OptionsPlaceholder.text(Lang::English), CliHelp::OptionsPlaceholder.text(lang))
    };
    let top = usage(&mut cmd);
    let mut subs = Vec::new();
    for sub in cmd.get_subcommands_mut() {
        subs.push((sub.get_name().to_string(), usage(sub)));
    }
    let mut cmd = cmd.override_usage(top);
    for (name, line) in subs {
        cmd = cmd.mut_subcommand(name, |sub| sub.override_usage(line));
    }
    cmd
}

/// One command's about, its arguments' help and value names, its headings
/// and its help flag, in `lang`.
fn describe(mut cmd: clap::Command, name: &str, lang: Lang) -> clap::Command {
    if let Some((_, about, more)) = COMMANDS.iter().find(|(n, ..)| *n == name) {
        cmd = cmd.about(about.text(lang));
        if let Some(more) = more {
            let kits = crate::store::kits::names().join(", ");
            cmd = cmd.long_about(format!("{}\n\n{}", about.text(lang), more.fill(lang, &[&kits])));
        }
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        CliHelp::Usage.text(lang)
    );
    cmd = cmd.help_template(template).arg(flag("help", 'h', ArgAction::Help, lang));
    cmd.mut_args(|arg| {
        let id = arg.get_id().as_str().to_string();
        let heading = if arg.is_positional() { CliHelp::Arguments } else { CliHelp::Options };
        let mut arg = arg.help_heading(heading.text(lang));
        // clap would list them after "possible values" and "default"; the help says them in `lang`.
        if !arg.get_possible_values().is_empty() {
            arg = arg.hide_possible_values(true);
        }
        if !arg.get_default_values().is_empty() {
            arg = arg.hide_default_value(true);
        }
        if let Some((_, _, help, value)) = ARGS.iter().find(|(c, a, ..)| *c == name && *a == id) {
            arg = arg.help(arg_help(*help, lang));
            if *help == CliHelp::ExportDoc {
                arg = arg.long_help(format!("{}\n{}", arg_help(*help, lang), documents(lang)));
            }
            if let Some(value) = value {
                arg = arg.value_name(value.text(lang));
            }
        }
        arg
    })
}

/// An argument's help, with the values it takes where it lists them.
fn arg_help(help: CliHelp, lang: Lang) -> String {
    let names = |values: &[clap::builder::PossibleValue]| {
        values.iter().map(|v| v.get_name().to_string()).collect::<Vec<_>>().join(", ")
    };
    match help {
        CliHelp::ExportDoc => {
            let values: Vec<_> = DocKind::value_variants().iter().filter_map(|d| d.to_possible_value()).collect();
            help.fill(lang, &[&names(&values)])
        }
        CliHelp::ExportFormat => {
            let values: Vec<_> = FormatArg::value_variants().iter().filter_map(|f| f.to_possible_value()).collect();
            help.fill(lang, &[&names(&values), &"pdf"])
        }
        CliHelp::Paper => {
            let values: Vec<_> = PaperArg::value_variants().iter().filter_map(|p| p.to_possible_value()).collect();
            help.fill(lang, &[&names(&values), &"a4"])
        }
        _ => help.text(lang).to_string(),
    }
}

/// The documents `export` makes, one a line, for `export --help`.
fn documents(lang: Lang) -> String {
    let docs = [
        (DocKind::Handout, CliHelp::DocHandout),
        (DocKind::Guide, CliHelp::DocGuide),
        (DocKind::Signin, CliHelp::DocSignin),
        (DocKind::Report, CliHelp::DocReport),
    ];
    let lines: Vec<String> = docs
        .iter()
        .filter_map(|(doc, text)| Some(format!("  {:8} {}", doc.to_possible_value()?.get_name(), text.text(lang))))
        .collect();
    lines.join("\n")
}

/// `--help` or `--version`, described in `lang`.
fn flag(id: &'static str, short: char, action: ArgAction, lang: Lang) -> Arg {
    let help = if id == "help" { CliHelp::HelpFlag } else { CliHelp::VersionFlag };
    Arg::new(id).short(short).long(id).action(action).help(help.text(lang)).help_heading(CliHelp::Options.text(lang))
}
