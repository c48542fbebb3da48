//! When each agenda item starts, for a design and a variant.
//!
//! This is the only place start times are computed: the editor, the command
//! line, the handout and the runner all read a [`Schedule`]. It also says what
//! is wrong with the timing (overrun, fixed-time clashes, empty items) as
//! [`Warning`]s that point at the item concerned.

use std::fmt;

use crate::model::{Design, Item, ItemId, ItemKind, Minutes, TimeOfDay, Variants};

/// Which items to schedule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VariantFilter<'a> {
    /// Every item, whatever variants it belongs to.
    #[default]
    All,
    /// The items of one variant, with that variant's overrides.
    Only(&'a str),
}

impl<'a> VariantFilter<'a> {
    /// `None` means all variants.
    pub fn from_option(name: Option<&'a str>) -> Self {
        name.map_or(VariantFilter::All, VariantFilter::Only)
    }

    pub fn name(self) -> Option<&'a str> {
        match self {
            VariantFilter::All => None,
            VariantFilter::Only(name) => Some(name),
        }
    }
}

/// One scheduled row: an agenda item placed in time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// Position of the item in `design.agenda`.
    pub index: usize,
    pub id: ItemId,
    pub start: TimeOfDay,
    /// The item's duration in this variant.
    pub duration: Minutes,
    /// Idle time before this item because it waits for its fixed start.
    pub gap_before: Minutes,
}

impl Slot {
    pub fn end(&self) -> TimeOfDay {
        self.start + self.duration
    }
}

/// Something about the timing a consultant should fix or know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The day ends after the target end.
    Overrun { end: TimeOfDay, target: TimeOfDay, by: Minutes },
    /// The items before a fixed-time item run past its fixed start.
    RunsIntoFixed { item: ItemId, title: String, fixed: TimeOfDay, by: Minutes },
    /// The items before a fixed-time item end early, leaving idle time.
    GapBeforeFixed { item: ItemId, title: String, fixed: TimeOfDay, gap: Minutes },
    /// An activity or break with no duration.
    ZeroDuration { item: ItemId, title: String },
    /// An item names a variant the design does not have.
    UnknownVariantInItem { item: ItemId, title: String, name: String },
    /// The schedule was asked for a variant the design does not have.
    UnknownVariant { name: String, known: Vec<String> },
    /// Two items share an id, so runs could not tell them apart.
    DuplicateId { item: ItemId, title: String },
    /// A minimum duration longer than the item itself.
    MinAboveDuration { item: ItemId, title: String, min: Minutes, duration: Minutes },
}

impl Warning {
    /// The item the warning is about, so a view can select it.
    pub fn item(&self) -> Option<ItemId> {
        match self {
            Warning::RunsIntoFixed { item, .. }
            | Warning::GapBeforeFixed { item, .. }
            | Warning::ZeroDuration { item, .. }
            | Warning::UnknownVariantInItem { item, .. }
            | Warning::DuplicateId { item, .. }
            | Warning::MinAboveDuration { item, .. } => Some(*item),
            Warning::Overrun { .. } | Warning::UnknownVariant { .. } => None,
        }
    }
}

impl Warning {
    /// The warning in `lang`, from the catalogue.
    pub fn text(&self, lang: crate::model::Lang) -> String {
        use crate::catalogue::{Word, minutes};
        let length = |m: &Minutes| minutes(i64::from(m.get()) * 60, lang);
        match self {
            Warning::Overrun { end, target, by } => Word::WarnOverrun.fill(lang, &[end, &length(by), target]),
            Warning::RunsIntoFixed { title, fixed, by, .. } => {
                Word::WarnRunsIntoFixed.fill(lang, &[title, fixed, &length(by)])
            }
            Warning::GapBeforeFixed { title, fixed, gap, .. } => {
                Word::WarnGapBeforeFixed.fill(lang, &[&length(gap), title, fixed])
            }
            Warning::ZeroDuration { title, .. } => Word::WarnZeroDuration.fill(lang, &[title]),
            Warning::UnknownVariantInItem { title, name, .. } => {
                Word::WarnUnknownVariantInItem.fill(lang, &[title, name])
            }
            Warning::UnknownVariant { name, known } if known.is_empty() => Word::WarnUnknownVariant.fill(lang, &[name]),
            Warning::UnknownVariant { name, known } => {
                Word::WarnUnknownVariantOf.fill(lang, &[name, &known.join(", ")])
            }
            Warning::DuplicateId { item, title } => Word::WarnDuplicateId.fill(lang, &[title, item]),
            Warning::MinAboveDuration { title, min, duration, .. } => {
                Word::WarnMinAboveDuration.fill(lang, &[title, &length(min), &length(duration)])
            }
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(crate::model::Lang::English).replace('\u{a0}', " "))
    }
}

/// A design placed in time for one variant (or all items).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// The variant scheduled, as the design spells it; `None` for all items.
    pub variant: Option<String>,
    pub slots: Vec<Slot>,
    pub start: TimeOfDay,
    pub end: TimeOfDay,
    pub target_end: Option<TimeOfDay>,
    /// Sum of the durations of the scheduled items (gaps excluded).
    pub planned: Minutes,
    pub warnings: Vec<Warning>,
}

