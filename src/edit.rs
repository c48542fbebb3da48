//! Structural edits to a design, as plain values.
//!
//! The editor turns clicks and keys into an [`Edit`] and applies it here, so
//! every change that moves, adds or removes things is tested without a window
//! and recorded as one undo step. Typing into a field is not an `Edit`: the
//! field writes the design directly and the undoer groups the keystrokes.

use crate::catalogue::Word;
use crate::model::{Capture, Design, GlossaryEntry, Item, ItemId, ItemKind, Minutes, TextField, Variant, Variants};

/// A change to the shape of a design.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// A new item after `after` (or at the end), of this kind.
    Add {
        after: Option<ItemId>,
        kind: ItemKind,
    },
    /// A new item just before `before`.
    InsertBefore {
        before: ItemId,
        kind: ItemKind,
    },
    /// Items pasted from a table, after `after` (or at the end), each given a new id.
    InsertItems {
        after: Option<ItemId>,
        items: Vec<Item>,
    },
    /// A copy of the item, right after it, with a new id.
    Duplicate(ItemId),
    Delete(ItemId),
    /// Moves the item to position `to` in the agenda (as counted before the move).
    MoveTo {
        id: ItemId,
        to: usize,
    },
    /// Moves the item one place up (`-1`) or down (`+1`).
    MoveBy {
        id: ItemId,
        delta: isize,
    },
    AddVariant,
    /// Renames a variant everywhere it is used (memberships and overrides).
    RenameVariant {
        from: String,
        to: String,
    },
    /// Removes a variant, its overrides, and its name from memberships.
    DeleteVariant(String),
    /// Sets items' durations (e.g. the suggestions from past runs), in one
    /// variant (as an override of it) or, with `None`, the items' own.
    SetDurations {
        variant: Option<String>,
        durations: Vec<(ItemId, Minutes)>,
    },
    /// A new, empty glossary entry at the end.
    AddGlossaryEntry,
    /// Removes the glossary entry at this position.
    RemoveGlossaryEntry(usize),
    /// Turns a capture kind of an item on or off. A poll is matched by kind,
    /// whatever its question; turned on, it starts with `capture`'s question.
    SetCapture {
        item: ItemId,
        capture: Capture,
        on: bool,
    },
    /// Which variants an item runs in (an empty list means all of them: an
    /// item in none would vanish from every schedule).
    SetMembership {
        item: ItemId,
        variants: Variants,
    },
    /// Makes a field of an item different in one variant (starting from the
    /// item's own value), or the same again.
    SetOverride {
        item: ItemId,
        variant: String,
        field: OverrideField,
        on: bool,
    },
}

/// What an item can change per variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverrideField {
    Duration,
    Text(TextField),
}

/// What an edit did, so the view can select the item it made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Changed { select: Option<ItemId> },
    Unchanged,
}

