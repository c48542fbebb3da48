//! The `workshop-kit` binary: parse arguments, then run a headless command or
//! open the window.

use std::process::ExitCode;

use clap::Parser;
use workshop_kit::cli::{self, Cli, Command};
use workshop_kit::store;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let open = match &cli.command {
        None => None,
        Some(Command::Open { file }) => Some(file.as_str()),
        Some(command) => {
            let status = cli::run(command, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
            return ExitCode::from(status);
        }
    };
    let name = open.unwrap_or(store::kits::default_kit().name);
    let (design, shown) = match store::open_design(name) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(cli::EXIT_FAILED);
        }
    };
    match workshop_kit::ui::run(design, shown) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("workshop-kit: could not open the window: {e}");
            ExitCode::from(cli::EXIT_FAILED)
        }
    }
}
