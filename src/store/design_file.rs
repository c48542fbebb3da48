//! Workshop design files (`*.workshop.ron`): versioned, checked, saved atomically.
//!
//! A file is `(format: 1, design: (...))`. The format number is read first, so
//! a file from a newer Workshop Kit is refused with a message that says so
//! instead of a confusing parse error.

use std::path::Path;

use ron::extensions::Extensions;
use serde::{Deserialize, Serialize};

use super::StoreError;
use super::atomic::write_atomic;
use super::text::read_text;
use crate::model::Design;

/// The format this version writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// The file name ending of a design.
pub const DESIGN_EXTENSION: &str = ".workshop.ron";

const WHAT: &str = "a workshop design";

#[derive(Serialize)]
struct DesignFileOut<'a> {
    format: u32,
    design: &'a Design,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DesignFileIn {
    #[allow(dead_code)] // checked by the probe before this is parsed
    format: u32,
    design: Design,
}

/// Only the version, everything else skipped, to decide how to read the rest.
#[derive(Deserialize)]
struct FormatProbe {
    format: Option<u32>,
}

/// The RON dialect of our files: `Option` fields are written without `Some(..)`.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Loads a design file.
pub fn load_design(path: &Path) -> Result<Design, StoreError> {
    let text = read_text(path, WHAT)?;
    parse_design(path, &text)
}

/// Parses the text of a design file; `path` is only used in error messages.
pub fn parse_design(path: &Path, text: &str) -> Result<Design, StoreError> {
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.to_path_buf() });
    }
    let options = ron_options();
    if let Ok(probe) = options.from_str::<FormatProbe>(text) {
        match probe.format {
            Some(found) if found > FORMAT_VERSION => {
                return Err(StoreError::NewerFormat { path: path.to_path_buf(), found, supported: FORMAT_VERSION });
            }
            Some(0) => return Err(StoreError::BadFormat { path: path.to_path_buf(), found: 0 }),
            Some(_) => {}
            None => {
                return Err(StoreError::Invalid {
                    path: path.to_path_buf(),
                    message: "no `format` number: this does not look like a Workshop Kit design \
                              (it should start with `(format: 1, design: (...))`)"
                        .into(),
                });
            }
        }
    }
    let file: DesignFileIn = options.from_str(text).map_err(|e| syntax_error(path, text, e))?;
    Ok(file.design)
}

fn syntax_error(path: &Path, text: &str, e: ron::error::SpannedError) -> StoreError {
    let mut message = e.code.to_string();
    if !text.trim_start().starts_with('(') && e.span.start.line <= 1 {
        message.push_str(
            " (this does not look like a Workshop Kit design, which starts with `(format: 1, design: (...))`)",
        );
    }
    StoreError::Syntax { path: path.to_path_buf(), line: e.span.start.line, column: e.span.start.col, message }
}

/// The text a design is saved as.
pub fn design_to_string(design: &Design) -> String {
    let pretty = ron::ser::PrettyConfig::new().indentor("    ").struct_names(false);
    ron_options()
        .to_string_pretty(&DesignFileOut { format: FORMAT_VERSION, design }, pretty)
        .expect("a design always serialises: it holds only strings, numbers and lists")
        + "\n"
}

/// Saves a design atomically, keeping the previous version as `.bak`.
pub fn save_design(path: &Path, design: &Design) -> Result<(), StoreError> {
    write_atomic(path, design_to_string(design).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Capture, Item, ItemId, Minutes, TimeOfDay};

    fn parse(text: &str) -> Result<Design, StoreError> {
        parse_design(Path::new("t.workshop.ron"), text)
    }

    #[test]
    fn a_minimal_file_loads_with_defaults() {
        let d =
            parse(r#"(format: 1, design: (title: "T", start: "9:30", agenda: [(id: 1, title: "A", duration: 10)]))"#)
                .unwrap();
        assert_eq!(d.start, TimeOfDay::hm(9, 30).unwrap());
        assert_eq!(d.agenda[0].duration, Minutes(10));
        assert_eq!(d.target_end, None);
    }

    #[test]
    fn saved_text_loads_back_identically() {
        let mut d =
            Design {
                title: "Täglich – “Kundenservice”".into(), target_end: TimeOfDay::hm(13, 0), ..Design::default()
            };
        d.agenda.push(Item {
            id: ItemId(7),
            title: "Poll".into(),
            duration: Minutes(5),
            min_duration: Some(Minutes(3)),
            captures: vec![Capture::Poll {
                question: "Where do you stand?".into(),
                options: vec!["1".into(), "5".into()],
            }],
            ..Item::default()
        });
        let text = design_to_string(&d);
        assert!(text.starts_with("(\n    format: 1,"), "{text}");
        assert!(text.contains("target_end: \"13:00\""), "Option fields are written without Some: {text}");
        assert_eq!(parse(&text).unwrap(), d);
    }

    #[test]
    fn errors_give_line_and_column() {
        let err = parse("(format: 1, design: (\n  title: \"T\",\n  start: 930,\n))").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("t.workshop.ron:3:"), "{msg}");
        let err = parse("(format: 1, design: (\n  title: \"T\",\n  start: \"25:00\",\n))").unwrap_err();
        assert!(err.to_string().contains("not a time of day"), "{err}");
    }

    #[test]
    fn newer_formats_are_refused_by_name() {
        let err = parse(r#"(format: 9, design: (title: "T", shiny_new_field: 3))"#).unwrap_err();
        assert!(matches!(err, StoreError::NewerFormat { found: 9, .. }), "{err}");
    }

    #[test]
    fn other_files_are_not_mistaken_for_designs() {
        let err = parse(r#"{"title": "not ron"}"#).unwrap_err();
        assert!(err.to_string().contains("does not look like a Workshop Kit design"), "{err}");
        let err = parse(r#"(name: "something else", size: 3)"#).unwrap_err();
        assert!(err.to_string().contains("no `format` number"), "{err}");
    }
}
