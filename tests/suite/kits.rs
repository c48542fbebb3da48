//! The bundled kits: complete, clean and stable through save and load.

use workshop_kit::model::{Capture, Design, Format, ItemKind, Minutes, TimeOfDay};
use workshop_kit::schedule::{self, Schedule, VariantFilter};
use workshop_kit::store::{design_to_string, kits, parse_design};

fn load(name: &str) -> Design {
    kits::find(name).unwrap_or_else(|| panic!("no kit {name}")).load().unwrap_or_else(|e| panic!("{e}"))
}

fn t(text: &str) -> TimeOfDay {
    TimeOfDay::parse(text).unwrap()
}

fn has_capture(d: &Design, f: impl Fn(&Capture) -> bool) -> bool {
    d.agenda.iter().any(|i| i.captures.iter().any(&f))
}

#[test]
fn every_kit_checks_clean_and_ends_by_its_target_in_every_variant() {
    assert!(kits::KITS.len() >= 4);
    for kit in kits::KITS {
        let d = kit.load().unwrap_or_else(|e| panic!("{e}"));
        let target = d.target_end.unwrap_or_else(|| panic!("{} has no target end", kit.name));
        for s in schedule::check(&d) {
            assert!(s.warnings.is_empty(), "{} {:?}: {:?}", kit.name, s.variant, s.warnings);
            assert!(s.end <= target, "{} {:?} ends {} after {target}", kit.name, s.variant, s.end);
        }
    }
}

#[test]
fn every_kit_round_trips_through_ron_unchanged() {
    for kit in kits::KITS {
        let d = kit.load().unwrap();
        let saved = design_to_string(&d);
        let again = parse_design(std::path::Path::new(kit.file_name), &saved).unwrap();
        assert_eq!(again, d, "{} changed on save and load", kit.name);
        assert_eq!(design_to_string(&again), saved, "{}: saving is not stable", kit.name);
    }
}

#[test]
fn every_kit_is_material_a_consultant_could_use() {
    for kit in kits::KITS {
        let d = kit.load().unwrap();
        assert!(!d.objectives.is_empty() && !d.approach.is_empty() && !d.ground_rules.is_empty(), "{}", kit.name);
        assert!(!d.client.is_empty() && !d.audience.is_empty() && d.group_size.is_some(), "{}", kit.name);
        let mut ids = std::collections::HashSet::new();
        for item in &d.agenda {
            assert!(ids.insert(item.id), "{}: duplicate id {}", kit.name, item.id);
            if item.kind == ItemKind::Activity {
                let who = format!("{} / {}", kit.name, item.title);
                assert!(item.what.len() > 40, "{who}: what is thin");
                assert!(item.why.len() > 20, "{who}: why is thin");
                assert!(item.facilitator_notes.len() > 40, "{who}: no facilitator notes");
                assert!(item.participant_instructions.len() > 20, "{who}: no participant instructions");
            }
            if let Some(min) = item.min_duration {
                assert!(min < item.duration, "{}: {} min {min} not below {}", kit.name, item.title, item.duration);
            }
        }
        assert!(d.agenda.iter().any(|i| !i.captures.is_empty()), "{} captures nothing", kit.name);
    }
}

#[test]
fn the_customer_care_morning_runs_half_past_nine_to_one_with_one_if_time_item() {
    let d = load("customer-care-morning");
    assert_eq!((d.start, d.target_end), (t("09:30"), Some(t("13:00"))));
    let s = Schedule::compute(&d, VariantFilter::All);
    assert!(s.end <= t("13:00"));
    assert_eq!(d.agenda.iter().filter(|i| i.optional).count(), 1);
    assert!(d.agenda.iter().any(|i| i.kind == ItemKind::Break));
    let formats: Vec<Format> = d.agenda.iter().filter(|i| i.kind == ItemKind::Activity).map(|i| i.format).collect();
    assert!(formats.contains(&Format::WholeGroup) && formats.contains(&Format::Pairs));
    assert!(formats.iter().any(|f| matches!(f, Format::SmallGroups(_))));
    assert!(d.agenda.iter().any(|i| i.lead.to_lowercase().contains("team leader")));
}

#[test]
fn the_coworker_kit_has_three_parts_a_stance_poll_and_an_idea_round() {
    let d = load("coworker-service");
    assert_eq!(d.agenda.iter().filter(|i| i.kind == ItemKind::Section).count(), 3);
    assert!(has_capture(&d, |c| matches!(c, Capture::Poll { options, .. } if options.len() >= 3)));
    assert!(has_capture(&d, |c| *c == Capture::Ideas));
}

#[test]
fn the_cx_values_day_has_two_variants_a_glossary_and_two_hours_of_barriers() {
    let d = load("cx-values-culture");
    assert_eq!(d.variant_names(), ["Frontline", "Backline"]);
    assert!(d.glossary.len() >= 6);
    let barriers: Minutes =
        d.agenda.iter().filter(|i| i.captures.contains(&Capture::Barriers)).map(|i| i.duration).sum();
    assert_eq!(barriers, Minutes(120));
    let front = Schedule::compute(&d, VariantFilter::Only("Frontline"));
    let back = Schedule::compute(&d, VariantFilter::Only("Backline"));
    let ids = |s: &Schedule| s.slots.iter().map(|s| s.id).collect::<Vec<_>>();
    assert_ne!(ids(&front), ids(&back), "the variants differ in their items");
    assert!(front.end.since(front.start) >= Minutes(6 * 60), "a full day");
}

#[test]
fn the_not_my_job_session_mixes_departments_and_ends_in_actions() {
    let d = load("not-my-job");
    assert!(d.agenda.iter().any(|i| matches!(i.format, Format::SmallGroups(_))));
    assert!(has_capture(&d, |c| *c == Capture::Actions));
    assert!(d.agenda.iter().any(|i| i.participant_instructions.to_lowercase().contains("department")));
}
