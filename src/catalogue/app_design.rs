//! The app's words for the design view, the dialogs and the file pickers, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the design view, the dialogs and the file pickers.
    DesignUi {
        Placeholder => "Placeholder", "Platzhalter";
    }
}
