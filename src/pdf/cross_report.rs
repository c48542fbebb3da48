//! The report across many runs of a design: the runs, the barrier master
//! list by department, how long each item really takes, what the rooms
//! said in their polls and votes, and the ideas and actions of every run.

use super::flow::{Flow, Style};
use super::page::{Laid, Paper};
use super::report::{due_text, owner_text};
use super::table::{Column, Row};
use crate::catalogue::{Word, count, minutes, short_date};
use crate::model::{Decisions, Session};
use crate::results::{
    actions_across, calibrate, different_people, ideas_across, master_list, polls_across, votes_across,
};

/// The report on `sessions` (the chosen runs of one design), with the
/// merges, priorities and owners of `decisions`.
pub fn cross_report(sessions: &[Session], decisions: &Decisions, paper: Paper) -> Laid {
    // The runs of one design share its language.
    let lang = sessions.first().map(|s| s.language).unwrap_or_default();
    let w = |word: Word| word.text(lang);
    let title = sessions.first().map_or(w(Word::Workshop).to_string(), |s| s.design_title.clone());
    let mut dates: Vec<crate::model::Date> = sessions.iter().filter_map(|s| s.date).collect();
    dates.sort();
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) => crate::catalogue::date_span(*a, *b, lang),
        _ => String::new(),
    };
    // "4 Durchgänge" in the header, "aus 4 Durchgängen" in the title.
    let counted = count(sessions.len(), Word::Run, Word::RunsCounted, lang);
    let runs = count(sessions.len(), Word::Run, Word::Runs, lang);
    let mut flow = Flow::new(paper, &title, &format!("{} · {counted}", w(Word::ResultsAcrossRuns))).with_lang(lang);
    let attendances: usize = sessions.iter().map(|s| s.roster.len()).sum();
    let people = different_people(sessions);
    let who = Word::DifferentPeople.fill(
        lang,
        &[
            &people,
            &w(if people == 1 { Word::Person } else { Word::PersonMany }),
            &attendances,
            &w(if attendances == 1 { Word::Attendance1 } else { Word::AttendanceMany }),
        ],
    );
    flow.title_block(&Word::AcrossTitle.fill(lang, &[&title, &runs]), &[span, who]);

    flow.heading(w(Word::TheRuns), Style::H1);
    let mut runs: Vec<&Session> = sessions.iter().collect();
    runs.sort_by_key(|s| s.date);
    let rows: Vec<Row> = runs
        .iter()
        .map(|s| {
            Row::new(vec![
                s.date.map(|d| short_date(d, lang)).unwrap_or_default(),
                s.variant.clone().unwrap_or_default(),
                s.facilitator.clone(),
                s.roster.len().to_string(),
                s.captures.ideas.len().to_string(),
                s.captures.barriers.len().to_string(),
                s.captures.actions.len().to_string(),
            ])
        })
        .collect();
    flow.table(
        &[
            Column::new(w(Word::Date), 1.3),
            Column::new(w(Word::Version), 1.2),
            Column::new(w(Word::Facilitator), 1.8),
            Column::number(w(Word::PeopleHead), 0.8),
            Column::number(w(Word::IdeasHead), 0.7),
            Column::number(w(Word::Barriers), 0.9),
            Column::number(w(Word::Actions), 0.9),
        ],
        &rows,
        8.5,
    );

    let list = master_list(sessions, &decisions.merges);
    if !list.is_empty() {
        flow.heading(w(Word::MasterList), Style::H1);
        flow.text(w(Word::MasterListIntro), Style::SMALL, 0.0);
        flow.space(4.0);
        let mut rows = Vec::new();
        let mut last = None;
        for b in &list {
            let dept = if b.department.is_empty() { w(Word::NoDepartment).to_string() } else { b.department.clone() };
            // Grouped as the master list groups them (case, punctuation and spacing ignored).
            let key = crate::results::normalize(&dept);
            if last.as_ref() != Some(&key) {
                rows.push(Row::section(&dept));
                last = Some(key);
            }
            let decision = decisions.barriers.get(&b.id());
            rows.push(Row::new(vec![
                b.text.clone(),
                b.runs.to_string(),
                b.mentions.to_string(),
                b.votes.to_string(),
                decision.and_then(|d| d.priority).map_or("", |p| w(Word::priority(p))).to_string(),
                decision.map(|d| d.owner.trim().to_string()).unwrap_or_default(),
            ]));
        }
        flow.table(
            &[
                Column::new(w(Word::Barrier), 4.75),
                Column::number(w(Word::RunsHead), 0.7),
                Column::number(w(Word::Mentions), 1.25),
                Column::number(w(Word::Votes), 0.8),
                Column::new(w(Word::Priority), 1.0),
                Column::new(w(Word::Owner), 1.8),
            ],
            &rows,
            8.5,
        );
    }

    let calibration = calibrate(sessions);
    if !calibration.is_empty() {
        flow.heading(w(Word::HowLong), Style::H1);
        let words = |seconds: i64| minutes(seconds, lang);
        let planned = |m: crate::model::Minutes| minutes(i64::from(m.get()) * 60, lang);
        let rows: Vec<Row> = calibration
            .iter()
            .map(|c| {
                Row::new(vec![
                    c.title.clone(),
                    planned(c.planned),
                    words(c.median_seconds),
                    match (words(c.min_seconds), words(c.max_seconds)) {
                        (low, high) if low == high => Word::Always.fill(lang, &[&low]),
                        (low, high) => format!("{low}–{high}"),
                    },
                    planned(c.suggested),
                    c.runs.to_string(),
                ])
            })
            .collect();
        flow.table(
            &[
                Column::new(w(Word::Item), 3.6),
                Column::number(w(Word::Planned), 1.1),
                Column::number(w(Word::Median), 1.1),
                Column::number(w(Word::Range), 1.9),
                Column::number(w(Word::Suggested), 1.3),
                Column::number(w(Word::RunsHead), 0.7),
            ],
            &rows,
            8.5,
        );
    }

    let polls = polls_across(sessions);
    if !polls.is_empty() {
        flow.heading(w(Word::PollsAcross), Style::H1);
        for poll in &polls {
            flow.heading(&poll.question, Style::H2);
            let total: u32 = poll.tallies.iter().map(|(_, t)| t).sum();
            let runs = count(poll.runs, Word::Run, Word::Runs, lang);
            flow.heading(&Word::AnswersIn.fill(lang, &[&total, &runs]), Style::SMALL);
            let bars: Vec<(String, f64)> = poll.tallies.iter().map(|(o, t)| (o.clone(), f64::from(*t))).collect();
            flow.bar_chart(&bars, |v| format!("{v:.0}"));
        }
    }

    let votes = votes_across(sessions);
    if !votes.is_empty() {
        flow.heading(w(Word::VotesAcross), Style::H1);
        let rows: Vec<Row> =
            votes.into_iter().map(|v| Row::new(vec![v.text, v.runs.to_string(), v.votes.to_string()])).collect();
        flow.table(
            &[
                Column::new(w(Word::OptionHead), 6.0),
                Column::number(w(Word::RunsHead), 0.8),
                Column::number(w(Word::Votes), 0.9),
            ],
            &rows,
            8.5,
        );
    }

    let date_of = |d: Option<crate::model::Date>| d.map(|d| short_date(d, lang)).unwrap_or_default();
    let ideas = ideas_across(sessions);
    if !ideas.is_empty() {
        flow.heading(w(Word::IdeasAcross), Style::H1);
        let rows: Vec<Row> = ideas
            .into_iter()
            .map(|idea| {
                let mut text = idea.text;
                for add_on in &idea.add_ons {
                    text.push_str(&format!("\n+ {add_on}"));
                }
                let by = match idea.contributors.is_empty() {
                    true => date_of(idea.date),
                    false => format!("{} · {}", date_of(idea.date), super::typography::names(&idea.contributors)),
                };
                Row::new(vec![text, by, idea.votes.to_string()]).titled(0)
            })
            .collect();
        flow.table(
            &[
                Column::new(w(Word::IdeaAndAddOns), 4.6),
                Column::new(w(Word::RunAndContributors), 3.0),
                Column::number(w(Word::Votes), 0.8),
            ],
            &rows,
            8.5,
        );
    }

    let actions = actions_across(sessions);
    if !actions.is_empty() {
        flow.heading(w(Word::ActionsAcross), Style::H1);
        let rows: Vec<Row> = actions
            .into_iter()
            .map(|a| Row::new(vec![a.what, owner_text(&a.owner, lang), due_text(a.due, lang), date_of(a.date)]))
            .collect();
        flow.table(
            &[
                Column::new(w(Word::Action), 4.2),
                Column::new(w(Word::Owner), 1.6),
                Column::new(w(Word::Due), 1.4),
                Column::new(w(Word::RunHead), 1.4),
            ],
            &rows,
            8.5,
        );
    }
    // The facilitators who ran them, once each, as the author.
    let mut by: Vec<&str> = sessions.iter().map(|s| s.facilitator.trim()).filter(|f| !f.is_empty()).collect();
    by.dedup();
    flow.finish(&title).named(w(Word::ResultsAcrossRuns), &title, None, &by.join(", "))
}
