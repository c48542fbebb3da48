//! Agendas from workbooks (issue 16): `.xlsx` and `.ods` files that
//! LibreOffice wrote (tests/fixtures/agendas) import to the schedule they
//! show, with their time cells, title rows, merged cells and German headers;
//! broken, encrypted, huge and foreign files are refused by name and leave
//! nothing written.

use std::path::{Path, PathBuf};

use workshop_kit::model::{ItemKind, Lang, Minutes};
use workshop_kit::schedule::{Schedule, VariantFilter};
use workshop_kit::store;

use crate::util::{app, noise, ole_container, rewrite_part, stderr_of, stdout_of, zip_bomb};

pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agendas").join(name)
}

/// Each timed item's start and length, as the schedule computes them.
pub(crate) fn timings(design: &workshop_kit::model::Design) -> Vec<(String, u32)> {
    Schedule::compute(design, VariantFilter::All)
        .slots
        .iter()
        .filter(|s| design.agenda[s.index].kind != ItemKind::Section)
        .map(|s| (s.start.to_string(), s.duration.get()))
        .collect()
}

#[test]
fn time_cells_of_excel_and_libreoffice_files_import_as_times_and_minutes() {
    for name in ["agenda-times.xlsx", "agenda-times.ods"] {
        let design = store::import_agenda(&fixture(name), None).unwrap();
        assert_eq!(design.title, "Agenda times", "{name}: the file's name, as there is no title row");
        assert_eq!(design.language, Lang::English);
        assert_eq!(
            timings(&design),
            [("09:30".into(), 15), ("09:45".into(), 45), ("10:30".into(), 15), ("10:45".into(), 75)],
            "{name}"
        );
        assert_eq!(design.target_end.map(|t| t.to_string()).as_deref(), Some("12:00"), "{name}: the close row");
        assert_eq!(design.agenda[2].kind, ItemKind::Break, "{name}");
        assert_eq!(design.agenda[3].lead, "Alex", "{name}");
        // The CSV the workbook was made from gives the same agenda.
        let csv = store::import_csv(&fixture("agenda-times.csv")).unwrap();
        assert_eq!(timings(&csv), timings(&design), "{name}");
    }
}

#[test]
fn a_title_row_and_merged_section_rows_are_found() {
    let design = store::import_agenda(&fixture("agenda-title.xlsx"), None).unwrap();
    assert_eq!(design.title, "Customer care morning for the city utility", "the merged title row");
    let kinds: Vec<(ItemKind, &str)> = design.agenda.iter().map(|i| (i.kind, i.title.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (ItemKind::Section, "Part 1 – Where we stand"),
            (ItemKind::Activity, "Welcome"),
            (ItemKind::Activity, "Poll on service quality"),
            (ItemKind::Section, "Part 2 – Where we go"),
            (ItemKind::Activity, "Ideas for the hotline"),
        ]
    );
    assert_eq!(timings(&design), [("09:00".into(), 20), ("09:20".into(), 40), ("10:00".into(), 60)]);
}

#[test]
fn a_german_sheet_imports_as_a_german_design() {
    for name in ["ablauf-de.xlsx", "ablauf-de.ods"] {
        let design = store::import_agenda(&fixture(name), None).unwrap();
        assert_eq!(design.language, Lang::German, "{name}: Wann / Was / Warum");
        assert_eq!(design.title, "Kundenservice-Vormittag für die Stadtwerke", "{name}");
        assert_eq!(
            timings(&design),
            [("09:30".into(), 15), ("09:45".into(), 45), ("10:30".into(), 15), ("10:45".into(), 75)],
            "{name}"
        );
        assert!(design.agenda[1].optional, "{name}: (falls Zeit)");
        assert_eq!(design.agenda[1].title, "Servicemomente in Paaren", "{name}");
        assert_eq!(design.agenda[1].duration, Minutes(45));
    }
}

