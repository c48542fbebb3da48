//! Changes to what a run captured (ideas and add-ons, barriers, votes, poll
//! tallies, actions, notes) and to its roster, as plain values.
//!
//! The run view turns typing and clicks into a [`CaptureEdit`]; applying it
//! here keeps the rules (ids, vote floors, who may be credited) in one
//! tested place, and every applied edit is followed by a save of the run.

use crate::model::{
    Action, AddOn, Barrier, Date, Idea, ItemId, Line, Note, Participant, ParticipantId, PollResult, Session, VoteOption,
};

/// Which list a capture is in, for removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureKind {
    Idea,
    Barrier,
    Vote,
    Action,
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaptureEdit {
    AddIdea {
        item: ItemId,
        text: String,
        by: Option<ParticipantId>,
    },
    /// "Building on that…": an add-on to an idea.
    AddOn {
        idea: u32,
        text: String,
        by: Option<ParticipantId>,
    },
    AddBarrier {
        item: ItemId,
        text: String,
        department: String,
    },
    AddVoteOption {
        item: ItemId,
        text: String,
    },
    /// Add (or with a negative delta, take back) dot votes on an idea, barrier or option.
    Vote {
        kind: CaptureKind,
        id: u32,
        delta: i32,
    },
    /// Set up the item's poll (question and options) if it has none yet.
    OpenPoll {
        item: ItemId,
        question: String,
        options: Vec<String>,
    },
    PollTally {
        item: ItemId,
        option: usize,
        delta: i32,
    },
    AddAction {
        item: ItemId,
        what: String,
        owner: String,
        due: Option<Date>,
    },
    AddNote {
        item: ItemId,
        text: String,
    },
    Remove {
        kind: CaptureKind,
        id: u32,
    },
    AddParticipant {
        name: String,
        department: String,
        line: Line,
    },
    RemoveParticipant(ParticipantId),
    /// Add imported people, skipping names already on the roster.
    ImportRoster(Vec<Participant>),
    /// Corrects the text of an idea, barrier, vote option, action or note
    /// afterwards (a typo, a clearer wording). Empty text changes nothing.
    Correct {
        kind: CaptureKind,
        id: u32,
        text: String,
    },
    /// Corrects the department a barrier was written under.
    SetDepartment {
        id: u32,
        department: String,
    },
    /// Corrects who owns an action.
    SetOwner {
        id: u32,
        owner: String,
    },
    /// Corrects who facilitated the run.
    SetFacilitator(String),
    /// Names the run ("rehearsal", "Hamburg team"), to tell runs apart.
    SetRunName(String),
    /// One vote option on `item` per idea (or barrier) captured in `from`,
    /// each linked to it, so the room votes on its own words without retyping.
    VoteOn {
        item: ItemId,
        from: ItemId,
        kind: CaptureKind,
    },
    /// Marks the run as a rehearsal (left out of the results by default), or not.
    SetRehearsal(bool),
}

