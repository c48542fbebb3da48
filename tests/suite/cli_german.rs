//! The command line in German (issue 15).
