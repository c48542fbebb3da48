//! The `workshop-kit` binary: parse arguments, then run a headless command or
//! open the window.

use std::process::ExitCode;

use clap::Parser;
use workshop_kit::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let open = match cli.command {
        None => None,
        Some(Command::Open { file }) => Some(file),
        Some(command) => {
            let status = cli::run(&command, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
            return ExitCode::from(status);
        }
    };
    match workshop_kit::ui::run(open) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("workshop-kit: could not open the window: {e}");
            ExitCode::from(cli::EXIT_FAILED)
        }
    }
}
