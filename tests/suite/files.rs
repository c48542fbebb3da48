//! Bad design files: every one gives exit 1 and a message naming the file
//! (with line:column where the parser knows it), never a panic, and the file
//! on disk is left exactly as it was.

use crate::util::{app, snapshot, stderr_of, temp_file};

/// Runs `check` on a file with these contents; returns stderr.
fn check_fails(name: &str, contents: &[u8]) -> String {
    let file = temp_file(name, contents);
    let before = snapshot(&file.path);
    let output = app().arg("check").arg(&file.path).output().unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
    assert!(!stderr.contains("panicked"), "{name} panicked: {stderr}");
    assert!(stderr.contains(name), "{name}: the message should name the file: {stderr}");
    assert_eq!(snapshot(&file.path), before, "{name} was changed on disk");
    assert!(!file.dir.path().join(format!("{name}.bak")).exists(), "a backup appeared for {name}");
    stderr
}

#[test]
fn an_empty_file_says_it_is_empty() {
    let err = check_fails("empty.workshop.ron", b"");
    assert!(err.contains("the file is empty"), "{err}");
    let err = check_fails("blank.workshop.ron", b"\n  \n");
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn a_truncated_file_gives_line_and_column() {
    let full = workshop_kit::store::kits::default_kit().source;
    let cut = &full[..full.len() / 2];
    let err = check_fails("truncated.workshop.ron", cut.as_bytes());
    let lines = cut.lines().count();
    assert!(
        err.contains(&format!("truncated.workshop.ron:{lines}:"))
            || err.contains(&format!("truncated.workshop.ron:{}:", lines + 1)),
        "the error should point at the end of the text (line {lines}): {err}"
    );
}

#[test]
fn a_wrong_type_names_the_place_and_what_was_expected() {
    let text = "(\n    format: 1,\n    design: (\n        title: \"T\",\n        start: \"09:00\",\n        agenda: [(id: 1, title: \"A\", duration: \"ten\")],\n    ),\n)\n";
    let err = check_fails("wrong-type.workshop.ron", text.as_bytes());
    assert!(err.contains("wrong-type.workshop.ron:6:"), "{err}");
    assert!(err.to_lowercase().contains("expected"), "{err}");
}

#[test]
fn an_unknown_field_is_reported_not_dropped() {
    let text = "(format: 1, design: (title: \"T\", start: \"09:00\", agenda: [], colour: \"red\"))";
    let err = check_fails("extra.workshop.ron", text.as_bytes());
    assert!(err.contains("extra.workshop.ron:1:"), "{err}");
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn binary_garbage_is_not_text() {
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let err = check_fails("garbage.workshop.ron", &garbage);
    assert!(err.contains("not a text file"), "{err}");
    let err = check_fails("nul.workshop.ron", b"(format: 1,\0\0\0)");
    assert!(err.contains("not a text file"), "{err}");
}

#[test]
fn a_newer_format_is_refused_with_a_reason() {
    let text = "(format: 7, design: (title: \"From the future\", hologram: true))";
    let err = check_fails("future.workshop.ron", text.as_bytes());
    assert!(err.contains("format 7"), "{err}");
    assert!(err.contains("newer Workshop Kit"), "{err}");
}

#[test]
fn something_else_entirely_is_not_taken_for_a_design() {
    let err = check_fails("notes.workshop.ron", b"Dear team,\nplease bring pens.\n");
    assert!(err.contains("notes.workshop.ron:1:"), "{err}");
    assert!(err.contains("does not look like a workshop design"), "{err}");
}

#[test]
fn an_oversize_file_is_refused_before_parsing() {
    let limit = workshop_kit::store::MAX_FILE_BYTES as usize;
    let mut big = b"(format: 1, design: (title: \"".to_vec();
    big.resize(limit + 10, b'a');
    let err = check_fails("huge.workshop.ron", &big);
    assert!(err.contains("limit"), "{err}");
}

#[test]
fn a_missing_file_names_the_bundled_kits() {
    let output = app().args(["check", "no-such-file.workshop.ron"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = stderr_of(&output);
    assert!(err.contains("no-such-file.workshop.ron") && err.contains("customer-care-morning"), "{err}");
}

#[test]
fn one_bad_file_fails_the_check_but_the_good_ones_are_still_reported() {
    let bad = temp_file("bad.workshop.ron", b"(format: 1, design: (");
    let output = app().args(["check", "customer-care-morning"]).arg(&bad.path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("customer-care-morning.workshop.ron: "));
    assert!(stderr_of(&output).contains("bad.workshop.ron:1:"));
}

#[test]
fn saving_keeps_the_previous_version_and_never_touches_it_on_failure() {
    use workshop_kit::store::{backup_path, load_design, save_design};
    let kit = workshop_kit::store::kits::default_kit();
    let file = temp_file("mine.workshop.ron", kit.source.as_bytes());
    let mut design = load_design(&file.path).unwrap();
    design.title.push_str(" (edited)");
    save_design(&file.path, &design).unwrap();
    assert_eq!(load_design(&file.path).unwrap(), design);
    assert_eq!(std::fs::read_to_string(backup_path(&file.path)).unwrap(), kit.source);

    // Saving into a folder that has vanished fails and leaves nothing behind.
    let gone = file.dir.path().join("gone").join("x.workshop.ron");
    let err = save_design(&gone, &design).unwrap_err();
    assert!(err.to_string().contains("x.workshop.ron") && err.to_string().contains("left as it was"), "{err}");
}