#[test]
fn the_command_line_imports_a_workbook_and_its_named_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("title.workshop.ron");
    let output = app().arg("import").arg(fixture("agenda-title.xlsx")).arg("-o").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("imported 5 items, 09:00–11:00"), "{}", stdout_of(&output));
    assert_eq!(store::load_design(&out).unwrap().title, "Customer care morning for the city utility");

    let named = dir.path().join("named.workshop.ron");
    let output =
        app().arg("import").arg(fixture("agenda-title.xlsx")).args(["--sheet", "sheet1", "-o"]).arg(&named).output();
    assert_eq!(output.unwrap().status.code(), Some(0), "sheet names match in any case");

    let missing = dir.path().join("missing.workshop.ron");
    let output =
        app().arg("import").arg(fixture("agenda-title.xlsx")).args(["--sheet", "Plan", "-o"]).arg(&missing).output();
    let output = output.unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr_of(&output).contains("agenda-title.xlsx: no sheet is called \"Plan\" (sheets: Sheet1)"),
        "{}",
        stderr_of(&output)
    );
    assert!(!missing.exists(), "nothing is written");

    let german = app()
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("import")
        .arg(fixture("agenda-title.xlsx"))
        .args(["--sheet", "Plan", "-o"])
        .arg(&missing)
        .output()
        .unwrap();
    assert!(
        stderr_of(&german).contains("kein Tabellenblatt heißt „Plan“ (Blätter: „Sheet1“)"),
        "{}",
        stderr_of(&german)
    );
}

#[test]
fn a_wrong_cell_is_named_by_sheet_row_and_column() {
    let err = store::import_agenda(&fixture("bad-time.xlsx"), None).unwrap_err().to_string();
    assert!(
        err.ends_with("bad-time.xlsx: sheet \"bad-time\", row 3, column A: When: \"9:75\" is not a time of day (write it as 09:30, 9:30, 9.30 or 0930)"),
        "{err}"
    );
}

/// Runs `import` on a file with `bytes` named `name`: it must fail with
/// status 1, name the file, say `says`, and write nothing.
pub(crate) fn refused(name: &str, bytes: &[u8], says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, bytes).unwrap();
    let out = dir.path().join("out.workshop.ron");
    let output = app().arg("import").arg(&file).arg("-o").arg(&out).output().unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
    assert!(stderr.contains(&format!("{}: ", file.display())) && stderr.contains(says), "{name}: {stderr}");
    assert!(!out.exists(), "{name}: nothing is written");
}