/// Applies an edit; returns whether the run changed (and so must be saved).
pub fn apply(session: &mut Session, edit: CaptureEdit) -> bool {
    // An anonymous item takes no names, whatever the form sent.
    let anonymous = |session: &Session, item: ItemId| session.plan.iter().any(|p| p.id == item && p.anonymous);
    let edit = match edit {
        CaptureEdit::AddIdea { item, text, by: _ } if anonymous(session, item) => {
            CaptureEdit::AddIdea { item, text, by: None }
        }
        CaptureEdit::AddOn { idea, text, by: _ }
            if session.captures.ideas.iter().any(|i| i.id == idea && anonymous(session, i.item)) =>
        {
            CaptureEdit::AddOn { idea, text, by: None }
        }
        other => other,
    };
    let c = &mut session.captures;
    let clean = |t: String| t.trim().to_string();
    match edit {
        CaptureEdit::AddIdea { item, text, by } => {
            let text = clean(text);
            if text.is_empty() {
                return false;
            }
            let id = c.take_id();
            c.ideas.push(Idea { id, item, text, by, add_ons: Vec::new(), votes: 0 });
        }
        CaptureEdit::AddOn { idea, text, by } => {
            let text = clean(text);
            let Some(idea) = c.ideas.iter_mut().find(|i| i.id == idea) else { return false };
            if text.is_empty() {
                return false;
            }
            idea.add_ons.push(AddOn { text, by });
        }
        CaptureEdit::AddBarrier { item, text, department } => {
            let text = clean(text);
            if text.is_empty() {
                return false;
            }
            let id = c.take_id();
            c.barriers.push(Barrier { id, item, text, department: clean(department), votes: 0 });
        }
        CaptureEdit::AddVoteOption { item, text } => {
            let text = clean(text);
            if text.is_empty() {
                return false;
            }
            let id = c.take_id();
            c.votes.push(VoteOption { id, item, text, votes: 0, idea: None, barrier: None });
        }
        CaptureEdit::Vote { kind, id, delta } => {
            let votes = match kind {
                CaptureKind::Idea => c.ideas.iter_mut().find(|x| x.id == id).map(|x| &mut x.votes),
                CaptureKind::Barrier => c.barriers.iter_mut().find(|x| x.id == id).map(|x| &mut x.votes),
                CaptureKind::Vote => c.votes.iter_mut().find(|x| x.id == id).map(|x| &mut x.votes),
                CaptureKind::Action | CaptureKind::Note => None,
            };
            let Some(votes) = votes else { return false };
            let new = votes.saturating_add_signed(delta);
            if new == *votes {
                return false;
            }
            *votes = new;
        }
        CaptureEdit::OpenPoll { item, question, options } => {
            if c.polls.iter().any(|p| p.item == item) {
                return false;
            }
            let tallies = vec![0; options.len()];
            c.polls.push(PollResult { item, question, options, tallies });
        }
        CaptureEdit::PollTally { item, option, delta } => {
            let Some(tally) = c.polls.iter_mut().find(|p| p.item == item).and_then(|p| p.tallies.get_mut(option))
            else {
                return false;
            };
            let new = tally.saturating_add_signed(delta);
            if new == *tally {
                return false;
            }
            *tally = new;
        }
        CaptureEdit::AddAction { item, what, owner, due } => {
            let what = clean(what);
            if what.is_empty() {
                return false;
            }
            let id = c.take_id();
            c.actions.push(Action { id, item, what, owner: clean(owner), due });
        }
        CaptureEdit::AddNote { item, text } => {
            let text = clean(text);
            if text.is_empty() {
                return false;
            }
            let id = c.take_id();
            c.notes.push(Note { id, item, text });
        }
        CaptureEdit::Remove { kind, id } => {
            let before = c.ideas.len() + c.barriers.len() + c.votes.len() + c.actions.len() + c.notes.len();
            match kind {
                CaptureKind::Idea => c.ideas.retain(|x| x.id != id),
                CaptureKind::Barrier => c.barriers.retain(|x| x.id != id),
                CaptureKind::Vote => c.votes.retain(|x| x.id != id),
                CaptureKind::Action => c.actions.retain(|x| x.id != id),
                CaptureKind::Note => c.notes.retain(|x| x.id != id),
            }
            return before != c.ideas.len() + c.barriers.len() + c.votes.len() + c.actions.len() + c.notes.len();
        }
        CaptureEdit::AddParticipant { name, department, line } => {
            let name = clean(name);
            if name.is_empty() {
                return false;
            }
            let id = session.take_participant_id();
            session.roster.push(Participant { id, name, department: clean(department), line });
        }
        CaptureEdit::RemoveParticipant(id) => {
            let before = session.roster.len();
            session.roster.retain(|p| p.id != id);
            return before != session.roster.len();
        }
        CaptureEdit::ImportRoster(people) => {
            let mut added = false;
            for p in people {
                if session.roster.iter().any(|r| r.name.eq_ignore_ascii_case(&p.name)) {
                    continue;
                }
                let id = session.take_participant_id();
                session.roster.push(Participant { id, ..p });
                added = true;
            }
            return added;
        }
        CaptureEdit::Correct { kind, id, text } => {
            let text = clean(text);
            let slot = match kind {
                CaptureKind::Idea => c.ideas.iter_mut().find(|x| x.id == id).map(|x| &mut x.text),
                CaptureKind::Barrier => c.barriers.iter_mut().find(|x| x.id == id).map(|x| &mut x.text),
                CaptureKind::Vote => c.votes.iter_mut().find(|x| x.id == id).map(|x| &mut x.text),
                CaptureKind::Action => c.actions.iter_mut().find(|x| x.id == id).map(|x| &mut x.what),
                CaptureKind::Note => c.notes.iter_mut().find(|x| x.id == id).map(|x| &mut x.text),
            };
            return set_if_changed(slot, text, false);
        }
        CaptureEdit::SetDepartment { id, department } => {
            let slot = c.barriers.iter_mut().find(|x| x.id == id).map(|x| &mut x.department);
            return set_if_changed(slot, clean(department), true);
        }
        CaptureEdit::SetOwner { id, owner } => {
            let slot = c.actions.iter_mut().find(|x| x.id == id).map(|x| &mut x.owner);
            return set_if_changed(slot, clean(owner), true);
        }
        CaptureEdit::SetFacilitator(name) => return set_if_changed(Some(&mut session.facilitator), clean(name), true),
        CaptureEdit::SetRunName(name) => return set_if_changed(Some(&mut session.name), clean(name), true),
        CaptureEdit::VoteOn { item, from, kind } => {
            let sources: Vec<(u32, String)> = match kind {
                CaptureKind::Idea => {
                    c.ideas.iter().filter(|i| i.item == from).map(|i| (i.id, i.text.clone())).collect()
                }
                CaptureKind::Barrier => {
                    c.barriers.iter().filter(|b| b.item == from).map(|b| (b.id, b.text.clone())).collect()
                }
                _ => return false,
            };
            let mut added = false;
            for (source, text) in sources {
                let linked = |v: &VoteOption| {
                    v.item == item
                        && match kind {
                            CaptureKind::Idea => v.idea == Some(source),
                            _ => v.barrier == Some(source),
                        }
                };
                if c.votes.iter().any(linked) {
                    continue;
                }
                let id = c.take_id();
                let (idea, barrier) =
                    if kind == CaptureKind::Idea { (Some(source), None) } else { (None, Some(source)) };
                c.votes.push(VoteOption { id, item, text, votes: 0, idea, barrier });
                added = true;
            }
            return added;
        }
        CaptureEdit::SetRehearsal(on) => {
            if session.rehearsal == on {
                return false;
            }
            session.rehearsal = on;
        }
    }
    true
}