impl Schedule {
    /// Computes the schedule of `design` for `filter`.
    pub fn compute(design: &Design, filter: VariantFilter<'_>) -> Schedule {
        let mut warnings = Vec::new();
        let variant = match filter {
            VariantFilter::All => None,
            VariantFilter::Only(name) => match design.variant(name) {
                Some(v) => Some(v.name.clone()),
                None => {
                    warnings.push(Warning::UnknownVariant {
                        name: name.to_string(),
                        known: design.variant_names().iter().map(|s| s.to_string()).collect(),
                    });
                    Some(name.to_string())
                }
            },
        };
        check_items(design, &mut warnings);

        let mut slots = Vec::new();
        let mut cursor = design.start;
        let mut planned = Minutes::ZERO;
        for (index, item) in design.agenda.iter().enumerate() {
            if !item.variants.includes(variant.as_deref()) {
                continue;
            }
            let duration = item.duration_in(variant.as_deref());
            let mut gap_before = Minutes::ZERO;
            if let Some(fixed) = item.fixed_start {
                if cursor < fixed {
                    gap_before = fixed.since(cursor);
                    warnings.push(Warning::GapBeforeFixed {
                        item: item.id,
                        title: item.title.clone(),
                        fixed,
                        gap: gap_before,
                    });
                    cursor = fixed;
                } else if cursor > fixed {
                    let by = cursor.since(fixed);
                    warnings.push(Warning::RunsIntoFixed { item: item.id, title: item.title.clone(), fixed, by });
                }
            }
            slots.push(Slot { index, id: item.id, start: cursor, duration, gap_before });
            cursor = cursor + duration;
            planned += duration;
        }

        if let Some(target) = design.target_end
            && cursor > target
        {
            warnings.push(Warning::Overrun { end: cursor, target, by: cursor.since(target) });
        }
        Schedule { variant, slots, start: design.start, end: cursor, target_end: design.target_end, planned, warnings }
    }

    /// Time left before the target end (zero when there is none or the day overruns).
    pub fn slack(&self) -> Option<Minutes> {
        self.target_end.map(|t| t.since(self.end))
    }

    /// The slot of an item, if it runs in this schedule.
    pub fn slot(&self, id: ItemId) -> Option<&Slot> {
        self.slots.iter().find(|s| s.id == id)
    }
}

/// Warnings about the items themselves, the same in every variant.
fn check_items(design: &Design, warnings: &mut Vec<Warning>) {
    let mut seen = std::collections::HashSet::new();
    for item in &design.agenda {
        if !seen.insert(item.id) {
            warnings.push(Warning::DuplicateId { item: item.id, title: item.title.clone() });
        }
        if item.kind != ItemKind::Section {
            let zero_somewhere =
                item.duration.is_zero() || item.overrides.values().any(|o| o.duration == Some(Minutes::ZERO));
            if zero_somewhere {
                warnings.push(Warning::ZeroDuration { item: item.id, title: item.title.clone() });
            }
            if let Some(min) = item.min_duration
                && min > item.duration
            {
                warnings.push(Warning::MinAboveDuration {
                    item: item.id,
                    title: item.title.clone(),
                    min,
                    duration: item.duration,
                });
            }
        }
        for name in named_variants(item) {
            if design.variant(name).is_none() {
                warnings.push(Warning::UnknownVariantInItem {
                    item: item.id,
                    title: item.title.clone(),
                    name: name.to_string(),
                });
            }
        }
    }
}

/// Every variant name an item mentions, in its membership or its overrides.
fn named_variants(item: &Item) -> impl Iterator<Item = &str> {
    let members: &[String] = match &item.variants {
        Variants::All => &[],
        Variants::Only(names) => names,
    };
    members.iter().chain(item.overrides.keys()).map(String::as_str)
}

/// The schedules a design must be checked in: each variant, or all items when
/// it has none. Items that belong to different variants are alternatives, so a
/// design with variants is only meaningful one variant at a time.
pub fn check(design: &Design) -> Vec<Schedule> {
    if design.variants.is_empty() {
        vec![Schedule::compute(design, VariantFilter::All)]
    } else {
        design.variants.iter().map(|v| Schedule::compute(design, VariantFilter::Only(&v.name))).collect()
    }
}

