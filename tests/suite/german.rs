//! German designs print German: every document of the German kit and of an
//! imported German agenda holds no fixed word of the English catalogue
//! that is not also a German word.

use std::collections::BTreeSet;

use workshop_kit::catalogue::Word;
use workshop_kit::model::{Design, Lang, Session};
use workshop_kit::pdf::design_docs::{self, DesignDoc};
use workshop_kit::pdf::render::render;
use workshop_kit::pdf::{Laid, Paper};
use workshop_kit::store::kits;

/// English words that German uses too, so finding them proves nothing.
const ALSO_GERMAN: [&str; 10] =
    ["start", "name", "plan", "option", "median", "sponsor", "workshop", "format", "version", "material"];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2).map(str::to_lowercase)
}

/// The words of the English catalogue that neither the German catalogue nor German itself has.
fn english_only() -> BTreeSet<String> {
    let german: BTreeSet<String> = Word::ALL.iter().flat_map(|w| words(w.text(Lang::German))).collect();
    Word::ALL
        .iter()
        .flat_map(|w| words(w.text(Lang::English)))
        .filter(|w| !german.contains(w) && !ALSO_GERMAN.contains(&w.as_str()))
        .collect()
}

/// The English catalogue words in a document, with where they are.
fn english_in(laid: &Laid, design: &Design, runs: &[Session], what: &str) -> Vec<String> {
    let english = english_only();
    // The design's own text is what the consultant wrote, and the runs' what
    // the room said: only the fixed words are checked.
    let all = format!("{}{runs:?}", workshop_kit::store::design_to_string(design));
    // Only what is inside quotes: the texts, not the files' field names.
    let own: BTreeSet<String> = all.split('"').skip(1).step_by(2).flat_map(words).collect();
    let bytes = render(laid, None).unwrap();
    let pages = crate::pdf::pdf_text(&bytes);
    let mut found = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        for word in words(page) {
            if english.contains(&word) && !own.contains(&word) {
                found.push(format!("{what} page {}: {word}", n + 1));
            }
        }
    }
    found
}

fn every_document(design: &Design, name: &str) -> Vec<String> {
    let mut found = Vec::new();
    let variants: Vec<Option<String>> = if design.variants.is_empty() {
        vec![None]
    } else {
        design.variants.iter().map(|v| Some(v.name.clone())).collect()
    };
    let mut runs = Vec::new();
    for variant in &variants {
        let doc = DesignDoc {
            design,
            variant: variant.as_deref(),
            paper: Paper::A4,
            printed: workshop_kit::model::Date::new(2026, 12, 1),
        };
        let run = crate::pdf_pages::a_full_run(design, variant.as_deref(), runs.len() as i64);
        for (what, laid) in [
            ("handout", design_docs::handout(&doc)),
            ("guide", design_docs::guide(&doc)),
            ("sign-in sheet", design_docs::signin(&doc, &run.roster)),
            ("run report", workshop_kit::pdf::report::report(&run, Paper::A4)),
        ] {
            found.extend(english_in(&laid, design, std::slice::from_ref(&run), &format!("{name} {variant:?} {what}")));
        }
        runs.push(run);
    }
    let across = workshop_kit::pdf::cross_report::cross_report(&runs, &Default::default(), Paper::A4);
    found.extend(english_in(&across, design, &runs, &format!("{name} cross-run report")));
    found
}

#[test]
fn the_german_kit_prints_no_english_fixed_word() {
    let design = kits::find("cx-werte-kultur").unwrap().load().unwrap();
    assert_eq!(design.language, Lang::German);
    let found = every_document(&design, "cx-werte-kultur");
    assert!(found.is_empty(), "English words in German documents:\n{}", found.join("\n"));
}

#[test]
fn an_imported_german_agenda_is_german_and_prints_no_english_fixed_word() {
    let german = "Kundenservice-Vormittag für die Stadtwerke;;\r\n\
Wann;Was;Warum\r\n\
9.30 Uhr;Begrüßung und Kennenlernen;„Warum sind wir hier?“ – gemeinsamer Start\r\n\
9.45 Uhr;Servicemomente in Paaren (falls Zeit);Was gute Betreuung ausmacht\r\n\
10.30 Uhr;Kaffeepause;\r\n\
10.45 Uhr;Kundenreise in Kleingruppen;Die Reise mit den Augen der Kundin sehen\r\n\
12 Uhr;Ende;\r\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(german.as_bytes());
    let csv = crate::util::temp_file("Barrieren de.csv", &bytes);
    let design = workshop_kit::store::import_csv(&csv.path).unwrap();
    assert_eq!(design.language, Lang::German, "Wann / Was / Warum");
    assert_eq!(design.title, "Kundenservice-Vormittag für die Stadtwerke", "the title row, not the file name");
    let starts: Vec<String> =
        workshop_kit::schedule::Schedule::compute(&design, workshop_kit::schedule::VariantFilter::All)
            .slots
            .iter()
            .map(|s| s.start.to_string())
            .collect();
    assert_eq!(starts, ["09:30", "09:45", "10:30", "10:45"]);
    let found = every_document(&design, "imported agenda");
    assert!(found.is_empty(), "English words in German documents:\n{}", found.join("\n"));
}

#[test]
fn an_english_header_keeps_the_agenda_english() {
    let design =
        workshop_kit::store::parse_csv(std::path::Path::new("a.csv"), "When,What,Why\n9:00,Welcome,Start\n9:30,End,\n")
            .unwrap();
    assert_eq!(design.language, Lang::English);
}

/// The check above can fail: the same design in English is caught.
#[test]
fn the_check_finds_the_english_words_of_an_english_document() {
    let mut design = kits::find("cx-werte-kultur").unwrap().load().unwrap();
    design.language = Lang::English;
    let found = every_document(&design, "cx-werte-kultur in English");
    for word in ["page", "printed", "facilitator", "notes", "attendance"] {
        assert!(found.iter().any(|f| f.ends_with(&format!(": {word}"))), "{word} not found");
    }
}
