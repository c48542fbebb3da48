//! Results across runs: 60 generated runs of the CX day with known barriers
//! and timings give exactly the expected master list, medians and CSV.

use std::collections::{BTreeMap, BTreeSet};

use workshop_kit::capture::{CaptureEdit, apply};
use workshop_kit::model::{BarrierDecision, Decisions, Priority};
use workshop_kit::model::{ItemKind, Moment, Session};
use workshop_kit::results::{
    Merges, SortBy, barrier_id, calibrate, follow_correction, master_list, master_list_csv, merge_barriers, normalize,
    sort_master_list, split_barrier,
};
use workshop_kit::runner::{Control, act, new_session};
use workshop_kit::store::kits;

const DEPARTMENTS: [&str; 5] = ["Contact centre", "Branches", "IT", "HR", "Finance"];
const BARRIERS: [&str; 8] = [
    "Refunds wait for a weekly sign-off",
    "Nobody owns the shared inbox",
    "Systems do not show the whole customer history",
    "Policies change without notice to the front line",
    "Approvals need three signatures",
    "Handovers happen by email only",
    "Targets reward speed over solving",
    "Training happens after go-live",
];

/// How run `r` writes its `k`-th barrier: one of 40 (department, barrier)
/// pairs, in one of three wordings that differ only in case and punctuation.
fn barrier(r: usize, k: usize) -> (usize, usize, String, u32) {
    let pair = (r * 7 + k * 3) % 40;
    let (dept, text) = (pair % 5, pair / 5);
    let wording = match (r + k) % 3 {
        0 => BARRIERS[text].to_string(),
        1 => format!("{}.", BARRIERS[text].to_uppercase()),
        _ => format!("  {}!! ", BARRIERS[text].to_lowercase().replace(' ', "  ")),
    };
    (dept, text, wording, ((r + k) % 4) as u32)
}

/// The extra minutes run `r` spends on the item it stretches.
fn stretch(r: usize) -> i64 {
    (r % 7) as i64
}

pub fn sixty_runs() -> Vec<Session> {
    let design = kits::find("cx-values-culture").unwrap().load().unwrap();
    let mut runs = Vec::new();
    for r in 0..60 {
        let variant = if r % 2 == 0 { "Frontline" } else { "Backline" };
        let mut now = Moment(1_795_392_000_000 + (r as i64) * 86_400_000 + 9 * 3_600_000);
        let mut s = new_session(&design, Some(variant), now);
        act(&mut s, Control::Start, now);
        // Every item takes its planned time, except the welcome, which takes `stretch(r)` more.
        for (i, plan) in s.plan.clone().iter().enumerate() {
            if plan.kind == ItemKind::Section {
                continue;
            }
            let extra = if i == 1 { stretch(r) * 60 } else { 0 };
            now = now.plus_seconds(i64::from(plan.duration.get()) * 60 + extra);
            if plan.title.starts_with("Barriers: surface") {
                for k in 0..40 {
                    let (dept, _, text, votes) = barrier(r, k);
                    apply(
                        &mut s,
                        CaptureEdit::AddBarrier { item: plan.id, text, department: DEPARTMENTS[dept].into() },
                    );
                    let id = s.captures.barriers.last().unwrap().id;
                    apply(
                        &mut s,
                        CaptureEdit::Vote {
                            kind: workshop_kit::capture::CaptureKind::Barrier,
                            id,
                            delta: votes as i32,
                        },
                    );
                }
            }
            act(&mut s, Control::Next, now);
        }
        runs.push(s);
    }
    runs
}