/// The distinct warnings across [`check`]'s schedules, each with the variant
/// it appeared in (`None` when it appears in all of them or the design has none).
pub fn check_warnings(schedules: &[Schedule]) -> Vec<(Option<String>, Warning)> {
    let mut out: Vec<(Option<String>, Warning)> = Vec::new();
    for schedule in schedules {
        for warning in &schedule.warnings {
            let everywhere = schedules.iter().all(|s| s.warnings.contains(warning));
            let variant = if everywhere { None } else { schedule.variant.clone() };
            let entry = (variant, warning.clone());
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, ItemOverride, Variant};

    fn t(text: &str) -> TimeOfDay {
        TimeOfDay::parse(text).unwrap()
    }

    fn item(id: u32, title: &str, minutes: u32) -> Item {
        Item { id: ItemId(id), title: title.into(), duration: Minutes(minutes), ..Item::default() }
    }

    fn morning() -> Design {
        Design {
            title: "Morning".into(),
            start: t("09:30"),
            target_end: Some(t("13:00")),
            agenda: vec![
                item(1, "Welcome", 15),
                item(2, "Service stories", 45),
                item(3, "Break", 15),
                item(4, "Close", 20),
            ],
            ..Design::default()
        }
    }

    #[test]
    fn items_run_back_to_back_from_the_start() {
        let s = Schedule::compute(&morning(), VariantFilter::All);
        let starts: Vec<String> = s.slots.iter().map(|s| s.start.to_string()).collect();
        assert_eq!(starts, ["09:30", "09:45", "10:30", "10:45"]);
        assert_eq!(s.end, t("11:05"));
        assert_eq!(s.planned, Minutes(95));
        assert_eq!(s.slack(), Some(Minutes(115)));
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    }

    #[test]
    fn overrunning_the_target_is_a_warning() {
        let mut d = morning();
        d.agenda[1].duration = Minutes(200);
        let s = Schedule::compute(&d, VariantFilter::All);
        assert_eq!(s.warnings, vec![Warning::Overrun { end: t("13:40"), target: t("13:00"), by: Minutes(40) }]);
        assert_eq!(s.warnings[0].to_string(), "the day ends at 13:40, 40 min after the target end 13:00");
        assert_eq!(
            s.warnings[0].text(crate::model::Lang::German).replace('\u{a0}', " "),
            "der Tag endet um 13:40, 40 Min. nach dem Zielende 13:00"
        );
    }

    #[test]
    fn a_fixed_item_waits_for_its_time_and_reports_the_gap() {
        let mut d = morning();
        d.agenda[2].fixed_start = Some(t("10:45"));
        let s = Schedule::compute(&d, VariantFilter::All);
        assert_eq!(s.slots[2].start, t("10:45"));
        assert_eq!(s.slots[2].gap_before, Minutes(15));
        assert_eq!(s.end, t("11:20"));
        assert!(matches!(s.warnings[..], [Warning::GapBeforeFixed { gap: Minutes(15), .. }]));
    }

    #[test]
    fn items_that_run_into_a_fixed_item_are_reported() {
        let mut d = morning();
        d.agenda[2].fixed_start = Some(t("10:00"));
        let s = Schedule::compute(&d, VariantFilter::All);
        assert_eq!(s.slots[2].start, t("10:30"), "a fixed item cannot start before the item before it ends");
        assert_eq!(s.warnings[0].item(), Some(ItemId(3)));
        assert!(matches!(s.warnings[..], [Warning::RunsIntoFixed { by: Minutes(30), .. }]));
    }

    #[test]
    fn empty_items_and_unknown_variants_are_flagged_but_sections_are_not() {
        let mut d = morning();
        d.agenda.push(Item { id: ItemId(5), kind: ItemKind::Section, title: "Part 2".into(), ..Item::default() });
        d.agenda.push(Item {
            id: ItemId(6),
            title: "Empty".into(),
            variants: Variants::Only(vec!["Backline".into()]),
            ..Item::default()
        });
        let s = Schedule::compute(&d, VariantFilter::All);
        let about: Vec<Option<ItemId>> = s.warnings.iter().map(Warning::item).collect();
        assert_eq!(about, [Some(ItemId(6)), Some(ItemId(6))]);
        assert!(matches!(s.warnings[1], Warning::UnknownVariantInItem { .. }));
    }

    #[test]
    fn a_variant_shows_its_own_items_and_durations() {
        let mut d = morning();
        d.variants = vec![
            Variant { name: "Frontline".into(), ..Variant::default() },
            Variant { name: "Backline".into(), ..Variant::default() },
        ];
        d.agenda[1].variants = Variants::Only(vec!["Frontline".into()]);
        d.agenda[3]
            .overrides
            .insert("Backline".into(), ItemOverride { duration: Some(Minutes(50)), ..ItemOverride::default() });
        let front = Schedule::compute(&d, VariantFilter::Only("frontline"));
        let back = Schedule::compute(&d, VariantFilter::Only("Backline"));
        assert_eq!(front.variant.as_deref(), Some("Frontline"));
        assert_eq!(front.slots.iter().map(|s| s.id.0).collect::<Vec<_>>(), [1, 2, 3, 4]);
        assert_eq!(back.slots.iter().map(|s| s.id.0).collect::<Vec<_>>(), [1, 3, 4]);
        assert_eq!(back.slots[2].duration, Minutes(50));
        assert_eq!(back.end, t("10:50"));
    }

    #[test]
    fn asking_for_a_missing_variant_says_which_exist() {
        let mut d = morning();
        d.variants = vec![Variant { name: "Frontline".into(), ..Variant::default() }];
        let s = Schedule::compute(&d, VariantFilter::Only("Sales"));
        assert_eq!(s.warnings[0].to_string(), "variant “Sales” does not exist (variants: Frontline)");
    }
}
