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
    for entry in ["Neu", "Öffnen …", "Speichern", "CSV-Tabelle importieren …", "Sprache", "Beenden"] {
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