#[test]
fn broken_and_foreign_workbooks_are_refused_by_name() {
    let good = std::fs::read(fixture("agenda-times.xlsx")).unwrap();
    refused("truncated.xlsx", &good[..good.len() / 2], "this workbook cannot be read: it is damaged");
    let ods = std::fs::read(fixture("agenda-times.ods")).unwrap();
    refused("truncated.ods", &ods[..ods.len() - 200], "this workbook cannot be read");
    refused("noise.xlsx", &noise(), "this workbook cannot be read");
    // Office writes a workbook with a password as an encrypted OLE container.
    refused("protected.xlsx", &ole_container(), "protected by a password");
    refused("empty.xlsx", b"", "the file is empty");
    // A workbook with no agenda on any sheet.
    let not_agenda = std::fs::read(fixture("agenda-times.xlsx")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("prices.xlsx");
    // Its shared strings' "When" renamed, so no sheet has an agenda header.
    std::fs::write(&other, rewrite_part(&not_agenda, "xl/sharedStrings.xml", ">When<", ">Price<")).unwrap();
    let err = store::import_agenda(&other, None).unwrap_err().to_string();
    assert!(err.contains("prices.xlsx: no sheet has a When / What / Why header row (sheets: agenda-times)"), "{err}");
}

#[test]
fn a_huge_workbook_is_refused_before_it_is_read() {
    // 200 MB on disk (a sparse file: no disk is used).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.xlsx");
    std::fs::File::create(&file).unwrap().set_len(200 * 1024 * 1024).unwrap();
    let err = store::import_agenda(&file, None).unwrap_err().to_string();
    assert!(err.contains("huge.xlsx: the file is 209715200 bytes, more than the"), "{err}");

    // Small on disk, but its sheet unpacks to 150 MB.
    refused(
        "bomb.xlsx",
        &zip_bomb("xl/worksheets/sheet1.xml"),
        "unpacks to 157286400 bytes, more than the 104857600-byte limit",
    );
}

/// The app's File → Import takes workbooks too: a German sheet with a title
/// row becomes the open (unsaved) design, and no title is asked for.
#[test]
fn the_app_imports_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_design::app(dir.path(), "customer-care-morning");
    harness.state_mut().push(workshop_kit::ui::Command::ImportAgendaPath(fixture("ablauf-de.ods")));
    harness.run();
    use egui_kittest::kittest::Queryable;
    assert!(harness.query_by_label("Title of the workshop").is_none(), "the title row is the title");
    let design = &harness.state().doc.design;
    assert_eq!(design.title, "Kundenservice-Vormittag für die Stadtwerke");
    assert_eq!(design.language, Lang::German);
    assert_eq!(timings(design).len(), 4);

    // A broken one is said, and the open design stays.
    let dir2 = tempfile::tempdir().unwrap();
    let broken = dir2.path().join("kaputt.xlsx");
    std::fs::write(&broken, b"PK\x03\x04 not really").unwrap();
    harness
        .state_mut()
        .push(workshop_kit::ui::Command::Force(Box::new(workshop_kit::ui::Command::ImportAgendaPath(broken))));
    harness.run();
    assert!(harness.query_by_label_contains("this workbook cannot be read").is_some(), "the error is shown");
    assert_eq!(harness.state().doc.design.title, "Kundenservice-Vormittag für die Stadtwerke");
}

/// An item as a schedule places it: start, length, title, and whether it is a heading.
pub(crate) fn placed(design: &workshop_kit::model::Design, filter: VariantFilter) -> Vec<(String, u32, String, bool)> {
    let schedule = Schedule::compute(design, filter);
    let variant = schedule.variant.clone();
    schedule
        .slots
        .iter()
        .map(|s| {
            let item = &design.agenda[s.index];
            let title = item.text_in(variant.as_deref()).title.to_string();
            (s.start.to_string(), s.duration.get(), title, item.kind == ItemKind::Section)
        })
        .collect()
}

#[test]
fn every_kit_and_variant_goes_to_xlsx_and_back_to_the_same_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for kit in store::kits::names() {
        let design = store::kits::find(kit).unwrap().load().unwrap();
        let variants: Vec<Option<String>> = if design.variants.is_empty() {
            vec![None]
        } else {
            design.variants.iter().map(|v| Some(v.name.clone())).collect()
        };
        let bytes = workshop_kit::office::agenda_workbook(&design, None).unwrap();
        let file = dir.path().join(format!("{kit}.xlsx"));
        std::fs::write(&file, &bytes).unwrap();
        for variant in variants {
            let filter = variant.as_deref().map_or(VariantFilter::All, VariantFilter::Only);
            let sheet =
                variant.clone().unwrap_or_else(|| workshop_kit::catalogue::Word::Agenda.text(design.language).into());
            let back = store::import_workbook(&file, Some(&sheet)).unwrap_or_else(|e| panic!("{kit} {sheet}: {e}"));
            assert_eq!(placed(&back, VariantFilter::All), placed(&design, filter), "{kit} {sheet}");
            let (original, again) = (Schedule::compute(&design, filter), Schedule::compute(&back, VariantFilter::All));
            assert_eq!(again.end, original.end, "{kit} {sheet}");
            assert_eq!(back.title, design.title, "{kit} {sheet}");
            assert_eq!(back.language, design.language, "{kit} {sheet}: the headers' language");
            let optional = |d: &workshop_kit::model::Design| d.agenda.iter().filter(|i| i.optional).count();
            if variant.is_none() {
                assert_eq!(optional(&back), optional(&design), "{kit}: if time");
            }
            checked += 1;
        }
    }
    assert!(
        checked > store::kits::names().len(),
        "{checked} sheets: every kit, and each variant of those that have them"
    );
}

