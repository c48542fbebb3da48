//! File errors in German (issue 15).
//!
//! With the app (or the command line) speaking German, what is wrong with a
//! file is said in German, and the file and the place are named as in
//! English: the path, `line:column`, the CSV row ("Zeile 3") and the file's
//! line where it differs ("Zeile 3 (Dateizeile 4)").

use std::path::Path;

use workshop_kit::catalogue::set_app_lang;
use workshop_kit::model::Lang;
use workshop_kit::store::{self, StoreError};

use crate::util::{app, stderr_of, stdout_of, temp_file};

/// A design file that is not RON at all.
const BROKEN_DESIGN: &str = "{\"title\": \"not ron\"}\n";
/// An agenda whose third row has a time that is none.
const BAD_TIME_CSV: &str = "When,What,Why\n09:00,Welcome,Start\n9:75,Stories,Listen\n";

/// Runs `f` with the test thread speaking German, back to English after.
fn in_german<T>(f: impl FnOnce() -> T) -> T {
    set_app_lang(Lang::German);
    let out = f();
    set_app_lang(Lang::English);
    out
}

fn csv_error(text: &str) -> String {
    store::parse_csv(Path::new("agenda.csv"), text).unwrap_err().to_string()
}

#[test]
fn a_broken_design_file_is_named_with_line_and_column_in_german() {
    let file = temp_file("broken.workshop.ron", BROKEN_DESIGN.as_bytes());
    let message = in_german(|| store::load_design(&file.path).unwrap_err().to_string());
    let at = format!("{}:1:", file.path.display());
    assert!(message.starts_with(&at), "{message}");
    assert!(
        message.contains(
            "(das ist wohl kein Workshop-Entwurf: eine Workshop-Kit-Datei beginnt mit `(format: 1, design: (...))`)"
        ),
        "{message}"
    );
    assert!(!message.contains("does not look like"), "{message}");

    let no_format = in_german(|| {
        store::parse_design(Path::new("x.workshop.ron"), "(name: \"something else\", size: 3)").unwrap_err().to_string()
    });
    assert_eq!(
        no_format,
        "x.workshop.ron: keine `format`-Nummer: das ist wohl kein Workshop-Entwurf \
         (eine Workshop-Kit-Datei beginnt mit `(format: 1, design: (...))`)"
    );
    let newer = in_german(|| {
        store::parse_design(Path::new("x.workshop.ron"), "(format: 9, design: (title: \"T\"))").unwrap_err().to_string()
    });
    assert!(
        newer.starts_with("x.workshop.ron: im Format 9 geschrieben") && newer.contains("neueren Version"),
        "{newer}"
    );
    let run = in_german(|| store::parse_session(Path::new("x.session.ron"), "[1, 2]").unwrap_err().to_string());
    assert!(run.starts_with("x.session.ron:1:") && run.contains("kein Workshop-Durchgang"), "{run}");
}

#[test]
fn a_bad_time_in_row_3_is_named_in_german() {
    let message = in_german(|| csv_error(BAD_TIME_CSV));
    assert_eq!(
        message,
        "agenda.csv: Zeile 3: Wann: „9:75“ ist keine Uhrzeit (so schreiben: 09:30, 9:30, 9.30 oder 0930)"
    );
    let duration = in_german(|| csv_error("When,What,Why,Duration\n09:00,A,a,10\n,B,b,ewig\n"));
    assert_eq!(
        duration,
        "agenda.csv: Zeile 3: Dauer: „ewig“ ist keine Dauer (so schreiben: 10, 90 Min., 1h30 oder 1:30)"
    );
    // The German hint is one the import takes.
    assert!(workshop_kit::model::Minutes::parse("90 Min.").is_ok());
    let format = in_german(|| csv_error("When,What,Why,Format\n09:00,A,a,Jonglieren\n"));
    assert!(format.starts_with("agenda.csv: Zeile 2: Format: „Jonglieren“ ist keine Sozialform"), "{format}");
    let order = in_german(|| csv_error("When,What,Why\n10:00,A,a\n09:00,B,b\n"));
    assert!(order.contains("Zeile 3: beginnt um 09:00, vor der Zeile darüber (10:00)"), "{order}");
    let first = in_german(|| csv_error("When,What,Why,Duration\n,A,a,10\n"));
    assert_eq!(first, "agenda.csv: Zeile 2: der erste Punkt braucht eine Startzeit in der Spalte Wann");
}

#[test]
fn a_table_without_a_why_column_is_named_in_german() {
    let message = in_german(|| csv_error("When,What\n09:00,A\n"));
    assert_eq!(
        message,
        "agenda.csv: Zeile 1: keine Spalte „Warum“; die Kopfzeile braucht Wann, Was und Warum oder When, What und Why \
         (gefunden: When, What)"
    );
    let roster = in_german(|| store::parse_roster(Path::new("r.csv"), "Dept\nIT\n").unwrap_err().to_string());
    assert_eq!(roster, "r.csv: Zeile 1: keine Spalte „Name“ in der Kopfzeile");
}

#[test]
fn crlf_line_ends_keep_rows_and_lines_apart_in_german() {
    let plain = in_german(|| csv_error("When,What,Why\r\n09:00,A,a\r\n9:75,B,b\r\n"));
    assert!(plain.starts_with("agenda.csv: Zeile 3: Wann: „9:75“"), "{plain}");
    let broken_cell = in_german(|| csv_error("When,What,Why\r\n09:00,\"Two\r\nlines\",a\r\nlater,B,b\r\n"));
    assert!(
        broken_cell.starts_with("agenda.csv: Zeile 3 (Dateizeile 4): Wann: „later“ ist keine Uhrzeit"),
        "{broken_cell}"
    );
    // The same error in English, as before.
    let english = csv_error("When,What,Why\r\n09:00,\"Two\r\nlines\",a\r\nlater,B,b\r\n");
    assert!(english.starts_with("agenda.csv: row 3 (line 4): When: \"later\" is not a time of day"), "{english}");
}

