//! The results report of one run: who came, how the time went, and
//! everything the room produced, with the names of those who shaped it.

use std::collections::BTreeMap;

use super::flow::{Flow, Style};
use super::page::{Laid, Paper};
use super::table::{Column, Row, RowKind};
use crate::catalogue::{Word, count, difference, long_date, minutes, short_date};
use crate::model::{ItemKind, ParticipantId, Session};
use crate::runner::RunState;

pub fn report(session: &Session, paper: Paper) -> Laid {
    let state = RunState::replay(session);
    let lang = session.language;
    let mut note = word(session, Word::Results).to_string();
    if let Some(v) = &session.variant {
        note.push_str(&format!(" · {}", Word::VersionOf.fill(lang, &[v])));
    }
    if let Some(d) = session.date {
        note.push_str(&format!(" · {}", long_date(d, lang)));
    }
    let title = Word::ResultsTitle.fill(lang, &[&session.design_title]);
    let mut flow = Flow::new(paper, &session.design_title, &note).with_lang(lang);
    let started = state.items.iter().filter_map(|r| r.started).min();
    let ended = state.items.iter().filter_map(|r| r.ended).max();
    let mut facts = Vec::new();
    if let Some(d) = session.date {
        let version = session.variant.as_ref().map(|v| format!(", {}", Word::VersionOf.fill(lang, &[v])));
        facts.push(format!("{}{}", Word::RunOn.fill(lang, &[&long_date(d, lang)]), version.unwrap_or_default()));
    }
    if let (Some(s), Some(e)) = (started, ended) {
        let (s, e) = (s.time_of_day(), e.time_of_day());
        facts.push(Word::RanFromTo.fill(lang, &[&s, &e, &session.start, &session.planned_end]));
    }
    if !session.facilitator.is_empty() {
        facts.push(Word::FacilitatorIs.fill(lang, &[&session.facilitator]));
    }
    flow.title_block(&title, &facts);

    attendance(&mut flow, session);
    timing(&mut flow, session, &state);
    ideas(&mut flow, session);
    barriers(&mut flow, session);
    votes(&mut flow, session);
    polls(&mut flow, session);
    actions(&mut flow, session);
    notes(&mut flow, session);
    flow.finish(&session.design_title).named(
        word(session, Word::ResultsReport),
        &session.design_title,
        session.variant.as_deref(),
        &session.facilitator,
    )
}

/// A fixed word in the language of the run's design.
fn word(session: &Session, word: Word) -> &'static str {
    word.text(session.language)
}

fn name(session: &Session, id: Option<ParticipantId>) -> Option<String> {
    id.and_then(|p| session.participant(p)).map(|p| p.name.clone())
}

fn item_title(session: &Session, id: crate::model::ItemId) -> String {
    session.plan.iter().find(|p| p.id == id).map_or(String::new(), |p| p.title.clone())
}

fn attendance(flow: &mut Flow, session: &Session) {
    flow.heading(word(session, Word::Attendance), Style::H1);
    if session.roster.is_empty() {
        flow.paragraph(word(session, Word::NoRoster));
        return;
    }
    let mut by_department: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for p in &session.roster {
        let dept = if p.department.trim().is_empty() {
            word(session, Word::NoDepartment).to_string()
        } else {
            p.department.trim().to_string()
        };
        by_department.entry(dept).or_default().push(&p.name);
    }
    let people = session.roster.len();
    let departments = by_department.len();
    let lang = session.language;
    let people = count(people, Word::Person, Word::PersonMany, lang);
    let departments = count(departments, Word::DepartmentOne, Word::DepartmentMany, lang);
    flow.text(&Word::PeopleFrom.fill(lang, &[&people, &departments]), Style::BODY, 0.0);
    flow.space(4.0);
    let rows: Vec<Row> = by_department
        .iter()
        .map(|(dept, names)| Row::new(vec![dept.clone(), names.len().to_string(), super::typography::names(names)]))
        .collect();
    flow.table(
        &[
            Column::new(word(session, Word::Department), 2.0),
            Column::number(word(session, Word::PeopleHead), 0.8),
            Column::new(word(session, Word::Names), 5.0),
        ],
        &rows,
        9.0,
    );
}

