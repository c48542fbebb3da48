//! The design view with the app in German (issue 15).

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::model::{ItemKind, Lang};
use workshop_kit::ui::App;

use crate::ui_design::set_field;
use crate::ui_language::app_in;

fn present(harness: &Harness<'static, App>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn present_in_part(harness: &Harness<'static, App>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

fn assert_german(harness: &Harness<'static, App>, german: &[&str], english: &[&str], place: &str) {
    for label in german {
        assert!(present(harness, label), "{place}: \"{label}\" missing");
    }
    for label in english {
        assert!(!present(harness, label), "{place}: English \"{label}\" still shown");
    }
}

#[test]
fn the_design_view_its_details_and_its_dialogs_speak_german() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_in(dir.path(), Lang::German, None);

    // The agenda table, its toolbar and the status strip.
    assert_german(
        &harness,
        &[
            "Wann",
            "Dauer",
            "Was",
            "Warum",
            "Arbeitsform",
            "Leitung",
            "Optional",
            "Workshop-Details",
            "Zeilen an den Punkten verschieben",
        ],
        &[
            "When",
            "Duration",
            "What",
            "Why",
            "Lead",
            "If time",
            "Workshop details",
            "Drag a row by its dots to move it",
            "No warnings",
        ],
        "agenda",
    );
    for part in ["Beginn 09:30", "Geplant ", "Zielende 13:00"] {
        assert!(present_in_part(&harness, part), "status strip: \"{part}\" missing");
    }
    for part in ["Start 09:30", "Planned ", "Target 13:00", "to spare", "Ends on target"] {
        assert!(!present_in_part(&harness, part), "status strip: English \"{part}\" still shown");
    }
    let first = harness.state().doc.design.agenda[0].title.clone();
    assert!(present(&harness, &format!("Dauer von {first}")), "the table's fields are named in German");
    assert!(!present(&harness, &format!("Duration of {first}")));

    // A wrong duration is refused in German.
    set_field(&mut harness, &format!("Dauer von {first}"), "zehn Minuten");
    harness.get_by_label(&format!("Dauer von {first}")).hover();
    harness.run();
    assert!(present_in_part(&harness, "„zehn Minuten“ ist keine Dauer"), "the refusal is German");
    assert!(!present_in_part(&harness, "is not a duration"));
    set_field(&mut harness, &format!("Dauer von {first}"), "1h15");
    assert!(present_in_part(&harness, "zu lang"), "the overrun is German");
    assert!(present_in_part(&harness, "Warnung"), "the warning is German");
    assert!(!present_in_part(&harness, "Warning") && !present(&harness, "1h over"));

    // The details of an activity.
    let activity = harness.state().doc.design.agenda.iter().find(|i| i.kind == ItemKind::Activity).unwrap().clone();
    harness.state_mut().selected = Some(activity.id);
    harness.state_mut().details_open = true;
    harness.run();
    assert_german(
        &harness,
        &[
            "Details zum Punkt",
            "Schließen",
            "Art",
            "Titel",
            "Kürzbar auf",
            "Feste Startzeit",
            "Optional",
            "Bei 0:00",
            "Wenn die Zeit um ist",
            "Was passiert",
            "Warum (Zweck)",
            "Anleitung für Teilnehmende (Unterlage und Beamer)",
            "Hinweise für die Moderation (nie für Teilnehmende sichtbar)",
            "Material",
            "Erfassen: was hier im Raum entsteht",
            "Erfassen: Ideen",
            "Erfassen: Barrieren",
            "Erfassen: Stimmen",
            "Erfassen: Umfrage",
            "Erfassen: Maßnahmen",
        ],
        &[
            "Item details",
            "Close",
            "Kind",
            "Can shrink to",
            "Fixed start",
            "If time",
            "At 0:00",
            "What happens",
            "Why (purpose)",
            "Materials",
            "Captures: what the room produces here",
            "Capture Ideas",
            "Capture Barriers",
            "Capture Votes",
            "Capture Poll",
            "Count on over time",
            "Hold at 0:00",
            "Go on to the next item",
        ],
        "item details",
    );
    harness.get_by_label("Schließen").click();
    harness.run();

    // The workshop's details.
    harness.get_by_label("Workshop-Details").click();
    harness.run();
    assert_german(
        &harness,
        &[
            "Auftraggeber",
            "Moderation",
            "Sponsor / Leitung",
            "Zielgruppe",
            "Ort",
            "Datum",
            "Beginn",
            "Zielende",
            "Gruppengröße",
            "Ziele: was wir vorhaben",
            "Spielregeln",
            "Hinweise für den Beamer",
        ],
        &[
            "Client",
            "Facilitator",
            "Audience",
            "Venue",
            "Date",
            "Target end",
            "Group size",
            "Ground rules",
            "Messages for the projector",
            "One per line",
        ],
        "workshop details",
    );
    harness.get_by_label("Workshop-Details").click();
    harness.run();

    // The question before unsaved changes are dropped.
    harness.get_by_label("Datei").click();
    harness.run();
    harness.get_by_label("Neu").click();
    harness.run();
    assert_german(
        &harness,
        &["Änderungen speichern?", "Nicht speichern", "Abbrechen"],
        &["Save changes?", "Don't save", "Cancel"],
        "save changes?",
    );
    assert!(present_in_part(&harness, "noch nicht gespeichert"));
    harness.get_by_label("Abbrechen").click();
    harness.run();

    // The app's own file dialog (no system dialog in the tests).
    harness.get_by_label("Datei").click();
    harness.run();
    harness.get_by_label("Speichern unter …").click();
    harness.run();
    harness.run();
    assert_german(
        &harness,
        &["Workshop-Entwurf speichern unter", "Pfad:", "Speichern", "Abbrechen"],
        &["Save the workshop design as", "Path:", "Save", "Cancel"],
        "path dialog",
    );
    assert!(present_in_part(&harness, "Hier gibt es keinen Dateidialog des Systems"));
    assert!(!present_in_part(&harness, "No system file dialog"));
}

