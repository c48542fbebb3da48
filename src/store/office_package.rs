//! The zip package an office file is (a workbook's `.xlsx` or `.ods`, a
//! Word `.docx`), opened only after the checks no reader makes itself: a
//! password-protected file (an OLE container, as Office writes one) is told
//! apart from a damaged one, and a package that unpacks to more than
//! [`MAX_UNPACKED_BYTES`] (a zip bomb) is refused before anything is
//! unpacked.

use std::io::Cursor;
use std::path::Path;

use super::StoreError;
use super::error::FileWhat;
use super::text::read_bytes;
use crate::catalogue::{StoreText, app_lang};

/// The most a package may unpack to: an agenda's sheet or table is a few
/// hundred kilobytes; this leaves room for pictures and styles, not for a bomb.
pub const MAX_UNPACKED_BYTES: u64 = 100 * 1024 * 1024;

/// What kind of package, for the messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Package {
    Workbook,
    Document,
}

impl Package {
    fn what(self) -> FileWhat {
        match self {
            Package::Workbook => FileWhat::Workbook,
            Package::Document => FileWhat::Document,
        }
    }

    /// What is said of a package that is damaged, protected, or too large unpacked.
    fn texts(self) -> [StoreText; 3] {
        match self {
            Package::Workbook => {
                [StoreText::WorkbookDamaged, StoreText::WorkbookEncrypted, StoreText::WorkbookUnpacksTooLarge]
            }
            Package::Document => {
                [StoreText::DocumentDamaged, StoreText::DocumentEncrypted, StoreText::DocumentUnpacksTooLarge]
            }
        }
    }
}

/// "this workbook cannot be read": the package is damaged or of another kind.
pub(super) fn damaged(path: &Path, kind: Package) -> StoreError {
    invalid(path, kind.texts()[0].text(app_lang()).into())
}

pub(super) fn invalid(path: &Path, message: String) -> StoreError {
    StoreError::Invalid { path: path.to_path_buf(), message }
}

/// The file's bytes, if it is no larger than any file we read, and not empty.
pub(super) fn read_package(path: &Path, kind: Package) -> Result<Vec<u8>, StoreError> {
    let bytes = read_bytes(path, kind.what())?;
    if bytes.is_empty() {
        return Err(StoreError::Empty { path: path.to_path_buf(), what: kind.what() });
    }
    Ok(bytes)
}

/// Opens the package in `bytes`: refused when it is encrypted, no zip at
/// all, or unpacks to more than [`MAX_UNPACKED_BYTES`].
pub(super) fn open_package<'a>(
    path: &Path,
    bytes: &'a [u8],
    kind: Package,
) -> Result<zip::ZipArchive<Cursor<&'a [u8]>>, StoreError> {
    let lang = app_lang();
    const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let [_, encrypted, too_large] = kind.texts();
    if bytes.starts_with(&OLE) {
        return Err(invalid(path, encrypted.text(lang).into()));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| damaged(path, kind))?;
    // The sizes the archive's directory gives for its files (written even
    // where a file's own header leaves them to a descriptor after the data).
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        let size = archive.by_index_raw(i).map_err(|_| damaged(path, kind))?.size();
        unpacked = unpacked.saturating_add(size);
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(invalid(path, too_large.fill(lang, &[&unpacked, &MAX_UNPACKED_BYTES])));
    }
    Ok(archive)
}
