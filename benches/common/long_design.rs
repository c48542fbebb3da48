//! Long generated designs for the benchmarks: realistic text on every item
//! (title, what, why, lead, instructions, notes), a section every 20 items.

use workshop_kit::model::{Design, Item, ItemId, ItemKind, Minutes, TimeOfDay};

pub fn long_design(items: u32) -> Design {
    let agenda = (0..items)
        .map(|n| {
            let section = n % 20 == 0;
            Item {
                id: ItemId(n + 1),
                kind: if section { ItemKind::Section } else { ItemKind::Activity },
                title: format!("Step {n}: small groups map one hand-off and its failure points"),
                what: "Each table takes one hand-off, draws who passes what to whom, and marks where it gets stuck."
                    .into(),
                why: "Seeing the whole chain shows that most delays happen between teams, not inside them.".into(),
                duration: Minutes(if section { 0 } else { 5 }),
                lead: "Facilitator".into(),
                participant_instructions: "Draw the chain. Mark each hand-off red, amber or green.".into(),
                facilitator_notes: "Keep tables mixed; push for one concrete example per hand-off.".into(),
                ..Item::default()
            }
        })
        .collect();
    Design {
        id: format!("long-{items}"),
        title: format!("{items} items"),
        start: TimeOfDay::hm(8, 0).unwrap_or_default(),
        agenda,
        ..Design::default()
    }
}