/// Applies `edit` to `design`.
pub fn apply(design: &mut Design, edit: &Edit) -> Outcome {
    let position = |design: &Design, id: ItemId| design.agenda.iter().position(|i| i.id == id);
    match edit {
        Edit::Add { after, kind } => {
            let at = after.and_then(|a| position(design, a)).map_or(design.agenda.len(), |p| p + 1);
            let item = new_item(design, *kind);
            let id = item.id;
            design.agenda.insert(at, item);
            Outcome::Changed { select: Some(id) }
        }
        Edit::InsertItems { after, items } => {
            let start = after.and_then(|a| position(design, a)).map_or(design.agenda.len(), |p| p + 1);
            let mut first = None;
            for (at, item) in (start..).zip(items) {
                let id = design.next_item_id();
                first.get_or_insert(id);
                design.agenda.insert(at, Item { id, ..item.clone() });
            }
            match first {
                Some(id) => Outcome::Changed { select: Some(id) },
                None => Outcome::Unchanged,
            }
        }
        Edit::InsertBefore { before, kind } => {
            let at = position(design, *before).unwrap_or(0);
            let item = new_item(design, *kind);
            let id = item.id;
            design.agenda.insert(at, item);
            Outcome::Changed { select: Some(id) }
        }
        Edit::Duplicate(id) => {
            let Some(at) = position(design, *id) else { return Outcome::Unchanged };
            let mut copy = design.agenda[at].clone();
            copy.id = design.next_item_id();
            // A copied fixed time would clash with the original at once.
            copy.fixed_start = None;
            let new_id = copy.id;
            design.agenda.insert(at + 1, copy);
            Outcome::Changed { select: Some(new_id) }
        }
        Edit::Delete(id) => {
            let Some(at) = position(design, *id) else { return Outcome::Unchanged };
            design.agenda.remove(at);
            let next = design.agenda.get(at).or_else(|| design.agenda.last()).map(|i| i.id);
            Outcome::Changed { select: next }
        }
        Edit::MoveTo { id, to } => {
            let Some(from) = position(design, *id) else { return Outcome::Unchanged };
            // `to` counts slots before the move; removing the item first shifts later slots up.
            let to = (*to).min(design.agenda.len());
            let target = if to > from { to - 1 } else { to };
            if target == from {
                return Outcome::Unchanged;
            }
            let item = design.agenda.remove(from);
            design.agenda.insert(target, item);
            Outcome::Changed { select: Some(*id) }
        }
        Edit::MoveBy { id, delta } => {
            let Some(from) = position(design, *id) else { return Outcome::Unchanged };
            let target = from as isize + delta;
            if target < 0 || target >= design.agenda.len() as isize {
                return Outcome::Unchanged;
            }
            let item = design.agenda.remove(from);
            design.agenda.insert(target as usize, item);
            Outcome::Changed { select: Some(*id) }
        }
        Edit::AddVariant => {
            let mut n = design.variants.len() + 1;
            let name = loop {
                let candidate = Word::NewVariant.fill(design.language, &[&n]);
                if design.variant(&candidate).is_none() {
                    break candidate;
                }
                n += 1;
            };
            design.variants.push(Variant { name, description: String::new() });
            Outcome::Changed { select: None }
        }
        Edit::RenameVariant { from, to } => {
            let to = to.trim();
            if to.is_empty()
                || from == to
                || design.variants.iter().any(|v| v.name != *from && v.name.eq_ignore_ascii_case(to))
            {
                return Outcome::Unchanged;
            }
            let Some(variant) = design.variants.iter_mut().find(|v| v.name == *from) else { return Outcome::Unchanged };
            variant.name = to.to_string();
            // Items name variants case-insensitively (as the schedule reads them).
            for item in &mut design.agenda {
                if let Variants::Only(names) = &mut item.variants {
                    for name in names.iter_mut().filter(|n| n.eq_ignore_ascii_case(from)) {
                        *name = to.to_string();
                    }
                }
                let keys: Vec<String> =
                    item.overrides.keys().filter(|k| k.eq_ignore_ascii_case(from)).cloned().collect();
                for key in keys {
                    if let Some(o) = item.overrides.remove(&key) {
                        item.overrides.insert(to.to_string(), o);
                    }
                }
            }
            Outcome::Changed { select: None }
        }
        Edit::DeleteVariant(name) => {
            let before = design.variants.len();
            design.variants.retain(|v| v.name != *name);
            if design.variants.len() == before {
                return Outcome::Unchanged;
            }
            for item in &mut design.agenda {
                item.overrides.retain(|k, _| !k.eq_ignore_ascii_case(name));
                if let Variants::Only(names) = &mut item.variants {
                    names.retain(|n| !n.eq_ignore_ascii_case(name));
                    // An item left in no variant would vanish from every schedule; it joins all.
                    if names.is_empty() {
                        item.variants = Variants::All;
                    }
                }
            }
            Outcome::Changed { select: None }
        }
        Edit::SetDurations { variant, durations } => {
            // Only a variant the design has gets overrides; any other means the items' own.
            let variant = variant.as_deref().and_then(|v| design.variant(v)).map(|v| v.name.clone());
            let mut changed = false;
            for (id, minutes) in durations {
                let Some(item) = design.agenda.iter_mut().find(|i| i.id == *id && i.kind != ItemKind::Section) else {
                    continue;
                };
                if item.duration_in(variant.as_deref()) == *minutes {
                    continue;
                }
                match &variant {
                    Some(v) => {
                        let key = item.overrides.keys().find(|k| k.eq_ignore_ascii_case(v)).cloned();
                        item.overrides.entry(key.unwrap_or_else(|| v.clone())).or_default().duration = Some(*minutes);
                    }
                    None => item.duration = *minutes,
                }
                changed = true;
            }
            if changed { Outcome::Changed { select: None } } else { Outcome::Unchanged }
        }
        Edit::AddGlossaryEntry => {
            design.glossary.push(GlossaryEntry::default());
            Outcome::Changed { select: None }
        }
        Edit::RemoveGlossaryEntry(at) => {
            if *at >= design.glossary.len() {
                return Outcome::Unchanged;
            }
            design.glossary.remove(*at);
            Outcome::Changed { select: None }
        }
        Edit::SetCapture { item, capture, on } => {
            let Some(item) = design.agenda.iter_mut().find(|i| i.id == *item) else { return Outcome::Unchanged };
            let same_kind = |c: &Capture| std::mem::discriminant(c) == std::mem::discriminant(capture);
            let has = item.captures.iter().any(same_kind);
            match (has, *on) {
                (false, true) => item.captures.push(capture.clone()),
                (true, false) => item.captures.retain(|c| !same_kind(c)),
                _ => return Outcome::Unchanged,
            }
            Outcome::Changed { select: None }
        }
        Edit::SetMembership { item, variants } => {
            let Some(item) = design.agenda.iter_mut().find(|i| i.id == *item) else { return Outcome::Unchanged };
            let variants = match variants {
                Variants::Only(names) if names.is_empty() => Variants::All,
                other => other.clone(),
            };
            if item.variants == variants {
                return Outcome::Unchanged;
            }
            item.variants = variants;
            Outcome::Changed { select: None }
        }
        Edit::SetOverride { item, variant, field, on } => {
            let Some(item) = design.agenda.iter_mut().find(|i| i.id == *item) else { return Outcome::Unchanged };
            let key = item.overrides.keys().find(|k| k.eq_ignore_ascii_case(variant)).cloned();
            let key = key.unwrap_or_else(|| variant.clone());
            let (own_duration, own_text) = match field {
                OverrideField::Duration => (item.duration, String::new()),
                OverrideField::Text(f) => (item.duration, item.text_mut(*f).clone()),
            };
            let entry = item.overrides.entry(key.clone()).or_default();
            let changed = match field {
                OverrideField::Duration if entry.duration.is_some() != *on => {
                    entry.duration = on.then_some(own_duration);
                    true
                }
                OverrideField::Text(f) if entry.text_mut(*f).is_some() != *on => {
                    *entry.text_mut(*f) = on.then_some(own_text);
                    true
                }
                _ => false,
            };
            // An override with nothing in it is not an override.
            if item.overrides.get(&key).is_some_and(|o| *o == Default::default()) {
                item.overrides.remove(&key);
            }
            if changed { Outcome::Changed { select: None } } else { Outcome::Unchanged }
        }
    }
}

