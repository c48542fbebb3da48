//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The `workshop-kit` binary, run with no inherited display so a test can
/// never open a window by mistake.
pub fn app() -> Command {
    let mut cmd = Command::cargo_bin("workshop-kit").expect("the binary is built for tests");
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    cmd
}

/// A temporary folder holding a file with the given contents.
pub struct TempFile {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn temp_file(name: &str, contents: &[u8]) -> TempFile {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, contents).expect("write temp file");
    TempFile { dir, path }
}

/// Bytes and modification time, to show a file was left alone.
pub fn snapshot(path: &Path) -> (Vec<u8>, std::time::SystemTime) {
    let bytes = std::fs::read(path).expect("read");
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).expect("mtime");
    (bytes, modified)
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
