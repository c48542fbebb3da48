//! What the room sees, built fresh for each frame from the run: a plain
//! struct with no field for facilitator notes, and no names for an
//! anonymous item, so neither can reach the wall by accident.

use crate::catalogue::{RunUi, tr, trf};
use crate::model::{Capture, Design, ItemKind, Moment, ParticipantId, Session, countdown_text};
use crate::runner::{Phase, RunState, Status};

/// What the facilitator put on the projector ("Projector shows").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shows {
    /// The current item's capture once it has one, else the timer.
    #[default]
    Follow,
    Timer,
    Ideas,
    Barriers,
    Votes,
    Poll,
    Groups,
    Glossary,
    Message,
    Blackout,
}

impl Shows {
    pub const ALL: [Shows; 10] = [
        Shows::Follow,
        Shows::Timer,
        Shows::Ideas,
        Shows::Barriers,
        Shows::Votes,
        Shows::Poll,
        Shows::Groups,
        Shows::Glossary,
        Shows::Message,
        Shows::Blackout,
    ];

    /// Its name on the console, in the app's language.
    pub fn label(self) -> &'static str {
        tr(match self {
            Shows::Follow => RunUi::FollowItem,
            Shows::Timer => RunUi::Timer,
            Shows::Ideas => RunUi::Ideas,
            Shows::Barriers => RunUi::Barriers,
            Shows::Votes => RunUi::Votes,
            Shows::Poll => RunUi::Poll,
            Shows::Groups => RunUi::Groups,
            Shows::Glossary => RunUi::Glossary,
            Shows::Message => RunUi::Message,
            Shows::Blackout => RunUi::Blackout,
        })
    }
}

/// An idea as the room sees it: its add-ons, and who shaped it (nobody
/// named for an anonymous item).
#[derive(Clone, Debug, PartialEq)]
pub struct IdeaCard {
    pub text: String,
    pub add_ons: Vec<String>,
    pub by: Vec<String>,
}

/// The body of the projector.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// Before the first item: the title and when it starts.
    Standby {
        starts: String,
    },
    /// The item, its instructions, a big countdown and what is next.
    Timer,
    Ideas(Vec<IdeaCard>),
    /// By department.
    Barriers(Vec<(String, Vec<String>)>),
    /// Most votes first.
    Votes(Vec<(String, u32)>),
    Poll {
        question: String,
        options: Vec<(String, u32)>,
    },
    Groups(Vec<Vec<String>>),
    Glossary(Vec<(String, String)>),
    Message(String),
    Blackout,
}

/// Everything the projector shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectorView {
    pub workshop: String,
    pub title: String,
    pub instructions: String,
    pub countdown: String,
    pub phase: Phase,
    /// Words that say what the colour says ("2 minutes left", "Paused").
    pub status: String,
    pub next: Option<String>,
    pub screen: Screen,
    /// During a break: "Back at 10:05", when it ends in the live plan.
    pub back_at: Option<String>,
    /// The second the countdown reaches 0:00: the screen flashes once.
    pub flash: bool,
}

/// What the console decided about the projector.
#[derive(Clone, Copy, Debug)]
pub struct RoomControl<'a> {
    pub shows: Shows,
    pub blackout: bool,
    pub message: Option<&'a str>,
    pub groups: &'a [Vec<ParticipantId>],
}

impl ProjectorView {
    /// `design` is the design the run is of (`None` if another is open: then
    /// only the run's own plan is shown).
    pub fn new(
        design: Option<&Design>,
        session: &Session,
        state: &RunState,
        now: Moment,
        room: RoomControl<'_>,
    ) -> ProjectorView {
        let variant = session.variant.as_deref();
        let current = state.current.map(|i| &session.plan[i]);
        let item = current.and_then(|p| design?.item(p.id));
        let remaining = state.shown_remaining(session, now);
        let phase = state.phase(now);
        let status = match (state.status, phase, remaining) {
            (Status::NotStarted, ..) => tr(RunUi::StartingSoon).to_string(),
            (Status::Finished, ..) => tr(RunUi::ThankYou).to_string(),
            (Status::Paused, ..) => tr(RunUi::Paused).to_string(),
            (_, Phase::Over, _) => tr(RunUi::TimeIsUp).to_string(),
            (_, Phase::Ending, Some(r)) => trf(RunUi::TimeLeft, &[&minutes_words(r)]),
            _ => String::new(),
        };
        let back_at = match (current, state.current) {
            (Some(p), Some(i)) if p.kind == ItemKind::Break => {
                state.ends_at(i, now).map(|at| trf(RunUi::BackAt, &[&at.time_of_day()]))
            }
            _ => None,
        };
        let raw = state.remaining_seconds(now);
        ProjectorView {
            workshop: session.design_title.clone(),
            title: current.map(|p| p.title.clone()).unwrap_or_else(|| session.design_title.clone()),
            instructions: item.map(|i| i.text_in(variant).participant_instructions.to_string()).unwrap_or_default(),
            countdown: match (state.status, remaining) {
                (Status::Running | Status::Paused, Some(r)) => countdown_text(r.max(0)),
                _ => String::new(),
            },
            phase,
            status,
            // After the last item (or Finish) nothing comes next.
            next: state
                .next_index(session)
                .filter(|_| state.status != Status::Finished)
                .map(|i| session.plan[i].title.clone()),
            screen: screen(design, session, state, room),
            back_at,
            flash: state.status == Status::Running && matches!(raw, Some(-1..=0)),
        }
    }
}