#[test]
fn sixty_runs_give_the_exact_master_list() {
    let runs = sixty_runs();
    assert!(runs.iter().all(|s| s.captures.barriers.len() == 40));
    // The expected list, counted from the generator's indices, not from text.
    let mut expected: BTreeMap<(usize, usize), (BTreeSet<usize>, usize, u32)> = BTreeMap::new();
    let mut wordings: BTreeMap<(usize, usize), Vec<(String, usize)>> = BTreeMap::new();
    for r in 0..60 {
        for k in 0..40 {
            let (dept, text, wording, votes) = barrier(r, k);
            let e = expected.entry((dept, text)).or_default();
            e.0.insert(r);
            e.1 += 1;
            e.2 += votes;
            let seen = wordings.entry((dept, text)).or_default();
            match seen.iter_mut().find(|(w, _)| *w == wording.trim()) {
                Some((_, n)) => *n += 1,
                None => seen.push((wording.trim().to_string(), 1)),
            }
        }
    }
    let list = master_list(&runs, &Merges::new());
    assert_eq!(list.len(), expected.len(), "three wordings of one barrier are one entry");
    for b in &list {
        let dept = DEPARTMENTS.iter().position(|d| *d == b.department).expect("a known department");
        let text = BARRIERS.iter().position(|t| workshop_kit::results::normalize(t) == b.key).expect("a known barrier");
        let (runs_seen, mentions, votes) = &expected[&(dept, text)];
        assert_eq!(
            (b.runs, b.mentions, b.votes),
            (runs_seen.len(), *mentions, *votes),
            "{} / {}",
            b.department,
            b.text
        );
        let seen = &wordings[&(dept, text)];
        let most = seen.iter().map(|(_, n)| *n).max().unwrap();
        let first_most = &seen.iter().find(|(_, n)| *n == most).unwrap().0;
        assert_eq!(&b.text, first_most, "the wording used most often (first among equals)");
    }
    // Grouped by department, most runs first within each.
    for pair in list.windows(2) {
        if pair[0].department == pair[1].department {
            assert!(pair[0].runs >= pair[1].runs);
        }
    }

    // A manual merge folds one barrier into another, in every department.
    let mut merges = Merges::new();
    merges.insert(workshop_kit::results::normalize(BARRIERS[5]), workshop_kit::results::normalize(BARRIERS[1]));
    let merged = master_list(&runs, &merges);
    assert_eq!(merged.len(), expected.len() - DEPARTMENTS.len());
    let inbox = workshop_kit::results::normalize(BARRIERS[1]);
    let it_inbox = merged.iter().find(|b| b.department == "IT" && b.key == inbox).unwrap();
    let (a, b) = (&expected[&(2, 1)], &expected[&(2, 5)]);
    assert_eq!(it_inbox.mentions, a.1 + b.1);
    assert_eq!(it_inbox.runs, a.0.union(&b.0).count());

    let mut decisions = Decisions::default();
    decisions
        .barriers
        .insert(list[0].id(), BarrierDecision { priority: Some(Priority::High), owner: " Ana Núñez ".into() });
    let csv = master_list_csv(&list, &decisions, workshop_kit::model::Lang::English);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("Department,Barrier,Runs,Mentions,Votes,Priority,Owner"));
    let first = &list[0];
    assert_eq!(
        lines.next().unwrap(),
        format!("{},{},{},{},{},High,Ana Núñez", first.department, first.text, first.runs, first.mentions, first.votes)
    );
    assert_eq!(csv.lines().count(), list.len() + 1);
    // The runs of a German design give a German table.
    let csv = master_list_csv(&list, &decisions, workshop_kit::model::Lang::German);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("Abteilung,Barriere,Durchgänge,Nennungen,Stimmen,Priorität,Verantwortlich"));
    assert!(lines.next().unwrap().ends_with(",Hoch,Ana Núñez"), "{csv}");
}

