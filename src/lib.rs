//! Workshop Kit: design, run and report facilitated workshops, offline.
//!
//! Layers, each depending only on those above it:
//! - [`model`]: plain data (designs, items, runs, decisions, times and their
//!   texts), serde only;
//! - [`schedule`]: when each item starts, and what is wrong with the timing;
//!   [`edit`]: structural changes to a design as values;
//! - [`catalogue`]: every fixed word of the documents in English and
//!   German;
//! - [`runner`]: a live run over an injected clock; [`capture`]: what the
//!   room produces, as values; [`groups`]: the group maker; [`results`]:
//!   across runs (master list, decisions, calibration, CSV);
//! - [`store`]: design, run and decisions files, agenda import (CSV,
//!   workbooks, pasted tables), the bundled
//!   kits, recovery; [`pdf`]: the documents; [`office`]: the agenda as an
//!   Excel workbook;
//! - [`cli`]: headless commands; [`ui`]: the egui window.
//!
//! Nothing below `ui` uses egui, so everything can be tested and driven
//! from the command line without a window.

pub mod capture;
pub mod catalogue;
pub mod cli;
pub mod edit;
pub mod groups;
pub mod model;
pub mod office;
pub mod pdf;
pub mod results;
pub mod runner;
pub mod schedule;
pub mod store;
pub mod ui;
