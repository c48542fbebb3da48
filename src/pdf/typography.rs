//! What a typesetter does to text before it is set: curly quotes and
//! apostrophes made from the straight ones people type, and the places a
//! long word may be hyphenated, from the `hyphenation` crate's English and
//! German patterns.

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

/// The language a document is set in decides its quotation marks and
/// hyphenation patterns.
pub use crate::model::Lang;

/// `text` with straight quotes turned into typographic ones: ‘ ’ “ ” in
/// People's names in a list, each kept whole on its line ("Person 4",
/// "Ana Núñez"), the list breaking only after its commas.
pub fn names<S: AsRef<str>>(names: &[S]) -> String {
    names.iter().map(|n| n.as_ref().trim().replace(' ', "\u{a0}")).collect::<Vec<_>>().join(", ")
}

/// Spaces a line must not break at, made no-break: between a number and
/// its unit ("12:30 Uhr", "20 Min.") and inside a short parenthesis
/// ("(falls Zeit bleibt)", "(if time)"), which reads badly split over lines.
pub fn keep_together(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' && i > 0 && chars[i - 1].is_ascii_digit() {
            let next: String = chars[i + 1..].iter().take_while(|c| !c.is_whitespace()).collect();
            if crate::catalogue::is_unit(&next) {
                out[i] = '\u{a0}';
            }
        }
        if c == '(' {
            let inside = chars[i + 1..].iter().take(19).position(|&c| c == ')' || c == '(');
            if let Some(len) = inside.filter(|&len| chars[i + 1 + len] == ')') {
                for slot in &mut out[i + 1..i + 1 + len] {
                    if *slot == ' ' {
                        *slot = '\u{a0}';
                    }
                }
            }
        }
    }
    out.into_iter().collect()
}

/// English, ‚ ‘ „ “ in German; an apostrophe is always ’. Quotes already
/// curly are left as they are.
pub fn curly_quotes(text: &str, lang: Lang) -> String {
    if !text.contains(['"', '\'']) {
        return text.to_string();
    }
    let (open_double, close_double, open_single, close_single) = match lang {
        Lang::English => ('“', '”', '‘', '’'),
        Lang::German => ('„', '“', '‚', '‘'),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    // Whether a single quote is open, so the next one that could be either
    // an apostrophe or a closing quote closes it.
    let mut single_open = false;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        // A quote opens at the start, after a space or an opening bracket or dash.
        let opens = before.is_none_or(|b| b.is_whitespace() || "([{–—/-„“‘‚".contains(b));
        match c {
            '"' => {
                out.push(if opens && after.is_some_and(|a| !a.is_whitespace()) { open_double } else { close_double })
            }
            '\'' => {
                let letter_before = before.is_some_and(char::is_alphanumeric);
                let letter_after = after.is_some_and(char::is_alphanumeric);
                if letter_before && letter_after {
                    // customer's, don't
                    out.push('’');
                } else if opens && after.is_some_and(|a| a.is_ascii_digit()) {
                    // '90s
                    out.push('’');
                } else if opens && after.is_some_and(|a| !a.is_whitespace()) {
                    single_open = true;
                    out.push(open_single);
                } else if single_open {
                    single_open = false;
                    out.push(close_single);
                } else {
                    // customers' (a plural's apostrophe)
                    out.push('’');
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The byte offsets inside `word` where it may be hyphenated, by the
/// patterns of `lang`; none for short words, none that would leave fewer
/// than three letters on either side, and none in a capitalised English
/// word (a name or a month reads badly broken; German nouns, long
/// compounds, are capitalised and do break).
pub fn hyphenation_points(word: &str, lang: Lang) -> Vec<usize> {
    if word.chars().count() < 8 || !word.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    if lang == Lang::English && word.starts_with(char::is_uppercase) {
        return Vec::new();
    }
    let Some(dictionary) = dictionary(lang) else { return Vec::new() };
    let lower = word.to_lowercase();
    // Lower-casing may change byte lengths (rarely: 'İ'); then leave the word whole.
    if lower.len() != word.len() {
        return Vec::new();
    }
    let letters = word.chars().count();
    dictionary
        .hyphenate(&lower)
        .breaks
        .into_iter()
        .filter(|&at| word.is_char_boundary(at))
        .filter(|&at| word[..at].chars().count() >= 3 && letters - word[..at].chars().count() >= 3)
        .collect()
}

/// The compiled patterns, read once per process when a word first needs them.
fn dictionary(lang: Lang) -> Option<&'static Standard> {
    static ENGLISH: OnceLock<Option<Standard>> = OnceLock::new();
    static GERMAN: OnceLock<Option<Standard>> = OnceLock::new();
    let (cell, language, bytes): (_, _, &[u8]) = match lang {
        Lang::English => {
            (&ENGLISH, Language::EnglishUS, include_bytes!("../../assets/hyphenation/en-us.standard.bincode"))
        }
        Lang::German => {
            (&GERMAN, Language::German1996, include_bytes!("../../assets/hyphenation/de-1996.standard.bincode"))
        }
    };
    cell.get_or_init(|| Standard::from_reader(language, &mut &bytes[..]).ok()).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_units_and_short_parentheses_stay_whole() {
        assert_eq!(keep_together("um 12:30 Uhr, nach 20 Min."), "um 12:30\u{a0}Uhr, nach 20\u{a0}Min.");
        assert_eq!(
            keep_together("Rollenspiel (falls Zeit bleibt) danach"),
            "Rollenspiel (falls\u{a0}Zeit\u{a0}bleibt) danach"
        );
        assert_eq!(
            keep_together("3 people (and more text than fits in a short aside)"),
            "3\u{a0}people (and more text than fits in a short aside)"
        );
        assert_eq!(keep_together("Teil 2 beginnt"), "Teil 2 beginnt", "a number alone keeps its space");
    }

    #[test]
    fn straight_quotes_become_curly_in_english() {
        assert_eq!(
            curly_quotes("The customer's view: \"we can change it\" and 'maybe'.", Lang::English),
            "The customer’s view: “we can change it” and ‘maybe’."
        );
        assert_eq!(curly_quotes("the customers' wishes", Lang::English), "the customers’ wishes");
        assert_eq!(curly_quotes("back in the '90s", Lang::English), "back in the ’90s");
        assert_eq!(curly_quotes("(\"quoted\")", Lang::English), "(“quoted”)");
    }

    #[test]
    fn german_quotes_open_low_and_close_high() {
        assert_eq!(curly_quotes("Sie sagt \"gern\" und 'bald'.", Lang::German), "Sie sagt „gern“ und ‚bald‘.");
        assert_eq!(curly_quotes("Geht's?", Lang::German), "Geht’s?");
    }

    #[test]
    fn text_without_straight_quotes_is_unchanged() {
        assert_eq!(curly_quotes("„schon“ ‘curly’", Lang::English), "„schon“ ‘curly’");
    }

    #[test]
    fn long_words_break_where_the_patterns_allow() {
        let points = hyphenation_points("responsibilities", Lang::English);
        assert!(!points.is_empty());
        assert!(points.iter().all(|&p| p >= 3 && p <= "responsibilities".len() - 3), "{points:?}");
        let german = hyphenation_points("Kundenzufriedenheit", Lang::German);
        assert!(german.contains(&"Kunden".len()), "{german:?}");
        assert!(hyphenation_points("short", Lang::English).is_empty());
        assert!(hyphenation_points("December", Lang::English).is_empty(), "names and months stay whole");
        assert!(hyphenation_points("co-worker", Lang::English).is_empty(), "hyphens already break");
    }
}