#[test]
fn merging_by_hand_carries_decisions_and_splits_back() {
    let runs = sixty_runs();
    let plain = master_list(&runs, &Merges::new());
    let (inbox, handover, approvals) = (normalize(BARRIERS[1]), normalize(BARRIERS[5]), normalize(BARRIERS[4]));
    let mut d = Decisions::default();
    // Owners given to "handovers" in IT and in HR follow it into "inbox" in their departments.
    d.barriers.insert(format!("it/{handover}"), BarrierDecision { priority: Some(Priority::Low), owner: "Jo".into() });
    d.barriers.insert(format!("hr/{handover}"), BarrierDecision { priority: None, owner: "Kim".into() });
    merge_barriers(&mut d, &inbox, std::slice::from_ref(&handover));
    // Then "inbox" (with handovers in it) is merged into "approvals": all three are one.
    merge_barriers(&mut d, &approvals, std::slice::from_ref(&inbox));
    assert_eq!(d.merges.get(&handover), Some(&approvals), "earlier merges follow the later one");
    let merged = master_list(&runs, &d.merges);
    assert_eq!(merged.len(), plain.len() - 2 * DEPARTMENTS.len());
    let it = merged.iter().find(|b| b.department == "IT" && b.key == approvals).unwrap();
    let mentions = |key: &str| plain.iter().find(|b| b.department == "IT" && b.key == key).unwrap().mentions;
    assert_eq!(it.mentions, mentions(&inbox) + mentions(&handover) + mentions(&approvals));
    let mut folded = it.merged.clone();
    folded.sort();
    assert_eq!(folded, [handover.clone(), inbox.clone()]);
    assert_eq!(d.barriers.get(&it.id()).map(|b| b.owner.as_str()), Some("Jo"));
    assert_eq!(d.barriers.get(&format!("hr/{approvals}")).map(|b| b.owner.as_str()), Some("Kim"));
    assert_eq!(d.barriers.len(), 2, "no decision is left on a barrier that no longer has a row");

    split_barrier(&mut d, &approvals);
    assert!(d.merges.is_empty());
    assert_eq!(master_list(&runs, &d.merges), plain);

    // Sorting stays within departments; priority puts High first, undecided last.
    let mut list = plain.clone();
    let last_in_it = list.iter().rfind(|b| b.department == "IT").unwrap().id();
    d.barriers.insert(last_in_it.clone(), BarrierDecision { priority: Some(Priority::High), owner: String::new() });
    sort_master_list(&mut list, SortBy::Priority, false, &d);
    let first_in_it = list.iter().find(|b| b.department == "IT").unwrap();
    assert_eq!(first_in_it.id(), last_in_it);
    sort_master_list(&mut list, SortBy::Text, false, &d);
    let depts: Vec<&str> = list.iter().map(|b| b.department.as_str()).collect();
    let mut sorted = depts.clone();
    sorted.sort();
    assert_eq!(depts, sorted, "departments stay grouped and in order");
    let it_texts: Vec<String> = list.iter().filter(|b| b.department == "IT").map(|b| b.text.to_lowercase()).collect();
    assert!(it_texts.windows(2).all(|w| w[0] <= w[1]), "{it_texts:?}");
}

#[test]
fn a_corrected_barrier_keeps_its_priority_and_owner_once_no_run_has_the_old_wording() {
    let mut runs: Vec<Session> = sixty_runs().into_iter().take(2).collect();
    let mut d = Decisions::default();
    let typo = "Refunds wiat for sign-off";
    for s in &mut runs {
        s.captures.barriers[0].text = typo.into();
        s.captures.barriers[0].department = "Finance".into();
    }
    let old = barrier_id(&d.merges, "Finance", typo);
    d.barriers.insert(old.clone(), BarrierDecision { priority: Some(Priority::High), owner: "Ola".into() });
    // The first run is corrected: the second still has the typo, so the decision stays.
    runs[0].captures.barriers[0].text = "Refunds wait for sign-off".into();
    let new = barrier_id(&d.merges, "Finance", "Refunds wait for sign-off");
    assert!(!follow_correction(&mut d, &runs.iter().collect::<Vec<_>>(), &old, &new));
    assert!(d.barriers.contains_key(&old));
    // The second is corrected too: the decision follows.
    runs[1].captures.barriers[0].text = "Refunds wait for sign-off".into();
    assert!(follow_correction(&mut d, &runs.iter().collect::<Vec<_>>(), &old, &new));
    assert_eq!(d.barriers.get(&new).map(|b| b.owner.as_str()), Some("Ola"));
    assert!(!d.barriers.contains_key(&old));
}

#[test]
fn calibration_gives_the_median_and_spread_of_each_item() {
    let runs = sixty_runs();
    let calibration = calibrate(&runs);
    let welcome = &calibration[0];
    assert_eq!(welcome.title, "Welcome from the sponsor");
    assert_eq!(welcome.runs, 60);
    let mut extras: Vec<i64> = (0..60).map(stretch).collect();
    extras.sort_unstable();
    let median_extra = (extras[29] + extras[30]) * 60 / 2;
    let planned = i64::from(welcome.planned.get()) * 60;
    assert_eq!(welcome.median_seconds, planned + median_extra);
    assert_eq!((welcome.min_seconds, welcome.max_seconds), (planned, planned + 6 * 60));
    // Items only in one version ran in the 30 runs of that version.
    let frontline_only = calibration.iter().find(|c| c.title == "Moments of truth in our members' day").unwrap();
    assert_eq!(frontline_only.runs, 30);
    assert_eq!(frontline_only.median_seconds, i64::from(frontline_only.planned.get()) * 60);
    assert_eq!(frontline_only.suggested, frontline_only.planned, "an item on time keeps its duration");
}

