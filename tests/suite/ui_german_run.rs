//! The run view with the app in German (issue 15).

use eframe::egui::{self, Rect, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use workshop_kit::model::{Lang, Moment};
use workshop_kit::runner::FakeClock;
use workshop_kit::ui::App;

/// 2026-11-23 at `hh:mm`, local wall clock.
fn at(hh: i64, mm: i64) -> Moment {
    Moment(1_795_392_000_000 + (hh * 3600 + mm * 60) * 1000)
}

fn click(harness: &mut Harness<'static, App>, name: &str) {
    harness.get_by_label(name).click();
    harness.run_steps(8);
}

fn type_into(harness: &mut Harness<'static, App>, name: &str, text: &str) {
    harness.get_by_label(name).focus();
    harness.run_steps(8);
    harness.get_by_label(name).type_text(text);
    harness.run_steps(8);
}

fn shown(harness: &Harness<'static, App>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn shown_in(harness: &Harness<'static, App>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

/// Every German label is there, and none of the English ones.
fn german(harness: &Harness<'static, App>, labels: &[&str], parts: &[&str], english: &[&str], english_parts: &[&str]) {
    for label in labels {
        assert!(shown(harness, label), "{label:?} missing");
    }
    for part in parts {
        assert!(shown_in(harness, part), "no label contains {part:?}");
    }
    for label in english {
        assert!(!shown(harness, label), "{label:?} still in English");
    }
    for part in english_parts {
        assert!(!shown_in(harness, part), "a label still contains {part:?}");
    }
}

#[test]
fn the_run_view_speaks_german_from_the_start_to_the_end_of_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_language::app_in(dir.path(), Lang::German, None);
    // An hour late for the design's 09:30 start, on a clock the test controls.
    let clock = FakeClock::at(at(10, 15));
    let runs = dir.path().join("runs");
    std::fs::create_dir_all(&runs).unwrap();
    harness.state_mut().run_view.folder = Some(runs);
    harness.state_mut().clock = Box::new(clock.clone());
    harness.run_steps(8);

    click(&mut harness, "Durchführung");
    german(
        &harness,
        &["Durchgang beginnen", "Anderen Ordner wählen …"],
        &["Durchgang „Customer care morning“", "nach jeder Änderung in einer Datei", "Der Timer läuft los"],
        &["Start the run", "Choose another folder…"],
        &["The run is saved", "The timer starts"],
    );

    click(&mut harness, "Durchgang beginnen");
    harness.run_steps(8);
    german(
        &harness,
        &[
            "Der Tag",
            "Voraussichtliches Ende",
            "Geplantes Ende",
            "Soll-Ende",
            "Der Tag liegt",
            "Punkt",
            "Ist",
            "Nicht begonnen",
            "Start",
            "Beamer zeigt",
            "Nachricht für den Raum",
            "Nachricht zeigen",
            "Zeigen: Bitte zurück an die Tische",
            "Zeigen: Noch fünf Minuten",
            "Zeigen: In zehn Minuten geht es weiter",
            "Teilnehmende",
            "Gruppen",
        ],
        &["Bereit: Welcome and why we are here"],
        &[
            "The day",
            "Projected finish",
            "Planned end",
            "Target end",
            "The day is",
            "Item",
            "Actual",
            "Not started",
            "Projector shows",
            "Message for the room",
            "Show message",
            "Roster",
            "Groups",
        ],
        &["Ready: ", "Planned 09:30", "Please return to your tables", "Go to "],
    );
    // What the projector can show, in the list under "Beamer zeigt".
    click(&mut harness, "Beamer zeigt");
    german(
        &harness,
        &["Dem Punkt folgen", "Ideen", "Barrieren", "Stimmen", "Umfrage", "Glossar", "Nachricht", "Schwarzbild"],
        &[],
        &["Follow the item", "Ideas", "Barriers", "Votes", "Poll", "Glossary", "Message", "Blackout"],
        &[],
    );
    click(&mut harness, "Beamer zeigt");

    // The roster and the groups.
    german(
        &harness,
        &["Dieser Durchgang", "Probe", "Name", "Abteilung", "Person hinzufügen", "CSV importieren …"],
        &["0 Personen, 0 Abteilungen"],
        &["This run", "Rehearsal", "Department", "Add participant", "Import CSV…"],
        &["0 people"],
    );
    click(&mut harness, "Bereich der Person");
    german(&harness, &["Frontoffice", "Backoffice", "Sonstige"], &[], &["Frontline", "Backline", "Other"], &[]);
    click(&mut harness, "Bereich der Person");
    type_into(&mut harness, "Name der Person", "Ana Núñez");
    type_into(&mut harness, "Abteilung der Person", "IT");
    click(&mut harness, "Person hinzufügen");
    german(
        &harness,
        &["Ana Núñez entfernen", "Sonstige"],
        &["1 Personen, 1 Abteilungen"],
        &["Remove Ana Núñez", "Other"],
        &[],
    );
    click(&mut harness, "Gruppen");
    german(&harness, &["Gruppen zu", "Gruppen bilden"], &["Jede Abteilung wird"], &["Groups of", "Make groups"], &[]);
    click(&mut harness, "Gruppen bilden");
    german(&harness, &["Neu mischen", "Gruppe 1"], &[], &["Reshuffle", "Group 1"], &[]);

    // The first item runs.
    click(&mut harness, "Start");
    clock.advance_seconds(60);
    harness.run_steps(8);
    german(
        &harness,
        &[
            "Im Plan",
            "Pause",
            "Beamerfenster",
            "Durchgang beenden",
            "Überspringen",
            "Was",
            "Warum",
            "Notizen",
            "Material",
        ],
        &["Geplant 15\u{a0}Min. · begonnen 10:15:00", "Als Nächstes: The morning at a glance", "10:15 läuft"],
        &["On time", "Finish run", "Projector window", "What", "Why", "Notes", "Materials"],
        &["Planned 15m", "Next: ", "10:15 now", "· started"],
    );

    // Started 45 minutes late: the plan moved to the start, or back to the design's times.
    german(
        &harness,
        &["Uhrzeiten des Entwurfs verwenden"],
        &["Geplant 09:30, begonnen 10:15: Zeiten um +45\u{a0}Min. verschoben"],
        &["Use the clock times as designed"],
        &["times shifted", "45 min"],
    );
    click(&mut harness, "Uhrzeiten des Entwurfs verwenden");
    german(
        &harness,
        &["Zeiten auf den Beginn verschieben", "Diesen Plan übernehmen"],
        &[
            "Geplant 09:30, begonnen 10:15: Uhrzeiten wie im Entwurf",
            "Um 13:00 fertig zu sein:",
            "\u{a0}Min. 00\u{a0}Sek. zurück",
            "kürzen",
        ],
        &["Shift the times to the start", "Accept this plan"],
        &["clock times as designed", "To finish by", "• shrink", "s behind"],
    );

    // A jump ahead says what it skips, and the barriers item asks for barriers.
    let jump = "Zu What gets in our way springen";
    assert!(shown(&harness, "Zu The morning at a glance, ground rules and check-in springen"));
    click(&mut harness, jump);
    german(
        &harness,
        &["Barrieren", "übersprungen", "Abteilung"],
        &["Zurücknehmen: "],
        &["Barriers", "skipped"],
        &["Undo: "],
    );
    type_into(&mut harness, "Neue Barriere", "Kein Zugriff auf die Rückerstattungen");
    click(&mut harness, "Neue Barriere hinzufügen");
    german(
        &harness,
        &[
            "(keine Abteilung)",
            "Für Kein Zugriff auf die Rückerstattungen stimmen",
            "Kein Zugriff auf die Rückerstattungen entfernen",
        ],
        &[],
        &["(no department)"],
        &["Vote for ", "Remove "],
    );

    // The projector, with the room's barriers, and over time.
    click(&mut harness, "Beamerfenster");
    clock.advance_seconds(26 * 60);
    harness.run_steps(8);
    harness.run_steps(8);
    german(
        &harness,
        &["Customer care morning — Beamer", "Abteilungsübergreifend", "Die Zeit ist um"],
        &["Überzogen um ", " zurück"],
        &["Across departments", "Time is up"],
        &["— projector", "Over time by", "s behind"],
    );

    // The end of the run.
    click(&mut harness, "Durchgang beenden");
    harness.run_steps(8);
    german(
        &harness,
        &["Der Durchgang ist beendet", "Beendet", "Durchgang schließen", "Vielen Dank"],
        &[],
        &["The run is finished", "Finished", "Close the run", "Thank you"],
        &[],
    );
}

/// The controls on screen, by name, with their rectangles.
fn controls(harness: &Harness<'static, App>) -> Vec<(String, Role, Rect)> {
    let mut out = Vec::new();
    for role in
        [Role::Button, Role::TextInput, Role::MultilineTextInput, Role::ComboBox, Role::CheckBox, Role::SpinButton]
    {
        for node in harness.query_all_by_role(role) {
            let name = node.accesskit_node().label().unwrap_or_default();
            out.push((name, role, node.rect()));
        }
    }
    out
}

/// The German words' controls that show inside the 1024×768 window: none
/// cut off at the sides or the top, none overlapping another.
fn layout_problems(harness: &Harness<'static, App>, what: &str) -> Vec<String> {
    let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 768.0));
    let shown: Vec<_> =
        controls(harness).into_iter().filter(|(_, _, r)| r.intersects(window) && r.area() > 0.0).collect();
    let mut problems = Vec::new();
    for (name, role, rect) in &shown {
        if rect.left() < -0.5 || rect.right() > 1024.5 || rect.top() < -0.5 {
            problems.push(format!("{what}: {role:?} \"{name}\" at {rect:?} is cut off"));
        }
    }
    for (i, (a, ra, rect_a)) in shown.iter().enumerate() {
        for (b, rb, rect_b) in &shown[i + 1..] {
            let overlap = rect_a.intersect(*rect_b);
            if overlap.is_positive() && overlap.area() > 4.0 {
                problems.push(format!("{what}: {ra:?} \"{a}\" {rect_a:?} overlaps {rb:?} \"{b}\" {rect_b:?}"));
            }
        }
    }
    problems
}

