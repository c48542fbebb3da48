//! The command-line contract: what each command prints and its exit status.

use crate::util::{app, stderr_of, stdout_of};

#[test]
fn the_start_up_measurement_is_offered() {
    let help = stdout_of(&app().arg("--help").output().unwrap());
    assert!(help.contains("--smoke-frames <N>"), "{help}");
    let output = app().args(["--smoke-frames", "many"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "a bad count is a usage error");
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["schedule", "--help"],
        vec!["import", "--help"],
        vec!["open", "--help"],
        vec!["kits", "--help"],
    ] {
        let output = app().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(stdout_of(&output).contains("Usage: workshop-kit"), "{args:?}: {}", stdout_of(&output));
    }
}

#[test]
fn usage_mistakes_exit_2() {
    for args in [
        vec!["frobnicate"],
        vec!["check"],
        vec!["schedule"],
        vec!["import", "x.csv"],
        vec!["schedule", "customer-care-morning", "--bogus"],
    ] {
        let output = app().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr_of(&output));
    }
}

#[test]
fn check_passes_every_bundled_kit_with_no_warnings() {
    let names = workshop_kit::store::kits::names();
    let output = app().arg("check").args(&names).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    assert_eq!(stdout.lines().count(), names.len(), "one line per file and no warning lines: {stdout}");
    for line in stdout.lines() {
        assert!(line.ends_with(", 0 warnings"), "{line}");
        assert!(line.contains(" items, "), "{line}");
    }
}

#[test]
fn check_prints_each_warning() {
    let mut design = workshop_kit::store::kits::default_kit().load().unwrap();
    design.agenda[1].duration = workshop_kit::model::Minutes(400);
    let file = crate::util::temp_file("long.workshop.ron", workshop_kit::store::design_to_string(&design).as_bytes());
    let output = app().arg("check").arg(&file.path).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "warnings are not failures");
    let stdout = stdout_of(&output);
    assert!(stdout.contains("long.workshop.ron: ") && stdout.contains(", 1 warning\n"), "{stdout}");
    assert!(stdout.contains("  warning: the day ends at "), "{stdout}");
}

#[test]
fn the_customer_care_schedule_ends_by_one_oclock() {
    let output = app().args(["schedule", "customer-care-morning"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[1].starts_with("When") && lines[1].contains("What") && lines[1].ends_with("Why"), "{stdout}");
    assert!(lines[2].starts_with("09:30"), "the first item starts at 09:30: {stdout}");
    assert!(stdout.contains("(if time)"), "the optional item is marked: {stdout}");
    let total = lines.iter().find(|l| l.starts_with("Total ")).expect("a total line");
    let end = total.split("–").nth(1).unwrap()[..5].to_string();
    assert!(end.as_str() <= "13:00", "{total}");
    // Times appear in order, one row per item.
    let times: Vec<&str> = lines[2..].iter().filter(|l| l.as_bytes().get(2) == Some(&b':')).map(|l| &l[..5]).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
}

#[test]
fn schedule_of_a_variant_design_prints_each_variant_or_the_one_asked_for() {
    let both = stdout_of(&app().args(["schedule", "cx-values-culture"]).output().unwrap());
    assert!(both.contains("— Frontline\n") && both.contains("— Backline\n"), "{both}");
    let back = app().args(["schedule", "cx-values-culture", "--variant", "backline"]).output().unwrap();
    assert_eq!(back.status.code(), Some(0));
    let back = stdout_of(&back);
    assert!(back.contains("— Backline\n") && !back.contains("— Frontline"), "{back}");
    assert_ne!(both, back);
}

#[test]
fn an_unknown_variant_is_a_usage_error_listing_the_real_ones() {
    let output = app().args(["schedule", "cx-values-culture", "--variant", "Sales"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("variants: Frontline, Backline"), "{}", stderr_of(&output));
}

#[test]
fn kits_lists_every_bundled_design() {
    let stdout = stdout_of(&app().arg("kits").output().unwrap());
    for name in workshop_kit::store::kits::names() {
        assert!(stdout.contains(name), "{name} missing from {stdout}");
    }
    assert!(!stdout.contains("broken"), "{stdout}");
}

#[test]
fn run_checks_its_design_and_variant_before_opening_a_window() {
    let output = app().args(["run", "no-such-design"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("no-such-design"), "{}", stderr_of(&output));
    let output = app().args(["run", "cx-values-culture", "--variant", "Sales"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("variants: Frontline, Backline"), "{}", stderr_of(&output));
}

#[test]
fn export_writes_each_document_and_refuses_bad_requests() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.pdf");
    let output = app()
        .args(["export", "cx-values-culture", "--doc", "handout", "--variant", "Frontline", "--paper", "letter", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains(" pages, "));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));

    // A design with variants needs one named; an unknown one lists the real ones.
    let output = app().args(["export", "cx-values-culture", "--doc", "guide", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("Frontline, Backline"));
    // Bad input: exit 1, a message naming the file, and the old PDF untouched.
    let before = std::fs::read(&out).unwrap();
    let broken = crate::util::temp_file("broken.workshop.ron", b"(format: 1, design: (");
    let output = app().args(["export"]).arg(&broken.path).args(["--doc", "handout", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("broken.workshop.ron:1:"), "{}", stderr_of(&output));
    assert_eq!(std::fs::read(&out).unwrap(), before, "a failed export leaves the old file");
    let output = app().args(["export", "customer-care-morning", "--doc", "report", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "a report needs a run file: {}", stderr_of(&output));
    // Writing into a folder that does not exist fails cleanly.
    let output = app()
        .args(["export", "not-my-job", "--doc", "signin", "-o"])
        .arg(dir.path().join("no/such/dir.pdf"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_handout_of_a_day_that_overruns_or_passes_midnight_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.pdf");
    let mut design = workshop_kit::store::kits::find("customer-care-morning").unwrap().load().unwrap();
    design.agenda[1].duration = workshop_kit::model::Minutes(60);
    let file = crate::util::temp_file("late.workshop.ron", workshop_kit::store::design_to_string(&design).as_bytes());
    let output = app().arg("export").arg(&file.path).args(["--doc", "handout", "-o"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "a warning, not a refusal: {}", stderr_of(&output));
    assert!(stderr_of(&output).contains("warning: the day ends at 13:45"), "{}", stderr_of(&output));
    // The guide prints its warnings on paper; its export says nothing more.
    let output = app().arg("export").arg(&file.path).args(["--doc", "guide", "-o"]).arg(&out).output().unwrap();
    assert!(!stderr_of(&output).contains("warning"), "{}", stderr_of(&output));

    design.target_end = None;
    design.start = workshop_kit::model::TimeOfDay::hm(22, 0).unwrap();
    let file = crate::util::temp_file("night.workshop.ron", workshop_kit::store::design_to_string(&design).as_bytes());
    let output = app().arg("export").arg(&file.path).args(["--doc", "handout", "-o"]).arg(&out).output().unwrap();
    assert!(stderr_of(&output).contains("runs past midnight"), "{}", stderr_of(&output));
    // And a day that fits says nothing.
    let output = app().args(["export", "customer-care-morning", "--doc", "handout", "-o"]).arg(&out).output().unwrap();
    assert_eq!(stderr_of(&output), "");
}
