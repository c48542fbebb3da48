//! Laid-out pages before they become PDF: text runs, lines and boxes at
//! known positions, in points, measured from the page's top-left corner.
//! Tests check the geometry here (margins, overlaps); `render` turns it into
//! PDF operations.

use super::fonts::{Weight, face};

/// Paper sizes, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points (1/72 inch).
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn parse(text: &str) -> Option<Paper> {
        match text.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "us-letter" | "usletter" => Some(Paper::Letter),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "US Letter",
        }
    }
}

/// A colour as 0–255 RGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const TEXT: Rgb = Rgb(0x22, 0x22, 0x22);
    pub const MUTED: Rgb = Rgb(0x66, 0x66, 0x66);
    pub const ACCENT: Rgb = Rgb(0x1f, 0x4e, 0x79);
    pub const RULE: Rgb = Rgb(0xbb, 0xbb, 0xbb);
    pub const SHADE: Rgb = Rgb(0xee, 0xf2, 0xf6);
    pub const HEADER_FILL: Rgb = Rgb(0x1f, 0x4e, 0x79);
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
}

/// One thing drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A single line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        color: Rgb,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    /// A rectangle; `y` is its top edge.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
}

/// The box a text mark occupies: left, top, right, bottom.
pub fn text_box(mark: &Mark) -> Option<(f32, f32, f32, f32)> {
    let Mark::Text { x, y, size, weight, text, .. } = mark else { return None };
    let f = face(*weight);
    let width = f.width(text, *size);
    Some((*x, y - f.ascent * size, x + width, y - f.descent * size))
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub marks: Vec<Mark>,
}

impl Page {
    /// The page's text, line by line in drawing order.
    pub fn text(&self) -> Vec<&str> {
        self.marks
            .iter()
            .filter_map(|m| match m {
                Mark::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// A laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Laid {
    /// The document's title as readers show it: what it is, of which
    /// design, in which variant ("Participant handout — Customer care morning").
    pub title: String,
    /// Who wrote it: the design's (or the run's) facilitator.
    pub author: String,
    pub paper: Paper,
    /// The page margin on every side, in points.
    pub margin: f32,
    pub pages: Vec<Page>,
}

impl Laid {
    /// Names the document for its metadata: "Facilitator guide — Customer
    /// care morning — Frontline", written by `author`.
    pub fn named(mut self, what: &str, design: &str, variant: Option<&str>, author: &str) -> Laid {
        self.title = document_title(what, design, variant);
        self.author = author.to_string();
        self
    }
}

/// A document's title for its properties (a PDF viewer's title bar, Word's
/// File → Info): "Participant handout — Customer care morning — Backline".
pub fn document_title(what: &str, design: &str, variant: Option<&str>) -> String {
    std::iter::once(what).chain(Some(design)).chain(variant).collect::<Vec<_>>().join(" — ")
}
