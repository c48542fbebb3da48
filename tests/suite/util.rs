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

/// 40 KB of bytes that are no file format at all.
pub fn noise() -> Vec<u8> {
    (0..40_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect()
}

/// The start of an OLE container: how Office writes a file with a password
/// (and how Word wrote `.doc`).
pub fn ole_container() -> Vec<u8> {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    ole
}

/// A zip under 1 MB whose `part` unpacks to 150 MB.
pub fn zip_bomb(part: &str) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(part, options).unwrap();
    let block = vec![b' '; 1024 * 1024];
    for _ in 0..150 {
        zip.write_all(&block).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 1024 * 1024, "{} bytes", bomb.len());
    bomb
}

/// The zip package `package` with `from` replaced by `to` in its `part`.
pub fn rewrite_part(package: &[u8], part: &str, from: &str, to: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(package)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == part {
            data = String::from_utf8(data).unwrap().replace(from, to).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}
