//! CSV import as spreadsheet programs export it, through the command line.

use workshop_kit::model::{ItemKind, Minutes, TimeOfDay};
use workshop_kit::schedule::{Schedule, VariantFilter};
use workshop_kit::store::{load_design, parse_csv};

use crate::util::{app, snapshot, stderr_of, stdout_of, temp_file};

fn t(text: &str) -> TimeOfDay {
    TimeOfDay::parse(text).unwrap()
}

/// The published When / What / Why table of a customer-care morning, as
/// LibreOffice and Excel write it: comma separated, quoted where needed.
const MORNING_CSV: &str = "When,What,Why\n\
0930,\"Welcome, coffee and introductions\",Start the morning on a personal note\n\
0945,Opening by the team leader,\"Say why the morning matters, in the leader's words\"\n\
1000,\"Service moments\nIn pairs: a time you were served well\",Recall what good service feels like\n\
1045,Break,\n\
1100,Small groups: our customer journey,See the journey through the customer's eyes\n\
1200,Commitments,Leave with one thing each of us will do\n\
1230 (if time),Role-play: the difficult call,Practise staying calm\n\
1300,Close,\n";

#[test]
fn a_published_morning_table_imports_with_the_right_times() {
    let csv = temp_file("customer-care.csv", MORNING_CSV.as_bytes());
    let out = csv.dir.path().join("customer-care.workshop.ron");
    let output = app().arg("import").arg(&csv.path).arg("-o").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("imported 7 items, 09:30–13:00"), "{}", stdout_of(&output));

    let design = load_design(&out).unwrap();
    let s = Schedule::compute(&design, VariantFilter::All);
    let starts: Vec<String> = s.slots.iter().map(|s| s.start.to_string()).collect();
    assert_eq!(starts, ["09:30", "09:45", "10:00", "10:45", "11:00", "12:00", "12:30"]);
    assert_eq!(s.end, t("13:00"));
    assert_eq!(design.target_end, Some(t("13:00")));
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);

    assert_eq!(design.agenda[0].title, "Welcome, coffee and introductions", "commas inside quotes stay in the cell");
    assert_eq!(design.agenda[2].title, "Service moments", "the first line of a cell is the title");
    assert_eq!(design.agenda[2].what, "In pairs: a time you were served well");
    assert_eq!(design.agenda[3].kind, ItemKind::Break);
    assert!(design.agenda[6].optional, "(if time) marks the item optional");
    assert_eq!(design.agenda[6].title, "Role-play: the difficult call");
    assert_eq!(design.agenda.iter().filter(|i| i.optional).count(), 1);
}

#[test]
fn a_german_semicolon_bom_crlf_export_imports_the_same() {
    let german = "Wann;Was;Warum;Leitung\r\n\
09:30;Begrüßung und Kennenlernen;„Warum sind wir hier?“ – gemeinsamer Start;Teamleiterin Jürgen-Müller\r\n\
9.45;\"Servicemomente; in Paaren\";Was gute Betreuung ausmacht;Moderatorin\r\n\
10:45;Kaffeepause;;\r\n\
11:00;Kundenreise in Kleingruppen;Die Reise mit den Augen der Kundin sehen;\r\n\
12:30 (if time);Rollenspiel: das schwierige Gespräch;Ruhig bleiben üben;\r\n\
13:00;Ende;;\r\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(german.as_bytes());
    let csv = temp_file("Kundenservice-Vormittag.csv", &bytes);
    let before = snapshot(&csv.path);
    let out = csv.dir.path().join("vormittag.workshop.ron");
    let output = app().arg("import").arg(&csv.path).arg("--output").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(snapshot(&csv.path), before, "the CSV is only read");

    let design = load_design(&out).unwrap();
    assert_eq!(design.title, "Kundenservice Vormittag");
    let s = Schedule::compute(&design, VariantFilter::All);
    let starts: Vec<String> = s.slots.iter().map(|s| s.start.to_string()).collect();
    assert_eq!(starts, ["09:30", "09:45", "10:45", "11:00", "12:30"]);
    assert_eq!(s.end, t("13:00"));
    assert_eq!(design.agenda[0].title, "Begrüßung und Kennenlernen");
    assert_eq!(design.agenda[0].why, "„Warum sind wir hier?“ – gemeinsamer Start");
    assert_eq!(design.agenda[0].lead, "Teamleiterin Jürgen-Müller");
    assert_eq!(design.agenda[1].title, "Servicemomente; in Paaren", "a quoted separator stays in the cell");
    assert_eq!(design.agenda[2].kind, ItemKind::Break);
    assert_eq!(design.agenda[2].duration, Minutes(15));
    assert!(design.agenda[4].optional);
    assert!(!design.agenda[4].title.contains('\r'), "CRLF line ends do not leak into cells");
}

#[test]
fn durations_and_ranges_are_read_when_present() {
    let d = parse_csv(
        std::path::Path::new("x.csv"),
        "WHEN,what,Why,Duration,Optional\n9:00 - 9:20,Warm-up,Energy,,\n,Pairs interview,Listen,1h,\n10:20,Debrief,Learn,25m,yes\n",
    )
    .unwrap();
    let minutes: Vec<u32> = d.agenda.iter().map(|i| i.duration.get()).collect();
    assert_eq!(minutes, [20, 60, 25]);
    assert!(d.agenda[2].optional);
    assert!(d.agenda[2].fixed_start.is_none(), "10:20 is where the items above end");
}

#[test]
fn a_bad_row_fails_the_import_naming_the_row_and_writes_nothing() {
    let csv = temp_file("bad.csv", b"When,What,Why\n09:00,Welcome,Start\n09:15,Talk,Listen\nquarter past,Break,\n");
    let out = csv.dir.path().join("bad.workshop.ron");
    let output = app().arg("import").arg(&csv.path).arg("-o").arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = stderr_of(&output);
    assert!(err.contains("bad.csv: row 4: When: \"quarter past\" is not a time of day"), "{err}");
    assert!(!out.exists(), "no design is written from a bad table");
}

#[test]
fn a_table_without_the_required_columns_says_which_are_missing() {
    let csv = temp_file("plan.csv", "Time;Topic;Owner\n09:00;Welcome;Ann\n".as_bytes());
    let output =
        app().arg("import").arg(&csv.path).arg("-o").arg(csv.dir.path().join("p.workshop.ron")).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = stderr_of(&output);
    assert!(err.contains("plan.csv: row 1: no \"What\" column") && err.contains("found: Time, Topic, Owner"), "{err}");
}

#[test]
fn importing_over_the_csv_itself_is_refused() {
    let csv = temp_file("plan.csv", MORNING_CSV.as_bytes());
    let before = snapshot(&csv.path);
    let output = app().arg("import").arg(&csv.path).arg("-o").arg(&csv.path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(snapshot(&csv.path), before);
}