#[test]
fn the_report_command_reads_a_folder_of_runs_and_writes_the_pdf_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let runs_dir = dir.path().join("runs");
    std::fs::create_dir(&runs_dir).unwrap();
    for (n, s) in sixty_runs().iter().enumerate() {
        workshop_kit::store::save_session(&runs_dir.join(format!("run-{n:02}.session.ron")), s).unwrap();
    }
    std::fs::write(runs_dir.join("notes.txt"), "not a run").unwrap();
    let pdf = dir.path().join("across.pdf");
    let csv = dir.path().join("barriers.csv");
    let output =
        crate::util::app().arg("report").arg(&runs_dir).arg("-o").arg(&pdf).arg("--csv").arg(&csv).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", crate::util::stderr_of(&output));
    assert!(crate::util::stdout_of(&output).contains("60 runs"));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 41, "a header and the 40 merged barriers");

    let doc = lopdf::Document::load_mem(&std::fs::read(&pdf).unwrap()).unwrap();
    let pages: Vec<u32> = (1..=doc.get_pages().len() as u32).collect();
    let all = doc.extract_text(&pages).unwrap();
    for expected in
        ["results across 60 runs", "Barrier master list", "How long each item really takes", "Welcome from the sponsor"]
    {
        assert!(crate::pdf::squash(&all).contains(&crate::pdf::squash(expected)), "{expected} missing");
    }
    // Only one variant's runs.
    let output = crate::util::app()
        .arg("report")
        .arg(&runs_dir)
        .args(["--variant", "backline", "-o"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(crate::util::stdout_of(&output).contains("30 runs"));

    // The decisions taken in the app are used: a merge, a priority, a run left out.
    let mut d = Decisions { design_id: "cx-values-culture".into(), ..Decisions::default() };
    merge_barriers(&mut d, &normalize(BARRIERS[1]), &[normalize(BARRIERS[5])]);
    let hr_inbox = format!("hr/{}", normalize(BARRIERS[1]));
    d.barriers.insert(hr_inbox, BarrierDecision { priority: Some(Priority::High), owner: "Sam Okafor".into() });
    d.excluded_runs.insert("run-00.session.ron".into());
    workshop_kit::store::save_decisions(&workshop_kit::store::decisions_path(&runs_dir, "cx-values-culture"), &d)
        .unwrap();
    let output =
        crate::util::app().arg("report").arg(&runs_dir).arg("-o").arg(&pdf).arg("--csv").arg(&csv).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", crate::util::stderr_of(&output));
    let stdout = crate::util::stdout_of(&output);
    assert!(stdout.contains("59 runs") && stdout.contains("1 run left out"), "{stdout}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 36, "a header and 35 barriers: one merged away in each department");
    let hr_line = format!("HR,{},", BARRIERS[1]);
    let line = text.lines().find(|l| l.starts_with(&hr_line)).expect("the HR inbox barrier");
    assert!(line.ends_with(",High,Sam Okafor"), "{line}");

    // Every run left out: the error says so instead of "no runs found".
    d.excluded_runs = (0..60).map(|n| format!("run-{n:02}.session.ron")).collect();
    workshop_kit::store::save_decisions(&workshop_kit::store::decisions_path(&runs_dir, "cx-values-culture"), &d)
        .unwrap();
    let output = crate::util::app().arg("report").arg(&runs_dir).arg("-o").arg(&pdf).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(crate::util::stderr_of(&output).contains("60 of 60 are left out"), "{}", crate::util::stderr_of(&output));

    // A broken run file stops the report with its name.
    std::fs::write(runs_dir.join("broken.session.ron"), "(format: 1, session: (").unwrap();
    let output = crate::util::app().arg("report").arg(&runs_dir).arg("-o").arg(&pdf).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(crate::util::stderr_of(&output).contains("broken.session.ron:1:"));
}
