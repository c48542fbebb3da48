//! Every fixed word the documents print and the app shows, in English and
//! German, from one place (`documents`, `app`); with the language's ways of
//! writing dates, lengths of time and counts.
//!
//! A catalogue entry is written with both of its languages or it does not
//! compile: the `catalogue!` macro takes exactly an English and a German
//! text per message and makes the `match` that looks them up, so no
//! message can exist in one language only. Texts with values in them mark
//! each place with `{}`, filled in order by `fill`.

pub mod app;
pub mod app_design;
pub mod app_results;
pub mod app_run;
pub mod cli;
pub mod cli_help;
mod documents;
pub mod store;

pub use app::{Ui, app_lang, set_app_lang, tr, tr_length, tr_length_in_cell, trf};
pub use app_design::DesignUi;
pub use app_results::ResultsUi;
pub use app_run::RunUi;
pub use cli::CliText;
pub use cli_help::CliHelp;
pub use documents::Word;
pub use store::StoreText;

use crate::model::{Date, Lang, Minutes};

/// Defines a message enum whose every variant has an English and a German
/// text, its `ALL` list, and `text(lang)`.
macro_rules! catalogue {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $en:literal, $de:literal;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),*
        }

        impl crate::catalogue::Message for $name {
            fn text(self, lang: crate::model::Lang) -> &'static str {
                $name::text(self, lang)
            }
        }

        impl $name {
            /// Every message, for the tests that hold texts against the catalogue.
            pub const ALL: &[$name] = &[$($name::$variant),*];

            /// The message in `lang`.
            pub fn text(self, lang: crate::model::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$variant, crate::model::Lang::English) => $en,
                        ($name::$variant, crate::model::Lang::German) => $de,
                    )*
                }
            }

            /// The message in `lang` with its `{}` places filled by `values`, in order.
            pub fn fill(self, lang: crate::model::Lang, values: &[&dyn std::fmt::Display]) -> String {
                crate::catalogue::fill(self.text(lang), values)
            }
        }
    };
}
pub(crate) use catalogue;

/// A catalogue's message: its text in a language.
pub trait Message: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

/// The language the system's locale names: `LC_ALL`, then `LC_MESSAGES`,
/// then `LANG`, as POSIX orders them. The app (unless its settings choose)
/// and the command line speak it.
pub fn system_lang() -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    Lang::from_locale(&locale)
}

/// `template` with each `{}` replaced by the next of `values`.
pub fn fill(template: &str, values: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(v) = values.next() {
            out.push_str(&v.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

const MONTHS: [[&str; 12]; 2] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
];

/// Words a shortened text must not end on before its "…": articles,
/// prepositions, conjunctions and the like, which leave the reader hanging.
pub fn weak_end(word: &str, lang: Lang) -> bool {
    const ENGLISH: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "at", "from", "that", "is",
        "are", "our", "their", "its", "what", "how", "as", "into", "we", "they", "it", "this", "these", "not", "which",
        "who", "whom", "whose", "when", "where", "while", "because", "if", "so", "than",
    ];
    const GERMAN: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "mit", "für", "von", "vom", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "bei", "aus", "nach",
        "über", "unter", "vor", "wie", "was", "dass", "ist", "sind", "wir", "sie", "es", "nicht", "sich", "auch",
        "als", "zwischen", "unsere", "unser", "ihre", "ihr", "sein", "seine", "so", "um", "gerade", "nebenbei",
        "woran", "worauf", "wobei", "womit", "worum", "wozu", "wo", "wenn", "weil", "ob", "damit", "denn", "wer",
        "wen", "wem", "dessen", "deren", "welche", "welcher", "welches", "geben", "haben", "werden", "wird",
    ];
    let word = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    match lang {
        Lang::English => ENGLISH.contains(&word.as_str()),
        Lang::German => GERMAN.contains(&word.as_str()),
    }
}

/// Units that stay on the line of the number before them: "12:30 Uhr",
/// "20 Min.", "5 min", "2 h", "20 people".
pub fn is_unit(word: &str) -> bool {
    const UNITS: &[&str] = &[
        "Uhr", "Min.", "Min", "Minuten", "Minute", "Std.", "Std", "Stunden", "Stunde", "Sek.", "min", "minutes",
        "hours", "h", "s", "%", "Personen", "people", "Punkte", "dots",
    ];
    UNITS.contains(&word.trim_end_matches([',', ';', ')', ':']))
}

