//! Integration tests, one binary of modules so the app links once.
//!
//! - `kits`: every bundled design loads, checks clean and round-trips;
//! - `files`: bad design files give a clear error and are never changed;
//! - `csv`, `workbook`: spreadsheet exports and workbooks import with the right times;
//! - `cli`: the command-line contract (output, exit codes, --help);
//! - `schedule_props`: properties of the schedule over generated designs.

mod catalogue;
mod cli;
mod cli_german;
mod csv;
mod files;
mod german;
mod glyphs;
mod groups;
mod kill;
mod kits;
pub mod pdf;
pub mod pdf_pages;
pub mod results;
mod runner;
mod schedule_props;
mod store_german;
mod ui_commands;
pub mod ui_design;
mod ui_german_design;
mod ui_german_results;
mod ui_german_run;
pub mod ui_language;
mod ui_layout;
mod ui_projector;
mod ui_results;
mod ui_run;
mod ui_run_trust;
mod util;
mod word;
mod word_export;
pub mod workbook;
