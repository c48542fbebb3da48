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
