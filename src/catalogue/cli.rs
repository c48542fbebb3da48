//! The command line's words: its output, warnings and error messages, in
//! English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the command line.
    CliText {
        Placeholder => "Placeholder", "Platzhalter";
    }
}