/// The screen the projector shows: blackout first, then the facilitator's
/// choice, else (following the item) its capture once it has something.
fn screen(design: Option<&Design>, session: &Session, state: &RunState, room: RoomControl<'_>) -> Screen {
    if room.blackout || room.shows == Shows::Blackout {
        return Screen::Blackout;
    }
    let item = state.current.or_else(|| state.next_index(session)).map(|i| &session.plan[i]);
    let shows = match room.shows {
        Shows::Follow if state.status == Status::NotStarted => {
            // The design's own start: a preview of a shift would tick with the clock.
            let starts = session.plan.iter().find(|p| p.kind != ItemKind::Section).map(|p| p.start);
            return Screen::Standby { starts: starts.map(|t| t.to_string()).unwrap_or_default() };
        }
        Shows::Follow => {
            let kinds = item.and_then(|p| design?.item(p.id)).map(|i| i.captures.clone()).unwrap_or_default();
            let follow = kinds.iter().find_map(|c| {
                let (shows, has) = match c {
                    Capture::Ideas => {
                        (Shows::Ideas, has(session, item, |s, id| s.captures.ideas.iter().any(|x| x.item == id)))
                    }
                    Capture::Barriers => {
                        (Shows::Barriers, has(session, item, |s, id| s.captures.barriers.iter().any(|x| x.item == id)))
                    }
                    Capture::Votes => {
                        (Shows::Votes, has(session, item, |s, id| s.captures.votes.iter().any(|x| x.item == id)))
                    }
                    Capture::Poll { .. } => {
                        (Shows::Poll, has(session, item, |s, id| s.captures.polls.iter().any(|x| x.item == id)))
                    }
                    Capture::Actions | Capture::Notes => return None,
                };
                has.then_some(shows)
            });
            follow.unwrap_or(Shows::Timer)
        }
        other => other,
    };
    let Some(item) = item else { return Screen::Timer };
    let c = &session.captures;
    let name = |who: Option<ParticipantId>| -> Option<String> {
        if item.anonymous {
            return None;
        }
        who.and_then(|p| session.participant(p)).map(|p| p.name.clone())
    };
    match shows {
        Shows::Ideas => Screen::Ideas(
            c.ideas
                .iter()
                .filter(|i| i.item == item.id)
                .map(|i| IdeaCard {
                    text: i.text.clone(),
                    add_ons: i.add_ons.iter().map(|a| a.text.clone()).collect(),
                    by: i.contributors().into_iter().filter_map(|p| name(Some(p))).collect(),
                })
                .collect(),
        ),
        Shows::Barriers => {
            let mut by_department: Vec<(String, Vec<String>)> = Vec::new();
            for b in c.barriers.iter().filter(|b| b.item == item.id) {
                let department =
                    if b.department.trim().is_empty() { tr(RunUi::AcrossDepartments) } else { b.department.trim() };
                match by_department.iter_mut().find(|(d, _)| d.eq_ignore_ascii_case(department)) {
                    Some((_, list)) => list.push(b.text.clone()),
                    None => by_department.push((department.to_string(), vec![b.text.clone()])),
                }
            }
            by_department.sort_by_key(|(d, _)| d.to_lowercase());
            Screen::Barriers(by_department)
        }
        Shows::Votes => {
            let mut votes: Vec<(String, u32)> =
                c.votes.iter().filter(|v| v.item == item.id).map(|v| (v.text.clone(), v.votes)).collect();
            votes.sort_by_key(|v| std::cmp::Reverse(v.1));
            Screen::Votes(votes)
        }
        Shows::Poll => match c.polls.iter().find(|p| p.item == item.id) {
            Some(p) => Screen::Poll {
                question: p.question.clone(),
                options: p.options.iter().cloned().zip(p.tallies.iter().copied().chain(std::iter::repeat(0))).collect(),
            },
            None => Screen::Timer,
        },
        Shows::Groups => Screen::Groups(
            room.groups
                .iter()
                .map(|g| g.iter().filter_map(|p| session.participant(*p).map(|p| p.name.clone())).collect())
                .collect(),
        ),
        Shows::Glossary => Screen::Glossary(
            design
                .map(|d| d.glossary.iter().map(|g| (g.term.clone(), g.meaning.clone())).collect())
                .unwrap_or_default(),
        ),
        Shows::Message => match room.message {
            Some(text) if !text.trim().is_empty() => Screen::Message(text.trim().to_string()),
            _ => Screen::Timer,
        },
        Shows::Timer | Shows::Follow | Shows::Blackout => Screen::Timer,
    }
}

fn has(
    session: &Session,
    item: Option<&crate::model::PlannedItem>,
    any: impl Fn(&Session, crate::model::ItemId) -> bool,
) -> bool {
    item.is_some_and(|p| any(session, p.id))
}

fn minutes_words(seconds: i64) -> String {
    match seconds {
        s if s >= 120 => trf(RunUi::ManyMinutes, &[&((s + 59) / 60)]),
        s if s >= 60 => tr(RunUi::OneMinute).to_string(),
        s => trf(RunUi::ManySeconds, &[&s]),
    }
}
