//! One row of the agenda: what happens, why, for how long, with whom, and
//! what the room produces during it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::time::{Minutes, TimeOfDay};

/// A stable identity for an agenda item. It survives reordering and edits, so
/// a run (and results across runs) can refer to the item it timed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u32);

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// What sort of row this is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// Work the group does.
    #[default]
    Activity,
    /// Coffee, lunch, a leg stretch.
    Break,
    /// A heading that groups the items after it ("Part 2 — ..."); takes no time.
    Section,
}

/// How the room is arranged for an item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    #[default]
    WholeGroup,
    Pairs,
    /// Small groups of about this many people.
    SmallGroups(u32),
    Individual,
}

impl Format {
    /// Reads the words people put in a Format column: `pairs`, `small groups of 4`,
    /// `groups of 5`, `plenary`, `whole group`, `individual`, `solo`...
    pub fn parse(text: &str) -> Option<Format> {
        let t = text.trim().to_lowercase();
        let size = t.split(|c: char| !c.is_ascii_digit()).find(|s| !s.is_empty()).and_then(|s| s.parse().ok());
        match t.as_str() {
            "" | "whole group" | "whole" | "plenary" | "all" | "everyone" | "full group" | "plenum" => {
                Some(Format::WholeGroup)
            }
            "pairs" | "pair" | "in pairs" | "paare" | "partnerarbeit" | "duos" => Some(Format::Pairs),
            "individual" | "individually" | "solo" | "alone" | "einzelarbeit" => Some(Format::Individual),
            _ if t.contains("group") || t.contains("gruppe") || t.contains("table") => {
                Some(Format::SmallGroups(size.filter(|&n| n >= 2).unwrap_or(4)))
            }
            _ => None,
        }
    }
}

/// Something the room produces during an item, captured live in run mode.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Capture {
    /// Ideas, each of which others can build on with add-ons.
    Ideas,
    /// Barriers, each tagged with the department that meets it.
    Barriers,
    /// Dot votes on a list of options or priorities.
    Votes,
    /// A single question answered by show of hands or position in the room.
    Poll { question: String, options: Vec<String> },
    /// Actions with an owner and a due date.
    Actions,
    /// Free notes.
    Notes,
}

/// Which variants of the workshop an item belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Variants {
    /// Every variant (and designs that have none).
    #[default]
    All,
    /// Only the named variants.
    Only(Vec<String>),
}

impl Variants {
    pub fn is_all(&self) -> bool {
        matches!(self, Variants::All)
    }

    /// Whether an item with this membership runs in `variant` (`None` = all variants).
    pub fn includes(&self, variant: Option<&str>) -> bool {
        match (self, variant) {
            (Variants::All, _) | (_, None) => true,
            (Variants::Only(names), Some(v)) => names.iter().any(|n| n.eq_ignore_ascii_case(v)),
        }
    }
}

/// What changes about an item in one variant. Anything left `None` is as in the design.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ItemOverride {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<Minutes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participant_instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facilitator_notes: Option<String>,
}

/// One agenda item. Only `id` and `title` are required in a file; everything
/// else has a sensible empty default so hand-written kits stay short.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Item {
    pub id: ItemId,
    #[serde(skip_serializing_if = "is_default")]
    pub kind: ItemKind,
    pub title: String,
    /// The details of what happens ("What" column).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what: String,
    /// The purpose ("Why" column).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(skip_serializing_if = "Minutes::is_zero")]
    pub duration: Minutes,
    /// Starts at this clock time whatever comes before it (lunch, a guest speaker).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed_start: Option<TimeOfDay>,
    /// "If time": the first thing to drop when the day runs late.
    #[serde(skip_serializing_if = "is_default")]
    pub optional: bool,
    /// How far the item can shrink when the day runs late.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_duration: Option<Minutes>,
    #[serde(skip_serializing_if = "is_default")]
    pub format: Format,
    /// Who leads it (a facilitator, the team leader, the sponsor).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lead: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<String>,
    /// For the facilitator only: never printed on participant material.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub facilitator_notes: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub participant_instructions: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub captures: Vec<Capture>,
    #[serde(skip_serializing_if = "Variants::is_all")]
    pub variants: Variants,
    /// Per-variant changes, keyed by variant name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, ItemOverride>,
    /// Its captures are anonymous: no name is asked, stored, shown or printed.
    #[serde(skip_serializing_if = "is_default")]
    pub anonymous: bool,
    /// What happens when its time is up.
    #[serde(skip_serializing_if = "is_default")]
    pub at_zero: AtZero,
}

/// What the timer does when an item's time is up (the projector flashes
/// once at 0:00 whatever the choice).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AtZero {
    /// Count on past zero, showing how far over (the default).
    #[default]
    CountOver,
    /// Stay at 0:00 until the facilitator moves on.
    Hold,
    /// Go on to the next item by itself.
    NextItem,
}

