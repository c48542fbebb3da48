//! A run killed with SIGKILL after captures resumes with every capture.
//!
//! The test starts a second copy of this test binary running only itself,
//! with a folder in `DIR_VAR`, which makes it drive the real app (captures
//! through the UI), say it is ready, and wait; the test kills it without warning,
//! then starts the app again on the same data folder and resumes the run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui::Key;
use egui_kittest::kittest::Queryable;
use workshop_kit::model::TimingEvent;
use workshop_kit::runner::{FakeClock, Status};

use crate::ui_run::{at, click, run_app};

const DIR_VAR: &str = "WORKSHOP_KIT_KILL_TEST_DIR";

/// The process that gets killed: the same test, started again with the
/// folder in `DIR_VAR`, drives the app and waits.
fn run_then_wait_to_be_killed(dir: &Path) -> ! {
    let dir = dir.to_path_buf();
    let clock = FakeClock::at(at(8, 59));
    let mut harness = crate::ui_run::a_run_with_an_idea(&dir, &clock);
    clock.advance_seconds(7 * 60);
    harness.key_press(Key::Escape);
    harness.run();
    click(&mut harness, "+5 min");
    std::fs::write(dir.join("ready"), "ready").unwrap();
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Waits for `path` to appear, giving up if the child ends first.
fn wait_for(path: &Path, child: &mut std::process::Child, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if path.exists() {
            return true;
        }
        if matches!(child.try_wait(), Ok(Some(_))) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn a_run_killed_with_sigkill_resumes_with_every_capture() {
    if let Some(dir) = std::env::var_os(DIR_VAR) {
        run_then_wait_to_be_killed(Path::new(&dir));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["kill::a_run_killed_with_sigkill_resumes_with_every_capture", "--exact", "--test-threads=1"])
        .env(DIR_VAR, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let ready = wait_for(&dir.path().join("ready"), &mut child, Duration::from_secs(120));
    // Child::kill sends SIGKILL on Unix: no chance to save anything more.
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        ready,
        "the helper process did not get ready: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let status = output.status;
    assert!(!status.success());

    // Start again, 40 seconds later.
    let clock = FakeClock::at(at(9, 32));
    clock.advance_seconds(40);
    let mut harness = run_app(dir.path(), "customer-care-morning", &clock);
    assert!(harness.query_by_label("Resume the unfinished run?").is_some(), "the run is offered back");
    click(&mut harness, "Resume run");

    let app = harness.state();
    assert_eq!(app.doc.design.id, "not-my-job", "the design it ran is open again");
    let run = app.run.as_ref().expect("the run is back");
    let session = &run.session;
    assert_eq!(session.roster.len(), 2);
    let idea = &session.captures.ideas[0];
    assert_eq!(idea.text, "One shared queue for refund hand-offs");
    assert_eq!(idea.add_ons[0].text, "with a named owner each day");
    assert_eq!(idea.contributors().len(), 2);
    assert!(matches!(session.events.last(), Some(TimingEvent::Extend { minutes: 5, .. })));
    // The timer picks up from the timestamps: the fixes round started at 09:25,
    // it is now 09:32:40, and it has 5 extra minutes.
    let state = run.state();
    assert_eq!(state.status, Status::Running);
    let current = &session.plan[state.current.unwrap()];
    assert_eq!(current.title, "Fixes: building on each other's ideas");
    let allowed = i64::from(current.duration.get() + 5) * 60;
    assert_eq!(state.remaining_seconds(app.clock.now()), Some(allowed - (7 * 60 + 40)));
}

const STREAM_VAR: &str = "WORKSHOP_KIT_SAVE_STREAM_FILE";

/// The process that gets killed at a random moment: it adds captures to the
/// run file one after another, as the app does (apply, then an atomic
/// save), and prints each one's number once its save has returned.
fn save_captures_until_killed(path: &Path) -> ! {
    use std::io::Write;
    use workshop_kit::capture::{CaptureEdit, apply};
    use workshop_kit::model::{ItemId, Session};
    let mut session = if path.exists() { workshop_kit::store::load_session(path).unwrap() } else { Session::default() };
    let mut n = session.captures.notes.len();
    let mut out = std::io::stdout().lock();
    loop {
        n += 1;
        let text = format!("capture {n}: {}", "the room said something worth keeping ".repeat(n % 7 + 1));
        assert!(apply(&mut session, CaptureEdit::AddNote { item: ItemId(1), text }));
        workshop_kit::store::save_session(path, &session).unwrap();
        // Acknowledged: from here on a kill must not lose it.
        writeln!(out, "{n}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn captures_acknowledged_before_a_sigkill_at_any_moment_are_never_lost() {
    use std::io::BufRead;
    if let Some(path) = std::env::var_os(STREAM_VAR) {
        save_captures_until_killed(Path::new(&path));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stream.session.ron");
    let mut rng = fastrand::Rng::with_seed(11);
    let mut acknowledged = 0usize;
    let kills = 200;
    for kill in 0..kills {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "kill::captures_acknowledged_before_a_sigkill_at_any_moment_are_never_lost",
                "--exact",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(STREAM_VAR, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (first_tx, first_rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut last = None;
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Ok(n) = line.trim().parse::<usize>() {
                    if last.is_none() {
                        let _ = first_tx.send(());
                    }
                    last = Some(n);
                }
            }
            last
        });
        // Once it is saving, let it run 0-15 ms more: kills fall before,
        // during and after writes, renames and folder syncs.
        let _ = first_rx.recv_timeout(Duration::from_secs(30));
        std::thread::sleep(Duration::from_micros(rng.u64(0..15_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        let last = reader.join().unwrap();
        if let Some(last) = last {
            assert!(last > acknowledged, "kill {kill}: the child went on from the file");
            acknowledged = last;
        }
        let session = workshop_kit::store::load_session(&path)
            .unwrap_or_else(|e| panic!("kill {kill}: the run file no longer loads: {e}"));
        let notes = &session.captures.notes;
        assert!(
            notes.len() >= acknowledged,
            "kill {kill}: {} captures on disk, {acknowledged} acknowledged",
            notes.len()
        );
        for (i, note) in notes.iter().enumerate().take(acknowledged) {
            assert!(note.text.starts_with(&format!("capture {}:", i + 1)), "kill {kill}: capture {} changed", i + 1);
        }
        // What was on disk is where the next process starts.
        acknowledged = notes.len();
    }
    assert!(acknowledged >= kills, "every child saved something: {acknowledged} captures in {kills} kills");
}
