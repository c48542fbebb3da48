//! Where the pages break, read back from the PDFs with the position, size
//! and weight of every line: every document of every kit, variant and
//! paper, a run report and a cross-run report of each kit, a 120-item
//! design and one with 3,000-character cells.
//!
//! On every page: it does not end on a heading or a label (a line all in
//! bold); it is at least a third full unless it is the last; a table that
//! goes on from the page before starts its first row with the row's first
//! cell (the time), repeated; a paragraph that goes on from the page before
//! leaves at least two lines on each side.

use workshop_kit::capture::{CaptureEdit, CaptureKind, apply};
use workshop_kit::model::{Date, Design, GlossaryEntry, Line, Moment, Session};
use workshop_kit::pdf::design_docs::{self, DesignDoc};
use workshop_kit::pdf::flow::MARGIN;
use workshop_kit::pdf::render::render;
use workshop_kit::pdf::{Laid, Paper};
use workshop_kit::runner::{Control, act, new_session};
use workshop_kit::store::kits;

/// One line of text as the PDF draws it.
#[derive(Clone, Debug)]
struct Run {
    x: f32,
    /// Baseline, from the top of the page.
    y: f32,
    size: f32,
    bold: bool,
    /// White text: a table's header row.
    white: bool,
    text: String,
}

/// A page read back: its text runs, the lowest point anything is drawn,
/// and the heights of the lines and box edges drawn (rules, writing lines).
struct ReadPage {
    runs: Vec<Run>,
    lowest: f32,
    rules: Vec<f32>,
    /// Boxes drawn: left, top, bottom (a checkbox before an item).
    boxes: Vec<(f32, f32, f32)>,
    height: f32,
}

fn number(o: &lopdf::Object) -> f32 {
    match o {
        lopdf::Object::Integer(i) => *i as f32,
        lopdf::Object::Real(r) => *r,
        _ => 0.0,
    }
}

/// Every page of a PDF: each text run with its position, size and weight
/// (from the font's name), and the lowest line or box drawn.
fn read_pages(bytes: &[u8]) -> Vec<ReadPage> {
    let doc = lopdf::Document::load_mem(bytes).expect("a valid PDF");
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page_id).expect("fonts");
        let height = doc
            .get_dictionary(page_id)
            .ok()
            .and_then(|d| d.get(b"MediaBox").ok())
            .and_then(|b| b.as_array().ok())
            .map_or(842.0, |b| number(&b[3]));
        let content = doc.get_and_decode_page_content(page_id).expect("content");
        let mut runs = Vec::new();
        let (mut font, mut size, mut x, mut y, mut white) = (Vec::new(), 0.0, 0.0, 0.0, false);
        let mut lowest: f32 = 0.0;
        let mut rules = Vec::new();
        let mut boxes = Vec::new();
        for op in &content.operations {
            let o = &op.operands;
            match op.operator.as_str() {
                "Tf" => {
                    font = o[0].as_name().unwrap_or_default().to_vec();
                    size = number(&o[1]);
                }
                "Tm" => {
                    x = number(&o[4]);
                    y = height - number(&o[5]);
                }
                "rg" => white = o.iter().all(|c| number(c) > 0.99),
                "m" | "l" => {
                    lowest = lowest.max(height - number(&o[1]));
                    rules.push(height - number(&o[1]));
                }
                "re" => {
                    lowest = lowest.max(height - number(&o[1]));
                    rules.push(height - number(&o[1]));
                    rules.push(height - number(&o[1]) - number(&o[3]));
                    boxes.push((number(&o[0]), height - number(&o[1]) - number(&o[3]), height - number(&o[1])));
                }
                "Tj" | "TJ" => {
                    let dict = fonts.get(&font).expect("the font of a run");
                    let encoding = dict.get_font_encoding(&doc).expect("an encoding");
                    let strings: Vec<&lopdf::Object> = match &o[0] {
                        lopdf::Object::Array(items) => items.iter().collect(),
                        other => vec![other],
                    };
                    let mut text = String::new();
                    for s in strings {
                        if let lopdf::Object::String(bytes, _) = s {
                            text.push_str(&lopdf::Document::decode_text(&encoding, bytes).unwrap_or_default());
                        }
                    }
                    let base = dict.get(b"BaseFont").ok().and_then(|b| b.as_name().ok()).unwrap_or_default();
                    let bold = String::from_utf8_lossy(base).contains("Bold");
                    lowest = lowest.max(y);
                    runs.push(Run { x, y, size, bold, white, text });
                }
                _ => {}
            }
        }
        pages.push(ReadPage { runs, lowest, rules, boxes, height });
    }
    pages
}