fn month(date: Date, lang: Lang) -> &'static str {
    let row = if lang == Lang::German { 1 } else { 0 };
    MONTHS[row].get(usize::from(date.month()).saturating_sub(1)).copied().unwrap_or("")
}

/// The date written out: "1 December 2026", "1. Dezember 2026".
pub fn long_date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::English => format!("{} {} {}", date.day(), month(date, lang), date.year()),
        Lang::German => format!("{}. {} {}", date.day(), month(date, lang), date.year()),
    }
}

/// From one date to another, written out, the shared month and year said
/// once: "1 to 4 December 2026", "28. November bis 4. Dezember 2026".
pub fn date_span(from: Date, to: Date, lang: Lang) -> String {
    if from == to {
        return long_date(from, lang);
    }
    let start = match lang {
        _ if from.year() != to.year() => long_date(from, lang),
        Lang::English if from.month() == to.month() => from.day().to_string(),
        Lang::German if from.month() == to.month() => format!("{}.", from.day()),
        Lang::English => format!("{} {}", from.day(), month(from, lang)),
        Lang::German => format!("{}. {}", from.day(), month(from, lang)),
    };
    Word::DateSpan.fill(lang, &[&start, &long_date(to, lang)])
}

/// The date short, for a table's narrow column: "1 Dec 2026", "1. Dez. 2026"
/// (no-break spaces: it never breaks over lines).
pub fn short_date(date: Date, lang: Lang) -> String {
    let name = month(date, lang);
    let short: String = name.chars().take(3).collect();
    match lang {
        Lang::English => format!("{}\u{a0}{short}\u{a0}{}", date.day(), date.year()),
        // German abbreviates with a point, but a short name stays whole (Mai, Juni, Juli).
        Lang::German if name.chars().count() <= 4 => format!("{}.\u{a0}{name}\u{a0}{}", date.day(), date.year()),
        Lang::German => format!("{}.\u{a0}{short}.\u{a0}{}", date.day(), date.year()),
    }
}

/// A length of time in a document, to the nearest minute, never to be read
/// as a clock time: "38 min", "75 min", "2 h 05 min"; "38 Min.", "2 Std.
/// 05 Min.". Number and unit are joined by no-break spaces.
pub fn minutes(seconds: i64, lang: Lang) -> String {
    let total = (seconds.max(0) + 30) / 60;
    let (min, hours) = match lang {
        Lang::English => ("min", "h"),
        Lang::German => ("Min.", "Std."),
    };
    match (total / 60, total % 60) {
        (h, m) if h < 2 => format!("{}\u{a0}{min}", h * 60 + m),
        (h, 0) => format!("{h}\u{a0}{hours}"),
        (h, m) => format!("{h}\u{a0}{hours}\u{a0}{m:02}\u{a0}{min}"),
    }
}

/// How much longer or shorter something took than planned: "+8 min",
/// "−3 min" (a true minus), "0 min".
pub fn difference(seconds: i64, lang: Lang) -> String {
    let whole = (seconds.abs() + 30) / 60;
    let sign = match (seconds.signum(), whole) {
        (_, 0) => "",
        (1, _) => "+",
        _ => "\u{2212}",
    };
    format!("{sign}{}", minutes(whole * 60, lang))
}

/// `3m 10s`, `1h 02m`, `45s`: an amount of time the day is off, without its
/// sign; "3 Min. 10 Sek.", "1 Std. 02 Min.", "45 Sek." in German.
pub fn amount(seconds: i64, lang: Lang) -> String {
    let s = seconds.abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    match lang {
        Lang::English if s >= 3600 => format!("{h}h {m:02}m"),
        Lang::English if s >= 60 => format!("{}m {sec:02}s", s / 60),
        Lang::English => format!("{s}s"),
        Lang::German if s >= 3600 => format!("{h}\u{a0}Std. {m:02}\u{a0}Min."),
        Lang::German if s >= 60 => format!("{}\u{a0}Min. {sec:02}\u{a0}Sek.", s / 60),
        Lang::German => format!("{s}\u{a0}Sek."),
    }
}

