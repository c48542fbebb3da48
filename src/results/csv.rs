//! The master list as a CSV table, with the priority and owner of each barrier.

use super::MasterBarrier;
use crate::catalogue::Word;
use crate::model::{Decisions, Lang};

/// The master list as CSV (comma separated, UTF-8, header row in `lang`),
/// with the priority and owner each barrier was given (empty when none).
pub fn master_list_csv(list: &[MasterBarrier], decisions: &Decisions, lang: Lang) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header =
        [Word::Department, Word::Barrier, Word::RunsHead, Word::Mentions, Word::Votes, Word::Priority, Word::Owner];
    let _ = writer.write_record(header.map(|w| w.text(lang)));
    for b in list {
        let decision = decisions.barriers.get(&b.id());
        let _ = writer.write_record([
            b.department.as_str(),
            b.text.as_str(),
            &b.runs.to_string(),
            &b.mentions.to_string(),
            &b.votes.to_string(),
            decision.and_then(|d| d.priority).map_or("", |p| Word::priority(p).text(lang)),
            decision.map_or("", |d| d.owner.trim()),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}
