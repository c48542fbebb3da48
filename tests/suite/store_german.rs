//! File errors in German (issue 15).