#[test]
fn the_command_line_exports_the_agenda_as_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cx.xlsx");
    let output = app().args(["export", "cx-values-culture", "--format", "xlsx", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("cx.xlsx: 2 sheets, "), "{}", stdout_of(&output));
    let back = dir.path().join("back.workshop.ron");
    let output = app().arg("import").arg(&out).args(["--sheet", "Backline", "-o"]).arg(&back).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let design = store::kits::find("cx-values-culture").unwrap().load().unwrap();
    assert_eq!(
        placed(&store::load_design(&back).unwrap(), VariantFilter::All),
        placed(&design, VariantFilter::Only("Backline"))
    );

    // A German design's sheet is named and headed in German.
    let german = dir.path().join("de.xlsx");
    let output = app().args(["export", "customer-care-morning", "--format", "xlsx", "-o"]).arg(&german).output();
    assert_eq!(output.unwrap().status.code(), Some(0));
    let output = app().args(["export", "cx-werte-kultur", "--format", "xlsx", "-o"]).arg(&german).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let imported = store::import_workbook(&german, Some("Frontline")).unwrap();
    assert_eq!(imported.language, Lang::German, "Wann / Was / Warum");

    // --doc is for PDFs, and a PDF needs one; neither mistake writes a file.
    let wrong = dir.path().join("wrong.xlsx");
    let output =
        app().args(["export", "cx-values-culture", "--doc", "guide", "--format", "xlsx", "-o"]).arg(&wrong).output();
    let output = output.unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("--doc is for PDFs"), "{}", stderr_of(&output));
    let output = app().args(["export", "cx-values-culture", "-o"]).arg(&wrong).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("a PDF needs --doc: handout, guide, signin, report"), "{}", stderr_of(&output));
    assert!(!wrong.exists());
}

/// Export → "Agenda as Excel workbook" asks where (the app's own path
/// dialog here), writes every variant's sheet, and the file imports back.
#[test]
fn the_app_exports_the_agenda_as_a_workbook() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_design::app(dir.path(), "cx-values-culture");
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Agenda as Excel workbook (.xlsx)…").click();
    harness.run();
    let file = dir.path().join("cx-agenda");
    crate::ui_design::set_field(&mut harness, "Path:", &file.display().to_string());
    harness.get_by_label("Save").click();
    harness.run();
    let written = dir.path().join("cx-agenda.xlsx");
    assert!(written.exists(), "the extension is added");
    assert!(harness.query_by_label_contains("cx-agenda.xlsx").is_some(), "the app says what it exported");
    let design = store::kits::find("cx-values-culture").unwrap().load().unwrap();
    for variant in ["Frontline", "Backline"] {
        let back = store::import_workbook(&written, Some(variant)).unwrap();
        assert_eq!(placed(&back, VariantFilter::All), placed(&design, VariantFilter::Only(variant)), "{variant}");
    }
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

use eframe::egui;

fn drop_on(harness: &mut egui_kittest::Harness<'static, workshop_kit::ui::App>, path: PathBuf) {
    harness.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(path)));
    harness.run();
}