#[test]
fn an_error_speaks_the_language_of_the_moment_it_is_shown() {
    let err = store::parse_design(Path::new("x.workshop.ron"), "(format: 0, design: ())").unwrap_err();
    assert_eq!(err.to_string(), "x.workshop.ron: format 0 is not a Workshop Kit format");
    assert_eq!(in_german(|| err.to_string()), "x.workshop.ron: Format 0 ist kein Workshop-Kit-Format");
    let empty = store::parse_csv(Path::new("leer.csv"), "").unwrap_err();
    assert_eq!(in_german(|| empty.to_string()), "leer.csv: die Datei ist leer; erwartet wird eine CSV-Ablauftabelle");
    let missing = store::load_design(Path::new("/nonexistent/fehlt.workshop.ron")).unwrap_err();
    assert_eq!(in_german(|| missing.to_string()), "/nonexistent/fehlt.workshop.ron: Datei oder Ordner nicht gefunden");
    let unknown = StoreError::NotFound { name: "zauber".into(), known: "a, b".into() };
    assert_eq!(
        in_german(|| unknown.to_string()),
        "„zauber“ ist weder eine Datei noch eine mitgelieferte Vorlage (mitgelieferte Vorlagen: a, b)"
    );
    assert!(unknown.to_string().starts_with("\"zauber\" is neither a file nor a bundled kit"));
}

/// The binary under a German locale, with nothing more specific in the way.
fn app_in_german() -> assert_cmd::Command {
    let mut cmd = app();
    cmd.env("LANG", "de_DE.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    cmd
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn check_of_a_broken_design_says_so_in_german() {
    let file = temp_file("BROKEN.workshop.ron", BROKEN_DESIGN.as_bytes());
    let output = app_in_german().arg("check").arg(&file.path).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(stderr.contains(&format!("{}:1:", file.path.display())), "{stderr}");
    assert!(stderr.contains("das ist wohl kein Workshop-Entwurf"), "{stderr}");
    assert!(!stderr.contains("does not look like"), "{stderr}");
    assert_eq!(files_in(file.dir.path()), ["BROKEN.workshop.ron"], "nothing written");
}

#[test]
fn import_of_a_bad_table_says_so_in_german_and_writes_nothing() {
    let file = temp_file("BAD.csv", BAD_TIME_CSV.as_bytes());
    let out = file.dir.path().join("out.workshop.ron");
    let output = app_in_german().arg("import").arg(&file.path).arg("-o").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(stderr.contains(&format!("{}: Zeile 3: Wann: „9:75“ ist keine Uhrzeit", file.path.display())), "{stderr}");
    assert!(!stderr.contains("row 3") && !stderr.contains("not a time"), "{stderr}");
    assert_eq!(stdout_of(&output), "");
    assert!(!out.exists(), "nothing written");
    assert_eq!(files_in(file.dir.path()), ["BAD.csv"]);

    let no_why = temp_file("NOWHY.csv", b"When,What\n09:00,A\n");
    let out = no_why.dir.path().join("out.workshop.ron");
    let output = app_in_german().arg("import").arg(&no_why.path).arg("-o").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains(": Zeile 1: keine Spalte „Warum“"), "{}", stderr_of(&output));
    assert!(!out.exists());
}

/// What ron finds wrong inside a design is said in the app's language too,
/// at ron's line and column.
#[test]
fn mistakes_inside_a_design_file_are_told_in_german() {
    let cases = [
        ("(format: 1, design: (title: \"T\" id: \"t\"))", "1:33: hier fehlt ein Komma", "1:33: expected a comma"),
        (
            "(format: 1, design: (title: \"T\", agenda: [(id: 1, kind: Lunch, title: \"x\")]))",
            "1:57: unbekannter Wert `Lunch` (möglich sind: Activity, Break, Section)",
            "1:57: unknown value `Lunch` (possible: Activity, Break, Section)",
        ),
        (
            "(format: 1, design: (title: 3))",
            "1:28: hier gehört ein Text in doppelten Anführungszeichen hin",
            "1:28: expected a text in double quotes",
        ),
        (
            "(format: 1, design: (title: \"T)))",
            "1:29: ein Text in Anführungszeichen ist nicht geschlossen",
            "1:29: a text in quotes is not closed",
        ),
        (
            "(format: 1, design: (title: \"T\")) x",
            "1:34: nach dem Ende des Inhalts folgt noch Text",
            "1:34: more text after the end of the content",
        ),
    ];
    for (text, german, english) in cases {
        let path = Path::new("x.workshop.ron");
        let message = in_german(|| store::parse_design(path, text).unwrap_err().to_string());
        assert_eq!(message, format!("x.workshop.ron:{german}"), "{text}");
        let message = store::parse_design(path, text).unwrap_err().to_string();
        assert_eq!(message, format!("x.workshop.ron:{english}"), "{text}");
    }
    let unknown = in_german(|| {
        store::parse_design(Path::new("x.workshop.ron"), "(format: 1, design: (title: \"T\", colour: 3))")
            .unwrap_err()
            .to_string()
    });
    assert!(
        unknown.starts_with("x.workshop.ron:1:34: unbekanntes Feld `colour` (möglich sind: id, title,"),
        "{unknown}"
    );
}
