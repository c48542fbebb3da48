//! Properties of the schedule over generated designs.

use proptest::prelude::*;
use workshop_kit::model::{Design, Item, ItemId, ItemKind, ItemOverride, Minutes, TimeOfDay, Variant, Variants};
use workshop_kit::schedule::{Schedule, VariantFilter};

const VARIANTS: [&str; 3] = ["Frontline", "Backline", "Leaders"];

fn item_strategy() -> impl Strategy<Value = (u8, u32, u8, Option<u32>, Option<u32>)> {
    // kind (0..10: mostly activities), duration, variant mask, override, fixed start offset
    (0u8..10, 0u32..180, 0u8..8, proptest::option::weighted(0.2, 0u32..120), proptest::option::weighted(0.1, 0u32..600))
}

fn design_strategy() -> impl Strategy<Value = Design> {
    (0u32..(20 * 60), proptest::collection::vec(item_strategy(), 0..40)).prop_map(|(start, items)| {
        let agenda = items
            .into_iter()
            .enumerate()
            .map(|(n, (kind, duration, mask, over, fixed))| {
                let mut item = Item {
                    id: ItemId(n as u32 + 1),
                    title: format!("Item {n}"),
                    kind: match kind {
                        0 => ItemKind::Section,
                        1 => ItemKind::Break,
                        _ => ItemKind::Activity,
                    },
                    duration: Minutes(duration),
                    fixed_start: fixed.map(|f| TimeOfDay::from_minutes_since_midnight(start + f)),
                    ..Item::default()
                };
                if mask != 0 && mask != 7 {
                    let names = VARIANTS
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, v)| v.to_string())
                        .collect();
                    item.variants = Variants::Only(names);
                }
                if let Some(d) = over {
                    item.overrides.insert(
                        VARIANTS[n % 3].to_string(),
                        ItemOverride { duration: Some(Minutes(d)), ..Default::default() },
                    );
                }
                item
            })
            .collect();
        Design {
            title: "Generated".into(),
            start: TimeOfDay::from_minutes_since_midnight(start),
            variants: VARIANTS.iter().map(|v| Variant { name: v.to_string(), ..Default::default() }).collect(),
            agenda,
            ..Design::default()
        }
    })
}

fn filters() -> Vec<VariantFilter<'static>> {
    let mut f = vec![VariantFilter::All];
    f.extend(VARIANTS.iter().map(|v| VariantFilter::Only(v)));
    f
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn start_times_never_decrease(design in design_strategy()) {
        for filter in filters() {
            let s = Schedule::compute(&design, filter);
            let mut previous_end = design.start;
            for slot in &s.slots {
                prop_assert!(slot.start >= previous_end, "{:?}: {} starts before the item above ends", filter, slot.id);
                previous_end = slot.end();
            }
            prop_assert_eq!(previous_end, s.end);
        }
    }

    #[test]
    fn the_end_is_the_start_plus_every_included_duration(design in design_strategy()) {
        for filter in filters() {
            let s = Schedule::compute(&design, filter);
            let variant = filter.name();
            let included: Minutes = design.agenda.iter().filter(|i| i.variants.includes(variant)).map(|i| i.duration_in(variant)).sum();
            let gaps: Minutes = s.slots.iter().map(|s| s.gap_before).sum();
            prop_assert_eq!(s.planned, included);
            prop_assert_eq!(s.end, design.start + included + gaps);
            if design.agenda.iter().all(|i| i.fixed_start.is_none()) {
                prop_assert_eq!(s.end, design.start + included);
            }
        }
    }

    #[test]
    fn a_variant_never_shows_items_not_in_it(design in design_strategy()) {
        for name in VARIANTS {
            let s = Schedule::compute(&design, VariantFilter::Only(name));
            for slot in &s.slots {
                let item = &design.agenda[slot.index];
                prop_assert_eq!(item.id, slot.id);
                prop_assert!(item.variants.includes(Some(name)), "{} shown in {}", item.title, name);
                prop_assert_eq!(slot.duration, item.duration_in(Some(name)));
            }
            let expected = design.agenda.iter().filter(|i| i.variants.includes(Some(name))).count();
            prop_assert_eq!(s.slots.len(), expected, "every item of the variant is shown");
        }
    }

    #[test]
    fn overrun_is_reported_exactly_when_the_day_ends_late(design in design_strategy(), target in 0u32..(26 * 60)) {
        let mut design = design;
        design.target_end = Some(TimeOfDay::from_minutes_since_midnight(target));
        let s = Schedule::compute(&design, VariantFilter::All);
        let overrun = s.warnings.iter().any(|w| matches!(w, workshop_kit::schedule::Warning::Overrun { .. }));
        prop_assert_eq!(overrun, s.end.minutes_since_midnight() > target);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever is typed into a time, duration or date field, the answer is a
    /// value or an error, never a crash.
    #[test]
    fn typed_times_durations_and_dates_never_panic(text in "\\PC{0,8}") {
        let _ = TimeOfDay::parse(&text);
        let _ = Minutes::parse(&text);
        let _ = workshop_kit::model::Date::parse(&text);
    }
}
