//! Breaking text into lines that fit a width: at spaces (not between a
//! number and its unit, nor inside a short parenthesis), after hyphens and
//! dashes, at the hyphenation points of long words, and inside a word only
//! when the word alone is wider than the line. Numbered steps and bullets
//! typed into a text hang: their later lines start under the text, not the
//! number.

use super::fonts::Face;
use super::typography::{Lang, curly_quotes, hyphenation_points, keep_together};

/// One set line: its text, how far it is indented from the block's left
/// edge, and which of the text's paragraphs (or steps) it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub indent: f32,
    pub paragraph: usize,
}

/// How text is set: its language (quotes, hyphenation) and whether long
/// words may be hyphenated (not in headings and titles).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Setting {
    pub lang: Lang,
    pub hyphenate: bool,
}

impl Setting {
    pub const fn new(lang: Lang) -> Setting {
        Setting { lang, hyphenate: true }
    }

    pub const fn unhyphenated(self) -> Setting {
        Setting { hyphenate: false, ..self }
    }
}

/// Breaks `text` into lines no wider than `width` points at `size`. Line
/// breaks in the text are kept; runs of spaces collapse to one. No quotes
/// are changed and no word is hyphenated: for labels and measuring.
pub fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let setting = Setting { lang: Lang::English, hyphenate: false };
    lines_of(face, text, size, width, setting, false).into_iter().map(|l| l.text).collect()
}

/// `text` set as a document prints it: curly quotes, long words hyphenated
/// where that fills a line better, numbered steps with a hanging indent.
pub fn set(face: &Face, text: &str, size: f32, width: f32, setting: Setting) -> Vec<Line> {
    let text = keep_together(&curly_quotes(text, setting.lang));
    lines_of(face, &text, size, width, setting, true)
}

/// A title or heading: set without hyphenation, and never with one word
/// alone on its last line when a narrower measure can avoid it.
pub fn set_title(face: &Face, text: &str, size: f32, width: f32, lang: Lang) -> Vec<String> {
    let text = keep_together(&curly_quotes(text, lang));
    let setting = Setting { lang, hyphenate: false };
    let plain = |w: f32| -> Vec<String> {
        lines_of(face, &text, size, w, setting, false).into_iter().map(|l| l.text).collect()
    };
    let lines = plain(width);
    let lonely = |lines: &[String]| lines.len() > 1 && lines.last().is_some_and(|l| !l.trim().contains(' '));
    if !lonely(&lines) {
        return lines;
    }
    // Narrow the measure step by step until a word moves down to keep the last one company.
    let mut w = width;
    while w > width * 0.55 {
        w -= width * 0.03;
        let tried = plain(w);
        if tried.len() == lines.len() && !lonely(&tried) {
            return tried;
        }
        if tried.len() > lines.len() {
            break;
        }
    }
    lines
}

fn lines_of(face: &Face, text: &str, size: f32, width: f32, setting: Setting, hang: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    for (number, paragraph) in text.split('\n').enumerate() {
        let paragraph = paragraph.trim_end_matches('\r');
        let (marker, body) = if hang { step_marker(paragraph) } else { (None, paragraph) };
        let indent = marker.as_ref().map_or(0.0, |m| face.width(&format!("{m} "), size));
        let mut set: Vec<String> = Vec::new();
        let mut line = marker.map(|m| format!("{m} ")).unwrap_or_default();
        let mut first = true;
        // A no-break space joins what must stay on one line ("25 min").
        for word in body.split(|c: char| c.is_whitespace() && c != '\u{a0}').filter(|w| !w.is_empty()) {
            for piece in break_points(word) {
                let line_width = if set.is_empty() { width } else { width - indent };
                let piece = if first { (false, piece.1) } else { piece };
                first = false;
                place(face, &mut set, &mut line, piece, size, line_width, setting);
            }
        }
        set.push(line);
        lines.extend(set.into_iter().enumerate().map(|(n, text)| Line {
            text: text.trim_end().to_string(),
            indent: if n == 0 { 0.0 } else { indent },
            paragraph: number,
        }));
    }
    // A text that ended in a line break does not need an empty last line.
    if lines.len() > 1 && lines.last().is_some_and(|l| l.text.is_empty()) && text.ends_with('\n') {
        lines.pop();
    }
    lines
}