/// The body's lines (header and footer left out), top to bottom, each
/// line's runs left to right.
fn body_lines(page: &ReadPage) -> Vec<Vec<&Run>> {
    let mut runs: Vec<&Run> =
        page.runs.iter().filter(|r| r.y > MARGIN + 20.0 && r.y < page.height - MARGIN - 12.0).collect();
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<&Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (line[0].y - run.y).abs() < 1.0 => line.push(run),
            _ => lines.push(vec![run]),
        }
    }
    lines
}

fn line_text(line: &[&Run]) -> String {
    line.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" | ")
}

/// Whether a line opens a block of its own: a bullet, a numbered step, a
/// label or title in bold, a table's header, an item with a box to tick.
fn opens_a_block(line: &[&Run], page: &ReadPage) -> bool {
    let first = line[0].text.trim_start();
    let ticked = page
        .boxes
        .iter()
        .any(|&(x, top, bottom)| x < line[0].x && top < line[0].y && bottom > line[0].y - line[0].size);
    ticked
        || line.iter().any(|r| r.bold || r.white)
        || first.starts_with('•')
        || first.split_once(' ').is_some_and(|(n, _)| n.len() <= 3 && n.ends_with(['.', ')']))
}

/// Checks one document's pages against the page-breaking rules; `what` names it.
fn check_breaks(bytes: &[u8], what: &str) -> usize {
    let pages = read_pages(bytes);
    let count = pages.len();
    let body_top = MARGIN + 26.0;
    for (n, page) in pages.iter().enumerate() {
        let lines = body_lines(page);
        let Some(last) = lines.last() else { panic!("{what}: page {} is empty", n + 1) };
        let at = format!("{what}, page {} of {count}", n + 1);
        // It does not end on a heading or a label: a last line all in bold
        // with nothing drawn under it (a table row ends on its rule, a
        // label over writing lines has them under it).
        let something_under = page.rules.iter().any(|&y| y > last[0].y && y <= last[0].y + 30.0);
        assert!(
            !last.iter().all(|r| r.bold || r.white) || something_under,
            "{at} ends on a heading or label: {}",
            line_text(last)
        );
        // It is at least a third full, unless it is the last.
        if n + 1 < count {
            let body_bottom = page.height - MARGIN - 22.0;
            let full = (page.lowest.min(body_bottom) - body_top) / (body_bottom - body_top);
            assert!(full >= 1.0 / 3.0, "{at} is only {:.0} % full; next page starts {}", full * 100.0, {
                body_lines(&pages[n + 1]).first().map(|l| line_text(l)).unwrap_or_default()
            });
        }
        // A table going on from the page before repeats its rows' first cell.
        let header_lines = lines.iter().take_while(|l| l.iter().all(|r| r.white)).count();
        if let (Some(header), Some(first_row)) = (lines.first(), lines.get(header_lines))
            && header_lines > 0
            && n > 0
        {
            let column_0 = header[0].x - 6.0..header.get(1).map_or(f32::MAX, |h| h.x - 1.0);
            assert!(
                first_row.iter().any(|r| column_0.contains(&r.x) || (r.x < column_0.end && header.len() == 1)),
                "{at}: the first row under the repeated header has no first cell: {}",
                line_text(first_row)
            );
        }
        // A paragraph going on from the page before leaves two lines on each side.
        if n > 0 {
            let before = body_lines(&pages[n - 1]);
            let (Some(end), Some(start)) = (before.last(), lines.first()) else { continue };
            // The last run of the page's last line (a value after its label,
            // a cell's text) against the first of the next page.
            let tail = end.last().unwrap();
            let same_block = !opens_a_block(start, page)
                && (tail.x - start[0].x).abs() < 0.5
                && (tail.size - start[0].size).abs() < 0.01
                && !tail.bold
                && !tail.text.trim_end().ends_with(['.', '!', '?', ':', ')', '”', '“', '…']);
            if same_block {
                let leading = start[0].size * 1.35;
                let x = start[0].x;
                // Line `b` follows line `a` in the same column, one leading below.
                // (Within a hanging indent's width: a step's later lines hang.)
                let held = |a: &[&Run], b: &[&Run]| {
                    a.iter().any(|r| (r.x - x).abs() < 20.0) && ((b[0].y - a[0].y) - leading).abs() < 0.3
                };
                let two_before = before.len() >= 2 && held(&before[before.len() - 2], end);
                let two_after = lines.len() >= 2 && held(start, &lines[1]);
                assert!(
                    two_before && two_after,
                    "{at}: a paragraph splits with one line on one side: \"{}\" / \"{}\"",
                    line_text(end),
                    line_text(start)
                );
            }
        }
    }
    count
}

