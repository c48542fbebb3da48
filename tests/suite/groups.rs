//! The group maker: every group as cross-functional as the roster allows.

use std::collections::HashMap;

use workshop_kit::groups::make_groups;
use workshop_kit::model::{Participant, ParticipantId};

fn roster(sizes: &[(&str, usize)]) -> Vec<Participant> {
    let mut out = Vec::new();
    for (dept, n) in sizes {
        for k in 0..*n {
            let id = ParticipantId(out.len() as u32 + 1);
            out.push(Participant {
                id,
                name: format!("{dept} {k}"),
                department: dept.to_string(),
                ..Participant::default()
            });
        }
    }
    out
}

/// The rule from the issue: no group holds two people of one department
/// while another group lacks that department and has room.
fn check_mixing(people: &[Participant], groups: &[Vec<ParticipantId>]) {
    let dept: HashMap<ParticipantId, &str> = people.iter().map(|p| (p.id, p.department.as_str())).collect();
    let mut placed: Vec<ParticipantId> = groups.iter().flatten().copied().collect();
    placed.sort();
    let mut all: Vec<ParticipantId> = people.iter().map(|p| p.id).collect();
    all.sort();
    assert_eq!(placed, all, "everyone is in exactly one group");
    let largest = groups.iter().map(Vec::len).max().unwrap();
    let smallest = groups.iter().map(Vec::len).min().unwrap();
    assert!(largest - smallest <= 1, "group sizes {largest} and {smallest}");
    let count = |g: &Vec<ParticipantId>, d: &str| g.iter().filter(|p| dept[p] == d).count();
    for d in dept.values() {
        for g in groups {
            if count(g, d) >= 2 {
                for h in groups {
                    assert!(
                        !(count(h, d) == 0 && h.len() < largest),
                        "{d}: doubled in one group while another lacks it and has room: {groups:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn departments_of_7_5_4_3_1_in_groups_of_4_mix_properly() {
    let people = roster(&[("Customer service", 7), ("Billing", 5), ("IT", 4), ("HR", 3), ("Legal", 1)]);
    for seed in 0..200 {
        let groups = make_groups(&people, 4, seed);
        assert_eq!(groups.len(), 5);
        assert!(groups.iter().all(|g| g.len() == 4));
        check_mixing(&people, &groups);
        // Departments with at least five people reach every one of the five groups.
        let dept: HashMap<ParticipantId, &str> = people.iter().map(|p| (p.id, p.department.as_str())).collect();
        for g in &groups {
            for d in ["Customer service", "Billing"] {
                assert!(g.iter().any(|p| dept[p] == d), "seed {seed}: a group without {d}");
            }
        }
    }
}

#[test]
fn uneven_rosters_and_pairs_still_mix() {
    for (sizes, size) in [
        (vec![("A", 9), ("B", 2), ("C", 2), ("D", 8)], 4),
        (vec![("A", 11), ("B", 10)], 2),
        (vec![("A", 1), ("B", 1), ("C", 1)], 5),
        (vec![("A", 13), ("B", 6), ("C", 3)], 6),
    ] {
        let people = roster(&sizes);
        for seed in 0..50 {
            check_mixing(&people, &make_groups(&people, size, seed));
        }
    }
}

#[test]
fn a_reshuffle_changes_who_sits_together() {
    let people = roster(&[("A", 6), ("B", 6), ("C", 6)]);
    let first = make_groups(&people, 3, 1);
    assert_eq!(make_groups(&people, 3, 1), first, "the same seed gives the same groups");
    assert!((2..20).any(|seed| make_groups(&people, 3, seed) != first));
}
