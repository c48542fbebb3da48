//! The app's words for the run view, the console, the roster, captures and the projector, in English and German.

use super::catalogue;

catalogue! {
    /// A fixed text of the run view, the console, the roster, captures and the projector.
    RunUi {
        Placeholder => "Placeholder", "Platzhalter";
    }
}
