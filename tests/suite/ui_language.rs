//! The app in German: chosen in the File menu or taken from the system's
//! locale, its menus, tabs and commands speak German, and a new design is
//! written in German.

use std::path::Path;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use workshop_kit::model::Lang;
use workshop_kit::ui::{App, AppConfig, Settings};

pub fn app_in(dir: &Path, system_lang: Lang, chosen: Option<Lang>) -> Harness<'static, App> {
    let config = AppConfig {
        data_dir: Some(dir.join("data")),
        open: Some("customer-care-morning".into()),
        native_dialogs: false,
        system_lang,
        ..AppConfig::default()
    };
    let settings = Settings { language: chosen, ..Settings::default() };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_eframe(move |_cc| App::with_settings(settings, config));
    harness.run();
    harness
}

/// The app on a German system, opening the German kit, with its data in `dir`.
pub fn german_kit_config(dir: &Path) -> AppConfig {
    AppConfig {
        data_dir: Some(dir.join("data")),
        open: Some("cx-werte-kultur".into()),
        native_dialogs: false,
        system_lang: Lang::German,
        ..AppConfig::default()
    }
}

#[test]
fn a_german_system_gets_german_menus_and_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_in(dir.path(), Lang::German, None);
    for menu in ["Datei", "Bearbeiten", "Ablauf", "Timer", "Export", "Entwurf", "Durchführung", "Ergebnisse"] {
        assert!(harness.query_all_by_label(menu).next().is_some(), "{menu} missing");
    }
    for english in ["File", "Edit", "Agenda", "Design", "Run", "Results"] {
        assert!(harness.query_all_by_label(english).next().is_none(), "{english} still shown");
    }
    harness.get_by_label("Datei").click();
    harness.run();
    for entry in ["Neu", "Öffnen …", "Speichern", "Ablauftabelle importieren …", "Sprache", "Beenden"] {
        assert!(harness.query_all_by_label_contains(entry).next().is_some(), "{entry} missing from Datei");
    }
}

#[test]
fn the_language_chosen_in_the_file_menu_wins_and_new_designs_take_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_in(dir.path(), Lang::English, None);
    assert!(harness.query_by_label("File").is_some());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().settings.language, Some(Lang::German), "remembered in the settings");
    assert!(harness.query_by_label("Datei").is_some() && harness.query_by_label("File").is_none());

    harness.get_by_label("Datei").click();
    harness.run();
    harness.get_by_label("Neu").click();
    harness.run();
    harness.run();
    let design = &harness.state().doc.design;
    assert_eq!(design.language, Lang::German, "a new design is in the app's language");
    assert_eq!(design.title, "Workshop ohne Titel");
}

/// Every word shown on screen (labels, values, tooltips' names) in the app
/// in German on the German kit, held against the words of the app's English
/// catalogues that are not also German: none may show.
#[test]
fn the_german_app_shows_no_english_fixed_word_in_its_three_views() {
    use std::collections::BTreeSet;
    use workshop_kit::catalogue::{DesignUi, ResultsUi, RunUi, Ui};
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
    };
    let mut english: Vec<&str> = Vec::new();
    let mut german: Vec<&str> = Vec::new();
    for (en, de) in Ui::ALL
        .iter()
        .map(|m| (m.text(Lang::English), m.text(Lang::German)))
        .chain(DesignUi::ALL.iter().map(|m| (m.text(Lang::English), m.text(Lang::German))))
        .chain(RunUi::ALL.iter().map(|m| (m.text(Lang::English), m.text(Lang::German))))
        .chain(ResultsUi::ALL.iter().map(|m| (m.text(Lang::English), m.text(Lang::German))))
    {
        english.push(en);
        german.push(de);
    }
    let german: BTreeSet<String> = german.iter().flat_map(|t| words(t)).collect();
    // English words German uses too, and the design's own words (its text is content).
    let design = workshop_kit::store::kits::find("cx-werte-kultur").unwrap().load().unwrap();
    let content: BTreeSet<String> =
        workshop_kit::store::design_to_string(&design).split('"').skip(1).step_by(2).flat_map(&words).collect();
    let also_german = [
        "start", "name", "plan", "option", "median", "sponsor", "workshop", "format", "version", "timer", "export",
        "pause", "status",
    ];
    let english_only: BTreeSet<String> = english
        .iter()
        .flat_map(|t| words(t))
        .filter(|w| !german.contains(w) && !content.contains(w) && !also_german.contains(&w.as_str()))
        .collect();

    let dir = tempfile::tempdir().unwrap();
    let config = german_kit_config(dir.path());
    let runs = dir.path().join("runs");
    std::fs::create_dir_all(&runs).unwrap();
    let mut harness = Harness::builder().with_size(egui::vec2(1024.0, 768.0)).build_eframe(move |_cc| {
        let mut app = App::with_settings(Settings::default(), config);
        app.run_view.folder = Some(runs);
        app
    });
    harness.run();
    let mut found = Vec::new();
    let mut look = |harness: &Harness<'static, App>, view: &str| {
        use egui_kittest::kittest::NodeT;
        for node in harness.root().children_recursive() {
            let n = node.accesskit_node();
            for text in [n.label(), n.value(), n.description()].into_iter().flatten() {
                // A path's folder names are the user's, not the app's words.
                let not_paths: Vec<&str> = text.split_whitespace().filter(|t| !t.contains('/')).collect();
                for w in words(&not_paths.join(" ")) {
                    if english_only.contains(&w) {
                        found.push(format!("{view}: \"{w}\" in \"{text}\""));
                    }
                }
            }
        }
    };
    look(&harness, "design");
    harness.get_by_label("Durchführung").click();
    harness.run();
    look(&harness, "run");
    harness.get_by_label("Durchgang beginnen").click();
    harness.run();
    harness.run();
    assert!(harness.state().run.is_some(), "the run started");
    look(&harness, "running");
    harness.get_by_label("Ergebnisse").click();
    harness.run();
    look(&harness, "results");
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "English on screen in German:\n{}", found.join("\n"));
}
