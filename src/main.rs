//! The `workshop-kit` binary: parse arguments, then run a headless command or
//! open the window.

use std::process::ExitCode;

use workshop_kit::catalogue::{CliText, app_lang};
use workshop_kit::cli::{self, Command};

fn main() -> ExitCode {
    // As close to process start as Rust code gets, for --smoke-frames.
    let started = std::time::Instant::now();
    let cli = cli::parse();
    let (open, start_run, variant) = match cli.command {
        None => (None, false, None),
        Some(Command::Open { file }) => (Some(file), false, None),
        Some(Command::Run { file, variant }) => {
            // Check the design and variant here, so a typo is a message, not an empty window.
            if let Err(status) = cli::check_run_target(&file, variant.as_deref(), &mut std::io::stderr().lock()) {
                return ExitCode::from(status);
            }
            (Some(file), true, variant)
        }
        Some(command) => {
            let status = cli::run(&command, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
            return ExitCode::from(status);
        }
    };
    let smoke = cli.smoke_frames.map(|frames| workshop_kit::ui::Smoke { frames: frames.max(1), started });
    match workshop_kit::ui::run(open, start_run, variant, smoke) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", CliText::CouldNotOpenWindow.fill(app_lang(), &[&e]));
            ExitCode::from(cli::EXIT_FAILED)
        }
    }
}
