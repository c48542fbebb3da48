//! The PDF documents: every kit and variant on both papers, read back from
//! the PDF bytes; page geometry checked on every page; nothing private in
//! the handout; long designs break pages and repeat the table header.

use workshop_kit::catalogue::Word;
use workshop_kit::model::{Design, Item, ItemId, ItemKind, Minutes, TimeOfDay};
use workshop_kit::pdf::design_docs::{self, DesignDoc};
use workshop_kit::pdf::page::text_box;
use workshop_kit::pdf::render::render;
use workshop_kit::pdf::typography::{Lang, curly_quotes};
use workshop_kit::pdf::{Laid, Paper};
use workshop_kit::schedule::{Schedule, VariantFilter};
use workshop_kit::store::kits;

/// The text of every page of a PDF, as a PDF reader extracts it.
pub fn pdf_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("a valid PDF");
    let pages = doc.get_pages();
    (1..=pages.len() as u32).map(|n| doc.extract_text(&[n]).expect("text extracts")).collect()
}

/// Whitespace removed, so a phrase is found across wrapped lines.
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every text line inside the margins, and no two lines overlapping.
fn check_geometry(laid: &Laid, what: &str) {
    let (w, h) = laid.paper.size();
    let m = laid.margin - 0.01;
    for (n, page) in laid.pages.iter().enumerate() {
        let boxes: Vec<(f32, f32, f32, f32, &str)> = page
            .marks
            .iter()
            .filter_map(|mark| {
                let (l, t, r, b) = text_box(mark)?;
                let text = match mark {
                    workshop_kit::pdf::page::Mark::Text { text, .. } => text.as_str(),
                    _ => "",
                };
                Some((l, t, r, b, text))
            })
            .collect();
        for &(l, t, r, b, text) in &boxes {
            assert!(
                l >= m && r <= w - m && t >= m && b <= h - m,
                "{what} page {}: \"{text}\" at ({l:.1},{t:.1})-({r:.1},{b:.1}) leaves the margins",
                n + 1
            );
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let overlap_x = a.0 < b.2 - 0.5 && b.0 < a.2 - 0.5;
                let overlap_y = a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5;
                assert!(!(overlap_x && overlap_y), "{what} page {}: \"{}\" overlaps \"{}\"", n + 1, a.4, b.4);
            }
        }
    }
}

fn variants(design: &Design) -> Vec<Option<String>> {
    if design.variants.is_empty() { vec![None] } else { design.variants.iter().map(|v| Some(v.name.clone())).collect() }
}