/// Dropping a workbook imports it, dropping a design opens it, and a file
/// of neither kind is named in a notice and changes nothing.
#[test]
fn a_file_dropped_on_the_window_is_imported_or_opened() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_design::app(dir.path(), "customer-care-morning");
    drop_on(&mut harness, fixture("agenda-title.xlsx"));
    assert_eq!(harness.state().doc.design.title, "Customer care morning for the city utility");

    let design = dir.path().join("saved.workshop.ron");
    std::fs::write(&design, store::kits::find("not-my-job").unwrap().source).unwrap();
    drop_on(&mut harness, design.clone());
    // The import is unsaved work: asked about before the design replaces it.
    harness.get_by_label("Don't save").click();
    harness.run();
    let kit = store::kits::find("not-my-job").unwrap().load().unwrap();
    assert_eq!(harness.state().doc.design.title, kit.title);

    drop_on(&mut harness, dir.path().join("holiday.png"));
    assert!(harness.query_by_label_contains("holiday.png is neither a design nor an agenda table").is_some());
    assert_eq!(harness.state().doc.design.title, kit.title);
}

/// Ctrl+V in the agenda, outside any field, with rows copied from a
/// spreadsheet: a preview of what would be added, and on "Add" the rows go
/// in after the selected one.
#[test]
fn a_table_pasted_into_the_agenda_is_previewed_and_added_after_the_selection() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_design::app(dir.path(), "customer-care-morning");
    let before: Vec<String> = harness.state().doc.design.agenda.iter().map(|i| i.title.clone()).collect();
    let selected = harness.state().doc.design.agenda[1].clone();
    harness.state_mut().selected = Some(selected.id);
    harness.run();
    let copied = "When\tWhat\tWhy\n10:00\tLightning talks\tHear three teams\n10:25\tDot voting\tPick the top three\n10:40\tClose\t\n";
    harness.input_mut().events.push(egui::Event::Paste(copied.into()));
    harness.run();
    assert!(harness.query_by_label("Add the pasted rows?").is_some(), "a preview first");
    assert!(harness.query_by_label(&format!("2 items, after \"{}\":", selected.title)).is_some());
    assert!(harness.query_by_label("Lightning talks").is_some() && harness.query_by_label("Dot voting").is_some());
    assert_eq!(harness.state().doc.design.agenda.len(), before.len(), "nothing added before the confirm");

    harness.get_by_label("Add 2 items").click();
    harness.run();
    let agenda = &harness.state().doc.design.agenda;
    assert_eq!(agenda.len(), before.len() + 2);
    assert_eq!(agenda[2].title, "Lightning talks");
    assert_eq!(agenda[2].duration, Minutes(25));
    assert_eq!(agenda[3].title, "Dot voting");
    assert_eq!(agenda[3].duration, Minutes(15));
    assert_eq!(agenda[4].title, before[2], "the rest follows");
    let mut ids: Vec<_> = agenda.iter().map(|i| i.id).collect();
    ids.dedup();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), agenda.len(), "every item has an id of its own");

    // Plain lines become activities; cancelled, nothing is added.
    harness.input_mut().events.push(egui::Event::Paste("Energiser\nRetro on the morning\n".into()));
    harness.run();
    assert!(harness.query_by_label("Energiser").is_some() && harness.query_by_label("Retro on the morning").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().doc.design.agenda.len(), before.len() + 2, "cancelled");
}

/// A workbook with an agenda on two sheets (as the agenda export writes one
/// per variant): the app asks which to import.
#[test]
fn the_app_asks_which_sheet_of_a_workbook_with_two_agendas() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let design = store::kits::find("cx-values-culture").unwrap().load().unwrap();
    let file = dir.path().join("two.xlsx");
    std::fs::write(&file, workshop_kit::office::agenda_workbook(&design, None).unwrap()).unwrap();
    assert_eq!(store::agenda_sheets(&file).unwrap(), ["Frontline", "Backline"]);

    let mut harness = crate::ui_design::app(dir.path(), "customer-care-morning");
    harness.state_mut().push(workshop_kit::ui::Command::ImportAgendaPath(file));
    harness.run();
    assert!(harness.query_by_label("Which sheet?").is_some());
    harness.get_by_label("Backline").click();
    harness.run();
    harness.get_by_label("Import").click();
    harness.run();
    assert_eq!(
        placed(&harness.state().doc.design, VariantFilter::All),
        placed(&design, VariantFilter::Only("Backline"))
    );
}
