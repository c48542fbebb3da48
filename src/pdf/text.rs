//! Breaking text into lines that fit a width: at spaces, after hyphens and
//! dashes, and inside a word only when the word alone is wider than the line.

use super::fonts::Face;

/// Breaks `text` into lines no wider than `width` points at `size`. Line
/// breaks in the text are kept; runs of spaces collapse to one.
pub fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r');
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            for piece in break_points(word) {
                place(face, &mut lines, &mut line, piece, size, width);
            }
        }
        lines.push(line);
    }
    // A text that ended in a line break does not need an empty last line.
    if lines.len() > 1 && lines.last().is_some_and(String::is_empty) && text.ends_with('\n') {
        lines.pop();
    }
    lines
}

/// A word split after hyphens and dashes, where a line may break. Each piece
/// says whether a space comes before it (only the first does).
fn break_points(word: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '-' | '–' | '—' | '/') && end < word.len() && i > start {
            pieces.push((start == 0, &word[start..end]));
            start = end;
        }
    }
    pieces.push((start == 0, &word[start..]));
    pieces
}

/// Adds one piece to the current line, starting a new line when it does not fit.
fn place(
    face: &Face,
    lines: &mut Vec<String>,
    line: &mut String,
    (spaced, piece): (bool, &str),
    size: f32,
    width: f32,
) {
    let joiner = if spaced && !line.is_empty() { " " } else { "" };
    let candidate_width = face.width(line, size) + face.width(joiner, size) + face.width(piece, size);
    if candidate_width <= width {
        line.push_str(joiner);
        line.push_str(piece);
        return;
    }
    if !line.is_empty() {
        lines.push(std::mem::take(line));
    }
    if face.width(piece, size) <= width {
        line.push_str(piece);
        return;
    }
    // A word wider than the whole line: break it between characters.
    for c in piece.chars() {
        let mut next = line.clone();
        next.push(c);
        if face.width(&next, size) > width && !line.is_empty() {
            lines.push(std::mem::take(line));
            line.push(c);
        } else {
            *line = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::{Weight, face};

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
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap(face(Weight::Regular), "", 10.0, 100.0), [""]);
    }
}
