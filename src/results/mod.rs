//! Results across the runs of a design: the barrier master list (merged
//! across runs and departments, with the decisions taken on it), the ideas
//! and actions of every run, and how long each item really takes.
//!
//! A design that runs sixty times must turn its runs into decisions: which
//! barriers come up again and again, and which items always overrun.
//! `master_list` builds and sorts the list, `decisions` changes what was
//! decided on it, `csv` writes it out, `across` gathers ideas and actions,
//! `calibration` the real durations.

mod across;
mod calibration;
mod csv;
mod decisions;
mod master_list;

pub use across::{
    ActionAcross, IdeaAcross, PollAcross, VotesAcross, actions_across, different_people, ideas_across, polls_across,
    votes_across,
};
pub use calibration::{Calibration, calibrate};
pub use csv::master_list_csv;
pub use decisions::{DecisionEdit, decide, follow_correction, is_counted, is_included, merge_barriers, split_barrier};
pub use master_list::{MasterBarrier, Merges, SortBy, barrier_id, master_list, resolve, sort_master_list};

/// The comparison key of a barrier's text: case, punctuation and spacing
/// ignored, so "Refunds wait for sign-off." and "refunds wait for sign off"
/// are one barrier.
pub fn normalize(text: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_case_punctuation_and_spacing() {
        assert_eq!(normalize("  Refunds wait for SIGN-OFF. "), "refunds wait for sign off");
        assert_eq!(normalize("Refunds  wait for sign off"), normalize("refunds, wait for sign-off!"));
        assert_eq!(normalize("Übergabe: Ärger"), "übergabe ärger");
        assert_eq!(normalize("..."), "");
    }
}