/// A planned length in a narrow cell (the agenda's duration fields, the
/// day's list): `45m`, `1h30` in English; "45 Min.", "1 Std. 30", "2 Std."
/// in German, as Germans type it. Either reads back as the same length.
pub fn length_in_cell(m: Minutes, lang: Lang) -> String {
    match (lang, m.get() / 60, m.get() % 60) {
        (Lang::English, ..) => m.to_string(),
        (Lang::German, 0, min) => format!("{min}\u{a0}Min."),
        (Lang::German, h, 0) => format!("{h}\u{a0}Std."),
        (Lang::German, h, min) => format!("{h}\u{a0}Std.\u{a0}{min:02}"),
    }
}

/// A planned length as the app and the command line show it: `45m`,
/// `1h30` in English (the form typed into a duration field), "45 Min.",
/// "75 Min.", "2 Std. 05 Min." in German (which the field reads back too).
pub fn length(m: Minutes, lang: Lang) -> String {
    match lang {
        Lang::English => m.to_string(),
        Lang::German => minutes(i64::from(m.get()) * 60, lang),
    }
}

/// How far the day is behind or ahead: `3m 10s behind`, `1h 02m ahead`,
/// `on time`; `3m 10s zurück`, `im Plan`.
pub fn behind(seconds: i64, lang: Lang) -> String {
    match seconds {
        0 => RunUi::OnTimeLower.text(lang).to_string(),
        s if s > 0 => RunUi::Behind.fill(lang, &[&amount(s, lang)]),
        s => RunUi::Ahead.fill(lang, &[&amount(s, lang)]),
    }
}

/// How far a plan was shifted: `+10h18`, `-2h30`, `+45 min`; in German
/// "+10 Std. 18 Min.", "-2 Std. 30 Min.", "+45 Min.".
pub fn shift(offset_ms: i64, lang: Lang) -> String {
    let sign = if offset_ms < 0 { "-" } else { "+" };
    let minutes = offset_ms.abs() / 60_000;
    match lang {
        Lang::English if minutes >= 60 => format!("{sign}{}h{:02}", minutes / 60, minutes % 60),
        Lang::English => RunUi::ShiftMinutes.fill(lang, &[&sign, &minutes]),
        Lang::German => format!("{sign}{}", self::minutes(minutes * 60, lang)),
    }
}