/// A typed step number or bullet at the start of a line ("1.", "2)", "-",
/// "•"), as it is printed, and the text after it.
fn step_marker(line: &str) -> (Option<String>, &str) {
    let trimmed = line.trim_start();
    let Some((head, rest)) = trimmed.split_once(' ') else { return (None, line) };
    let numbered = head.len() <= 3
        && head.len() >= 2
        && head[..head.len() - 1].chars().all(|c| c.is_ascii_digit())
        && head.ends_with(['.', ')']);
    if numbered {
        return (Some(head.to_string()), rest.trim_start());
    }
    if matches!(head, "-" | "*" | "•" | "–") {
        return (Some("•".to_string()), rest.trim_start());
    }
    (None, line)
}

/// A word split after hyphens and dashes, where a line may break (but not
/// after a short prefix: "co-" does not end a line). Each piece says
/// whether a space comes before it (only the first does).
fn break_points(word: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '-' | '–' | '—' | '/') && end < word.len() && word[start..i].chars().count() >= 3 {
            pieces.push((start == 0, &word[start..end]));
            start = end;
        }
    }
    pieces.push((start == 0, &word[start..]));
    pieces
}

/// Adds one piece to the current line, starting a new line when it does
/// not fit; a long word that does not fit is hyphenated when that fills
/// the line better (more than a fifth of it would stay empty otherwise).
fn place(
    face: &Face,
    lines: &mut Vec<String>,
    line: &mut String,
    (spaced, piece): (bool, &str),
    size: f32,
    width: f32,
    setting: Setting,
) {
    let joiner = if spaced && !line.is_empty() && !line.ends_with(' ') { " " } else { "" };
    let candidate = format!("{line}{joiner}{piece}");
    if face.width(&candidate, size) <= width {
        *line = candidate;
        return;
    }
    // Hyphenate only where a line would otherwise stay a quarter empty, and
    // not in a narrow column, where every other line would end in a hyphen.
    if setting.hyphenate && width >= 120.0 && !line.trim().is_empty() && face.width(line, size) < width * 0.75 {
        let start = format!("{line}{joiner}");
        if let Some((head, tail)) = hyphenate_to_fit(face, &start, piece, size, width, setting) {
            lines.push(format!("{start}{head}-"));
            *line = String::new();
            return place(face, lines, line, (false, tail), size, width, setting);
        }
    }
    if !line.trim().is_empty() {
        lines.push(std::mem::take(line));
    }
    if face.width(&format!("{line}{piece}"), size) <= width {
        line.push_str(piece);
        return;
    }
    // A word wider than the whole line breaks at a hyphenation point, even
    // where text is otherwise not hyphenated (a bold term in a narrow column).
    if let Some((head, tail)) = hyphenate_to_fit(face, line, piece, size, width, setting) {
        lines.push(format!("{line}{head}-"));
        *line = String::new();
        return place(face, lines, line, (false, tail), size, width, setting);
    }
    // Words held together by no-break spaces that are wider than the whole
    // line together: they break at those spaces after all.
    if piece.contains('\u{a0}') {
        for (n, part) in piece.split('\u{a0}').filter(|p| !p.is_empty()).enumerate() {
            place(face, lines, line, (n > 0, part), size, width, setting);
        }
        return;
    }
    // A word wider than the whole line: break it between characters.
    for c in piece.chars() {
        let mut next = line.clone();
        next.push(c);
        if face.width(&next, size) > width && !line.trim().is_empty() {
            lines.push(std::mem::take(line));
            line.push(c);
        } else {
            *line = next;
        }
    }
}