#[test]
fn every_kit_and_variant_exports_every_document_on_both_papers() {
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        for variant in variants(&design) {
            for paper in [Paper::A4, Paper::Letter] {
                let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper, printed: None };
                for (name, laid) in [
                    ("handout", design_docs::handout(&doc)),
                    ("guide", design_docs::guide(&doc)),
                    ("sign-in", design_docs::signin(&doc, &[])),
                ] {
                    let what = format!("{} {variant:?} {paper:?} {name}", kit.name);
                    check_geometry(&laid, &what);
                    let bytes = render(&laid, None).unwrap();
                    let pages = pdf_text(&bytes);
                    assert_eq!(pages.len(), laid.pages.len(), "{what}");
                    let count = pages.len();
                    assert!(
                        pages.last().unwrap().contains(&Word::PageOf.fill(design.language, &[&count, &count])),
                        "{what}: page numbers"
                    );
                    if name == "guide"
                        && let Some(v) = &variant
                    {
                        assert!(
                            pages.iter().all(|p| p.contains(&Word::VersionOf.fill(design.language, &[v]))),
                            "{what}: the variant on every page"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_handout_lists_every_item_with_its_time_in_order_and_never_a_facilitator_note() {
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        for variant in variants(&design) {
            let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
            let text = squash(&pdf_text(&render(&design_docs::handout(&doc), None).unwrap()).join("\n"));
            let schedule = Schedule::compute(&design, VariantFilter::from_option(variant.as_deref()));
            let mut from = 0;
            for slot in &schedule.slots {
                let item = &design.agenda[slot.index];
                let title = squash(&curly_quotes(item.text_in(variant.as_deref()).title, Lang::English));
                if item.kind != ItemKind::Section {
                    let time = slot.start.to_string();
                    let at = text[from..]
                        .find(&time)
                        .unwrap_or_else(|| panic!("{}: {time} missing after position {from}", kit.name));
                    from += at + time.len();
                }
                let at = text[from..]
                    .find(&title)
                    .unwrap_or_else(|| panic!("{}: \"{title}\" missing or out of order", kit.name));
                from += at + title.len();
            }
            for item in &design.agenda {
                let notes = std::iter::once(item.facilitator_notes.as_str())
                    .chain(item.overrides.values().filter_map(|o| o.facilitator_notes.as_deref()));
                for note in notes.filter(|n| !n.is_empty()) {
                    // Any 40 characters of a note would be enough to leak it.
                    let probe: String = squash(note).chars().take(40).collect();
                    assert!(!text.contains(&probe), "{}: a facilitator note reached the handout: {note}", kit.name);
                }
            }
        }
    }
}

#[test]
fn german_text_and_accented_names_come_back_unchanged() {
    let mut design = kits::find("customer-care-morning").unwrap().load().unwrap();
    design.title = "Kundenservice-Vormittag für Stadtwerke Süd".into();
    design.facilitator = "Zoë Ångström-Núñez".into();
    design.agenda[0].title = "Begrüßung – „Warum wir hier sind“".into();
    design.agenda[0].why = "Größe, Maß und Straße: Ärger über Öffnungszeiten ändern".into();
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    for laid in [design_docs::handout(&doc), design_docs::guide(&doc)] {
        let text = pdf_text(&render(&laid, None).unwrap()).join("\n");
        for expected in [
            "Kundenservice-Vormittag für Stadtwerke Süd",
            "Zoë Ångström-Núñez",
            "Begrüßung – „Warum wir hier sind“",
            "Größe, Maß und Straße",
        ] {
            assert!(squash(&text).contains(&squash(expected)), "{expected} not in {text}");
        }
        assert!(!text.contains('\u{fffd}'), "no replacement characters");
    }
}

pub fn big_design(items: usize, long_why: bool) -> Design {
    let mut agenda = Vec::new();
    for n in 0..items {
        let kind = if n % 25 == 0 { ItemKind::Section } else { ItemKind::Activity };
        let why = if long_why && n == 3 { "Weil es wichtig ist. ".repeat(100) } else { format!("Purpose of step {n}") };
        agenda.push(Item {
            id: ItemId(n as u32 + 1),
            kind,
            title: format!("Step {n}: a task with a reasonably long title"),
            what: "Participants work in small groups and report back.".into(),
            why,
            duration: if kind == ItemKind::Section { Minutes::ZERO } else { Minutes(5) },
            participant_instructions: "Write down three observations.".into(),
            ..Item::default()
        });
    }
    Design {
        id: "big".into(),
        title: "A very long design".into(),
        start: TimeOfDay::hm(8, 0).unwrap(),
        agenda,
        ..Design::default()
    }
}

#[test]
fn a_200_item_design_and_a_2000_character_why_break_pages_and_repeat_the_header() {
    let design = big_design(200, true);
    assert!(design.agenda[3].why.len() >= 2000);
    let doc = DesignDoc { design: &design, variant: None, paper: Paper::A4, printed: None };
    let laid = design_docs::handout(&doc);
    check_geometry(&laid, "200 items");
    let pages = pdf_text(&render(&laid, None).unwrap());
    let agenda_pages: Vec<&String> = pages.iter().filter(|p| p.contains("Step ")).collect();
    assert!(agenda_pages.len() >= 5, "{} pages of agenda", agenda_pages.len());
    for (n, page) in agenda_pages.iter().enumerate().take_while(|(_, p)| p.contains("Purpose of step")) {
        let lines: Vec<&str> = page.lines().map(str::trim).collect();
        assert!(
            lines.contains(&"When") && lines.contains(&"What") && lines.contains(&"Why"),
            "agenda page {} lacks the header row",
            n + 1
        );
    }
    // The guide prints the long why whole. Counted by word: a sentence may
    // straddle a page break, with the footer and the next page's header
    // between its halves in the extracted text.
    let guide = design_docs::guide(&doc);
    check_geometry(&guide, "200 items, guide");
    let all = pdf_text(&render(&guide, None).unwrap()).join(" ");
    assert_eq!(all.matches("wichtig").count(), 100, "every word of the long why is printed");
}

#[test]
fn the_largest_kit_handout_is_small() {
    let largest = kits::KITS.iter().map(|k| k.load().unwrap()).max_by_key(|d| d.agenda.len()).unwrap();
    let variant = largest.variants.first().map(|v| v.name.clone());
    let doc = DesignDoc { design: &largest, variant: variant.as_deref(), paper: Paper::A4, printed: None };
    let bytes = render(&design_docs::handout(&doc), None).unwrap();
    assert!(bytes.len() < 200 * 1024, "{} bytes", bytes.len());
}

/// A run of the not-my-job kit with people, timings and every kind of capture.
fn a_run() -> workshop_kit::model::Session {
    use workshop_kit::capture::{CaptureEdit, apply};
    use workshop_kit::model::{Date, Line, Moment};
    use workshop_kit::runner::{Control, act, new_session};
    let design = kits::find("not-my-job").unwrap().load().unwrap();
    let start = Moment(1_795_392_000_000 + 9 * 3_600_000);
    let mut s = new_session(&design, None, start);
    for (name, dept) in
        [("Ana Núñez", "IT"), ("Jürgen Weiß", "Customer care"), ("Chloé Martin", "Finance"), ("Sam Okoye", "IT")]
    {
        apply(&mut s, CaptureEdit::AddParticipant { name: name.into(), department: dept.into(), line: Line::Other });
    }
    let ids: Vec<_> = s.roster.iter().map(|p| p.id).collect();
    let mut now = start;
    let mut step = |s: &mut workshop_kit::model::Session, control: Control, minutes: i64| {
        now = now.plus_seconds(minutes * 60);
        act(s, control, now);
    };
    step(&mut s, Control::Start, 0);
    step(&mut s, Control::Next, 12);
    step(&mut s, Control::Next, 14);
    let harvest = s.plan.iter().find(|p| p.title.starts_with("Problem harvest")).unwrap().id;
    apply(
        &mut s,
        CaptureEdit::AddBarrier {
            item: harvest,
            text: "Refunds wait for a weekly sign-off".into(),
            department: "Finance".into(),
        },
    );
    apply(
        &mut s,
        CaptureEdit::AddBarrier { item: harvest, text: "Nobody owns the shared inbox".into(), department: "IT".into() },
    );
    let b = s.captures.barriers[1].id;
    apply(&mut s, CaptureEdit::Vote { kind: workshop_kit::capture::CaptureKind::Barrier, id: b, delta: 4 });
    let fixes = s.plan.iter().find(|p| p.title.starts_with("Fixes")).unwrap().id;
    apply(
        &mut s,
        CaptureEdit::AddIdea { item: fixes, text: "One shared queue for refund hand-offs".into(), by: Some(ids[0]) },
    );
    let idea = s.captures.ideas[0].id;
    apply(&mut s, CaptureEdit::AddOn { idea, text: "with a named owner each day".into(), by: Some(ids[1]) });
    apply(&mut s, CaptureEdit::AddOn { idea, text: "and a Friday look at what got stuck".into(), by: Some(ids[2]) });
    apply(&mut s, CaptureEdit::AddVoteOption { item: harvest, text: "Refund sign-off".into() });
    apply(
        &mut s,
        CaptureEdit::AddAction {
            item: fixes,
            what: "Set up the shared refund queue".into(),
            owner: "Chloé Martin".into(),
            due: Date::parse("2026-12-15").ok(),
        },
    );
    apply(&mut s, CaptureEdit::AddNote { item: fixes, text: "Try it for four weeks first".into() });
    step(&mut s, Control::Next, 31);
    step(&mut s, Control::Finish, 20);
    s
}

#[test]
fn the_results_report_shows_people_timings_and_every_capture_with_its_contributors() {
    let session = a_run();
    for paper in [Paper::A4, Paper::Letter] {
        let laid = workshop_kit::pdf::report::report(&session, paper);
        check_geometry(&laid, "report");
        let text = pdf_text(&render(&laid, None).unwrap()).join("\n");
        let flat = squash(&text);
        for expected in [
            "4 people from 3 departments",
            "Planned and actual time",
            "One shared queue for refund hand-offs",
            "+ with a named owner each day — Jürgen Weiß",
            "Shaped by Ana Núñez, Jürgen Weiß, Chloé Martin",
            "Barriers by department",
            "Finance (1)",
            "Nobody owns the shared inbox",
            "Set up the shared refund queue",
            "15 Dec 2026",
            "Try it for four weeks first",
        ] {
            assert!(flat.contains(&squash(expected)), "{expected} missing from the report:\n{text}");
        }
    }
}

#[test]
fn every_character_of_every_kit_document_has_a_glyph() {
    use workshop_kit::pdf::fonts::face;
    use workshop_kit::pdf::page::Mark;
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        for variant in variants(&design) {
            let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
            for laid in [design_docs::handout(&doc), design_docs::guide(&doc), design_docs::signin(&doc, &[])] {
                for mark in laid.pages.iter().flat_map(|p| &p.marks) {
                    if let Mark::Text { text, weight, .. } = mark {
                        for c in text.chars().filter(|c| !c.is_whitespace()) {
                            assert!(face(*weight).has_glyph(c), "{}: no glyph for {c:?} in \"{text}\"", kit.name);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_cross_run_report_stays_inside_its_pages() {
    let runs = crate::results::sixty_runs();
    for paper in [Paper::A4, Paper::Letter] {
        let laid = workshop_kit::pdf::cross_report::cross_report(&runs, &Default::default(), paper);
        check_geometry(&laid, "cross-run report");
        assert!(laid.pages.len() >= 3);
        let text = pdf_text(&render(&laid, None).unwrap()).join("\n");
        assert!(text.contains(&format!("Page {n} of {n}", n = laid.pages.len())));
    }
}

#[test]
fn a_document_names_itself_its_author_and_its_date_and_claims_no_pdfx() {
    let design = kits::find("cx-values-culture").unwrap().load().unwrap();
    let doc = DesignDoc { design: &design, variant: Some("Frontline"), paper: Paper::A4, printed: None };
    let created = workshop_kit::model::Moment(1_795_426_867_000);
    let bytes = render(&design_docs::guide(&doc), Some(created)).unwrap();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let info = pdf.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = pdf.get_object(info).unwrap().as_dict().unwrap();
    let text = |key: &[u8]| -> String {
        let bytes = info.get(key).unwrap().as_str().unwrap();
        // UTF-16BE with a byte-order mark, as printpdf writes text strings.
        let units: Vec<u16> = bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16(&units).unwrap()
    };
    assert_eq!(text(b"Title"), format!("Facilitator guide — {} — Frontline", design.title));
    assert_eq!(text(b"Author"), design.facilitator);
    let created = String::from_utf8_lossy(info.get(b"CreationDate").unwrap().as_str().unwrap()).into_owned();
    assert!(created.starts_with("D:2026"), "{created}");
    assert!(info.get(b"GTS_PDFXVersion").is_err(), "not a PDF/X file");
}

/// Minutes read as lengths, not clock times; a skipped item says so; an
/// action without an owner or a date is marked; the cross-run report counts
/// different people beside attendances and sums each poll over the runs.
#[test]
fn reports_write_minutes_mark_what_is_missing_and_sum_polls_across_runs() {
    use workshop_kit::capture::{CaptureEdit, apply};
    use workshop_kit::model::{Line, Moment};
    use workshop_kit::runner::{Control, act, new_session};
    let design = kits::find("not-my-job").unwrap().load().unwrap();
    let run = |day: i64, minutes_on_welcome: i64| {
        let start = Moment(1_795_392_000_000 + day * 86_400_000 + 9 * 3_600_000);
        let mut s = new_session(&design, None, start);
        for name in ["Ana Núñez", "Sam Okoye", "Chloé Martin"] {
            apply(
                &mut s,
                CaptureEdit::AddParticipant { name: name.into(), department: "IT".into(), line: Line::Other },
            );
        }
        act(&mut s, Control::Start, start);
        let welcome = s.plan[0].id;
        apply(
            &mut s,
            CaptureEdit::OpenPoll {
                item: welcome,
                question: "Is it our job?".into(),
                options: vec!["Yes".into(), "No".into()],
            },
        );
        apply(&mut s, CaptureEdit::PollTally { item: welcome, option: 0, delta: 2 });
        apply(&mut s, CaptureEdit::PollTally { item: welcome, option: 1, delta: 1 });
        apply(
            &mut s,
            CaptureEdit::AddAction {
                item: welcome,
                what: "Name an owner for the inbox".into(),
                owner: String::new(),
                due: None,
            },
        );
        let after_welcome = start.plus_seconds(minutes_on_welcome * 60);
        act(&mut s, Control::Next, after_welcome);
        let second = s.plan[1].id;
        act(&mut s, Control::Skip(second), after_welcome.plus_seconds(5));
        act(&mut s, Control::Finish, after_welcome.plus_seconds(600));
        s
    };
    let first = run(0, 13);
    let text =
        squash(&pdf_text(&render(&workshop_kit::pdf::report::report(&first, Paper::A4), None).unwrap()).join("\n"));
    for expected in
        ["10 min 09:00 13 min +3 min", "The last thing I passed on 15 min 09:13 skipped", "no owner yet", "no date yet"]
    {
        assert!(text.contains(&squash(expected)), "{expected} missing from the report:\n{text}");
    }
    let early = run(1, 7);
    let text =
        squash(&pdf_text(&render(&workshop_kit::pdf::report::report(&early, Paper::A4), None).unwrap()).join("\n"));
    assert!(text.contains("10min09:007min\u{2212}3min"), "a true minus: {text}");

    let across = workshop_kit::pdf::cross_report::cross_report(&[first, early], &Default::default(), Paper::A4);
    let text = squash(&pdf_text(&render(&across, None).unwrap()).join("\n"));
    for expected in ["3 different people in 6 attendances", "Is it our job?", "6 answers in 2 runs"] {
        assert!(text.contains(&squash(expected)), "{expected} missing from the cross-run report:\n{text}");
    }
}