/// `n` and the word for one or many of it: "1 run", "3 runs".
pub fn count(n: usize, one: Word, many: Word, lang: Lang) -> String {
    format!("{n} {}", if n == 1 { one } else { many }.text(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: String) -> String {
        s.replace('\u{a0}', " ")
    }

    #[test]
    fn a_span_of_dates_says_its_month_and_year_once() {
        let d = |t: &str| Date::parse(t).unwrap();
        assert_eq!(date_span(d("2026-12-01"), d("2026-12-04"), Lang::German), "1. bis 4. Dezember 2026");
        assert_eq!(date_span(d("2026-12-01"), d("2026-12-04"), Lang::English), "1 to 4 December 2026");
        assert_eq!(date_span(d("2026-11-28"), d("2026-12-04"), Lang::German), "28. November bis 4. Dezember 2026");
        assert_eq!(date_span(d("2025-12-30"), d("2026-01-02"), Lang::English), "30 December 2025 to 2 January 2026");
        assert_eq!(date_span(d("2026-12-01"), d("2026-12-01"), Lang::English), "1 December 2026");
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        let d = Date::parse("2026-12-01").unwrap();
        assert_eq!(long_date(d, Lang::English), "1 December 2026");
        assert_eq!(long_date(d, Lang::German), "1. Dezember 2026");
        assert_eq!(plain(short_date(d, Lang::English)), "1 Dec 2026");
        assert_eq!(plain(short_date(d, Lang::German)), "1. Dez. 2026");
        let may = Date::parse("2027-05-03").unwrap();
        assert_eq!(plain(short_date(may, Lang::German)), "3. Mai 2027");
        assert_eq!(long_date(Date::parse("2027-03-09").unwrap(), Lang::German), "9. März 2027");
    }

    #[test]
    fn lengths_are_minutes_joined_to_their_unit() {
        assert_eq!(plain(minutes(38 * 60 + 10, Lang::English)), "38 min");
        assert_eq!(plain(minutes(95 * 60, Lang::English)), "95 min");
        assert_eq!(plain(minutes(125 * 60, Lang::English)), "2 h 05 min");
        assert_eq!(plain(minutes(180 * 60, Lang::English)), "3 h");
        assert_eq!(plain(minutes(90 * 60, Lang::German)), "90 Min.");
        assert_eq!(plain(minutes(150 * 60, Lang::German)), "2 Std. 30 Min.");
        assert_eq!(plain(difference(8 * 60, Lang::English)), "+8 min");
        assert_eq!(plain(difference(-3 * 60, Lang::German)), "\u{2212}3 Min.", "a true minus");
        assert_eq!(plain(difference(20, Lang::English)), "0 min");
    }

    #[test]
    fn the_day_says_how_far_off_it_is_in_each_language() {
        let cases = [
            (0, "on time", "im Plan"),
            (5, "5s behind", "5 Sek. zurück"),
            (-5, "5s ahead", "5 Sek. voraus"),
            (190, "3m 10s behind", "3 Min. 10 Sek. zurück"),
            (3600, "1h 00m behind", "1 Std. 00 Min. zurück"),
            (-3720, "1h 02m ahead", "1 Std. 02 Min. voraus"),
        ];
        for (seconds, en, de) in cases {
            assert_eq!(behind(seconds, Lang::English), en);
            assert_eq!(plain(behind(seconds, Lang::German)), de);
        }
        assert_eq!(shift(45 * 60_000, Lang::English), "+45 min");
        assert_eq!(plain(shift(45 * 60_000, Lang::German)), "+45 Min.");
        assert_eq!(shift(-60_000, Lang::English), "-1 min");
        assert_eq!(shift(618 * 60_000, Lang::English), "+10h18");
        assert_eq!(plain(shift(-150 * 60_000, Lang::German)), "-2 Std. 30 Min.");
        assert_eq!(plain(shift(344 * 60_000, Lang::German)), "+5 Std. 44 Min.");
    }

    #[test]
    fn lengths_are_german_in_german_and_read_back_as_typed() {
        assert_eq!(length(Minutes(90), Lang::English), "1h30");
        assert_eq!(plain(length(Minutes(15), Lang::German)), "15 Min.");
        assert_eq!(plain(length(Minutes(450), Lang::German)), "7 Std. 30 Min.");
        assert_eq!(plain(length_in_cell(Minutes(75), Lang::German)), "1 Std. 15");
        assert_eq!(plain(length_in_cell(Minutes(120), Lang::German)), "2 Std.");
        assert_eq!(plain(length_in_cell(Minutes(45), Lang::German)), "45 Min.");
        // What a duration field shows, it reads back as the same length.
        for m in (0..=900).map(Minutes) {
            for lang in [Lang::English, Lang::German] {
                for text in [length(m, lang), length_in_cell(m, lang)] {
                    assert_eq!(Minutes::parse(&text), Ok(m), "{text}");
                }
            }
        }
        assert_eq!(plain(amount(190, Lang::German)), "3 Min. 10 Sek.");
        assert_eq!(plain(amount(-26_940, Lang::German)), "7 Std. 29 Min.");
        assert_eq!(plain(amount(45, Lang::German)), "45 Sek.");
        assert_eq!(amount(190, Lang::English), "3m 10s");
        assert_eq!(plain(behind(-26_940, Lang::German)), "7 Std. 29 Min. voraus");
    }

    #[test]
    fn places_are_filled_in_order() {
        assert_eq!(Word::PageOf.fill(Lang::German, &[&2, &6]), "Seite 2 von 6");
        assert_eq!(Word::PageOf.fill(Lang::English, &[&2, &6]), "Page 2 of 6");
        assert_eq!(count(1, Word::Run, Word::Runs, Lang::German), "1 Durchgang");
    }

    #[test]
    fn every_message_has_as_many_places_in_both_languages() {
        places_match(Word::ALL);
        places_match(Ui::ALL);
        places_match(DesignUi::ALL);
        places_match(RunUi::ALL);
        places_match(ResultsUi::ALL);
        places_match(CliText::ALL);
        places_match(CliHelp::ALL);
        places_match(StoreText::ALL);
    }

    /// Every message of a catalogue: both languages written, with the same places to fill.
    fn places_match<M: Message + std::fmt::Debug>(all: &[M]) {
        for m in all {
            let (en, de) = (m.text(Lang::English), m.text(Lang::German));
            assert_eq!(en.matches("{}").count(), de.matches("{}").count(), "{m:?}: {en} / {de}");
            assert!(!en.is_empty() && !de.is_empty(), "{m:?}");
        }
    }
}
