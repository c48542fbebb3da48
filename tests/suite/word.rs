//! Agendas from and to Word (issue 16): `.docx` files that LibreOffice
//! wrote from web pages (tests/fixtures/agendas) import from their first
//! When / What / Why table, with a cell's paragraphs as lines, merged
//! section rows and the document's title; broken, protected, huge and
//! table-less documents are refused by name and leave nothing written.

use workshop_kit::model::{ItemKind, Lang};
use workshop_kit::store;

use crate::util::{app, noise, ole_container, rewrite_part, stderr_of, stdout_of, zip_bomb};
use crate::workbook::{fixture, refused, timings};

#[test]
fn the_agenda_table_of_a_word_document_imports_with_its_sections_and_lines() {
    // The document's first table lists rooms; the second is the agenda.
    let design = store::import_agenda(&fixture("workshop-plan.docx"), None).unwrap();
    assert_eq!(design.title, "Team offsite: from feedback to next steps", "the document's heading");
    assert_eq!(design.language, Lang::English);
    let kinds: Vec<(ItemKind, &str)> = design.agenda.iter().map(|i| (i.kind, i.title.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (ItemKind::Section, "Part 1: Where we stand"),
            (ItemKind::Activity, "Check-in"),
            (ItemKind::Activity, "Customer voices"),
            (ItemKind::Break, "Coffee break"),
            (ItemKind::Section, "Part 2: What we change"),
            (ItemKind::Activity, "Barriers by department"),
            (ItemKind::Activity, "Dot vote"),
            (ItemKind::Activity, "Actions and owners"),
        ]
    );
    assert_eq!(design.agenda[1].what, "One word each on the week so far", "the cell's second paragraph");
    assert!(design.agenda[6].optional, "(if time)");
    assert_eq!(
        timings(&design),
        [
            ("09:00".into(), 20),
            ("09:20".into(), 45),
            ("10:05".into(), 15),
            ("10:20".into(), 55),
            ("11:15".into(), 20),
            ("11:35".into(), 40)
        ]
    );
    assert_eq!(design.target_end.map(|t| t.to_string()).as_deref(), Some("12:15"), "the close row");
}

#[test]
fn a_german_word_table_imports_as_a_german_design() {
    let design = store::import_agenda(&fixture("ablauf-de.docx"), None).unwrap();
    assert_eq!(design.language, Lang::German, "Wann / Was / Warum");
    assert_eq!(design.title, "Strategietag Vertrieb");
    assert_eq!(
        timings(&design),
        [("09:00".into(), 30), ("09:30".into(), 60), ("10:30".into(), 15), ("10:45".into(), 75)],
        "the When ranges"
    );
    assert_eq!(design.agenda[0].what, "Erwartungen an den Tag");
    assert_eq!(design.agenda[2].kind, ItemKind::Break, "Kaffeepause");
}

#[test]
fn the_command_line_imports_a_word_table_and_names_a_wrong_cell_by_table_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.workshop.ron");
    let output = app().arg("import").arg(fixture("workshop-plan.docx")).arg("-o").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("imported 8 items, 09:00–12:15"), "{}", stdout_of(&output));
    assert_eq!(store::load_design(&out).unwrap().agenda.len(), 8);
    // A document has no sheets: --sheet is a mistake, said before anything is read.
    let sheet = dir.path().join("sheet.workshop.ron");
    let output =
        app().arg("import").arg(fixture("workshop-plan.docx")).args(["--sheet", "Agenda", "-o"]).arg(&sheet).output();
    let output = output.unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("--sheet is for workbooks (.xlsx, .ods)"), "{}", stderr_of(&output));
    assert!(!sheet.exists());

    let err = store::import_agenda(&fixture("bad-time-word.docx"), None).unwrap_err().to_string();
    assert!(
        err.ends_with("bad-time-word.docx: table 1, row 3, column 1: When: \"half ten\" is not a time of day (write it as 09:30, 9:30, 9.30 or 0930)"),
        "{err}"
    );
    let german = app()
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("import")
        .arg(fixture("bad-time-word.docx"))
        .arg("-o")
        .arg(dir.path().join("bad.workshop.ron"))
        .output()
        .unwrap();
    assert_eq!(german.status.code(), Some(1));
    assert!(
        stderr_of(&german).contains("Tabelle 1, Zeile 3, Spalte 1: Wann: „half ten“ ist keine Uhrzeit"),
        "{}",
        stderr_of(&german)
    );
    assert!(!dir.path().join("bad.workshop.ron").exists());
}

#[test]
fn broken_protected_and_table_less_documents_are_refused_by_name() {
    let good = std::fs::read(fixture("workshop-plan.docx")).unwrap();
    refused("truncated.docx", &good[..good.len() / 2], "this document cannot be read: it is damaged");
    refused("cut-short.docx", &good[..good.len() - 100], "this document cannot be read");
    refused("noise.docx", &noise(), "this document cannot be read");
    refused("protected.docx", &ole_container(), "protected by a password or saved in the old Word format (.doc)");
    refused("empty.docx", b"", "the file is empty");
    refused("notes.docx", &std::fs::read(fixture("no-table.docx")).unwrap(), "the document has no table");
    refused(
        "prices.docx",
        &rewrite_part(&good, "word/document.xml", ">When<", ">Price<"),
        "no table in the document has a When / What / Why header row (tables: 2)",
    );
    // A zip that is no Word document.
    refused("sheet.docx", &std::fs::read(fixture("agenda-times.xlsx")).unwrap(), "this document cannot be read");
}

#[test]
fn a_document_that_unpacks_to_150_mb_is_refused_before_it_is_read() {
    refused(
        "bomb.docx",
        &zip_bomb("word/document.xml"),
        "the document unpacks to 157286400 bytes, more than the 104857600-byte limit",
    );
}

/// The app's File → Import takes Word documents too: the German table
/// becomes the open (unsaved) design with the document's title, so no
/// title is asked for.
#[test]
fn the_app_imports_a_word_document() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_design::app(dir.path(), "customer-care-morning");
    harness.state_mut().push(workshop_kit::ui::Command::ImportAgendaPath(fixture("ablauf-de.docx")));
    harness.run();
    assert!(harness.query_by_label("Title of the workshop").is_none(), "the document's heading is the title");
    let design = &harness.state().doc.design;
    assert_eq!(design.title, "Strategietag Vertrieb");
    assert_eq!(design.language, Lang::German);
    assert_eq!(timings(design).len(), 4);

    // A document without an agenda table is said, and the open design stays.
    harness.state_mut().push(workshop_kit::ui::Command::Force(Box::new(workshop_kit::ui::Command::ImportAgendaPath(
        fixture("no-table.docx"),
    ))));
    harness.run();
    assert!(harness.query_by_label_contains("the document has no table").is_some(), "the error is shown");
    assert_eq!(harness.state().doc.design.title, "Strategietag Vertrieb");
}