fn timing(flow: &mut Flow, session: &Session, state: &RunState) {
    flow.heading(word(session, Word::PlannedAndActual), Style::H1);
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    // A report is of what happened: the plan as it stood at the last event.
    let last = session.events.last().map(|e| e.at()).unwrap_or_default();
    let finished = crate::runner::is_finished(session);
    for row in state.day(session, last) {
        let plan = &session.plan[row.index];
        if plan.kind == ItemKind::Section {
            rows.push(Row::section(&plan.title));
            continue;
        }
        let run = &row.run;
        let took_ms = match (run.started, run.ended) {
            (Some(_), Some(end)) => Some(state.elapsed_ms(row.index, end)),
            _ => None,
        };
        // A dropped item, or one skipped before it had run a minute, took no
        // time of its own: it says so rather than "0 min".
        let status = if run.dropped {
            word(session, Word::Dropped).to_string()
        } else if run.skipped && took_ms.is_none_or(|ms| ms < 60_000) {
            word(session, Word::Skipped).to_string()
        } else if run.started.is_none() && finished {
            // The run ended before it came to this item.
            word(session, Word::NotRun).to_string()
        } else {
            String::new()
        };
        let actual_ms = took_ms.filter(|_| status.is_empty());
        let actual = match actual_ms {
            Some(ms) => minutes(ms / 1000, session.language),
            None => status.clone(),
        };
        let started = run.started.map(|s| s.time_of_day().to_string()).unwrap_or_default();
        let difference =
            actual_ms.map(|ms| difference(ms / 1000 - i64::from(row.planned.get()) * 60, session.language));
        rows.push(Row {
            cells: vec![
                format!("{}", row.planned_start),
                plan.title.clone(),
                minutes(i64::from(row.planned.get()) * 60, session.language),
                started,
                actual,
                difference.unwrap_or_default(),
            ],
            kind: if plan.kind == ItemKind::Break { RowKind::Muted } else { RowKind::Normal },
            titled: None,
        });
        if let Some(ms) = actual_ms {
            bars.push((
                Word::PlannedFor.fill(
                    session.language,
                    &[&plan.title, &minutes(i64::from(row.planned.get()) * 60, session.language)],
                ),
                ms as f64 / 60_000.0,
            ));
        }
    }
    flow.table(
        &[
            Column::new(word(session, Word::Plan), 0.8),
            Column::new(word(session, Word::Item), 3.6),
            Column::number(word(session, Word::PlannedLength), 1.1),
            Column::new(word(session, Word::Started), 1.0),
            Column::number(word(session, Word::Took), 1.1),
            Column::number(word(session, Word::Difference), 1.3),
        ],
        &rows,
        8.5,
    );
    if !bars.is_empty() {
        flow.label(word(session, Word::MinutesEachItem));
        flow.bar_chart(&bars, |v| minutes((v * 60.0).round() as i64, session.language));
    }
}

fn ideas(flow: &mut Flow, session: &Session) {
    let ideas = &session.captures.ideas;
    if ideas.is_empty() {
        return;
    }
    flow.heading(word(session, Word::IdeasHead), Style::H1);
    flow.text(word(session, Word::IdeasIntro), Style::SMALL, 0.0);
    flow.space(4.0);
    let votes_of = |idea| session.captures.idea_votes(idea);
    let mut sorted: Vec<_> = ideas.iter().collect();
    sorted.sort_by(|a, b| votes_of(b).cmp(&votes_of(a)).then(a.id.cmp(&b.id)));
    for idea in sorted {
        let votes = match votes_of(idea) {
            0 => String::new(),
            1 => format!("  {}", word(session, Word::OneVote)),
            n => format!("  {}", Word::ManyVotes.fill(session.language, &[&n])),
        };
        let title = format!("{}{votes}", idea.text);
        let add_ons: Vec<String> = idea
            .add_ons
            .iter()
            .map(|a| {
                let by = name(session, a.by).map(|n| format!(" — {n}")).unwrap_or_default();
                format!("+ {}{by}", a.text)
            })
            .collect();
        let names: Vec<String> = idea.contributors().iter().filter_map(|p| name(session, Some(*p))).collect();
        let shaped = match names.is_empty() {
            true => item_title(session, idea.item),
            false => Word::ShapedBy
                .fill(session.language, &[&super::typography::names(&names), &item_title(session, idea.item)]),
        };
        // An idea, its add-ons and who shaped it read as one: kept together.
        flow.keep(
            flow.measure_heading(&title, Style::STRONG)
                + add_ons.iter().map(|a| flow.measure_text(a, Style::BODY, 14.0)).sum::<f32>()
                + flow.measure_text(&shaped, Style::SMALL, 14.0),
        );
        flow.label(&title);
        for add_on in &add_ons {
            flow.text(add_on, Style::BODY, 14.0);
        }
        flow.text(&shaped, Style::SMALL, 14.0);
        flow.space(5.0);
    }
}

