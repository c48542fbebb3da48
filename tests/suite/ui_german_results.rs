//! The results view with the app in German (issue 15).
