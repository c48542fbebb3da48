//! A workshop design: the document a consultant writes, prints and runs.

use serde::{Deserialize, Serialize};

use super::item::{Item, ItemId};
use super::lang::Lang;
use super::time::{Date, TimeOfDay};

/// A term the group agrees on ("what does *omnichannel* mean here?").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub meaning: String,
}

/// A version of the workshop for one audience, e.g. Frontline or Backline.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Variant {
    pub name: String,
    /// Who this variant is for.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// The whole workshop design. Only `title` and `start` are required in a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Design {
    /// Stable identity, so runs can name the design they came from.
    pub id: String,
    pub title: String,
    /// The language the design is written in: every fixed word of its
    /// documents is in it.
    #[serde(skip_serializing_if = "Lang::is_english")]
    pub language: Lang,
    /// Client or organisation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub client: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub facilitator: String,
    /// Sponsor or lead on the client's side.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sponsor: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub audience: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_size: Option<u32>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub venue: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    pub start: TimeOfDay,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_end: Option<TimeOfDay>,
    /// "What we plan to do."
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<String>,
    /// "How we plan to do this."
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub approach: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ground_rules: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// Messages prepared for the projector ("Please return to your tables").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<String>,
    pub agenda: Vec<Item>,
}

impl Default for Design {
    fn default() -> Self {
        Design {
            id: String::new(),
            title: String::new(),
            language: Lang::English,
            client: String::new(),
            facilitator: String::new(),
            sponsor: String::new(),
            audience: String::new(),
            group_size: None,
            venue: String::new(),
            date: None,
            start: TimeOfDay::hm(9, 0).expect("09:00 is a valid time"),
            target_end: None,
            objectives: Vec::new(),
            approach: Vec::new(),
            ground_rules: Vec::new(),
            glossary: Vec::new(),
            variants: Vec::new(),
            messages: Vec::new(),
            agenda: Vec::new(),
        }
    }
}

impl Design {
    /// How its runs and results files name it: its id, or its title if it has none.
    pub fn key(&self) -> &str {
        if self.id.is_empty() { &self.title } else { &self.id }
    }

    /// The variant with this name (case-insensitive), as the design spells it.
    pub fn variant(&self, name: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.name.eq_ignore_ascii_case(name))
    }

    pub fn variant_names(&self) -> Vec<&str> {
        self.variants.iter().map(|v| v.name.as_str()).collect()
    }

    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.agenda.iter().find(|i| i.id == id)
    }

    /// An id no item uses yet, for a new item.
    pub fn next_item_id(&self) -> ItemId {
        ItemId(self.agenda.iter().map(|i| i.id.0).max().map_or(1, |m| m.saturating_add(1)))
    }
}

/// Turns a title into an id-friendly slug: `Customer care morning` → `customer-care-morning`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}
