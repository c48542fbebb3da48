//! The command line in German (issue 15).
//!
//! Under a German locale every command speaks German; under `LANG=C` the
//! texts stay the English ones the other command-line tests check.

use crate::util::{app, stderr_of, stdout_of};

/// The binary under `LANG`, with nothing more specific in the way.
fn app_in(lang: &str) -> assert_cmd::Command {
    let mut cmd = app();
    cmd.env("LANG", lang).env_remove("LC_ALL").env_remove("LC_MESSAGES");
    cmd
}

const GERMAN: &str = "de_DE.UTF-8";
const ENGLISH: &str = "C";

/// A design file whose day runs past its target end: the customer-care
/// morning with its second item an hour long, to end at 13:45.
fn late_design() -> crate::util::TempFile {
    let mut design = workshop_kit::store::kits::find("customer-care-morning").unwrap().load().unwrap();
    design.agenda[1].duration = workshop_kit::model::Minutes(60);
    crate::util::temp_file("late.workshop.ron", workshop_kit::store::design_to_string(&design).as_bytes())
}

#[test]
fn check_speaks_german_under_a_german_locale() {
    let output = app_in(GERMAN).args(["check", "customer-care-morning", "cx-values-culture"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0], "customer-care-morning.workshop.ron: 12 Punkte, 3 Std. 30 Min. geplant, 09:30–13:00, 0 Warnungen",
        "{stdout}"
    );
    assert!(lines[1].contains("Frontline 7 Std. 30 Min. geplant, 09:00–16:30; Backline "), "{stdout}");
    assert!(!stdout.contains("items") && !stdout.contains("planned") && !stdout.contains("warning"), "{stdout}");

    let late = late_design();
    let stdout = stdout_of(&app_in(GERMAN).arg("check").arg(&late.path).output().unwrap());
    assert!(stdout.contains(", 1 Warnung\n"), "one warning, singular: {stdout}");
    assert!(stdout.contains("\n  Warnung: "), "{stdout}");
    assert!(!stdout.contains('\u{a0}'), "plain spaces on the terminal: {stdout:?}");
}

#[test]
fn check_stays_english_under_lang_c() {
    let output = app_in(ENGLISH).args(["check", "customer-care-morning"]).output().unwrap();
    assert_eq!(
        stdout_of(&output),
        "customer-care-morning.workshop.ron: 12 items, 3h30 planned, 09:30–13:00, 0 warnings\n"
    );
    let late = late_design();
    let stdout = stdout_of(&app_in(ENGLISH).arg("check").arg(&late.path).output().unwrap());
    assert!(stdout.contains(", 1 warning\n") && stdout.contains("  warning: the day ends at 13:45"), "{stdout}");
}

#[test]
fn schedule_speaks_german_but_keeps_its_duration_column() {
    let output = app_in(GERMAN).args(["schedule", "customer-care-morning"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[1].starts_with("Wann   Dauer  Was ") && lines[1].ends_with("  Warum"), "{stdout}");
    assert!(lines[2].starts_with("09:30    15m  "), "the column keeps 15m: {stdout}");
    assert!(stdout.contains(" (falls Zeit bleibt)"), "{stdout}");
    assert!(stdout.contains("\nGesamt 3 Std. 30 Min. geplant, 09:30–13:00, endet pünktlich um 13:00\n"), "{stdout}");

    let late = late_design();
    let stdout = stdout_of(&app_in(GERMAN).arg("schedule").arg(&late.path).output().unwrap());
    assert!(
        stdout.contains("Gesamt 4 Std. 15 Min. geplant, 09:30–13:45, Zielende 13:00, 45 Min. zu lang\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\nWarnung: "), "{stdout}");
    assert!(!stdout.contains("warning") && !stdout.contains("Total"), "{stdout}");
}

#[test]
fn schedule_stays_english_under_lang_c() {
    let stdout = stdout_of(&app_in(ENGLISH).args(["schedule", "customer-care-morning"]).output().unwrap());
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[1].starts_with("When     Dur  What ") && lines[1].ends_with("  Why"), "{stdout}");
    assert!(stdout.contains(" (if time)"), "{stdout}");
    assert!(stdout.contains("\nTotal 3h30 planned, 09:30–13:00, ends on the target 13:00\n"), "{stdout}");
    let late = late_design();
    let stdout = stdout_of(&app_in(ENGLISH).arg("schedule").arg(&late.path).output().unwrap());
    assert!(stdout.contains("Total 4h15 planned, 09:30–13:45, target 13:00, 45m over\n"), "{stdout}");
    assert!(stdout.contains("\nwarning: the day ends at 13:45"), "{stdout}");
}

