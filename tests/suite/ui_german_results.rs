//! The results view with the app in German (issue 15).

use std::path::Path;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::capture::CaptureEdit;
use workshop_kit::model::Lang;
use workshop_kit::store;
use workshop_kit::ui::{App, AppConfig, Command, Mode, Settings};

fn shown(harness: &Harness<'_, App>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn shown_in(harness: &Harness<'_, App>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

fn assert_german(harness: &Harness<'_, App>, german: &[&str], english: &[&str]) {
    for label in german {
        assert!(shown(harness, label), "{label} missing");
    }
    for label in english {
        assert!(!shown(harness, label), "{label} still shown");
    }
}

#[test]
fn the_empty_results_view_speaks_german() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_language::app_in(dir.path(), Lang::German, None);
    // The kit has no folder of its own: the runs are looked for in the test's folder.
    harness.state_mut().run_view.folder = Some(dir.path().to_path_buf());
    harness.get_by_label("Ergebnisse").click();
    harness.run();
    assert_eq!(harness.state().mode, Mode::Results);
    assert_german(
        &harness,
        &[
            "Ordner wählen …",
            "Neu laden",
            "Bericht exportieren (PDF) …",
            "Barrierenliste exportieren (CSV) …",
            "Noch keine Durchgänge dieses Entwurfs",
            "Durchgänge (0 von 0 gezählt)",
        ],
        &[
            "Choose folder…",
            "Reload",
            "Export report (PDF)…",
            "Export master list (CSV)…",
            "No runs of this design yet",
            "Runs (0 of 0 counted)",
        ],
    );
    assert!(shown_in(&harness, "Ergebnisse von „"), "the heading");
    assert!(shown_in(&harness, "Dateien von Durchgängen (*.session.ron) gesucht in "));
    assert!(shown_in(&harness, "Durchgänge werden dort gespeichert"));
    assert!(!shown_in(&harness, "Results of \""));
    assert!(!shown_in(&harness, "Looked in "));
}

/// A run's start as the runs list shows it.
fn start_of(run: &workshop_kit::model::Session) -> String {
    match run.started_at() {
        Some(at) => format!("{} {}", run.date.unwrap(), at.time_of_day()),
        None => run.date.unwrap().to_string(),
    }
}

/// The app in German on the CX design beside its 60 runs, in results mode, at 1024×768.
fn german_results(dir: &Path) -> Harness<'static, App> {
    let design = crate::ui_results::folder_of_runs(dir);
    let config = AppConfig {
        data_dir: Some(dir.join("data")),
        open: Some(design.display().to_string()),
        native_dialogs: false,
        system_lang: Lang::German,
        ..AppConfig::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .with_max_steps(40)
        .build_eframe(move |_cc| App::with_settings(Settings::default(), config));
    harness.run();
    harness.get_by_label("Ergebnisse").click();
    harness.run();
    harness
}

#[test]
fn the_results_of_sixty_runs_speak_german() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = german_results(dir.path());
    assert_eq!(harness.state().mode, Mode::Results);
    // The runs list and the master list.
    assert_german(
        &harness,
        &[
            "Durchgänge (60 von 60 gezählt)",
            "Barrieren-Gesamtliste",
            "Ideen und Maßnahmen",
            "Zeitbedarf",
            "Beginn",
            "Moderation",
            "Personen",
            "Barriere",
            "Durchg.",
            "Stimmen",
            "Priorität",
            "Verantwortlich",
            "Angekreuzte zusammenführen",
        ],
        &[
            "Runs (60 of 60 counted)",
            "Barrier master list",
            "Ideas and actions",
            "Durations",
            "Started",
            "Facilitator",
            "People",
            "Barrier",
            "Runs",
            "Votes",
            "Priority",
            "Owner",
            "Merge ticked",
        ],
    );
    assert!(shown_in(&harness, " Barrieren in "), "the count of barriers and departments");
    assert!(shown_in(&harness, "Dieselbe Barriere in anderer Schreibweise"));
    assert!(shown_in(&harness, "Durchgang vom "), "the ticks to count runs are named in German");
    assert!(!shown_in(&harness, "Count the run of "));
    assert!(!shown_in(&harness, " barriers in "));

    harness.get_by_label("Ideen und Maßnahmen").click();
    harness.run();
    // These runs captured barriers only.
    assert_german(
        &harness,
        &[
            "Ideen (0)",
            "Maßnahmen (0)",
            "Die gezählten Durchgänge haben keine Ideen.",
            "Die gezählten Durchgänge haben keine Maßnahmen.",
        ],
        &["Ideas (0)", "Actions (0)", "The runs counted have no ideas.", "The runs counted have no actions."],
    );

    harness.get_by_label("Zeitbedarf").click();
    harness.run();
    assert_german(
        &harness,
        &["Punkt", "Geplant", "Im Entwurf", "Median", "Spanne", "Vorschlag"],
        &["Item", "Planned", "In design", "Range", "Suggested"],
    );
    assert!(shown_in(&harness, "Tatsächliche Zeiten jedes Punkts in 60 Durchgängen"));
    assert!(shown_in(&harness, "Vorschlag übernehmen"), "one suggestion, or all of several");
    assert!(shown(&harness, "20\u{a0}Min. für Welcome from the sponsor übernehmen"));
    assert!(!shown_in(&harness, "Apply "));

    // A run opened from the list.
    let run = store::load_session(&dir.path().join("run-00.session.ron")).unwrap();
    harness.get_by_label(&start_of(&run)).click();
    harness.run();
    assert!(shown(&harness, &format!("Durchgang vom {}", run.date.unwrap())), "the run's tab");
    assert_german(
        &harness,
        &["Name", "Probe", "Datei", "Beginn", "Moderation", "Personen", "Barriere"],
        &["Run name", "Rehearsal", "File", "Started", "Facilitator", "People", "Barrier"],
    );
    if !run.roster.is_empty() {
        assert!(shown(&harness, "Wer da war") && !shown(&harness, "Who came"));
    }
    assert!(shown_in(&harness, " auf der Liste"), "the roster's count");
    assert!(shown(&harness, "Entfernen"), "an entry to remove");
    assert!(shown_in(&harness, "Stimme"), "the votes of an entry");
    assert!(!shown(&harness, "Remove") && !shown_in(&harness, " on the roster"));
    harness.query_all_by_label("Entfernen").next().unwrap().click();
    harness.run();
    assert!(shown(&harness, "Wirklich entfernen?") && !shown(&harness, "Really remove?"));
}

