//! The handout and the guide as Word documents (issue 16): Word's heading
//! styles, the agenda as a real table that imports back to the same
//! schedule, the design's language, and never a facilitator note in the
//! handout, checked in our reading of the file and in LibreOffice's.

use std::io::Read;
use std::path::Path;

use workshop_kit::model::{Design, ItemKind};
use workshop_kit::office::{guide_docx, handout_docx};
use workshop_kit::pdf::Paper;
use workshop_kit::pdf::design_docs::DesignDoc;
use workshop_kit::pdf::typography::curly_quotes;
use workshop_kit::schedule::{Schedule, VariantFilter};
use workshop_kit::store::{self, kits};

use crate::pdf::squash;
use crate::util::{app, stderr_of, stdout_of};
use crate::workbook::placed;

fn variants(design: &Design) -> Vec<Option<String>> {
    if design.variants.is_empty() { vec![None] } else { design.variants.iter().map(|v| Some(v.name.clone())).collect() }
}

/// A part of the package, as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut text = String::new();
    archive.by_name(name).unwrap_or_else(|_| panic!("{name} in the package")).read_to_string(&mut text).unwrap();
    text
}

/// The words of the document's body as Word shows them: the text of its
/// runs, a line for each paragraph.
fn body_text(docx: &[u8]) -> String {
    use quick_xml::events::Event;
    let xml = part(docx, "word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut out, mut in_text) = (String::new(), false);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == b"t" => in_text = false,
            Event::End(e) if e.local_name().as_ref() == b"p" => out.push('\n'),
            Event::Text(t) if in_text => out.push_str(&t.xml_content().unwrap()),
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().unwrap();
                out.push_str(quick_xml::escape::resolve_predefined_entity(&name).unwrap_or(""));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Every facilitator note of the design, the variants' own included.
fn notes(design: &Design) -> Vec<String> {
    design
        .agenda
        .iter()
        .flat_map(|item| {
            std::iter::once(item.facilitator_notes.clone())
                .chain(item.overrides.values().filter_map(|o| o.facilitator_notes.clone()))
        })
        .filter(|n| !n.trim().is_empty())
        .collect()
}

/// Any 40 characters of a note would be enough to leak it; the documents
/// set its quotes as typesetters do.
fn probe(note: &str, lang: workshop_kit::model::Lang) -> String {
    squash(&curly_quotes(note, lang)).chars().take(40).collect()
}

#[test]
fn every_handout_has_word_headings_an_agenda_table_that_imports_back_and_no_facilitator_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        for variant in variants(&design) {
            let what = format!("{} {}", kit.name, variant.as_deref().unwrap_or("-"));
            let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
            let bytes = handout_docx(&doc).unwrap();
            assert!(part(&bytes, "word/styles.xml").contains(r#"<w:name w:val="heading 1" />"#), "{what}");
            let xml = part(&bytes, "word/document.xml");
            assert!(xml.contains(r#"<w:pStyle w:val="Heading1" />"#), "{what}: headings in Word's style");
            assert!(xml.contains(r#"<w:pStyle w:val="Title" />"#), "{what}: the title in Word's style");

            // The agenda is a real table: our own import reads it back to the same day.
            let file = dir.path().join(format!("{}-{checked}.docx", kit.name));
            std::fs::write(&file, &bytes).unwrap();
            let back = store::import_docx(&file).unwrap_or_else(|e| panic!("{what}: {e}"));
            let filter = VariantFilter::from_option(variant.as_deref());
            // The handout sets its quotes as typesetters do ("customer’s").
            let mut expected = placed(&design, filter);
            for (_, _, title, _) in &mut expected {
                *title = curly_quotes(title, design.language);
            }
            assert_eq!(placed(&back, VariantFilter::All), expected, "{what}");
            assert_eq!(back.title, curly_quotes(&design.title, design.language), "{what}: the document's title");
            assert_eq!(back.language, design.language, "{what}: the table's headers");
            let optional = |d: &Design, f: VariantFilter| {
                let s = Schedule::compute(d, f);
                s.slots.iter().filter(|slot| d.agenda[slot.index].optional).count()
            };
            assert_eq!(optional(&back, VariantFilter::All), optional(&design, filter), "{what}: if time");

            let text = squash(&body_text(&bytes));
            for note in notes(&design) {
                assert!(
                    !text.contains(&probe(&note, design.language)),
                    "{what}: a facilitator note reached the handout: {note}"
                );
            }
            // The same probe finds the notes where they belong: in the guide.
            let guide = squash(&body_text(&guide_docx(&doc).unwrap()));
            let schedule = Schedule::compute(&design, filter);
            for slot in &schedule.slots {
                let note = design.agenda[slot.index].text_in(variant.as_deref()).facilitator_notes;
                if !note.trim().is_empty() {
                    assert!(guide.contains(&probe(note, design.language)), "{what}: the guide has the note: {note}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > kits::KITS.len(), "{checked} handouts: every kit, and each variant");
}

#[test]
fn the_guide_has_the_run_sheet_every_item_and_the_materials_in_the_designs_language() {
    let design = kits::find("cx-werte-kultur").unwrap().load().unwrap();
    let doc = DesignDoc { design: &design, variant: Some("Backline"), paper: Paper::Letter, printed: None };
    let bytes = guide_docx(&doc).unwrap();
    let text = body_text(&bytes);
    for heading in ["Ablaufplan", "Die Punkte im Einzelnen", "Materialliste"] {
        assert!(text.contains(heading), "the German heading {heading}:\n{text}");
    }
    assert!(!text.contains("Run sheet") && !text.contains("Item by item"), "no English heading");
    let schedule = Schedule::compute(&design, VariantFilter::Only("Backline"));
    for slot in schedule.slots.iter().filter(|s| design.agenda[s.index].kind == ItemKind::Activity) {
        let title = design.agenda[slot.index].text_in(Some("Backline")).title;
        assert!(text.contains(title), "{title}");
    }
    // US Letter: 8.5 × 11 inches, in twentieths of a point.
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains(r#"<w:pgSz w:w="12240" w:h="15840""#));
    // Word checks the spelling in German, and File → Info names the document and its author.
    let styles = part(&bytes, "word/styles.xml");
    assert!(styles.contains(r#"<w:lang w:val="de-DE" />"#), "{styles}");
    assert_eq!(styles.matches(r#"w:styleId="Normal""#).count(), 1, "one Normal style");
    let core = part(&bytes, "docProps/core.xml");
    let title = format!("<dc:title>Moderationsleitfaden — {} — Backline</dc:title>", design.title);
    assert!(core.contains(&title), "{core}");
    assert!(core.contains(&format!("<dc:creator>{}</dc:creator>", design.facilitator)), "{core}");
    assert!(core.contains("<dc:language>de-DE</dc:language>"), "{core}");
    // The run sheet of a full day runs over a page: its header row repeats there.
    assert!(xml.contains("<w:tblHeader />"), "header rows repeat");
    assert!(!xml.contains(r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#), "no mark is left");
}

/// LibreOffice, which no code of ours is in, reads every exported handout:
/// its text lists the items in order and no facilitator note. Without
/// LibreOffice on the machine the check says so and passes, unless
/// `WK_REQUIRE_SOFFICE` is set (CI sets it where it installed LibreOffice).
#[test]
fn libreoffice_reads_each_handout_with_the_items_in_order_and_no_facilitator_note() {
    let soffice = ["soffice", "libreoffice"]
        .into_iter()
        .find(|s| std::process::Command::new(s).arg("--version").output().is_ok_and(|o| o.status.success()));
    let Some(soffice) = soffice else {
        assert!(
            std::env::var_os("WK_REQUIRE_SOFFICE").is_none(),
            "WK_REQUIRE_SOFFICE is set and LibreOffice is missing"
        );
        eprintln!("LibreOffice is not installed: the handout's round trip through it is not checked here");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut made = Vec::new();
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        for variant in variants(&design) {
            let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
            let file = dir.path().join(format!("{}-{}.docx", kit.name, variant.as_deref().unwrap_or("all")));
            std::fs::write(&file, handout_docx(&doc).unwrap()).unwrap();
            made.push((file, design.clone(), variant));
        }
    }
    let out = dir.path().join("text");
    let status = std::process::Command::new(soffice)
        .env("HOME", dir.path())
        .args(["--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir"])
        .arg(&out)
        .args(made.iter().map(|(f, _, _)| f))
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    for (file, design, variant) in &made {
        let name = file.file_stem().unwrap().to_string_lossy();
        let txt = out.join(Path::new(&format!("{name}.txt")));
        let text = squash(&std::fs::read_to_string(&txt).unwrap_or_else(|e| panic!("{}: {e}", txt.display())));
        let schedule = Schedule::compute(design, VariantFilter::from_option(variant.as_deref()));
        let mut from = 0;
        for slot in &schedule.slots {
            let item = &design.agenda[slot.index];
            let title = squash(&curly_quotes(item.text_in(variant.as_deref()).title, design.language));
            if item.kind != ItemKind::Section {
                let time = slot.start.to_string();
                let at = text[from..].find(&time).unwrap_or_else(|| panic!("{name}: {time} missing after {from}"));
                from += at + time.len();
            }
            let at = text[from..].find(&title).unwrap_or_else(|| panic!("{name}: \"{title}\" missing or out of order"));
            from += at + title.len();
        }
        for note in notes(design) {
            assert!(
                !text.contains(&probe(&note, design.language)),
                "{name}: a facilitator note reached the handout: {note}"
            );
        }
    }
}

#[test]
fn the_command_line_writes_word_documents_and_refuses_what_has_no_word_form() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ablauf.docx");
    let output = app()
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["export", "cx-werte-kultur", "--variant", "frontline", "--doc", "handout", "--format", "docx", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("ablauf.docx: Word-Dokument, "), "{}", stdout_of(&output));
    let text = body_text(&std::fs::read(&out).unwrap());
    assert!(text.contains("Ablauf") && text.contains("Wann") && text.contains("Warum"), "German headers:\n{text}");

    for (doc, says) in [
        (None, "a Word document needs --doc: handout, guide"),
        (Some("signin"), "a Word document is the handout or the guide; --doc signin is a PDF only"),
        (Some("report"), "--doc report is a PDF only"),
    ] {
        let wrong = dir.path().join("wrong.docx");
        let mut cmd = app();
        cmd.args(["export", "customer-care-morning", "--format", "docx", "-o"]).arg(&wrong);
        if let Some(doc) = doc {
            cmd.args(["--doc", doc]);
        }
        let output = cmd.output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{doc:?}");
        assert!(stderr_of(&output).contains(says), "{doc:?}: {}", stderr_of(&output));
        assert!(!wrong.exists(), "{doc:?}: nothing is written");
    }
}

/// Export → "Facilitator guide for Word": the dialog's version and paper,
/// then a path without an extension, which gets `.docx`. And the PDF's
/// dialog of the handout can switch to Word.
#[test]
fn the_app_exports_the_guide_and_the_handout_for_word() {
    use eframe::egui;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_design::app(dir.path(), "cx-values-culture");
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Facilitator guide for Word (.docx)…").click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Backline").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    crate::ui_design::set_field(&mut harness, "Path:", &dir.path().join("guide").display().to_string());
    harness.get_by_label("Save").click();
    harness.run();
    let bytes = std::fs::read(dir.path().join("guide.docx")).expect("the guide is written, with .docx added");
    let text = body_text(&bytes);
    assert!(text.contains("Run sheet"), "{text}");
    assert!(part(&bytes, "word/header1.xml").contains("Backline version"), "the version on every page");
    let design = kits::find("cx-values-culture").unwrap().load().unwrap();
    let backline_only = design
        .agenda
        .iter()
        .find(|i| i.variants == workshop_kit::model::Variants::Only(vec!["Backline".into()]))
        .expect("a Backline item");
    assert!(text.contains(&backline_only.title), "{}", backline_only.title);
    assert!(harness.query_by_label_contains("guide.docx").is_some(), "the notice names the file");

    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Participant handout (PDF)…").click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Word (.docx)").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    let path = dir.path().join("handout.docx");
    crate::ui_design::set_field(&mut harness, "Path:", &path.display().to_string());
    harness.get_by_label("Save").click();
    harness.run();
    let back = store::import_docx(&path).expect("the handout's agenda imports");
    assert_eq!(back.title, design.title);
}