/// Writes `value` into `slot` if it is there and differs (and is not empty,
/// unless empty is allowed); returns whether it changed.
fn set_if_changed(slot: Option<&mut String>, value: String, empty_ok: bool) -> bool {
    match slot {
        Some(slot) if *slot != value && (empty_ok || !value.is_empty()) => {
            *slot = value;
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideas_grow_add_ons_and_votes_never_go_below_zero() {
        let mut s = Session::default();
        assert!(apply(
            &mut s,
            CaptureEdit::AddParticipant { name: "Ana".into(), department: "IT".into(), line: Line::Backline }
        ));
        assert!(apply(
            &mut s,
            CaptureEdit::AddParticipant { name: "Ben".into(), department: "Care".into(), line: Line::Frontline }
        ));
        let (ana, ben) = (s.roster[0].id, s.roster[1].id);
        assert!(apply(
            &mut s,
            CaptureEdit::AddIdea { item: ItemId(4), text: " Call back within a day ".into(), by: Some(ana) }
        ));
        assert!(
            !apply(&mut s, CaptureEdit::AddIdea { item: ItemId(4), text: "   ".into(), by: None }),
            "empty text adds nothing"
        );
        let idea = s.captures.ideas[0].id;
        assert!(apply(&mut s, CaptureEdit::AddOn { idea, text: "…and say who will call".into(), by: Some(ben) }));
        assert_eq!(s.captures.ideas[0].text, "Call back within a day");
        assert_eq!(s.captures.ideas[0].contributors(), [ana, ben]);
        assert!(!apply(&mut s, CaptureEdit::Vote { kind: CaptureKind::Idea, id: idea, delta: -1 }));
        assert!(apply(&mut s, CaptureEdit::Vote { kind: CaptureKind::Idea, id: idea, delta: 3 }));
        assert_eq!(s.captures.ideas[0].votes, 3);
        assert!(apply(
            &mut s,
            CaptureEdit::AddBarrier { item: ItemId(5), text: "No access to billing".into(), department: "Care".into() }
        ));
        assert_ne!(s.captures.barriers[0].id, idea, "ids are unique across kinds");
        // A removed entry's id is never handed out again.
        let barrier = s.captures.barriers[0].id;
        assert!(apply(&mut s, CaptureEdit::Remove { kind: CaptureKind::Barrier, id: barrier }));
        assert!(apply(&mut s, CaptureEdit::RemoveParticipant(ben)));
        assert!(apply(
            &mut s,
            CaptureEdit::AddParticipant { name: "Cleo".into(), department: String::new(), line: Line::Other }
        ));
        assert_ne!(s.roster[1].id, ben, "Cleo does not inherit Ben's add-on");
        assert!(apply(&mut s, CaptureEdit::AddNote { item: ItemId(1), text: "n".into() }));
        assert!(s.captures.notes[0].id > idea + 1);
    }

    #[test]
    fn polls_tally_and_rosters_import_without_duplicates() {
        let mut s = Session::default();
        let options = vec!["Part of the family".to_string(), "Just a number".to_string()];
        assert!(apply(&mut s, CaptureEdit::OpenPoll { item: ItemId(2), question: "Q".into(), options }));
        assert!(!apply(&mut s, CaptureEdit::OpenPoll { item: ItemId(2), question: "Q".into(), options: vec![] }));
        assert!(apply(&mut s, CaptureEdit::PollTally { item: ItemId(2), option: 1, delta: 1 }));
        assert!(!apply(&mut s, CaptureEdit::PollTally { item: ItemId(2), option: 5, delta: 1 }));
        assert_eq!(s.captures.polls[0].tallies, [0, 1]);
        let people = vec![
            Participant { name: "Ana".into(), ..Participant::default() },
            Participant { name: "ana".into(), ..Participant::default() },
        ];
        assert!(apply(&mut s, CaptureEdit::ImportRoster(people)));
        assert_eq!(s.roster.len(), 1);
    }

    #[test]
    fn corrections_change_text_but_never_empty_it() {
        let mut s = Session::default();
        assert!(apply(
            &mut s,
            CaptureEdit::AddBarrier { item: ItemId(5), text: "No acess to billing".into(), department: "Care".into() }
        ));
        let id = s.captures.barriers[0].id;
        let fix = |text: &str| CaptureEdit::Correct { kind: CaptureKind::Barrier, id, text: text.into() };
        assert!(apply(&mut s, fix(" No access to billing ")));
        assert_eq!(s.captures.barriers[0].text, "No access to billing");
        assert!(!apply(&mut s, fix("   ")), "a correction never empties an entry");
        assert!(!apply(&mut s, fix("No access to billing")), "the same text is no change (no save)");
        assert!(apply(&mut s, CaptureEdit::SetDepartment { id, department: "Billing".into() }));
        assert_eq!(s.captures.barriers[0].department, "Billing");
        assert!(!apply(&mut s, CaptureEdit::SetOwner { id, owner: "Ana".into() }), "a barrier has no owner");
        assert!(apply(&mut s, CaptureEdit::SetFacilitator("Mia Berg".into())));
        assert_eq!(s.facilitator, "Mia Berg");
    }
}