/// New items get their titles in the design's language, and the German
/// agenda shows and reads lengths as Germans write them.
#[test]
fn a_german_design_adds_german_items_and_writes_german_lengths() {
    use workshop_kit::ui::Settings;
    let dir = tempfile::tempdir().unwrap();
    let config = crate::ui_language::german_kit_config(dir.path());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_eframe(move |_cc| App::with_settings(Settings::default(), config));
    harness.run();
    let first = harness.state().doc.design.agenda[1].title.clone();
    let shown = harness.get_by_label(&format!("Dauer von {first}")).value();
    assert_eq!(shown.as_deref(), Some("15\u{a0}Min."), "a length in German");

    harness.get_by_label("+ Aktivität").click();
    harness.run();
    harness.get_by_label("+ Abschnitt").click();
    harness.run();
    let titles: Vec<String> = harness.state().doc.design.agenda.iter().map(|i| i.title.clone()).collect();
    assert!(titles.contains(&"Neue Aktivität".to_string()), "{titles:?}");
    assert!(titles.contains(&"Neuer Abschnitt".to_string()), "{titles:?}");

    set_field(&mut harness, "Dauer von Neue Aktivität", "1 Std. 30");
    harness.key_press(egui::Key::Tab);
    harness.run();
    let added = harness.state().doc.design.agenda.iter().find(|i| i.title == "Neue Aktivität").unwrap().clone();
    assert_eq!(added.duration, workshop_kit::model::Minutes(90));
    let shown = harness.get_by_label("Dauer von Neue Aktivität").value();
    assert_eq!(shown.as_deref(), Some("1\u{a0}Std.\u{a0}30"), "shown again as typed");
}

/// An English design keeps English titles in the German app: they are the
/// design's words, in its language.
#[test]
fn an_english_design_adds_english_items_in_the_german_app() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_in(dir.path(), Lang::German, None);
    assert_eq!(harness.state().doc.design.language, Lang::English);
    harness.get_by_label("+ Aktivität").click();
    // The table scrolls to the new row at the end.
    harness.run_steps(8);
    let titles: Vec<String> = harness.state().doc.design.agenda.iter().map(|i| i.title.clone()).collect();
    assert!(titles.contains(&"New activity".to_string()), "{titles:?}");
}
