//! Workshop design files (`*.workshop.ron`): versioned, checked, saved atomically.
//!
//! A file is `(format: 1, design: (...))`. The format number is read first, so
//! a file from a newer Workshop Kit is refused with a message that says so
//! instead of a confusing parse error.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::atomic::write_atomic;
use super::error::FileWhat;
use super::ron_file::{self, FORMAT_VERSION, FileKind};
use super::text::read_text;
use crate::model::Design;

/// The file name ending of a design.
pub const DESIGN_EXTENSION: &str = ".workshop.ron";

const KIND: FileKind = FileKind { what: FileWhat::Design, field: "design" };

#[derive(Serialize)]
struct DesignFileOut<'a> {
    format: u32,
    design: &'a Design,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DesignFileIn {
    #[allow(dead_code)] // checked before this is parsed
    format: u32,
    design: Design,
}

/// Loads a design file.
pub fn load_design(path: &Path) -> Result<Design, StoreError> {
    let text = read_text(path, KIND.what)?;
    parse_design(path, &text)
}

/// Parses the text of a design file; `path` is only used in error messages.
pub fn parse_design(path: &Path, text: &str) -> Result<Design, StoreError> {
    ron_file::parse::<DesignFileIn>(path, text, KIND).map(|f| f.design)
}

/// The text a design is saved as.
pub fn design_to_string(design: &Design) -> String {
    ron_file::to_text(&DesignFileOut { format: FORMAT_VERSION, design })
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
        assert!(err.to_string().contains("does not look like a workshop design"), "{err}");
        let err = parse(r#"(name: "something else", size: 3)"#).unwrap_err();
        assert!(err.to_string().contains("no `format` number"), "{err}");
    }
}