/// With `WK_PDF_OUT` set to a folder, the checked documents are written
/// there too, to be turned into pictures and looked at.
fn keep_for_looking(bytes: &[u8], name: &str) {
    if let Some(dir) = std::env::var_os("WK_PDF_OUT") {
        std::fs::write(std::path::Path::new(&dir).join(format!("{}.pdf", name.replace(' ', "-"))), bytes).unwrap();
    }
}

fn variants(design: &Design) -> Vec<Option<String>> {
    if design.variants.is_empty() { vec![None] } else { design.variants.iter().map(|v| Some(v.name.clone())).collect() }
}

/// A run of `design` with twenty people and something captured in every
/// item: a barrier, an idea with an add-on, a vote option, a poll, an
/// action without an owner, a note.
pub fn a_full_run(design: &Design, variant: Option<&str>, day: i64) -> Session {
    let start = Moment(1_795_392_000_000 + day * 86_400_000 + 9 * 3_600_000);
    let mut s = new_session(design, variant, start);
    let departments = ["Customer care", "Billing", "IT", "Field service", "Finance"];
    for n in 0..20 {
        let (name, department) = (format!("Person {n}"), departments[n % 5].to_string());
        apply(&mut s, CaptureEdit::AddParticipant { name, department, line: Line::Other });
    }
    let people: Vec<_> = s.roster.iter().map(|p| p.id).collect();
    let mut now = start;
    act(&mut s, Control::Start, now);
    let items: Vec<_> =
        s.plan.iter().filter(|p| p.kind == workshop_kit::model::ItemKind::Activity).map(|p| p.id).collect();
    for (n, item) in items.into_iter().enumerate() {
        apply(
            &mut s,
            CaptureEdit::AddBarrier {
                item,
                text: format!("Hand-offs wait for sign-off number {n}"),
                department: departments[n % 5].into(),
            },
        );
        apply(
            &mut s,
            CaptureEdit::AddIdea {
                item,
                text: format!("Share the queue with the next team, idea {n}"),
                by: Some(people[n % 20]),
            },
        );
        let idea = s.captures.ideas.last().unwrap().id;
        apply(
            &mut s,
            CaptureEdit::AddOn {
                idea,
                text: "and look at it together every Friday".into(),
                by: Some(people[(n + 1) % 20]),
            },
        );
        apply(&mut s, CaptureEdit::Vote { kind: CaptureKind::Idea, id: idea, delta: (n % 4) as i32 });
        apply(&mut s, CaptureEdit::AddVoteOption { item, text: format!("Option {}", n % 3) });
        apply(
            &mut s,
            CaptureEdit::OpenPoll {
                item,
                question: format!("How ready are we, part {}?", n % 2),
                options: vec!["Ready".into(), "Nearly".into(), "Not yet".into()],
            },
        );
        apply(&mut s, CaptureEdit::PollTally { item, option: n % 3, delta: 5 });
        apply(
            &mut s,
            CaptureEdit::AddAction {
                item,
                what: format!("Write down hand-off rule {n}"),
                owner: String::new(),
                due: None,
            },
        );
        apply(&mut s, CaptureEdit::AddNote { item, text: format!("The room asked for more time on part {n}") });
        now = now.plus_seconds(600 + (n as i64 % 5) * 120);
        act(&mut s, Control::Next, now);
    }
    act(&mut s, Control::Finish, now.plus_seconds(60));
    s.date = Date::new(2026, 12, (1 + day as u8 % 28).max(1));
    s
}