impl AtZero {
    pub const ALL: [AtZero; 3] = [AtZero::CountOver, AtZero::Hold, AtZero::NextItem];
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// An item as it reads in one variant, overrides applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResolvedText<'a> {
    pub title: &'a str,
    pub what: &'a str,
    pub why: &'a str,
    pub participant_instructions: &'a str,
    pub facilitator_notes: &'a str,
}

/// The overridable text fields of an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Title,
    What,
    Why,
    ParticipantInstructions,
    FacilitatorNotes,
}

impl ItemOverride {
    pub fn text(&self, field: TextField) -> Option<&str> {
        match field {
            TextField::Title => self.title.as_deref(),
            TextField::What => self.what.as_deref(),
            TextField::Why => self.why.as_deref(),
            TextField::ParticipantInstructions => self.participant_instructions.as_deref(),
            TextField::FacilitatorNotes => self.facilitator_notes.as_deref(),
        }
    }

    pub fn text_mut(&mut self, field: TextField) -> &mut Option<String> {
        match field {
            TextField::Title => &mut self.title,
            TextField::What => &mut self.what,
            TextField::Why => &mut self.why,
            TextField::ParticipantInstructions => &mut self.participant_instructions,
            TextField::FacilitatorNotes => &mut self.facilitator_notes,
        }
    }
}

impl Item {
    pub fn text_mut(&mut self, field: TextField) -> &mut String {
        match field {
            TextField::Title => &mut self.title,
            TextField::What => &mut self.what,
            TextField::Why => &mut self.why,
            TextField::ParticipantInstructions => &mut self.participant_instructions,
            TextField::FacilitatorNotes => &mut self.facilitator_notes,
        }
    }

    /// The text shown for `field` in `variant`, to edit in place: the
    /// variant's override when it has one, otherwise the item's own text.
    pub fn text_mut_in(&mut self, variant: Option<&str>, field: TextField) -> &mut String {
        let key = variant.and_then(|v| self.overrides.keys().find(|k| k.eq_ignore_ascii_case(v)).cloned());
        let has_override = key.as_ref().is_some_and(|k| self.overrides[k].text(field).is_some());
        match key {
            Some(k) if has_override => {
                self.overrides.get_mut(&k).and_then(|o| o.text_mut(field).as_mut()).expect("checked above")
            }
            _ => self.text_mut(field),
        }
    }

    /// The duration shown in `variant`, to edit in place (override or own).
    pub fn duration_mut_in(&mut self, variant: Option<&str>) -> &mut Minutes {
        let key = variant.and_then(|v| self.overrides.keys().find(|k| k.eq_ignore_ascii_case(v)).cloned());
        match key {
            Some(k) if self.overrides[&k].duration.is_some() => {
                self.overrides.get_mut(&k).and_then(|o| o.duration.as_mut()).expect("checked above")
            }
            _ => &mut self.duration,
        }
    }

    /// The override for `variant`, if the item has one (names match case-insensitively).
    pub fn override_for(&self, variant: Option<&str>) -> Option<&ItemOverride> {
        let variant = variant?;
        self.overrides.iter().find(|(name, _)| name.eq_ignore_ascii_case(variant)).map(|(_, o)| o)
    }

    /// How long the item lasts in `variant`. Section headers take no time.
    pub fn duration_in(&self, variant: Option<&str>) -> Minutes {
        if self.kind == ItemKind::Section {
            return Minutes::ZERO;
        }
        self.override_for(variant).and_then(|o| o.duration).unwrap_or(self.duration)
    }

    /// The texts of the item in `variant`.
    pub fn text_in(&self, variant: Option<&str>) -> ResolvedText<'_> {
        let o = self.override_for(variant);
        ResolvedText {
            title: o.and_then(|o| o.title.as_deref()).unwrap_or(&self.title),
            what: o.and_then(|o| o.what.as_deref()).unwrap_or(&self.what),
            why: o.and_then(|o| o.why.as_deref()).unwrap_or(&self.why),
            participant_instructions: o
                .and_then(|o| o.participant_instructions.as_deref())
                .unwrap_or(&self.participant_instructions),
            facilitator_notes: o.and_then(|o| o.facilitator_notes.as_deref()).unwrap_or(&self.facilitator_notes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_read_in_english_and_german() {
        let cases = [
            ("Plenum", Format::WholeGroup),
            ("whole group", Format::WholeGroup),
            ("Paare", Format::Pairs),
            ("in pairs", Format::Pairs),
            ("Kleingruppen à 4", Format::SmallGroups(4)),
            ("Kleingruppen à 6", Format::SmallGroups(6)),
            ("small groups of 5", Format::SmallGroups(5)),
            ("Einzelarbeit", Format::Individual),
        ];
        for (text, format) in cases {
            assert_eq!(Format::parse(text), Some(format), "{text}");
        }
        assert_eq!(Format::parse("Kaffee"), None);
    }
}
