//! The words of the file errors: what is wrong with a design, run, roster
//! or agenda file, and where, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of a file error.
    StoreText {
        Placeholder => "Placeholder", "Platzhalter";
    }
}