#[test]
fn every_document_of_every_kit_breaks_its_pages_by_the_rules() {
    let mut documents = 0;
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        let mut runs = Vec::new();
        for variant in variants(&design) {
            for paper in [Paper::A4, Paper::Letter] {
                let doc =
                    DesignDoc { design: &design, variant: variant.as_deref(), paper, printed: Date::new(2026, 12, 1) };
                let run = a_full_run(&design, variant.as_deref(), runs.len() as i64);
                let roster = run.roster.clone();
                for (name, laid) in [
                    ("handout", design_docs::handout(&doc)),
                    ("guide", design_docs::guide(&doc)),
                    ("sign-in sheet", design_docs::signin(&doc, &[])),
                    ("sign-in sheet with a roster", design_docs::signin(&doc, &roster)),
                    ("run report", workshop_kit::pdf::report::report(&run, paper)),
                ] {
                    let bytes = render(&laid, None).unwrap();
                    check_breaks(&bytes, &format!("{} {variant:?} {paper:?} {name}", kit.name));
                    keep_for_looking(
                        &bytes,
                        &format!("{}-{}-{paper:?}-{name}", kit.name, variant.as_deref().unwrap_or("all")),
                    );
                    documents += 1;
                }
                runs.push(run);
            }
        }
        for paper in [Paper::A4, Paper::Letter] {
            let laid = workshop_kit::pdf::cross_report::cross_report(&runs, &Default::default(), paper);
            let bytes = render(&laid, None).unwrap();
            check_breaks(&bytes, &format!("{} {paper:?} cross-run report", kit.name));
            keep_for_looking(&bytes, &format!("{}-{paper:?}-cross-run-report", kit.name));
            documents += 1;
        }
    }
    let sixty = crate::results::sixty_runs();
    let laid = workshop_kit::pdf::cross_report::cross_report(&sixty, &Default::default(), Paper::A4);
    check_breaks(&render(&laid, None).unwrap(), "sixty runs cross-run report");
    assert!(documents >= 70, "{documents} documents checked");
}

#[test]
fn a_120_item_design_breaks_its_pages_by_the_rules() {
    let design = crate::pdf::big_design(120, false);
    for paper in [Paper::A4, Paper::Letter] {
        let doc = DesignDoc { design: &design, variant: None, paper, printed: None };
        for (name, laid) in [("handout", design_docs::handout(&doc)), ("guide", design_docs::guide(&doc))] {
            let pages = check_breaks(&render(&laid, None).unwrap(), &format!("120 items {paper:?} {name}"));
            assert!(pages > 3, "{name}: {pages} pages");
        }
    }
}

/// A design whose texts are 3,000 characters: a glossary entry (a table
/// cell), an activity's why and its participant instructions.
fn design_with_long_cells() -> (Design, String) {
    let mut design = crate::pdf::big_design(6, false);
    let long = "Each team names the hand-offs that fail and says why, in plain words. ".repeat(43);
    assert!(long.len() >= 3000);
    design.agenda[2].why = long.clone();
    design.agenda[2].participant_instructions = long.clone();
    design.glossary = vec![
        GlossaryEntry { term: "Hand-off".into(), meaning: "Work passing from one team to the next.".into() },
        GlossaryEntry { term: "Barrier".into(), meaning: long.clone() },
        GlossaryEntry { term: "Owner".into(), meaning: "The one person who sees an action through.".into() },
    ];
    (design, long)
}

#[test]
fn a_3000_character_cell_goes_on_over_pages_with_its_title_marked_continued() {
    let (design, _) = design_with_long_cells();
    for paper in [Paper::A4, Paper::Letter] {
        let doc = DesignDoc { design: &design, variant: None, paper, printed: None };
        for (name, laid) in [("handout", design_docs::handout(&doc)), ("guide", design_docs::guide(&doc))] {
            check_breaks(&render(&laid, None).unwrap(), &format!("long cells {paper:?} {name}"));
        }
        // The glossary's long row: every page it goes on to shows "Barrier (continued)"
        // at the top, and the piece there holds two lines or more.
        let laid = design_docs::handout(&doc);
        let pages = read_pages(&render(&laid, None).unwrap());
        let with_long: Vec<usize> = (0..pages.len())
            .filter(|&n| pages[n].runs.iter().any(|r| r.text.contains("Each team names the hand-offs")))
            .collect();
        let glossary_pages: Vec<usize> = with_long
            .iter()
            .copied()
            .filter(|&n| pages[n].runs.iter().any(|r| r.white && r.text.contains("What we mean by it")))
            .collect();
        assert!(glossary_pages.len() >= 2, "{paper:?}: the long meaning spans pages: {glossary_pages:?}");
        for &n in &glossary_pages[1..] {
            let lines = body_lines(&pages[n]);
            assert!(
                line_text(&lines[1]).contains("Barrier (continued)"),
                "{paper:?} page {}: the continued row does not say so: {}",
                n + 1,
                line_text(&lines[1])
            );
            let piece = lines[2..]
                .iter()
                .take_while(|l| l.iter().any(|r| r.text.contains("hand-offs") || r.text.contains("plain")))
                .count();
            assert!(piece >= 2 || lines.len() > 3, "{paper:?} page {}: a piece of {piece} line(s)", n + 1);
        }
    }
}

