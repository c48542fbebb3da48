//! The ideas and actions of every run counted, with who contributed.

use crate::model::{Date, Session};

/// An idea from one of the runs, with who contributed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdeaAcross {
    pub text: String,
    pub add_ons: Vec<String>,
    pub date: Option<Date>,
    pub variant: Option<String>,
    /// The idea's author and everyone who added on, by name, once each.
    pub contributors: Vec<String>,
    pub votes: u32,
}

/// Every idea of every run, most votes first (then by run date).
pub fn ideas_across(sessions: &[Session]) -> Vec<IdeaAcross> {
    let mut ideas: Vec<IdeaAcross> = sessions
        .iter()
        .flat_map(|s| {
            s.captures.ideas.iter().map(move |idea| IdeaAcross {
                text: idea.text.clone(),
                add_ons: idea.add_ons.iter().map(|a| a.text.clone()).collect(),
                date: s.date,
                variant: s.variant.clone(),
                contributors: idea
                    .contributors()
                    .iter()
                    .filter_map(|p| s.participant(*p))
                    .map(|p| p.name.clone())
                    .collect(),
                votes: s.captures.idea_votes(idea),
            })
        })
        .collect();
    ideas.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.date.cmp(&b.date)));
    ideas
}

/// An action agreed in one of the runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionAcross {
    pub what: String,
    pub owner: String,
    pub due: Option<Date>,
    /// The run it was agreed in.
    pub date: Option<Date>,
    pub variant: Option<String>,
}

/// Every action of every run, by run date, in the order agreed.
pub fn actions_across(sessions: &[Session]) -> Vec<ActionAcross> {
    let mut actions: Vec<ActionAcross> = sessions
        .iter()
        .flat_map(|s| {
            s.captures.actions.iter().map(move |a| ActionAcross {
                what: a.what.clone(),
                owner: a.owner.clone(),
                due: a.due,
                date: s.date,
                variant: s.variant.clone(),
            })
        })
        .collect();
    actions.sort_by_key(|a| a.date);
    actions
}

/// One poll question's answers summed over every run that asked it: where
/// the rooms stand, over sixty runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PollAcross {
    pub question: String,
    /// Each answer and how many chose it, in the order the question gives them.
    pub tallies: Vec<(String, u32)>,
    /// How many runs asked it.
    pub runs: usize,
}

/// Every poll of every run, the same question (spacing, case and
/// punctuation aside) summed into one, answers matched the same way; in
/// the order they were first asked.
pub fn polls_across(sessions: &[Session]) -> Vec<PollAcross> {
    // Each question with the runs that asked it (a run may ask it at several items).
    let mut polls: Vec<(String, PollAcross, Vec<usize>)> = Vec::new();
    for (run, s) in sessions.iter().enumerate() {
        for poll in &s.captures.polls {
            let key = super::normalize(&poll.question);
            let at = match polls.iter().position(|(k, _, _)| *k == key) {
                Some(at) => at,
                None => {
                    let across = PollAcross { question: poll.question.clone(), tallies: Vec::new(), runs: 0 };
                    polls.push((key, across, Vec::new()));
                    polls.len() - 1
                }
            };
            let (_, across, runs) = &mut polls[at];
            if !runs.contains(&run) {
                runs.push(run);
                across.runs += 1;
            }
            for (option, tally) in poll.options.iter().zip(poll.tallies.iter().chain(std::iter::repeat(&0))) {
                let key = super::normalize(option);
                match across.tallies.iter_mut().find(|(o, _)| super::normalize(o) == key) {
                    Some((_, sum)) => *sum += tally,
                    None => across.tallies.push((option.clone(), *tally)),
                }
            }
        }
    }
    polls.into_iter().map(|(_, p, _)| p).collect()
}

/// An option voted on in several runs, its votes summed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VotesAcross {
    pub text: String,
    pub votes: u32,
    pub runs: usize,
}

/// The options of every run's votes (priorities, and votes on ideas and
/// barriers), the same wording summed; most votes first.
pub fn votes_across(sessions: &[Session]) -> Vec<VotesAcross> {
    let mut votes: Vec<(String, VotesAcross, usize)> = Vec::new();
    for (run, s) in sessions.iter().enumerate() {
        for option in &s.captures.votes {
            let key = super::normalize(&option.text);
            match votes.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, v, last_run)) => {
                    v.votes += option.votes;
                    // Counted once per run, however many of its items offered it.
                    if *last_run != run {
                        *last_run = run;
                        v.runs += 1;
                    }
                }
                None => votes.push((key, VotesAcross { text: option.text.clone(), votes: option.votes, runs: 1 }, run)),
            }
        }
    }
    let mut votes: Vec<VotesAcross> = votes.into_iter().map(|(_, v, _)| v).collect();
    votes.sort_by(|a, b| b.votes.cmp(&a.votes).then(b.runs.cmp(&a.runs)));
    votes
}

/// How many different people came to `sessions` (names compared without
/// case, spacing or punctuation), beside the attendances counted.
pub fn different_people(sessions: &[Session]) -> usize {
    let mut names: Vec<String> = sessions
        .iter()
        .flat_map(|s| s.roster.iter().map(|p| super::normalize(&p.name)))
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names.len()
}
