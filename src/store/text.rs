//! Reading a user's file as text, refusing what cannot be one before parsing.

use std::io::Read;
use std::path::Path;

use super::StoreError;
use super::error::FileWhat;

/// Largest file we will read: far above any real design or spreadsheet, far
/// below what would make the app stall or run out of memory.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Reads `path` as UTF-8 text without a byte-order mark. `what` names the kind
/// of file expected (`FileWhat::Design`) for the error messages.
pub fn read_text(path: &Path, what: FileWhat) -> Result<String, StoreError> {
    decode_text(path, read_bytes(path, what)?, what)
}

/// The file's bytes, if it is no larger than [`MAX_FILE_BYTES`] (checked
/// before reading, and again while reading, as the file may grow).
pub(crate) fn read_bytes(path: &Path, what: FileWhat) -> Result<Vec<u8>, StoreError> {
    let file = std::fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let size = file.metadata().map_err(|e| StoreError::io(path, e))?.len();
    let too_large = |size| StoreError::TooLarge { path: path.to_path_buf(), size, limit: MAX_FILE_BYTES, what };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    // The size can change between the check and the read (a growing log, a pipe).
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| StoreError::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// UTF-8 with or without a byte-order mark; anything else is refused with the offset.
pub fn decode_text(path: &Path, mut bytes: Vec<u8>, what: FileWhat) -> Result<String, StoreError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|e| StoreError::NotText {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
        what,
    })?;
    if text.contains('\0') {
        let offset = text.find('\0').unwrap_or(0);
        return Err(StoreError::NotText { path: path.to_path_buf(), offset, what });
    }
    Ok(text)
}
