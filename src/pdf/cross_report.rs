//! The report across many runs of a design: the runs, the barrier master
//! list by department, how long each item really takes, and the ideas and
//! actions of every run.

use super::flow::{Column, Flow, Row, Style};
use super::page::{Laid, Paper};
use crate::model::{Decisions, Priority, Session};
use crate::results::{actions_across, calibrate, ideas_across, master_list};

/// The report on `sessions` (the chosen runs of one design), with the
/// merges, priorities and owners of `decisions`.
pub fn cross_report(sessions: &[Session], decisions: &Decisions, paper: Paper) -> Laid {
    let title = sessions.first().map_or("Workshop".to_string(), |s| s.design_title.clone());
    let mut dates: Vec<String> = sessions.iter().filter_map(|s| s.date.map(|d| d.to_string())).collect();
    dates.sort();
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.clone(),
        _ => String::new(),
    };
    let mut flow = Flow::new(paper, &title, &format!("Results across {} runs", sessions.len()));
    let people: usize = sessions.iter().map(|s| s.roster.len()).sum();
    flow.title_block(
        &format!("{title} — results across {} runs", sessions.len()),
        &[span, format!("{people} participants in all")],
    );

    flow.heading("The runs", Style::H1);
    let mut runs: Vec<&Session> = sessions.iter().collect();
    runs.sort_by_key(|s| s.date);
    let rows: Vec<Row> = runs
        .iter()
        .map(|s| {
            Row::new(vec![
                s.date.map(|d| d.to_string()).unwrap_or_default(),
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
            Column::new("Date", 1.3),
            Column::new("Version", 1.2),
            Column::new("Facilitator", 1.8),
            Column::new("People", 0.8),
            Column::new("Ideas", 0.7),
            Column::new("Barriers", 0.9),
            Column::new("Actions", 0.9),
        ],
        &rows,
        8.5,
    );

    let list = master_list(sessions, &decisions.merges);
    if !list.is_empty() {
        flow.heading("Barrier master list", Style::H1);
        flow.text(
            "Every run's barriers by department, the same barrier merged across runs and wordings; most runs first.",
            Style::SMALL,
            0.0,
        );
        flow.space(4.0);
        let mut rows = Vec::new();
        let mut last = None;
        for b in &list {
            let dept = if b.department.is_empty() { "(no department)".to_string() } else { b.department.clone() };
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
                decision.and_then(|d| d.priority).map_or("", Priority::label).to_string(),
                decision.map(|d| d.owner.trim().to_string()).unwrap_or_default(),
            ]));
        }
        flow.table(
            &[
                Column::new("Barrier", 4.75),
                Column::new("Runs", 0.7),
                Column::new("Mentions", 1.25),
                Column::new("Votes", 0.8),
                Column::new("Priority", 1.0),
                Column::new("Owner", 1.8),
            ],
            &rows,
            8.5,
        );
    }

    let calibration = calibrate(sessions);
    if !calibration.is_empty() {
        flow.heading("How long each item really takes", Style::H1);
        let clock = crate::model::minutes_text;
        let rows: Vec<Row> = calibration
            .iter()
            .map(|c| {
                Row::new(vec![
                    c.title.clone(),
                    c.planned.to_string(),
                    clock(c.median_seconds),
                    format!("{}–{}", clock(c.min_seconds), clock(c.max_seconds)),
                    c.suggested.to_string(),
                    c.runs.to_string(),
                ])
            })
            .collect();
        flow.table(
            &[
                Column::new("Item", 4.3),
                Column::new("Planned", 1.0),
                Column::new("Median", 1.0),
                Column::new("Range", 1.6),
                Column::new("Suggested", 1.3),
                Column::new("Runs", 0.7),
            ],
            &rows,
            8.5,
        );
    }

    let date_of = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let ideas = ideas_across(sessions);
    if !ideas.is_empty() {
        flow.heading("Ideas from every run", Style::H1);
        let rows: Vec<Row> = ideas
            .into_iter()
            .map(|idea| {
                let mut text = idea.text;
                for add_on in &idea.add_ons {
                    text.push_str(&format!("\n+ {add_on}"));
                }
                let by = match idea.contributors.is_empty() {
                    true => date_of(idea.date),
                    false => format!("{} · {}", date_of(idea.date), idea.contributors.join(", ")),
                };
                Row::new(vec![text, by, idea.votes.to_string()]).titled(0)
            })
            .collect();
        flow.table(
            &[
                Column::new("Idea and add-ons", 5.0),
                Column::new("Run and contributors", 2.6),
                Column::new("Votes", 0.8),
            ],
            &rows,
            8.5,
        );
    }

    let actions = actions_across(sessions);
    if !actions.is_empty() {
        flow.heading("Actions from every run", Style::H1);
        let rows: Vec<Row> =
            actions.into_iter().map(|a| Row::new(vec![a.what, a.owner, date_of(a.due), date_of(a.date)])).collect();
        flow.table(
            &[Column::new("Action", 4.5), Column::new("Owner", 1.8), Column::new("Due", 1.2), Column::new("Run", 1.2)],
            &rows,
            8.5,
        );
    }
    // The facilitators who ran them, once each, as the author.
    let mut by: Vec<&str> = sessions.iter().map(|s| s.facilitator.trim()).filter(|f| !f.is_empty()).collect();
    by.dedup();
    flow.finish(&title).named("Results across runs", &title, None, &by.join(", "))
}
