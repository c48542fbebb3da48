//! Writing a file so that a crash or a full disk never leaves it half written.
//!
//! The new content goes to a temporary file in the same folder, is flushed to
//! disk, and is then renamed over the target, which is atomic on the same file
//! system. The version being replaced is kept as `<name>.bak`.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::StoreError;
use super::error::NoFileName;

/// Replaces `path` with `bytes` atomically, keeping the old file as `<path>.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, true)
}

/// As [`write_atomic`]; `keep_backup: false` is for files the app owns and
/// rewrites often (the recovery file), where a backup is only clutter.
pub fn write_atomic_with(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), StoreError> {
    let save_err = |source| StoreError::Save { path: path.to_path_buf(), source };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path.file_name().ok_or_else(|| save_err(std::io::Error::other(NoFileName)))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);

    let written = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(save_err(e));
    }
    if keep_backup && path.exists() {
        // A copy, not a rename: the target must exist at every moment.
        if let Err(e) = fs::copy(path, backup_path(path)) {
            let _ = fs::remove_file(&tmp);
            return Err(save_err(e));
        }
    }
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(save_err(e));
    }
    // Make the rename itself durable; not all platforms can open a folder.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Where the previous version of `path` is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.workshop.ron");
        write_atomic(&path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_failed_save_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("a.workshop.ron");
        let err = write_atomic(&path, b"new").unwrap_err();
        assert!(err.to_string().contains("a.workshop.ron"), "{err}");
        // A target that is a folder cannot be replaced; nothing else changes.
        let folder = dir.path().join("b.workshop.ron");
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("inside"), b"keep").unwrap();
        assert!(write_atomic(&folder, b"new").is_err());
        assert_eq!(fs::read(folder.join("inside")).unwrap(), b"keep");
    }
}