fn barriers(flow: &mut Flow, session: &Session) {
    let barriers = &session.captures.barriers;
    if barriers.is_empty() {
        return;
    }
    flow.heading(word(session, Word::BarriersByDepartment), Style::H1);
    let mut by_department: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for b in barriers {
        let dept = if b.department.trim().is_empty() {
            word(session, Word::NoDepartment).to_string()
        } else {
            b.department.trim().to_string()
        };
        by_department.entry(dept).or_default().push(b);
    }
    let mut rows = Vec::new();
    for (dept, mut list) in by_department {
        // Votes on options made from a barrier count with it.
        let votes_of = |b: &crate::model::Barrier| session.captures.barrier_votes(b);
        list.sort_by(|a, b| votes_of(b).cmp(&votes_of(a)).then(a.id.cmp(&b.id)));
        rows.push(Row::section(&format!("{dept} ({})", list.len())));
        for b in list {
            rows.push(Row::new(vec![b.text.clone(), votes_of(b).to_string()]));
        }
    }
    flow.table(
        &[Column::new(word(session, Word::Barrier), 6.0), Column::number(word(session, Word::Votes), 1.0)],
        &rows,
        9.0,
    );
}

fn votes(flow: &mut Flow, session: &Session) {
    let votes = &session.captures.votes;
    if votes.is_empty() {
        return;
    }
    flow.heading(word(session, Word::Priorities), Style::H1);
    let mut by_item: BTreeMap<crate::model::ItemId, Vec<_>> = BTreeMap::new();
    for v in votes {
        by_item.entry(v.item).or_default().push(v);
    }
    for (item, mut list) in by_item {
        list.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
        flow.heading(&item_title(session, item), Style::H2);
        let rows: Vec<Row> = list
            .iter()
            .enumerate()
            .map(|(n, v)| Row::new(vec![(n + 1).to_string(), v.text.clone(), v.votes.to_string()]))
            .collect();
        flow.table(
            &[
                Column::number(word(session, Word::Rank), 0.6),
                Column::new(word(session, Word::OptionHead), 6.0),
                Column::number(word(session, Word::Votes), 1.0),
            ],
            &rows,
            9.0,
        );
    }
}

fn polls(flow: &mut Flow, session: &Session) {
    let polls = &session.captures.polls;
    if polls.is_empty() {
        return;
    }
    flow.heading(word(session, Word::Polls), Style::H1);
    for poll in polls {
        flow.heading(&poll.question, Style::H2);
        let total: u32 = poll.tallies.iter().sum();
        flow.heading(&Word::AnswersAt.fill(session.language, &[&total, &item_title(session, poll.item)]), Style::SMALL);
        let bars: Vec<(String, f64)> = poll
            .options
            .iter()
            .zip(poll.tallies.iter().chain(std::iter::repeat(&0)))
            .map(|(o, t)| (o.clone(), f64::from(*t)))
            .collect();
        flow.bar_chart(&bars, |v| format!("{v:.0}"));
    }
}

fn actions(flow: &mut Flow, session: &Session) {
    let actions = &session.captures.actions;
    if actions.is_empty() {
        return;
    }
    flow.heading(word(session, Word::Actions), Style::H1);
    let rows: Vec<Row> = actions
        .iter()
        .map(|a| {
            Row::new(vec![a.what.clone(), owner_text(&a.owner, session.language), due_text(a.due, session.language)])
        })
        .collect();
    flow.table(
        &[
            Column::new(word(session, Word::Action), 5.0),
            Column::new(word(session, Word::Owner), 1.8),
            Column::new(word(session, Word::Due), 1.2),
        ],
        &rows,
        9.0,
    );
}

fn notes(flow: &mut Flow, session: &Session) {
    let notes = &session.captures.notes;
    if notes.is_empty() {
        return;
    }
    flow.heading(word(session, Word::Notes), Style::H1);
    let mut by_item: BTreeMap<crate::model::ItemId, Vec<&str>> = BTreeMap::new();
    for n in notes {
        by_item.entry(n.item).or_default().push(&n.text);
    }
    for (item, texts) in by_item {
        flow.heading(&item_title(session, item), Style::H2);
        flow.bullets(&texts.iter().map(|t| t.to_string()).collect::<Vec<_>>());
    }
}

/// An action's owner, or a mark that it has none yet (a blank cell reads as forgotten).
pub(super) fn owner_text(owner: &str, lang: crate::model::Lang) -> String {
    if owner.trim().is_empty() { Word::NoOwnerYet.text(lang).to_string() } else { owner.trim().to_string() }
}

/// An action's due date written out, or a mark that it has none.
pub(super) fn due_text(due: Option<crate::model::Date>, lang: crate::model::Lang) -> String {
    due.map_or_else(|| Word::NoDateYet.text(lang).to_string(), |d| short_date(d, lang))
}