#[test]
fn what_the_app_says_about_the_results_is_german() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = german_results(dir.path());
    // Every run left out: a report across none of them is refused in German.
    let loaded = harness.state_mut().results_view.loaded.as_mut().unwrap();
    let files: Vec<String> = loaded.runs.iter().map(|r| r.file_name.clone()).collect();
    loaded.decisions.excluded_runs.extend(files);
    loaded.changed();
    harness.run();
    assert!(shown(&harness, "Durchgänge (0 von 60 gezählt)"));
    harness.get_by_label("Bericht exportieren (PDF) …").click();
    harness.run();
    harness.run();
    assert!(shown(&harness, "Keine Durchgänge für einen Bericht"), "the dialog's title");
    assert!(shown_in(&harness, "Kreuzen Sie zuerst mindestens einen Durchgang"));
    assert!(!shown(&harness, "No runs to report on"));
}

/// The controls and texts on screen that overlap another, or leave the window.
fn overlaps(harness: &Harness<'_, App>, what: &str) -> Vec<String> {
    use eframe::egui::{Rect, accesskit::Role};
    use egui_kittest::kittest::NodeT;
    let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 768.0));
    let mut shown = Vec::new();
    for role in [Role::Button, Role::TextInput, Role::ComboBox, Role::CheckBox, Role::Label] {
        for node in harness.query_all_by_role(role) {
            let rect = node.rect();
            if rect.intersects(window) && rect.area() > 0.0 {
                let n = node.accesskit_node();
                let name = n.label().or_else(|| n.value()).unwrap_or_default();
                shown.push((name, rect));
            }
        }
    }
    let mut problems = Vec::new();
    for (name, rect) in &shown {
        if rect.left() < -0.5 || rect.right() > 1024.5 {
            problems.push(format!("{what}: \"{name}\" {rect:?} is cut off"));
        }
    }
    for (i, (a, ra)) in shown.iter().enumerate() {
        for (b, rb) in &shown[i + 1..] {
            let overlap = ra.intersect(*rb);
            if overlap.is_positive() && overlap.area() > 4.0 && !ra.contains_rect(*rb) && !rb.contains_rect(*ra) {
                problems.push(format!("{what}: \"{a}\" {ra:?} overlaps \"{b}\" {rb:?}"));
            }
        }
    }
    problems
}

#[test]
fn the_german_results_fit_at_1024_wide() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = german_results(dir.path());
    let mut problems = overlaps(&harness, "master list");
    harness.get_by_label("Ideen und Maßnahmen").click();
    harness.run();
    problems.extend(overlaps(&harness, "ideas and actions"));
    harness.get_by_label("Zeitbedarf").click();
    harness.run();
    problems.extend(overlaps(&harness, "durations"));
    // Every Apply button of the table is inside the window, not off its right edge.
    let apply = harness.get_by_label("20\u{a0}Min. für Welcome from the sponsor übernehmen");
    assert!(apply.rect().right() <= 1024.0, "the Apply button is off screen: {:?}", apply.rect());
    let run = store::load_session(&dir.path().join("run-00.session.ron")).unwrap();
    harness.get_by_label(&start_of(&run)).click();
    harness.run();
    problems.extend(overlaps(&harness, "a run"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_app_says_what_it_saved_and_exported_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = german_results(dir.path());
    let csv = dir.path().join("barriers.csv");
    harness.state_mut().push(Command::ExportMasterCsvTo(csv.clone()));
    harness.run();
    assert!(csv.exists());
    // The notice beside the mode tabs (truncated there in a narrow window).
    let notice = harness.state().notice.clone().unwrap_or_default();
    assert!(notice.starts_with("barriers.csv exportiert (") && notice.ends_with(" Barrieren)"), "{notice}");

    let run = dir.path().join("run-00.session.ron");
    harness.state_mut().push(Command::CorrectRun(run.clone(), CaptureEdit::SetRunName("Probe 2".into())));
    harness.run();
    assert_eq!(store::load_session(&run).unwrap().name, "Probe 2");
    assert_eq!(harness.state().notice.as_deref(), Some("Korrektur in run-00.session.ron gespeichert"));
}