#[test]
fn the_customer_care_morning_agenda_is_on_one_page_on_a4_and_letter() {
    let design = kits::find("customer-care-morning").unwrap().load().unwrap();
    for paper in [Paper::A4, Paper::Letter] {
        let doc = DesignDoc { design: &design, variant: None, paper, printed: None };
        let pages = read_pages(&render(&design_docs::handout(&doc), None).unwrap());
        let agenda: Vec<usize> = (0..pages.len())
            .filter(|&n| pages[n].runs.iter().any(|r| r.white && (r.text == "When" || r.text == "Why")))
            .collect();
        assert_eq!(agenda.len(), 1, "{paper:?}: the agenda spreads over pages {agenda:?}");
        let page = &pages[agenda[0]];
        let has = |t: &str| page.runs.iter().any(|r| r.text == t);
        assert!(has("Close") && has("13:00"), "{paper:?}: the agenda ends with its Close row at 13:00");
        let all: String = page.runs.iter().map(|r| r.text.replace(' ', "")).collect();
        assert!(has("09:30") && all.contains("Welcomeandwhyweare"), "{paper:?}: and starts at the start");
    }
}

/// Every text of every bundled kit's documents, as printed: no straight
/// quote or apostrophe is left in it.
#[test]
fn no_document_of_a_bundled_kit_prints_a_straight_quote() {
    for kit in kits::KITS {
        let design = kit.load().unwrap();
        for variant in variants(&design) {
            let doc = DesignDoc { design: &design, variant: variant.as_deref(), paper: Paper::A4, printed: None };
            let run = a_full_run(&design, variant.as_deref(), 0);
            let laids: Vec<(&str, Laid)> = vec![
                ("handout", design_docs::handout(&doc)),
                ("guide", design_docs::guide(&doc)),
                ("sign-in sheet", design_docs::signin(&doc, &[])),
                ("run report", workshop_kit::pdf::report::report(&run, Paper::A4)),
            ];
            for (name, laid) in laids {
                for (n, page) in read_pages(&render(&laid, None).unwrap()).iter().enumerate() {
                    for run in &page.runs {
                        assert!(
                            !run.text.contains(['"', '\'']),
                            "{} {variant:?} {name} page {}: a straight quote in \"{}\"",
                            kit.name,
                            n + 1,
                            run.text
                        );
                    }
                }
            }
        }
    }
}

/// The body text sets about 75–80 characters to a full line, on both papers.
#[test]
fn body_text_sets_about_seventy_eight_characters_a_line() {
    let (design, _) = design_with_long_cells();
    for paper in [Paper::A4, Paper::Letter] {
        let doc = DesignDoc { design: &design, variant: None, paper, printed: None };
        let pages = read_pages(&render(&design_docs::handout(&doc), None).unwrap());
        // The lines of the long instructions, each followed by another of them: full lines.
        let mut lengths = Vec::new();
        for page in &pages {
            let lines = body_lines(page);
            for pair in lines.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                let of_it = |l: &[&Run]| l.len() == 1 && !l[0].bold && (l[0].size - 10.5).abs() < 0.01;
                if of_it(a) && of_it(b) && ((b[0].y - a[0].y) - 10.5 * 1.35).abs() < 0.3 {
                    lengths.push(a[0].text.chars().count());
                }
            }
        }
        assert!(lengths.len() > 20, "{paper:?}: {} full lines", lengths.len());
        let mean = lengths.iter().sum::<usize>() as f32 / lengths.len() as f32;
        assert!((74.0..=82.0).contains(&mean), "{paper:?}: {mean:.1} characters a line on average");
    }
}