#[test]
fn an_exported_handout_warns_and_reports_its_pages_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.pdf");
    let late = late_design();
    let output =
        app_in(GERMAN).arg("export").arg(&late.path).args(["--doc", "handout", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "a warning, not a refusal: {}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(stderr.starts_with("Warnung: ") && !stderr.contains("warning"), "{stderr}");
    assert!(stderr.contains("13:45"), "{stderr}");
    let stdout = stdout_of(&output);
    assert!(stdout.contains(" Seiten, ") && stdout.trim_end().ends_with(" KB"), "{stdout}");
    assert!(!stdout.contains("pages"), "{stdout}");

    let output =
        app_in(ENGLISH).arg("export").arg(&late.path).args(["--doc", "handout", "-o"]).arg(&out).output().unwrap();
    assert!(stderr_of(&output).starts_with("warning: the day ends at 13:45"), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains(" pages, "), "{}", stdout_of(&output));
}

#[test]
fn usage_errors_speak_german() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("guide.pdf");
    let output =
        app_in(GERMAN).args(["export", "cx-values-culture", "--doc", "guide", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_of(&output),
        "Fehler: Dieser Entwurf hat Versionen; wählen Sie eine mit --variant (Frontline, Backline)\n"
    );
    let output = app_in(GERMAN).args(["schedule", "cx-values-culture", "--variant", "Sales"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr_of(&output), "Fehler: --variant Sales: keine solche Version (Versionen: Frontline, Backline)\n");
    // The run command checks its variant before a window opens, in German too.
    let output = app_in(GERMAN).args(["run", "cx-values-culture", "--variant", "Sales"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).starts_with("Fehler: --variant Sales: keine solche Version"), "{}", stderr_of(&output));
    // A file that will not open: the store's message, after the German prefix.
    let output = app_in(GERMAN).args(["check", "no-such-design"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).starts_with("Fehler: ") && stderr_of(&output).contains("no-such-design"));
}

#[test]
fn usage_errors_stay_english_under_lang_c() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("guide.pdf");
    let output =
        app_in(ENGLISH).args(["export", "cx-values-culture", "--doc", "guide", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_of(&output),
        "error: this design has variants; choose one with --variant (Frontline, Backline)\n"
    );
    let output = app_in(ENGLISH).args(["schedule", "cx-values-culture", "--variant", "Sales"]).output().unwrap();
    assert_eq!(stderr_of(&output), "error: --variant Sales: no such variant (variants: Frontline, Backline)\n");
}

#[test]
fn lc_all_outranks_lang() {
    let output = app()
        .env("LANG", GERMAN)
        .env("LC_ALL", "C")
        .env_remove("LC_MESSAGES")
        .args(["check", "customer-care-morning"])
        .output()
        .unwrap();
    assert!(stdout_of(&output).contains(" items, "), "{}", stdout_of(&output));
}

/// No literal of the command line's code is a word shown to anyone (names
/// of commands, flags and values are ids).
#[test]
fn the_command_line_takes_every_word_from_the_catalogue() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<std::path::PathBuf> =
        std::fs::read_dir(root.join("src/cli")).unwrap().map(|e| e.unwrap().path()).collect();
    files.push(root.join("src/main.rs"));
    let mut found = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, text) in crate::catalogue::literals(&source) {
            if crate::catalogue::has_a_word(&text) && !crate::catalogue::identifier(&text) {
                found.push(format!("{}:{line}: \"{text}\"", path.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(found.is_empty(), "words written outside the catalogue:\n{}", found.join("\n"));
}

/// Words of three letters or more, in lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
}

/// The words of the English help that the German help has not, leaving out
/// what is typed the same in every language: commands, flags, values and
/// kit names.
fn english_help_words() -> std::collections::BTreeSet<String> {
    use workshop_kit::catalogue::CliHelp;
    use workshop_kit::model::Lang;
    let cmd = workshop_kit::cli::command(Lang::German);
    let mut typed: std::collections::BTreeSet<String> =
        workshop_kit::store::kits::names().iter().flat_map(|k| words(k)).collect();
    for c in std::iter::once(&cmd).chain(cmd.get_subcommands()) {
        typed.extend(words(c.get_name()));
        for arg in c.get_arguments() {
            typed.extend(arg.get_long().map(words).unwrap_or_default());
            typed.extend(arg.get_possible_values().iter().flat_map(|v| words(v.get_name())));
        }
    }
    let german: std::collections::BTreeSet<String> =
        CliHelp::ALL.iter().flat_map(|m| words(m.text(Lang::German))).collect();
    CliHelp::ALL
        .iter()
        .flat_map(|m| words(m.text(Lang::English)))
        .filter(|w| !german.contains(w) && !typed.contains(w))
        .collect()
}

#[test]
fn every_help_page_speaks_german() {
    let english = english_help_words();
    let mut pages: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    let commands = ["open", "run", "check", "schedule", "import", "export", "report", "kits", "help"];
    pages.extend(commands.iter().map(|c| vec![*c, "--help"]));
    pages.extend(commands.iter().map(|c| vec!["help", *c]));
    for args in pages {
        let output = app_in(GERMAN).args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", stderr_of(&output));
        let page = stdout_of(&output);
        assert!(page.contains("Aufruf: workshop-kit"), "{args:?}: {page}");
        let found: Vec<String> = words(&page).into_iter().filter(|w| english.contains(w)).collect();
        assert!(found.is_empty(), "{args:?}: English words {found:?} in\n{page}");
    }
    let page = stdout_of(&app_in(GERMAN).args(["export", "--help"]).output().unwrap());
    assert!(page.contains("--paper <PAPIER>") && page.contains("Vorgabe: a4"), "{page}");
    assert!(page.contains("handout  die Teilnehmerunterlage, ohne Moderationsnotizen"), "{page}");
    // The same check finds the English help's words on the English page.
    let page = stdout_of(&app_in(ENGLISH).args(["export", "--help"]).output().unwrap());
    assert!(page.contains("Usage: workshop-kit export [OPTIONS] --output <OUT> <FILE>"), "{page}");
    assert!(words(&page).iter().filter(|w| english.contains(*w)).count() > 10, "{page}");
}

#[test]
fn usage_mistakes_are_told_in_german() {
    let cases: [(&[&str], &str, &str); 4] = [
        (&["frobnicate"], "Fehler: unbekannter Befehl „frobnicate“", "error: unrecognized command 'frobnicate'"),
        (
            &["schedule", "x", "--varian", "a"],
            "Fehler: unerwartete Angabe „--varian“\n  meinten Sie „--variant“?",
            "error: unexpected argument '--varian'\n  did you mean '--variant'?",
        ),
        (
            &["export", "x", "--doc", "hand", "-o", "x.pdf"],
            "Fehler: ungültiger Wert „hand“ für „--doc <DOKUMENT>“\n  möglich sind: handout, guide, signin, report",
            "error: invalid value 'hand' for '--doc <DOC>'\n  possible values: handout, guide, signin, report",
        ),
        (&["schedule"], "Fehler: fehlt: <DATEI>", "error: required but not given: <FILE>"),
    ];
    for (args, german, english) in cases {
        let output = app_in(GERMAN).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = stderr_of(&output);
        assert!(stderr.starts_with(german) && stderr.ends_with("Mehr dazu mit „--help“.\n"), "{args:?}: {stderr}");
        let stderr = stderr_of(&app_in(ENGLISH).args(args).output().unwrap());
        assert!(stderr.starts_with(english), "{args:?}: {stderr}");
        assert!(stderr.ends_with("For more information, try '--help'.\n"), "{args:?}: {stderr}");
    }
    let stderr = stderr_of(&app_in(GERMAN).args(["schedule"]).output().unwrap());
    assert!(stderr.contains("\n\nAufruf: workshop-kit schedule [OPTIONEN] <DATEI>\n"), "{stderr}");
}

#[test]
fn the_report_command_counts_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let runs_dir = dir.path().join("runs");
    std::fs::create_dir(&runs_dir).unwrap();
    for (n, s) in crate::results::sixty_runs().iter().enumerate() {
        workshop_kit::store::save_session(&runs_dir.join(format!("run-{n:02}.session.ron")), s).unwrap();
    }
    let (pdf, csv) = (dir.path().join("across.pdf"), dir.path().join("barriers.csv"));
    let output =
        app_in(GERMAN).arg("report").arg(&runs_dir).arg("-o").arg(&pdf).arg("--csv").arg(&csv).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    assert!(stdout.contains(" Seiten, ") && stdout.contains(": 40 Barrieren\n"), "{stdout}");
    assert!(stdout.ends_with("\n60 Durchgänge\n"), "{stdout}");
    let output =
        app_in(ENGLISH).arg("report").arg(&runs_dir).arg("-o").arg(&pdf).arg("--csv").arg(&csv).output().unwrap();
    let stdout = stdout_of(&output);
    assert!(stdout.contains(": 40 barriers\n") && stdout.ends_with("\n60 runs\n"), "{stdout}");

    // A folder with no runs in it.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let output = app_in(GERMAN).arg("report").arg(&empty).arg("-o").arg(&pdf).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr_of(&output), format!("Fehler: keine Durchgänge in {} gefunden\n", empty.display()));
    let output =
        app_in(ENGLISH).arg("report").arg(&empty).args(["--variant", "backline", "-o"]).arg(&pdf).output().unwrap();
    assert_eq!(stderr_of(&output), format!("error: no runs of variant backline found in {}\n", empty.display()));
}