/// The longest start of `piece` (at a hyphenation point, with its hyphen)
/// that still fits after `start`, and the rest of the piece.
fn hyphenate_to_fit<'a>(
    face: &Face,
    start: &str,
    piece: &'a str,
    size: f32,
    width: f32,
    setting: Setting,
) -> Option<(&'a str, &'a str)> {
    // Punctuation around the word stays with it; only its letters are hyphenated.
    let letters_from = piece.find(char::is_alphabetic)?;
    let letters_to =
        piece.rfind(char::is_alphabetic).map(|i| i + piece[i..].chars().next().map_or(1, char::len_utf8))?;
    let word = &piece[letters_from..letters_to];
    hyphenation_points(word, setting.lang)
        .into_iter()
        .rev()
        .map(|at| letters_from + at)
        .find(|&at| face.width(&format!("{start}{}-", &piece[..at]), size) <= width)
        .map(|at| (&piece[..at], &piece[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::{Weight, face};
    use crate::pdf::typography::Lang;

    fn fits(lines: &[String], width: f32) -> bool {
        lines.iter().all(|l| face(Weight::Regular).width(l, 10.0) <= width + 0.001)
    }

    #[test]
    fn words_wrap_at_spaces_and_every_line_fits() {
        let text =
            "Kunden erleben Service vor und nach dem Gespräch: ein Rückruf, eine Bestätigung, eine klare Zusage.";
        let lines = wrap(face(Weight::Regular), text, 10.0, 120.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert!(fits(&lines, 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), text, "no word is lost or changed");
    }

    #[test]
    fn line_breaks_are_kept_and_long_words_are_cut() {
        let lines = wrap(face(Weight::Regular), "Erste Zeile\nZweite", 10.0, 500.0);
        assert_eq!(lines, ["Erste Zeile", "Zweite"]);
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
        let lines = wrap(face(Weight::Regular), word, 10.0, 60.0);
        assert!(lines.len() > 2 && fits(&lines, 60.0), "{lines:?}");
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn hyphenated_words_break_after_the_hyphen() {
        let lines = wrap(face(Weight::Regular), "co-worker-to-co-worker service", 10.0, 70.0);
        assert!(fits(&lines, 70.0), "{lines:?}");
        assert!(lines[0].ends_with('-'), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            "co-worker-to-co-workerservice",
            "nothing lost but spaces at breaks"
        );
    }

    #[test]
    fn long_words_are_hyphenated_only_where_the_line_would_stay_short() {
        let setting = Setting::new(Lang::English);
        let text = "Participants describe responsibilities and accountabilities openly";
        let lines = set(face(Weight::Regular), text, 10.0, 150.0, setting);
        assert!(lines.iter().any(|l| l.text.ends_with('-')), "{lines:?}");
        let joined: String = lines.iter().map(|l| l.text.trim_end_matches('-')).collect::<Vec<_>>().join("");
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""), "no letter lost");
        assert!(lines.iter().all(|l| face(Weight::Regular).width(&l.text, 10.0) <= 150.001), "{lines:?}");
        // Headings are never hyphenated.
        let title = set_title(face(Weight::Bold), text, 10.0, 150.0, Lang::English);
        assert!(title.iter().all(|l| !l.ends_with('-')), "{title:?}");
    }

    #[test]
    fn numbered_steps_hang_under_their_text() {
        let text = "1. Write one barrier per card, in your own words and as plainly as you can\n2. Put it up";
        let lines = set(face(Weight::Regular), text, 10.0, 160.0, Setting::new(Lang::English));
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(lines[0].indent, 0.0);
        let hang = face(Weight::Regular).width("1. ", 10.0);
        assert!((lines[1].indent - hang).abs() < 0.01, "{lines:?}");
        let second = lines.iter().position(|l| l.text.starts_with("2.")).unwrap();
        assert_eq!(lines[second].indent, 0.0);
    }

    #[test]
    fn a_title_never_leaves_one_word_alone_on_its_last_line() {
        let lines =
            set_title(face(Weight::Bold), "Customer care morning for the service team", 20.0, 330.0, Lang::English);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.last().unwrap().contains(' '), "{lines:?}");
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap(face(Weight::Regular), "", 10.0, 100.0), [""]);
    }
}