#[test]
fn the_german_console_fits_a_1024_wide_laptop() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::ui_language::app_in(dir.path(), Lang::German, None);
    let clock = FakeClock::at(at(9, 30));
    let runs = dir.path().join("runs");
    std::fs::create_dir_all(&runs).unwrap();
    harness.state_mut().run_view.folder = Some(runs);
    harness.state_mut().clock = Box::new(clock.clone());
    harness.run_steps(8);
    let mut problems = Vec::new();
    click(&mut harness, "Durchführung");
    problems.extend(layout_problems(&harness, "before the run"));
    click(&mut harness, "Durchgang beginnen");
    click(&mut harness, "Start");
    clock.advance_seconds(20 * 60);
    harness.run_steps(8);
    for (name, department) in [("Ana Núñez", "IT"), ("Jürgen Weiß", "Kundenservice"), ("Chloé Martin", "Finanzen")]
    {
        type_into(&mut harness, "Name der Person", name);
        type_into(&mut harness, "Abteilung der Person", department);
        click(&mut harness, "Person hinzufügen");
    }
    problems.extend(layout_problems(&harness, "roster, late"));
    click(&mut harness, "Gruppen");
    click(&mut harness, "Gruppen bilden");
    problems.extend(layout_problems(&harness, "groups"));
    click(&mut harness, "Zu Small changes we can make ourselves springen");
    type_into(&mut harness, "Neue Idee", "Rückrufe am selben Tag");
    click(&mut harness, "Neue Idee hinzufügen");
    problems.extend(layout_problems(&harness, "ideas"));
    click(&mut harness, "Zu Pick three to try springen");
    problems.extend(layout_problems(&harness, "votes"));
    click(&mut harness, "Zu My commitment springen");
    problems.extend(layout_problems(&harness, "actions"));
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
