//! The app's words for the results view and what the app says when it acts on commands, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the results view and what the app says when it acts on commands.
    ResultsUi {
        Placeholder => "Placeholder", "Platzhalter";
    }
}
