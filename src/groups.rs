//! Forming pairs and small groups from the roster so that every group is as
//! cross-functional as the roster allows ("it's not my job" sessions need
//! every department at every table).

use std::collections::BTreeMap;

use crate::model::{Participant, ParticipantId};

/// How many groups of about `size` to make from `people`: groups are `size`
/// or one larger (21 people in pairs make nine pairs and one trio), unless
/// that would put two extra people in a group, then some are one smaller.
pub fn group_count(people: usize, size: usize) -> usize {
    let size = size.max(1);
    if people <= size {
        return 1;
    }
    let floor = people / size;
    if people % size > floor { floor + 1 } else { floor }
}

/// Groups of about `size` people, departments spread as evenly as possible.
///
/// Departments are dealt out largest first, one person per group in turn, so
/// a department never has two people in a group while another group has
/// none of it. `seed` varies who sits with whom (the Reshuffle button).
pub fn make_groups(roster: &[Participant], size: usize, seed: u64) -> Vec<Vec<ParticipantId>> {
    if roster.is_empty() {
        return Vec::new();
    }
    let count = group_count(roster.len(), size);
    let mut rng = fastrand::Rng::with_seed(seed);

    let mut by_department: BTreeMap<String, Vec<ParticipantId>> = BTreeMap::new();
    for p in roster {
        by_department.entry(p.department.trim().to_lowercase()).or_default().push(p.id);
    }
    let mut departments: Vec<Vec<ParticipantId>> = by_department.into_values().collect();
    for members in &mut departments {
        rng.shuffle(members);
    }
    // Largest first, ties in random order, so the big departments are spread first.
    rng.shuffle(&mut departments);
    departments.sort_by_key(|d| std::cmp::Reverse(d.len()));

    let mut groups = vec![Vec::new(); count];
    let start = rng.usize(..count);
    for (k, person) in departments.into_iter().flatten().enumerate() {
        groups[(start + k) % count].push(person);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_counts_avoid_lonely_people() {
        assert_eq!(group_count(20, 4), 5);
        assert_eq!(group_count(21, 2), 10, "nine pairs and a trio");
        assert_eq!(group_count(22, 4), 5, "5, 5, 4, 4, 4");
        assert_eq!(group_count(23, 4), 5, "5, 5, 5, 4, 4");
        assert_eq!(group_count(11, 4), 3, "4, 4, 3 rather than 6, 5");
        assert_eq!(group_count(3, 4), 1);
        assert_eq!(group_count(0, 4), 1);
    }
}
