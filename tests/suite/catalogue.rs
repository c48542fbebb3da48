//! No fixed word of a document is written outside the catalogue: the PDF
//! code's string literals hold no words (only the catalogue's do), and the
//! catalogue's every message exists in both languages (the `catalogue!`
//! macro does not compile otherwise; its tests check the places to fill).

/// Literals of the PDF code that are not words of a language: the
/// creator's name, font names, PDF keys, paper names as typed.
const NOT_WORDS: [&str; 19] = [
    "Workshop Kit",
    "DejaVuSans",
    "DejaVuSans-Bold",
    "WKSUBA",
    "WKSUBB",
    "US Letter",
    "A4",
    "letter",
    "us-letter",
    "usletter",
    "Info",
    "GTS_PDFXVersion",
    // A Word document's font, and the ids and names of the styles Word
    // knows as its own (it shows them in its language: "Überschrift 1").
    "Calibri",
    "Normal",
    "Title",
    "Heading1",
    "Heading2",
    "heading 1",
    "heading 2",
];

/// The string literals of `source` before its tests, with their line numbers,
/// leaving out comments and the messages of `expect` and panics (for developers).
pub fn literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let trimmed = line.trim_start();
        // Comments, developers' messages, and errors (the app's own catalogue says those).
        // The start-up measurement's lines on stdout are for whoever runs it
        // with --smoke-frames (CI and benchmarks), and a Debug name is a type's.
        let skipped = [
            "expect(",
            "panic!",
            "unreachable!",
            "#[error(",
            "PdfError::",
            "include_bytes!",
            "debug_struct(",
            "println!(\"first frame",
            "println!(\"{} frames",
        ];
        if trimmed.starts_with("//") || skipped.iter().any(|s| line.contains(s)) {
            continue;
        }
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
                break;
            }
            if c == '\'' {
                // A char literal such as '"' or '\'': skip it whole.
                let rest: String = chars.clone().take(3).map(|(_, c)| c).collect();
                if rest.starts_with('\\') {
                    chars.nth(2);
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.nth(1);
                }
                continue;
            }
            if c != '"' {
                continue;
            }
            // A byte string (`b"tbl"`) is a name in a file's format, never shown.
            let before = &line[..at];
            let bytes = before.ends_with('b')
                && !before[..before.len() - 1].ends_with(|p: char| p.is_alphanumeric() || p == '_');
            let mut text = String::new();
            while let Some((_, c)) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    c => text.push(c),
                }
            }
            if !bytes {
                found.push((n + 1, text));
            }
        }
    }
    found
}

/// Whether a literal holds a word: three letters in a row outside a `{}` place.
pub fn has_a_word(text: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 3)
}

#[test]
fn the_documents_take_every_word_from_the_catalogue() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pdf");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, text) in literals(&source) {
            if has_a_word(&text) && !NOT_WORDS.contains(&text.as_str()) {
                found.push(format!("{}:{line}: \"{text}\"", path.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    found.sort();
    assert!(found.is_empty(), "words written outside the catalogue:\n{}", found.join("\n"));
}

#[test]
fn the_scan_finds_a_word_written_in_the_code() {
    let source = "fn f() {\n    flow.heading(\"Your notes\", Style::H1); // \"a comment\"\n    x.expect(\"for developers\");\n    let q = '\"';\n    format!(\"{n} · {}\", y);\n}\n";
    let words: Vec<String> = literals(source).into_iter().filter(|(_, t)| has_a_word(t)).map(|(_, t)| t).collect();
    assert_eq!(words, ["Your notes"]);
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &std::path::Path, into: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// Whether a literal is an id or key, not a word shown to anyone: lower case
/// with dashes (its `{}` places aside), an environment variable's name in
/// capitals, or a Rust path (`String::is_empty`, for serde).
pub fn identifier(t: &str) -> bool {
    let bare: String = t.split('{').map(|p| p.split_once('}').map_or(p, |(_, rest)| rest)).collect();
    bare.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.:/".contains(c))
        || t.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        || (t.contains("::") && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'))
}

/// Words the app reads but never shows: what people write in an imported
/// agenda or roster (`if time`, `end of day`, `front line`) and in a run's
/// name (`dry run`), understood in either language; and each language's
/// name in itself, as the language menu offers it.
const READ_NOT_SHOWN: [&str; 25] = [
    "full group",
    "whole group",
    "in pairs",
    "front line",
    "back line",
    "back office",
    "dry run",
    "trial run",
    "close of workshop",
    "end of day",
    "end of workshop",
    "end of session",
    "if time",
    "wenn zeit",
    "falls zeit",
    "(if time)",
    "(falls zeit)",
    "(wenn zeit)",
    "(optional)",
    " bis ",
    "led by",
    "facilitator notes",
    "full name",
    "English",
    "Deutsch",
];

/// The literals with words in the app's code, outside the catalogue and the
/// documents (whose test is above): what it shows must come from the
/// catalogue. An identifier (`"export-grid"`, `"runs"`) is not a word shown
/// to anyone. `WK_SCAN=src/ui/run_view,...` narrows the scan.
#[test]
fn the_app_takes_every_word_from_the_catalogue() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: Vec<String> = match std::env::var("WK_SCAN") {
        Ok(list) => list.split(',').map(str::to_string).collect(),
        Err(_) => vec!["src".to_string()],
    };
    let mut files = Vec::new();
    for dir in &dirs {
        rust_files(&root.join(dir), &mut files);
    }
    files.retain(|f| !f.starts_with(root.join("src/catalogue")) && !f.starts_with(root.join("src/pdf")));
    let mut found = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, text) in literals(&source) {
            // A Word document's XML (`<w:tblHeader />`, a namespace's address, a
            // part's name) is read by Word, not by people.
            let markup = text.starts_with('<') || text.contains("://") || text.ends_with(".xml");
            let known = NOT_WORDS.contains(&text.as_str()) || READ_NOT_SHOWN.contains(&text.as_str()) || markup;
            if has_a_word(&text) && !identifier(&text) && !known {
                found.push(format!("{}:{line}: \"{text}\"", path.strip_prefix(root).unwrap().display()));
            }
        }
    }
    found.sort();
    assert!(found.is_empty(), "{} words written outside the catalogue:\n{}", found.len(), found.join("\n"));
}