/// A fresh item with a unique id and a placeholder title, in the design's
/// language, that a person will replace.
fn new_item(design: &Design, kind: ItemKind) -> Item {
    let (title, duration) = match kind {
        ItemKind::Activity => (Word::NewActivity, Minutes(15)),
        ItemKind::Break => (Word::NewBreak, Minutes(15)),
        ItemKind::Section => (Word::NewSection, Minutes::ZERO),
    };
    Item { id: design.next_item_id(), kind, title: title.text(design.language).into(), duration, ..Item::default() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemOverride;

    fn design() -> Design {
        let item = |id: u32, title: &str| Item {
            id: ItemId(id),
            title: title.into(),
            duration: Minutes(10),
            ..Item::default()
        };
        Design { agenda: vec![item(1, "A"), item(2, "B"), item(3, "C")], ..Design::default() }
    }

    fn titles(d: &Design) -> Vec<&str> {
        d.agenda.iter().map(|i| i.title.as_str()).collect()
    }

    #[test]
    fn add_insert_duplicate_delete() {
        let mut d = design();
        assert_eq!(
            apply(&mut d, &Edit::Add { after: Some(ItemId(1)), kind: ItemKind::Break }),
            Outcome::Changed { select: Some(ItemId(4)) }
        );
        assert_eq!(titles(&d), ["A", "Break", "B", "C"]);
        apply(&mut d, &Edit::InsertBefore { before: ItemId(1), kind: ItemKind::Section });
        assert_eq!(titles(&d), ["New section", "A", "Break", "B", "C"]);
        apply(&mut d, &Edit::Duplicate(ItemId(2)));
        assert_eq!(titles(&d), ["New section", "A", "Break", "B", "B", "C"]);
        assert_eq!(d.agenda[4].id, ItemId(6));
        assert_eq!(
            apply(&mut d, &Edit::Delete(ItemId(3))),
            Outcome::Changed { select: Some(ItemId(6)) },
            "the item above a deleted last item"
        );
        assert_eq!(titles(&d), ["New section", "A", "Break", "B", "B"]);
        assert_eq!(apply(&mut d, &Edit::Delete(ItemId(99))), Outcome::Unchanged);
    }

    #[test]
    fn moving_to_a_slot_counts_slots_before_the_move() {
        let mut d = design();
        apply(&mut d, &Edit::MoveTo { id: ItemId(1), to: 3 });
        assert_eq!(titles(&d), ["B", "C", "A"]);
        apply(&mut d, &Edit::MoveTo { id: ItemId(1), to: 0 });
        assert_eq!(titles(&d), ["A", "B", "C"]);
        assert_eq!(
            apply(&mut d, &Edit::MoveTo { id: ItemId(2), to: 2 }),
            Outcome::Unchanged,
            "dropping just below itself"
        );
        apply(&mut d, &Edit::MoveBy { id: ItemId(3), delta: -1 });
        assert_eq!(titles(&d), ["A", "C", "B"]);
        assert_eq!(apply(&mut d, &Edit::MoveBy { id: ItemId(1), delta: -1 }), Outcome::Unchanged);
    }

    #[test]
    fn renaming_and_deleting_a_variant_follows_every_reference() {
        let mut d = design();
        d.variants = vec![
            Variant { name: "Frontline".into(), ..Variant::default() },
            Variant { name: "Backline".into(), ..Variant::default() },
        ];
        d.agenda[0].variants = Variants::Only(vec!["Frontline".into()]);
        d.agenda[1]
            .overrides
            .insert("Frontline".into(), ItemOverride { duration: Some(Minutes(5)), ..ItemOverride::default() });
        apply(&mut d, &Edit::RenameVariant { from: "Frontline".into(), to: "Customer-facing".into() });
        assert_eq!(d.agenda[0].variants, Variants::Only(vec!["Customer-facing".into()]));
        assert!(d.agenda[1].overrides.contains_key("Customer-facing"));
        assert_eq!(
            apply(&mut d, &Edit::RenameVariant { from: "Backline".into(), to: "customer-FACING".into() }),
            Outcome::Unchanged
        );
        apply(&mut d, &Edit::DeleteVariant("Customer-facing".into()));
        assert_eq!(d.agenda[0].variants, Variants::All);
        assert!(d.agenda[1].overrides.is_empty());
        assert_eq!(d.variant_names(), ["Backline"]);
    }

    #[test]
    fn set_durations_writes_the_variant_override_or_the_items_own() {
        let mut d = design();
        d.variants.push(Variant { name: "Backline".into(), description: String::new() });
        let set = |variant: Option<&str>, minutes| Edit::SetDurations {
            variant: variant.map(String::from),
            durations: vec![(ItemId(2), Minutes(minutes)), (ItemId(99), Minutes(5))],
        };
        assert_eq!(apply(&mut d, &set(Some("backline"), 25)), Outcome::Changed { select: None });
        assert_eq!(d.agenda[1].duration, Minutes(10), "the other variants keep their time");
        assert_eq!(d.agenda[1].duration_in(Some("Backline")), Minutes(25));
        assert_eq!(apply(&mut d, &set(Some("Backline"), 25)), Outcome::Unchanged);
        assert_eq!(apply(&mut d, &set(None, 15)), Outcome::Changed { select: None });
        assert_eq!(d.agenda[1].duration, Minutes(15));
        assert_eq!(d.agenda[1].duration_in(Some("Backline")), Minutes(25));
        // A variant the design does not have changes the items' own time.
        apply(&mut d, &set(Some("Nobody"), 20));
        assert_eq!(d.agenda[1].duration, Minutes(20));
        assert!(!d.agenda[1].overrides.contains_key("Nobody"));
    }
}
