//! Workshop Kit: design, run and report facilitated workshops, offline.
//!
//! Layers, each depending only on those above it:
//! - [`model`]: plain data (designs, items, times), serde only;
//! - [`schedule`]: when each item starts, and what is wrong with the timing;
//! - [`store`]: design files, CSV import, the bundled kits;
//! - [`cli`]: headless commands; [`ui`]: the egui window.
//!
//! Nothing below `ui` uses egui, so everything can be tested and driven
//! from the command line without a window.

pub mod capture;
pub mod cli;
pub mod edit;
pub mod groups;
pub mod model;
pub mod pdf;
pub mod results;
pub mod runner;
pub mod schedule;
pub mod store;
pub mod ui;
